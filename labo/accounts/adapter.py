"""The Labo's allauth adapter: e-mail as username, the sign-up policy, what a
confirmation in another browser says, and its e-mails when the mail server
fails."""

import logging

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import user_email, user_username
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from labo.accounts.selectors import email_domain_allowed

logger = logging.getLogger(__name__)


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
                "Le Labo n'accepte que les adresses e-mail du réseau : "
                f"{', '.join(settings.LABO_SIGNUP_DOMAINS)}. Utilisez l'adresse de "
                "votre Mission locale.",
                code="email_domain",
            )
        return email

    def send_mail(self, template_prefix, email, context):
        """Sends at once, outside the outbox (labo.accounts.outbox): the member is
        waiting for this e-mail and can ask for it again, a retry hours later would only
        confuse, and its links are credentials the outbox would keep in the
        database and its backups. A failing mail server is told to the member
        instead of a server error; what they did is kept."""
        # The sign-up e-mail says what comes after the confirmation.
        context = {**context, "signup_policy": settings.LABO_SIGNUP_POLICY}
        try:
            super().send_mail(template_prefix, email, context)
        except OSError:
            # smtplib's errors, refused connections and timeouts are all OSError.
            logger.exception("Account e-mail %s not sent", template_prefix)
            request = allauth_context.request
            if request is not None:
                messages.error(
                    request,
                    (
                        "L'e-mail n'a pas pu partir : notre serveur d'envoi ne "
                        "répond pas. Réessayez dans quelques minutes."
                    ),
                )

    def get_email_verification_redirect_url(self, email_address):
        """The link signs in only in the browser that signed up: elsewhere the
        member is sent to the login page, and told why."""
        if not self.request.user.is_authenticated:
            messages.info(
                self.request,
                "Connectez-vous avec cette adresse et votre mot de passe pour "
                "continuer.",
            )
        return super().get_email_verification_redirect_url(email_address)
