"""Receivers connected in AccountsConfig.ready()."""

from allauth.account.signals import email_changed, email_confirmed
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save

from labo.accounts import services
from labo.accounts.selectors import user_is_approved

PENDING_NOTICE = (
    "Votre compte attend la validation de la coordination du Labo. Vous recevrez "
    "un e-mail dès qu'il sera validé ; en attendant, vous pouvez lire les fiches et "
    "compléter votre profil."
)


def profile_create(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.profile_ensure(user=instance)


def approve_on_email_confirmed(sender, request, email_address, **kwargs):
    services.profile_approve_on_verified_email(
        user=email_address.user, email=email_address.email
    )
    services.approvers_notify(user=email_address.user)


def pending_notice_on_login(sender, request, user, **kwargs):
    if request is not None and not user_is_approved(user):
        messages.info(request, PENDING_NOTICE, fail_silently=True)


def username_on_email_changed(sender, request, user, to_email_address, **kwargs):
    services.username_follow_email(user=user, email=to_email_address.email)


def connect():
    post_save.connect(
        profile_create, sender=get_user_model(), dispatch_uid="labo_profile_create"
    )
    email_confirmed.connect(approve_on_email_confirmed, dispatch_uid="labo_approve")
    user_logged_in.connect(pending_notice_on_login, dispatch_uid="labo_pending")
    email_changed.connect(username_on_email_changed, dispatch_uid="labo_username")
