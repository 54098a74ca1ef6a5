"""Writes about members: profiles, approval and the e-mails around it, demo
accounts, account deletion."""

import logging
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from labo.accounts import roles
from labo.accounts.models import (
    OutgoingEmail,
    OutgoingEmailStatus,
    Profile,
    ProfileStatus,
)
from labo.accounts.outbox import email_queue
from labo.accounts.selectors import (
    account_approvers,
    email_domain_allowed,
    profiles_awaiting,
)

logger = logging.getLogger(__name__)

APPROVE_ACTION = "labo.account_approve"
UNAPPROVE_ACTION = "labo.account_unapprove"
# A coordinator gets at most one « comptes en attente » e-mail in this interval;
# sign-ups meanwhile are added to the next one, which waits for the interval's end.
AWAITING_EMAIL_INTERVAL = timedelta(minutes=15)
AWAITING_EMAIL_SUBJECT = "[Le Labo] Des inscriptions attendent votre validation"
AWAITING_EMAIL_LISTED = 20


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
def profile_approve(*, profile, notify=True, by=None) -> Profile:
    """Approve the account: it joins the contributors and, if asked, is told so by
    an e-mail queued with the approval. A coordinator's approval (`by`) goes to
    the audit log."""
    profile.status = ProfileStatus.APPROVED
    profile.approved_at = profile.approved_at or timezone.now()
    profile.save(update_fields=["status", "approved_at"])
    contributors = Group.objects.get_or_create(name=roles.CONTRIBUTORS)[0]
    profile.user.groups.add(contributors)
    if notify:
        _approval_email_queue(user=profile.user)
    if by is not None:
        log(instance=profile, action=APPROVE_ACTION, user=by)
    return profile


@transaction.atomic
def profiles_approve(*, profiles, by) -> list[Profile]:
    """Approve several pending accounts at once, each as profile_approve does;
    returns those that were approved (the already approved are left alone)."""
    approved = [profile for profile in profiles if not profile.is_approved]
    for profile in approved:
        profile_approve(profile=profile, by=by)
    return approved


@transaction.atomic
def profile_unapprove(*, profile, by=None) -> Profile:
    """Put the account back to pending: it leaves the contributors."""
    profile.status = ProfileStatus.PENDING
    profile.approved_at = None
    profile.save(update_fields=["status", "approved_at"])
    profile.user.groups.remove(*Group.objects.filter(name=roles.CONTRIBUTORS))
    if by is not None:
        log(instance=profile, action=UNAPPROVE_ACTION, user=by)
    return profile


def profile_approve_on_verified_email(*, user, email) -> None:
    """Under the open and domains policies, a verified sign-up is approved."""
    if settings.LABO_SIGNUP_POLICY == "approval" or not email_domain_allowed(email):
        return
    profile = profile_ensure(user=user)
    if not profile.is_approved:
        profile_approve(profile=profile, notify=False)


def approvers_notify(*, user) -> None:
    """Tells the coordinators who may validate the account (see
    selectors.account_approvers) that it waits, once its first address is
    verified under the approval policy. Never stops the confirmation: the account
    is listed in « Membres » whether the e-mail leaves or not."""
    profile = profile_ensure(user=user)
    first_address = EmailAddress.objects.filter(user=user, verified=True).count() == 1
    if profile.is_approved or not first_address:
        return
    try:
        with transaction.atomic():
            for approver in account_approvers(profile):
                _awaiting_email_queue(approver=approver)
    except Exception:
        # The member has just confirmed their address; a failure here must not
        # turn that into an error page. The account still waits in « Membres ».
        logger.exception("Coordinators not told of the account of user %s", user.pk)


def _awaiting_email_queue(*, approver) -> None:
    """One e-mail listing the accounts the approver may validate; while one has not
    left yet, it is rewritten instead, so that a burst of sign-ups makes one
    e-mail per coordinator and interval."""
    awaiting = list(profiles_awaiting(approver)[: AWAITING_EMAIL_LISTED + 1])
    if not awaiting:
        return
    members_url = reverse("wagtailsnippets_accounts_profile:list")
    context = {
        "approver": approver,
        "profiles": awaiting[:AWAITING_EMAIL_LISTED],
        "more": len(awaiting) > AWAITING_EMAIL_LISTED,
        "members_url": f"{settings.WAGTAILADMIN_BASE_URL}{members_url}?status=pending",
    }
    body = render_to_string("labo/accounts/email/awaiting_message.txt", context)
    earlier = OutgoingEmail.objects.filter(
        user=approver, subject=AWAITING_EMAIL_SUBJECT
    )
    if earlier.filter(status=OutgoingEmailStatus.PENDING).update(body=body):
        return
    now = timezone.now()
    last = earlier.order_by("-created_at").first()
    not_before = None
    if last is not None and last.created_at > now - AWAITING_EMAIL_INTERVAL:
        not_before = last.created_at + AWAITING_EMAIL_INTERVAL
    email_queue(
        user=approver, subject=AWAITING_EMAIL_SUBJECT, body=body, not_before=not_before
    )


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
