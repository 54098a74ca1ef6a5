"""The Labo's allauth adapter: e-mail as username, and the sign-up policy."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import user_email, user_username
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from labo.accounts.selectors import email_domain_allowed


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user):
        """The username is the e-mail, unless another account already holds it."""
        email = user_email(user)
        taken = get_user_model().objects.filter(username__iexact=email).exists()
        if email and len(email) <= 150 and not taken:
            user_username(user, email)
        else:
            super().populate_username(request, user)

    def clean_email(self, email):
        email = super().clean_email(email)
        if not email_domain_allowed(email):
            raise ValidationError(
                _(
                    "Le Labo n'accepte que les adresses e-mail du réseau : "
                    "%(domains)s. Utilisez l'adresse de votre Mission locale."
                )
                % {"domains": ", ".join(settings.LABO_SIGNUP_DOMAINS)},
                code="email_domain",
            )
        return email
