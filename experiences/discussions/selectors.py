"""Reads of the discussions: who may do what, a page's thread, the followers, the
moderation queue."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    CommentStatus,
    Report,
    ReportStatus,
    ThreadSubscription,
)
from experiences.models import ExperiencePage, StrategyNotePage
from experiences.taxonomy.models import Territory
from labo import memo
from labo.accounts import roles
from labo.accounts.selectors import staff_role, user_is_approved

THREAD_PAGE_SIZE = 50
ORDER_ACTIVITY = "activite"
ORDER_CHRONOLOGICAL = "chronologique"
ORDERS = {
    ORDER_ACTIVITY: ("Activité récente", ("-last_activity_at", "-pk")),
    ORDER_CHRONOLOGICAL: ("Ordre chronologique", ("created_at", "pk")),
}
ORDER_SESSION_KEY = "labo_discussion_order"


def is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm("discussions.moderate_comment")


def is_coordinator(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name=roles.COORDINATION).exists()
    )


def suspension_of(user):
    """The member's current suspension from the discussions, if any."""
    return (
        CommentingSuspension.objects.filter(user=user, until__gt=timezone.now())
        .order_by("-until")
        .first()
    )


def visible_to(user):
    """Messages this user may see: published ones, and placeholders of deleted
    ones that still have replies, for everyone; their own pending or hidden ones;
    everything else but deleted messages for moderators."""
    placeholder = Q(status=CommentStatus.DELETED) & Exists(
        Comment.objects.filter(parent=OuterRef("pk")).exclude(
            status=CommentStatus.DELETED
        )
    )
    if is_moderator(user):
        return ~Q(status=CommentStatus.DELETED) | placeholder
    shown = Q(status=CommentStatus.PUBLISHED) | placeholder
    if user.is_authenticated:
        shown |= Q(
            author=user, status__in=[CommentStatus.PENDING, CommentStatus.HIDDEN]
        )
    return shown


@dataclass
class Thread:
    page: object
    page_obj: object
    message_count: int  # messages and replies this user sees
    order: str
    orders: dict
    following: bool
    refusal: str  # why this user may not post, or "" if they may
    charter_url: str
    is_moderator: bool


def thread_for(*, page, user, order, page_number=None) -> Thread:
    """The page's thread as this user sees it, in a number of queries that does
    not grow with the number of messages, and is the same for an empty thread."""
    visible = visible_to(user)
    counts = Comment.objects.filter(visible, page=page).aggregate(
        messages=Count("pk"), threads=Count("pk", filter=Q(parent=None))
    )
    page_obj = Paginator(range(counts["threads"]), THREAD_PAGE_SIZE).get_page(
        page_number
    )
    page_obj.object_list = _thread_messages(
        page=page, visible=visible, order=order, page_obj=page_obj
    )
    _annotate_permissions(page_obj.object_list, page=page, user=user)
    return Thread(
        page=page,
        page_obj=page_obj,
        message_count=counts["messages"],
        order=order,
        orders={key: label for key, (label, _) in ORDERS.items()},
        following=is_following(user=user, page=page),
        refusal=posting_refusal(user),
        charter_url=charter_url(),
        is_moderator=is_moderator(user),
    )


def _thread_messages(*, page, visible, order, page_obj):
    """One page of top-level messages with their visible replies (as
    `visible_replies`), fetched together in one query."""
    start = (page_obj.number - 1) * THREAD_PAGE_SIZE
    top_level = (
        Comment.objects.filter(visible, page=page, parent=None)
        .order_by(*ORDERS[order][1])
        .values("pk")[start : start + THREAD_PAGE_SIZE]
    )
    messages = (
        # `page` keeps the OR below to the page's messages, through its index.
        Comment.objects.filter(visible, page=page)
        .filter(Q(pk__in=top_level) | Q(parent__in=top_level))
        .select_related("author__profile__mission_locale", "territory")
        .annotate(author_role=staff_role("author"))
        .order_by(*ORDERS[order][1])
    )
    threads, replies = [], {}
    for message in messages:
        if message.parent_id is None:
            threads.append(message)
        else:
            replies.setdefault(message.parent_id, []).append(message)
    for comment in threads:
        comment.visible_replies = sorted(
            replies.get(comment.pk, []), key=lambda reply: (reply.created_at, reply.pk)
        )
    return threads


def comment_editable(comment) -> bool:
    """Whether the message is still within its author's editing window."""
    window = datetime.timedelta(minutes=settings.LABO_COMMENT_EDIT_MINUTES)
    return (
        comment.status in (CommentStatus.PUBLISHED, CommentStatus.PENDING)
        and timezone.now() - comment.created_at <= window
    )


