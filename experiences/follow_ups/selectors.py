"""Reads of the follow-ups: what readers see, what the coordination reviews, what
the six-month job sends."""

from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from experiences.follow_ups.models import (
    FollowUp,
    FollowUpInvitation,
    FollowUpOptOut,
    InvitationKind,
)
from experiences.models import ExperiencePage, ExperienceStatus
from experiences.taxonomy.models import Territory
from experiences.visibility import public_pages
from labo.accounts.roles import COORDINATION, review_region

QUEUE_PER_PAGE = 25


def follow_ups_published(page):
    """The published follow-ups of a write-up, newest first."""
    return FollowUp.objects.filter(page=page).published()


def open_answer(*, page, user):
    """The author's answer still open (waiting for review or sent back), if any."""
    return FollowUp.objects.filter(page=page, author=user).open().first()


def opted_out(*, user_id, page_id) -> bool:
    """Whether the member asked for no more follow-up e-mails about this write-up
    or about any."""
    return FollowUpOptOut.objects.filter(
        Q(page_id=page_id) | Q(page__isnull=True), user_id=user_id
    ).exists()


def _askable_pages(now):
    """Public write-ups whose experiment runs or has just ended (finished within
    LABO_FOLLOW_UP_AFTER_DAYS), with an active author who has an address, no
    answer yet and no opt-out."""
    after = timedelta(days=settings.LABO_FOLLOW_UP_AFTER_DAYS)
    just_ended = Q(
        status=ExperienceStatus.FINISHED,
        end_date__gte=timezone.localdate(now) - after,
    )
    opt_outs = FollowUpOptOut.objects.filter(user=OuterRef("owner")).filter(
        Q(page=OuterRef("pk")) | Q(page__isnull=True)
    )
    return (
        public_pages(ExperiencePage.objects.all())
        .filter(Q(status=ExperienceStatus.RUNNING) | just_ended)
        .filter(owner__is_active=True)
        .exclude(owner__email="")
        .exclude(Exists(FollowUp.objects.filter(page=OuterRef("pk"))))
        .exclude(Exists(opt_outs))
        .select_related("owner")
        .order_by("first_published_at", "pk")
    )


def _invited(kind):
    return Exists(
        FollowUpInvitation.objects.filter(
            page=OuterRef("pk"), user=OuterRef("owner"), kind=kind
        )
    )


def pages_due_for_invitation(*, now):
    """Write-ups whose author is asked now: first published between
    LABO_FOLLOW_UP_AFTER_DAYS and twice that long ago, never asked. Older ones are
    not asked at all: an e-mail about a write-up of years ago would not be
    « six mois après »."""
    after = timedelta(days=settings.LABO_FOLLOW_UP_AFTER_DAYS)
    return (
        _askable_pages(now)
        .filter(first_published_at__lte=now - after)
        .filter(first_published_at__gt=now - 2 * after)
        .exclude(_invited(InvitationKind.FIRST))
    )


def pages_due_for_reminder(*, now):
    """Write-ups whose author was asked LABO_FOLLOW_UP_REMINDER_DAYS ago or more,
    has not answered and was never reminded."""
    asked_before = now - timedelta(days=settings.LABO_FOLLOW_UP_REMINDER_DAYS)
    first_asked_long_ago = Exists(
        FollowUpInvitation.objects.filter(
            page=OuterRef("pk"),
            user=OuterRef("owner"),
            kind=InvitationKind.FIRST,
            sent_at__lte=asked_before,
        )
    )
    return (
        _askable_pages(now)
        .filter(first_asked_long_ago)
        .exclude(_invited(InvitationKind.REMINDER))
    )


def may_review(user) -> bool:
    """The coordination and the administrators review the follow-ups."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=COORDINATION).exists()
    )


def review_queue(*, user, published=False, page_number=None):
    """The answers waiting for the coordination, oldest first (or, with
    `published`, those on the write-ups, newest first), those of the reviewer's
    region only when their work is limited to one; paginated."""
    if published:
        queryset = FollowUp.objects.published()
    else:
        queryset = FollowUp.objects.awaiting_review().order_by("updated_at", "pk")
    queryset = queryset.filter(page__live=True).select_related(
        "page", "author__profile"
    )
    region = None if user.is_superuser else review_region(user)
    if region is not None:
        queryset = queryset.filter(page__territory__in=Territory.objects.within(region))
    return Paginator(queryset, QUEUE_PER_PAGE).get_page(page_number)


def follow_up_for_review(*, pk):
    """A follow-up the coordination may look at: waiting, or published (to take
    it off)."""
    return (
        FollowUp.objects.filter(
            pk=pk, status__in=["pending", "published"], page__live=True
        )
        .select_related("page", "author__profile")
        .first()
    )
