"""E-mails of the discussions: new messages to followers, moderators' decisions.

A failed e-mail is logged and never undoes what was saved.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, mailers
from django.template.loader import render_to_string
from django.urls import reverse

from experiences.discussions.selectors import charter_url, followers_of
from experiences.models import Comment

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "labo.discussions.unsubscribe"


def unsubscribe_token(*, user_id, page_id) -> str:
    return signing.dumps([user_id, page_id], salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_token_read(token):
    """(user id, page id) from a token; raises signing.BadSignature if forged."""
    user_id, page_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    return int(user_id), int(page_id)


def followers_notify(comment_id) -> int:
    """Tells each follower of the thread about a published message; returns how
    many e-mails left."""
    comment = (
        Comment.objects.select_related("page", "author__profile")
        .filter(pk=comment_id, status="published")
        .first()
    )
    if comment is None:
        return 0
    page = comment.page.specific
    page_url = f"{settings.WAGTAILADMIN_BASE_URL}{page.url}#message-{comment.pk}"
    sent = 0
    for follower in followers_of(page).exclude(pk=comment.author_id):
        unsubscribe_url = settings.WAGTAILADMIN_BASE_URL + reverse(
            "discussion_unsubscribe",
            args=[unsubscribe_token(user_id=follower.pk, page_id=page.pk)],
        )
        message = EmailMessage(
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
            to=[follower.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        sent += _send(message, what=f"comment {comment.pk} to user {follower.pk}")
    return sent


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
    if not user.email:
        return
    body = render_to_string(
        template,
        {
            **context,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            "charter_url": charter_url(),
        },
    )
    _send(
        EmailMessage(subject=subject, body=body, to=[user.email]),
        what=f"{template} to user {user.pk}",
    )


def _send(message, *, what) -> int:
    try:
        return mailers.default.send_messages([message]) or 0
    except Exception:
        logger.exception("E-mail not sent: %s", what)
        return 0
