"""The Wagtail admin's Content-Security-Policy, looser than the public site's."""

from functools import wraps
from inspect import iscoroutinefunction

from django.conf import settings
from django.utils.csp import CSP, build_policy

# A plain str: WSGI servers refuse header names of any other type, StrEnum included.
HEADER = str(CSP.HEADER_ENFORCE)


def admin_policy(response):
    current = response.headers.get(HEADER)
    # Previews render the public page through the whole middleware stack, so they
    # arrive with the public policy (frame-ancestors 'none'), which the admin's
    # replaces; a policy that a view chose itself stays.
    if current is None or current == build_policy(settings.SECURE_CSP):
        response.headers[HEADER] = build_policy(settings.LABO_ADMIN_CSP)
    return response


def admin_csp(view_func):
    """Gives the view's responses the admin policy, LABO_ADMIN_CSP."""
    if iscoroutinefunction(view_func):

        @wraps(view_func)
        async def async_view(request, *args, **kwargs):
            return admin_policy(await view_func(request, *args, **kwargs))

        return async_view

    @wraps(view_func)
    def view(request, *args, **kwargs):
        return admin_policy(view_func(request, *args, **kwargs))

    return view
