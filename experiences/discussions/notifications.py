"""E-mails of the discussions: new messages to followers, moderators' decisions.

They go through the outbox (labo.accounts.outbox): saved with what causes them,
sent after the commit, retried while the mail server fails.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page

from experiences.discussions.models import Comment
from experiences.discussions.selectors import charter_url, followers_of
from experiences.visibility import visible_pages
from labo.accounts.outbox import email_queue
from labo.text import clean_title

UNSUBSCRIBE_SALT = "labo.discussions.unsubscribe"
# RFC 2919's List-Id names the thread an e-mail is about: mail clients filter
# on it, and the outbox's send-time check reads the page from it.
THREAD_LIST_ID = re.compile(r"<discussion-(\d+)\.")


def unsubscribe_token(*, user_id, page_id) -> str:
    return signing.dumps([user_id, page_id], salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_token_read(token):
    """(member, page) of an unsubscribe link; raises signing.BadSignature if
    forged, ValueError if either no longer exists."""
    user_id, page_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    user = get_user_model().objects.filter(pk=int(user_id)).first()
    page = Page.objects.filter(pk=int(page_id)).first()
    if user is None or page is None:
        raise ValueError("The member or the page of this link no longer exists.")
    return user, page


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
    title = clean_title(page.title)
    page_url = f"{settings.WAGTAILADMIN_BASE_URL}{page.url}#message-{comment.pk}"
    queued = 0
    for follower in followers_of(page).exclude(pk=comment.author_id):
        unsubscribe_url = settings.WAGTAILADMIN_BASE_URL + reverse(
            "discussion_unsubscribe",
            args=[unsubscribe_token(user_id=follower.pk, page_id=page.pk)],
        )
        email = email_queue(
            user=follower,
            subject=f"Nouveau message sur « {title} »",
            body=render_to_string(
                "experiences/emails/new_comment.txt",
                {
                    "comment": comment,
                    "page": page,
                    "title": title,
                    "page_url": page_url,
                    "unsubscribe_url": unsubscribe_url,
                },
            ),
            headers={
                "List-Id": thread_list_id(page),
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        queued += email is not None
    return queued


def thread_list_id(page) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"<discussion-{page.pk}.{host}>"


def follower_email_due(email) -> bool:
    """Send-time check of the outbox (LABO_EMAIL_SEND_CHECKS): a thread's e-mail
    leaves only while its page is visible and the member still follows it."""
    thread = THREAD_LIST_ID.match(email.headers.get("List-Id", ""))
    if thread is None:
        return True
    page = visible_pages().filter(pk=thread[1]).first()
    return page is not None and followers_of(page).filter(pk=email.user_id).exists()


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
