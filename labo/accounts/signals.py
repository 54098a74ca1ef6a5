"""Receivers connected in AccountsConfig.ready()."""

from allauth.account.signals import email_changed, email_confirmed
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save

from labo.accounts import services


def profile_create(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.profile_ensure(user=instance)


def approve_on_email_confirmed(sender, request, email_address, **kwargs):
    services.profile_approve_on_verified_email(
        user=email_address.user, email=email_address.email
    )


def username_on_email_changed(sender, request, user, to_email_address, **kwargs):
    services.username_follow_email(user=user, email=to_email_address.email)


def connect():
    post_save.connect(
        profile_create, sender=get_user_model(), dispatch_uid="labo_profile_create"
    )
    email_confirmed.connect(approve_on_email_confirmed, dispatch_uid="labo_approve")
    email_changed.connect(username_on_email_changed, dispatch_uid="labo_username")
