"""The follow-ups' e-mails: « Six mois après, où en êtes-vous ? », its reminder,
and the coordination's note when it sends an answer back.

They go through the outbox (labo.accounts.outbox). The invitation carries two
signed opt-out links (this write-up, every write-up) and the List-Unsubscribe
headers of RFC 2369 and RFC 8058, as the discussions' notifications do.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse

from experiences.follow_ups.models import InvitationKind
from experiences.follow_ups.selectors import opted_out
from experiences.models import ExperiencePage
from experiences.visibility import visible_pages
from labo.accounts.outbox import email_queue
from labo.text import clean_title

OPT_OUT_SALT = "labo.follow_ups.opt_out"
INVITATION_SUBJECT = "Six mois après, où en êtes-vous ?"
REMINDER_SUBJECT = "Rappel : six mois après, où en êtes-vous ?"
# The List-Id of an invitation names its write-up: the outbox's send-time check
# reads it.
INVITATION_LIST_ID = re.compile(r"<suivi-(\d+)\.")


def opt_out_token(*, user_id, page_id=None) -> str:
    """The signed opt-out link's token: about one write-up, or all when `page_id`
    is None."""
    return signing.dumps([user_id, page_id], salt=OPT_OUT_SALT, compress=True)


def opt_out_token_read(token):
    """(member, write-up or None) of an opt-out link; raises signing.BadSignature
    if forged, ValueError if either no longer exists."""
    user_id, page_id = signing.loads(token, salt=OPT_OUT_SALT)
    user = get_user_model().objects.filter(pk=int(user_id)).first()
    page = None
    if page_id is not None:
        page = ExperiencePage.objects.filter(pk=int(page_id)).first()
        if page is None:
            raise ValueError("The write-up of this link no longer exists.")
    if user is None:
        raise ValueError("The member of this link no longer exists.")
    return user, page


def opt_out_url(*, user, page=None) -> str:
    token = opt_out_token(user_id=user.pk, page_id=page.pk if page else None)
    return settings.WAGTAILADMIN_BASE_URL + reverse("follow_up_opt_out", args=[token])


def answer_url(page) -> str:
    return settings.WAGTAILADMIN_BASE_URL + reverse("follow_up_answer", args=[page.pk])


def invitation_queue(*, page, user, kind):
    """Saves the invitation (or its reminder) to the author in the outbox."""
    title = clean_title(page.title)
    page_opt_out = opt_out_url(user=user, page=page)
    reminder = kind == InvitationKind.REMINDER
    return email_queue(
        user=user,
        subject=REMINDER_SUBJECT if reminder else INVITATION_SUBJECT,
        body=render_to_string(
            "experiences/follow_ups/emails/invitation.txt",
            {
                "title": title,
                "months": round(settings.LABO_FOLLOW_UP_AFTER_DAYS / 30.44),
                "reminder": reminder,
                "page_url": settings.WAGTAILADMIN_BASE_URL + page.url,
                "answer_url": answer_url(page),
                "page_opt_out_url": page_opt_out,
                "global_opt_out_url": opt_out_url(user=user),
            },
        ),
        headers={
            "List-Id": invitation_list_id(page),
            "List-Unsubscribe": f"<{page_opt_out}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def returned_queue(*, follow_up):
    """Tells the author the coordination sent the answer back, with its note."""
    page = follow_up.page
    return email_queue(
        user=follow_up.author,
        subject=f"Votre suivi de « {clean_title(page.title)} » : à reprendre",
        body=render_to_string(
            "experiences/follow_ups/emails/returned.txt",
            {
                "title": clean_title(page.title),
                "note": follow_up.review_note,
                "answer_url": answer_url(page),
            },
        ),
    )


def invitation_list_id(page) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"<suivi-{page.pk}.{host}>"


def invitation_email_due(email) -> bool:
    """Send-time check of the outbox (LABO_EMAIL_SEND_CHECKS): an invitation still
    waiting leaves only while its write-up is public and its author has not
    opted out in the meantime."""
    invitation = INVITATION_LIST_ID.match(email.headers.get("List-Id", ""))
    if invitation is None:
        return True
    page_id = int(invitation[1])
    return visible_pages().filter(pk=page_id).exists() and not opted_out(
        user_id=email.user_id, page_id=page_id
    )
