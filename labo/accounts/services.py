"""Writes about members: profiles, approval, demo accounts, account deletion."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Page

from labo.accounts import roles
from labo.accounts.models import Profile, ProfileStatus
from labo.accounts.outbox import email_queue
from labo.accounts.selectors import email_domain_allowed


def profile_ensure(*, user) -> Profile:
    """The user's profile, created pending if it does not exist yet."""
    return Profile.objects.get_or_create(user=user)[0]


def profile_update(*, profile, display_name, mission_locale, bio) -> Profile:
    profile.display_name = display_name
    profile.mission_locale = mission_locale
    profile.bio = bio
    profile.save(update_fields=["display_name", "mission_locale", "bio"])
    return profile


@transaction.atomic
def profile_approve(*, profile, notify=True) -> Profile:
    """Approve the account: it joins the contributors and, if asked, is told so by
    an e-mail queued with the approval."""
    profile.status = ProfileStatus.APPROVED
    profile.approved_at = profile.approved_at or timezone.now()
    profile.save(update_fields=["status", "approved_at"])
    contributors = Group.objects.get_or_create(name=roles.CONTRIBUTORS)[0]
    profile.user.groups.add(contributors)
    if notify:
        _approval_email_queue(user=profile.user)
    return profile


@transaction.atomic
def profile_unapprove(*, profile) -> Profile:
    """Put the account back to pending: it leaves the contributors."""
    profile.status = ProfileStatus.PENDING
    profile.approved_at = None
    profile.save(update_fields=["status", "approved_at"])
    profile.user.groups.remove(*Group.objects.filter(name=roles.CONTRIBUTORS))
    return profile


def profile_approve_on_verified_email(*, user, email) -> None:
    """Under the open and domains policies, a verified sign-up is approved."""
    if settings.LABO_SIGNUP_POLICY == "approval" or not email_domain_allowed(email):
        return
    profile = profile_ensure(user=user)
    if not profile.is_approved:
        profile_approve(profile=profile, notify=False)


def _approval_email_queue(*, user) -> None:
    context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
    email_queue(
        user=user,
        subject=render_to_string(
            "labo/accounts/email/approved_subject.txt", context
        ).strip(),
        body=render_to_string("labo/accounts/email/approved_message.txt", context),
    )


def username_follow_email(*, user, email) -> None:
    """Keep the username (shown in Wagtail's admin) equal to the e-mail when free."""
    if user.username == email or len(email) > 150:
        return
    taken = get_user_model().objects.filter(username__iexact=email).exclude(pk=user.pk)
    if not taken.exists():
        user.username = email
        user.save(update_fields=["username"])


def account_trust(*, user, display_name) -> None:
    """Mark a hand-made account (demo data) as verified and approved, leaving its
    groups alone."""
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    profile = profile_ensure(user=user)
    profile.display_name = profile.display_name or display_name
    profile.status = ProfileStatus.APPROVED
    profile.approved_at = profile.approved_at or timezone.now()
    profile.save()


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account, its profile, e-mail addresses, authenticators, the
    outbox's e-mails to the member, sent or not (they hold the address), and the
    drafts nobody else has seen (never published, never sent for review). Pages
    published or sent for review stay, without owner, attributed to their own
    territory; messages stay too, signed « Ancien membre » (Comment.author is
    SET_NULL)."""
    for draft in unseen_drafts_of(user):
        draft.delete(user=user, skip_permission_checks=True)
    Page.objects.filter(owner=user).update(owner=None)
    user.delete()


def unseen_drafts_of(user):
    """The member's pages that were never published nor sent to a workflow; a
    page with children stays, as the children may be someone else's."""
    drafts = Page.objects.filter(
        owner=user, live=False, first_published_at=None, numchild=0
    )
    return [draft for draft in drafts if not draft.workflow_states.exists()]
