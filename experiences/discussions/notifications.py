"""E-mails of the discussions: new messages to followers, moderators' decisions.

They go through the outbox (labo.outbox): saved with what causes them, sent after
the commit, retried while the mail server fails.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from experiences.discussions.selectors import charter_url, followers_of
from experiences.models import Comment
from labo.outbox import email_queue

UNSUBSCRIBE_SALT = "labo.discussions.unsubscribe"


def unsubscribe_token(*, user_id, page_id) -> str:
    return signing.dumps([user_id, page_id], salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_token_read(token):
    """(user id, page id) from a token; raises signing.BadSignature if forged."""
    user_id, page_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    return int(user_id), int(page_id)


@transaction.atomic
def followers_notify(comment_id) -> int:
    """Queues an e-mail about a published message to each follower of the thread;
    returns how many."""
    comment = (
        Comment.objects.select_related("page", "author__profile")
        .filter(pk=comment_id, status="published")
        .first()
    )
    if comment is None:
        return 0
    page = comment.page.specific
    page_url = f"{settings.WAGTAILADMIN_BASE_URL}{page.url}#message-{comment.pk}"
    queued = 0
    for follower in followers_of(page).exclude(pk=comment.author_id):
        unsubscribe_url = settings.WAGTAILADMIN_BASE_URL + reverse(
            "discussion_unsubscribe",
            args=[unsubscribe_token(user_id=follower.pk, page_id=page.pk)],
        )
        email = email_queue(
            user=follower,
            subject=f"Nouveau message sur « {page.title} »",
            body=render_to_string(
                "experiences/emails/new_comment.txt",
                {
                    "comment": comment,
                    "page": page,
                    "page_url": page_url,
                    "unsubscribe_url": unsubscribe_url,
                },
            ),
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        queued += email is not None
    return queued


def warning_send(*, user, comment, reason) -> None:
    _send_to_member(
        user,
        "Un rappel de la modération du Labo",
        "experiences/emails/moderation_warning.txt",
        {"comment": comment, "reason": reason},
    )


def suspension_send(*, suspension, comment) -> None:
    _send_to_member(
        suspension.user,
        "Votre participation aux discussions est suspendue",
        "experiences/emails/moderation_suspension.txt",
        {"comment": comment, "suspension": suspension},
    )


def _send_to_member(user, subject, template, context):
    body = render_to_string(
        template,
        {
            **context,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            "charter_url": charter_url(),
        },
    )
    email_queue(user=user, subject=subject, body=body)