def posting_refusal(user) -> str:
    """Why this user cannot post right now, in words for them; "" if they can."""
    if not user.is_authenticated:
        return "Connectez-vous pour participer à la discussion."
    if not user_is_approved(user):
        return (
            "Votre compte attend sa validation par la coordination : vous pourrez "
            "participer aux discussions dès qu'il sera validé."
        )
    suspension = suspension_of(user)
    if suspension is not None:
        until = timezone.localtime(suspension.until)
        return (
            f"Votre participation aux discussions est suspendue jusqu'au "
            f"{until:%d/%m/%Y à %H:%M}. Motif : {suspension.reason}"
        )
    return ""


def is_following(*, user, page) -> bool:
    if not user.is_authenticated:
        return False
    choice = (
        ThreadSubscription.objects.filter(user=user, page=page)
        .values_list("following", flat=True)
        .first()
    )
    return choice if choice is not None else page.owner_id == user.pk


def followers_of(page):
    """Members to tell about a new message: those who follow the thread, and the
    page's author unless they stopped following it."""
    subscriptions = ThreadSubscription.objects.filter(page=page)
    followers = Q(pk__in=subscriptions.filter(following=True).values("user"))
    if page.owner_id:
        stopped = subscriptions.filter(user_id=page.owner_id, following=False)
        if not stopped.exists():
            followers |= Q(pk=page.owner_id)
    return get_user_model().objects.filter(followers, is_active=True).exclude(email="")


def charter_url() -> str:
    return memo.memoize("charter-url", _charter_url)


def _charter_url() -> str:
    charter = (
        Page.objects.live()
        .filter(slug=settings.LABO_CHARTER_SLUG)
        .only("url_path", "path", "depth")
        .first()
    )
    return charter.url if charter else ""


def _annotate_permissions(comments, *, page, user):
    """Sets, on each message and reply, what this user may do with it."""
    reported = set()
    if user.is_authenticated:
        reported = set(
            Report.objects.filter(reporter=user, comment__page=page).values_list(
                "comment_id", flat=True
            )
        )
    may_choose_answer = user.is_authenticated and (
        user.pk == page.owner_id or is_coordinator(user)
    )
    for comment in comments:
        replies = comment.visible_replies
        comment.is_answered = comment.is_question and any(
            reply.is_answer for reply in replies
        )
        for message in (comment, *replies):
            own = user.is_authenticated and message.author_id == user.pk
            message.is_own = own
            message.by_page_author = message.author_id == page.owner_id
            message.can_edit = own and comment_editable(message)
            message.can_delete = own and message.status != CommentStatus.DELETED
            message.can_report = (
                user.is_authenticated
                and not own
                and message.is_visible
                and message.pk not in reported
            )
            message.already_reported = message.pk in reported
            message.can_mark_answer = (
                may_choose_answer
                and message.parent_id is not None
                and comment.is_question
                and message.is_visible
            )


# The moderation queue


def _open_reports():
    return Report.objects.filter(comment=OuterRef("pk"), status=ReportStatus.OPEN)


def awaiting_decision() -> Q:
    """Messages that wait for a moderator's decision: held back before publication,
    or reported and not yet decided on (published, or hidden automatically after
    reports). A message a moderator hid has been decided on; the « Masqués »
    filter still lists it."""
    return Q(status=CommentStatus.PENDING) | (
        Q(Exists(_open_reports()))
        & Q(status__in=[CommentStatus.PUBLISHED, CommentStatus.HIDDEN])
    )


def reported_for(reason) -> Q:
    """Messages with an open report for this reason."""
    return Q(Exists(_open_reports().filter(reason=reason)))


def on_pages_of(region) -> Q:
    """Messages under the write-ups and notes of this region (or its parts)."""
    territories = Territory.objects.within(region)
    pages = ExperiencePage.objects.filter(territory__in=territories).values("pk")
    notes = StrategyNotePage.objects.filter(territory__in=territories).values("pk")
    return Q(page_id__in=pages) | Q(page_id__in=notes)


def moderation_queue():
    """Messages with what the queue shows (`open_reports`, `open_report_count`,
    `queue_rank`), in a number of queries that does not grow with the number of
    rows."""
    open_report_count = (
        _open_reports()
        .order_by()
        .values("comment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Comment.objects.select_related("page", "author__profile")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(status=ReportStatus.OPEN).order_by(
                    "created_at", "pk"
                ),
                to_attr="open_reports",
            )
        )
        .annotate(
            open_report_count=Coalesce(
                Subquery(open_report_count, output_field=IntegerField()), 0
            ),
            queue_rank=Case(When(awaiting_decision(), then=Value(0)), default=Value(1)),
        )
    )


def moderation_subjects():
    """Messages with what a moderator's decision page shows of their context."""
    return Comment.objects.select_related(
        "page",
        "territory",
        "author__profile__mission_locale",
        "parent__author__profile",
    )


def reports_of(comment) -> list:
    """Every report of the message, the latest first, with who reported it."""
    return list(
        comment.reports.select_related("reporter__profile").order_by(
            "-created_at", "-pk"
        )
    )
