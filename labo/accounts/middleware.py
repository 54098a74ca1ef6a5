"""Second factor required before the admin, for accounts that can open it."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from labo.accounts.selectors import user_needs_admin_mfa


class StaffMFARequiredMiddleware:
    """Sends an admin account without an authenticator app from /admin/ to allauth's
    activation page. Everything outside /admin/ stays reachable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(reverse("wagtailadmin_home"))
            and path != reverse("wagtailadmin_logout")
            and user_needs_admin_mfa(request.user)
        ):
            messages.warning(
                request,
                (
                    "Votre compte donne accès à l'administration du Labo : pour le "
                    "protéger, activez d'abord la double authentification avec une "
                    "application sur votre téléphone."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
