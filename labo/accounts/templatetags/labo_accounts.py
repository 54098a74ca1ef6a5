"""What the account pages say about the sign-up policy (LABO_SIGNUP_POLICY)."""

from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("labo/accounts/includes/signup_policy.html")
def signup_policy():
    return {
        "policy": settings.LABO_SIGNUP_POLICY,
        "domains": settings.LABO_SIGNUP_DOMAINS,
    }
