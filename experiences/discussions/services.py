"""Writes of the discussions: posting, editing, reporting, following, moderating.

Every rule is checked here, whatever the view: a refused action raises
DiscussionRefused with a message in French for the member.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from experiences.discussions import notifications, tasks
from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    CommentKind,
    CommentStatus,
    Report,
    ReportStatus,
    ThreadSubscription,
)
from experiences.discussions.personal_data import findings_in, findings_stored
from experiences.discussions.selectors import (
    comment_editable,
    is_coordinator,
    is_moderator,
    posting_refusal,
)
from experiences.discussions.text import link_count
from labo.accounts.selectors import user_is_approved
from labo.text import plural

AUTO_HIDE_REASON = (
    "Masqué après plusieurs signalements, en attente de la décision de la modération."
)


class DiscussionRefused(Exception):
    """An action the rules do not allow; str() is the message for the member."""


class PersonalDataFound(DiscussionRefused):
    """The text looks like it holds a young person's personal data and its author
    has not confirmed it: nothing is saved; `findings` says where."""

    def __init__(self, findings):
        super().__init__(
            "Votre message contient peut-être des données personnelles d'un jeune."
        )
        self.findings = findings


def comment_post(
    *,
    user,
    page,
    body,
    kind=CommentKind.OTHER,
    territory=None,
    parent=None,
    personal_data_confirmed=False,
) -> Comment:
    """Posts a message. One that looks like it holds personal data raises
    PersonalDataFound, unless its author confirmed it: then it waits for a
    moderator, whoever wrote it."""
    _check_may_post(user)
    if parent is not None:
        if parent.page_id != page.pk or parent.parent_id is not None:
            raise DiscussionRefused("On ne peut répondre qu'à un message de ce fil.")
        if parent.status not in (CommentStatus.PUBLISHED, CommentStatus.DELETED):
            raise DiscussionRefused("Ce message n'accepte pas de réponse.")
    premoderated = _is_premoderated(user)
    _check_links(body, premoderated)
    findings = _personal_data_check(body, personal_data_confirmed)
    premoderated = premoderated or bool(findings)
    now = timezone.now()
    with transaction.atomic():
        comment = Comment.objects.create(
            page=page,
            author=user,
            parent=parent,
            kind=CommentKind.OTHER if parent else kind,
            territory=territory if kind == CommentKind.TESTED and not parent else None,
            body=body,
            personal_data_findings=findings_stored(findings),
            status=CommentStatus.PENDING if premoderated else CommentStatus.PUBLISHED,
            published_at=None if premoderated else now,
            last_activity_at=now,
        )
        if comment.is_visible and parent is not None:
            Comment.objects.filter(pk=parent.pk).update(last_activity_at=now)
        # Whoever writes in a thread follows it, unless they chose not to.
        ThreadSubscription.objects.get_or_create(user=user, page=page)
    if comment.is_visible:
        _followers_notify_later(comment)
    return comment


def comment_edit(*, user, comment, body, personal_data_confirmed=False) -> Comment:
    """Changes the text of a message, checked as a new one is: confirmed
    personal data takes even a published message back to the moderators."""
    if comment.author_id != user.pk:
        raise DiscussionRefused("Seul l'auteur peut modifier son message.")
    if not comment_editable(comment):
        raise DiscussionRefused(
            f"Un message ne se modifie que pendant "
            f"{settings.LABO_COMMENT_EDIT_MINUTES} minutes après son envoi."
        )
    _check_may_post(user)
    premoderated = _is_premoderated(user)
    _check_links(body, premoderated)
    findings = _personal_data_check(body, personal_data_confirmed)
    comment.body = body
    comment.edited_at = timezone.now()
    comment.personal_data_findings = findings_stored(findings)
    if premoderated or findings:
        # An approved message edited by a member still under pre-moderation, or
        # into a text with personal data, is read again before anyone else sees
        # the new text. A message already waiting keeps waiting.
        comment.status = CommentStatus.PENDING
    comment.save(
        update_fields=["body", "edited_at", "status", "personal_data_findings"]
    )
    return comment


def comment_delete(*, user, comment) -> None:
    """The author's deletion empties the message and keeps its row, so that it
    still counts toward the rate limits; the thread shows « message supprimé »
    only where replies need the context."""
    if comment.author_id != user.pk:
        raise DiscussionRefused("Seul l'auteur peut supprimer son message.")
    if comment.status == CommentStatus.HIDDEN:
        # The moderators' decision rests on the text: it stays for them.
        raise DiscussionRefused(
            "Ce message a été masqué par la modération : il ne peut plus être "
            "supprimé. Écrivez à la modération si vous souhaitez son retrait."
        )
    comment.status = CommentStatus.DELETED
    comment.body = ""
    comment.personal_data_findings = []
    comment.save(update_fields=["status", "body", "personal_data_findings"])


def comment_mark_answer(*, user, comment, is_answer=True) -> Comment:
    """The page's author or a coordinator marks a reply as the question's answer;
    a question has one answer at most."""
    question = comment.parent
    if question is None or not question.is_question or not comment.is_visible:
        raise DiscussionRefused("Seule une réponse à une question peut être retenue.")
    if not (user.pk == comment.page.owner_id or is_coordinator(user)):
        raise DiscussionRefused(
            "Seul l'auteur de la page ou la coordination peut retenir une réponse."
        )
    with transaction.atomic():
        if is_answer:
            question.replies.filter(is_answer=True).update(is_answer=False)
        comment.is_answer = is_answer
        comment.save(update_fields=["is_answer"])
    return comment


def comment_report(*, user, comment, reason, note="") -> Report:
    if not user_is_approved(user):
        raise DiscussionRefused(
            "Votre compte doit être validé pour signaler un message."
        )
    if comment.author_id == user.pk:
        raise DiscussionRefused("Vous ne pouvez pas signaler votre propre message.")
    if comment.status != CommentStatus.PUBLISHED:
        raise DiscussionRefused("Ce message est déjà entre les mains de la modération.")
    limit = settings.LABO_REPORT_RATE_PER_HOUR
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    if (
        Report.objects.filter(reporter=user, created_at__gte=an_hour_ago).count()
        >= limit
    ):
        raise DiscussionRefused(
            f"Vous avez atteint la limite de {limit} "
            f"{plural(limit, 'signalement', 'signalements')} par heure : la "
            f"modération traite déjà les précédents. Réessayez plus tard."
        )
    try:
        with transaction.atomic():
            report = Report.objects.create(
                comment=comment, reporter=user, reason=reason, note=note
            )
    except IntegrityError:
        raise DiscussionRefused("Vous avez déjà signalé ce message.") from None
    open_reports = comment.reports.filter(status=ReportStatus.OPEN).count()
    if open_reports >= settings.LABO_COMMENT_REPORT_THRESHOLD:
        hidden = Comment.objects.filter(
            pk=comment.pk, status=CommentStatus.PUBLISHED
        ).update(status=CommentStatus.HIDDEN, moderation_reason=AUTO_HIDE_REASON)
        if hidden:
            comment.status = CommentStatus.HIDDEN
            comment.moderation_reason = AUTO_HIDE_REASON
            log(
                comment,
                "labo.comment.auto_hide",
                user=None,
                data={
                    "reason": f"{open_reports} "
                    + plural(open_reports, "signalement", "signalements")
                },
            )
    return report


def thread_follow(*, user, page, following=True) -> None:
    ThreadSubscription.objects.update_or_create(
        user=user, page=page, defaults={"following": following}
    )


def thread_unfollow_by_token(token):
    """The unsubscribe link of a notification e-mail, once confirmed (or posted
    by the mail client); returns the page."""
    user, page = notifications.unsubscribe_token_read(token)
    thread_follow(user=user, page=page, following=False)
    return page


# Moderation. Each action is written to Wagtail's audit log with its reason.

# The decisions a moderator takes on a message in the queue.
APPROVE = "approve"
HIDE = "hide"
RESTORE = "restore"
EDIT_OUT = "edit_out"
WARN = "warn"
SUSPEND = "suspend"


@transaction.atomic
def moderation_decide(*, moderator, comment, action, reason, body="", days=None):
    """Applies one decision of the moderation queue: `body` is the corrected
    text of EDIT_OUT, `days` the length of a SUSPEND."""
    if action == APPROVE:
        moderation_approve(moderator=moderator, comment=comment, reason=reason)
    elif action == HIDE:
        moderation_hide(moderator=moderator, comment=comment, reason=reason)
    elif action == RESTORE:
        moderation_restore(moderator=moderator, comment=comment, reason=reason)
    elif action == EDIT_OUT:
        moderation_edit_out(
            moderator=moderator, comment=comment, body=body, reason=reason
        )
    elif action == WARN:
        moderation_warn(moderator=moderator, comment=comment, reason=reason)
    elif action == SUSPEND:
        moderation_suspend(
            moderator=moderator, comment=comment, reason=reason, days=days
        )
    else:
        raise ValueError(f"Unknown moderation decision: {action!r}")


def moderation_approve(*, moderator, comment, reason="") -> Comment:
    # An edit approved again was already announced to the followers.
    announce = comment.status == CommentStatus.PENDING and comment.published_at is None
    _moderation_set(comment, CommentStatus.PUBLISHED, "")
    _moderation_log(moderator, comment, "approve", reason)
    if announce:
        if comment.parent_id:
            Comment.objects.filter(pk=comment.parent_id).update(
                last_activity_at=timezone.now()
            )
        _followers_notify_later(comment)
    return comment


def moderation_hide(*, moderator, comment, reason) -> Comment:
    _require_reason(reason)
    _moderation_set(comment, CommentStatus.HIDDEN, reason)
    _moderation_log(moderator, comment, "hide", reason)
    return comment


def moderation_restore(*, moderator, comment, reason="") -> Comment:
    _moderation_set(comment, CommentStatus.PUBLISHED, "")
    _moderation_log(moderator, comment, "restore", reason)
    return comment


def moderation_edit_out(*, moderator, comment, body, reason) -> Comment:
    """Removes personal data (or anything else) from the text; the author sees
    that the moderation edited the message."""
    _require_reason(reason)
    comment.body = body
    comment.edited_by_moderation = True
    # The findings pointed into the former text: the moderator has read them.
    comment.personal_data_findings = []
    comment.save(
        update_fields=["body", "edited_by_moderation", "personal_data_findings"]
    )
    _moderation_log(moderator, comment, "edit_out", reason)
    return comment


def moderation_warn(*, moderator, comment, reason) -> None:
    _require_reason(reason)
    _moderation_log(moderator, comment, "warn", reason)
    if comment.author is not None:
        notifications.warning_send(user=comment.author, comment=comment, reason=reason)


def moderation_suspend(*, moderator, comment, reason, days) -> CommentingSuspension:
    _require_reason(reason)
    if comment.author is None:
        raise DiscussionRefused("Ce message n'a plus d'auteur à suspendre.")
    if not 1 <= days <= 365:
        raise DiscussionRefused("Une suspension dure de 1 à 365 jours.")
    suspension = CommentingSuspension.objects.create(
        user=comment.author,
        until=timezone.now() + datetime.timedelta(days=days),
        reason=reason,
    )
    _moderation_log(moderator, comment, "suspend", reason, days=days)
    notifications.suspension_send(suspension=suspension, comment=comment)
    return suspension


def _moderation_set(comment, status, reason):
    comment.status = status
    comment.moderation_reason = reason
    if status == CommentStatus.PUBLISHED and comment.published_at is None:
        comment.published_at = timezone.now()
    comment.save(update_fields=["status", "moderation_reason", "published_at"])
    comment.reports.filter(status=ReportStatus.OPEN).update(status=ReportStatus.CLOSED)


def _moderation_log(moderator, comment, action, reason, **data):
    log(
        comment,
        f"labo.comment.{action}",
        user=moderator,
        data={"reason": reason, **data},
    )


def _require_reason(reason):
    if not (reason or "").strip():
        raise DiscussionRefused("Indiquez le motif de cette décision.")


# Posting rules.


def _followers_notify_later(comment):
    transaction.on_commit(lambda: tasks.followers_notify_task.enqueue(comment.pk))


def _check_may_post(user):
    refusal = posting_refusal(user)
    if refusal:
        raise DiscussionRefused(refusal)
    now = timezone.now()
    recent = Comment.objects.filter(author=user)
    limits = (
        (
            datetime.timedelta(minutes=1),
            settings.LABO_COMMENT_RATE_PER_MINUTE,
            "Vous avez envoyé beaucoup de messages en une minute : attendez un peu "
            "avant d'en envoyer un autre.",
        ),
        (
            datetime.timedelta(days=1),
            settings.LABO_COMMENT_RATE_PER_DAY,
            f"Vous avez atteint la limite de {settings.LABO_COMMENT_RATE_PER_DAY} "
            f"messages par jour : vous pourrez écrire à nouveau demain.",
        ),
    )
    for window, limit, message in limits:
        if recent.filter(created_at__gte=now - window).count() >= limit:
            raise DiscussionRefused(message)


def _is_premoderated(user) -> bool:
    """A member's first messages wait for a moderator; the editorial roles and
    members with enough approved messages publish at once."""
    if is_moderator(user) or is_coordinator(user):
        return False
    # A deleted message counts only if it had been published: deleting one that
    # waits for moderation must not pass for an approval.
    approved = Comment.objects.filter(
        Q(status=CommentStatus.PUBLISHED)
        | Q(status=CommentStatus.DELETED, published_at__isnull=False),
        author=user,
    ).count()
    return approved < settings.LABO_COMMENT_PREMODERATED


def _personal_data_check(body, confirmed):
    """The findings in `body`, which its author confirmed; raises
    PersonalDataFound if they have not. A confirmation with nothing found changes
    nothing."""
    findings = findings_in(body)
    if findings and not confirmed:
        raise PersonalDataFound(findings)
    return findings


def _check_links(body, premoderated):
    limit = settings.LABO_COMMENT_NEW_MEMBER_LINKS
    if premoderated and link_count(body) > limit:
        raise DiscussionRefused(
            f"Pour vos premiers messages, {limit} lien au plus : la modération "
            f"relit d'abord vos messages, les liens seront libres ensuite."
        )
