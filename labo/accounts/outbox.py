"""The outbox: every e-mail the Labo writes to a member is saved in the transaction
of the action that causes it, sent once that commits, and retried until the mail
server takes it. A failing mail server never undoes the action nor loses the
e-mail.

allauth's own e-mails (address verification, password reset) do not come here:
see labo.accounts.adapter.
"""

import logging
from datetime import timedelta
from email import policy as mail_policy

from django.conf import settings
from django.core.mail import EmailMessage, mailers
from django.db import transaction
from django.db.models import Count, F, Min, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from labo.text import single_line

logger = logging.getLogger(__name__)

PENDING = OutgoingEmailStatus.PENDING
# While one process sends an e-mail no other takes it; one that died mid-send
# frees it after this. Longer than any SMTP timeout.
SENDING_LEASE = timedelta(minutes=10)
ERROR_MAX_LENGTH = 2000
# RFC 5322's limit on a header line.
HEADER_LINE_MAX_LENGTH = 998


class OutboxMessage(EmailMessage):
    """Header lines fold at RFC 5322's limit, not at 78 characters: Python sends a
    longer unbreakable value (an unsubscribe link) as RFC 2047 encoded words,
    which mail clients do not read in List-Unsubscribe."""

    def message(self, *, policy=mail_policy.default):
        return super().message(
            policy=policy.clone(max_line_length=HEADER_LINE_MAX_LENGTH)
        )


def email_queue(
    *, user, subject, body, headers=None, not_before=None
) -> OutgoingEmail | None:
    """Saves an e-mail to the member, sent as soon as the current transaction
    commits, or not before `not_before`; nothing when the member has no address."""
    if not user.email:
        return None
    email = OutgoingEmail.objects.create(
        user=user,
        to=user.email,
        subject=subject,
        body=body,
        headers=headers or {},
        next_attempt_at=not_before or timezone.now(),
    )
    if not_before is None:
        transaction.on_commit(lambda: email_send_task.enqueue(email.pk))
    elif email_send_task.get_backend().supports_defer:
        transaction.on_commit(
            lambda: email_send_task.using(run_after=not_before).enqueue(email.pk)
        )
    # Otherwise `email_retry` sends it once due.
    return email


def email_send(*, email_id) -> OutgoingEmail | None:
    """Tries to send the e-mail if it is due and no other process holds it; returns
    it after the attempt (sent, or pending with its error and next attempt, or
    failed), None when there was nothing to try."""
    now = timezone.now()
    # Claiming by a conditional update, so that a retry racing the first attempt
    # (or two workers) never sends the same e-mail twice, on any database.
    claimed = OutgoingEmail.objects.filter(
        pk=email_id, status=PENDING, next_attempt_at__lte=now
    ).update(attempts=F("attempts") + 1, next_attempt_at=now + SENDING_LEASE)
    if not claimed:
        return None
    email = OutgoingEmail.objects.get(pk=email_id)
    if not _still_due(email):
        logger.info(
            "E-mail withdrawn before sending (outbox %s, user %s)",
            email.pk,
            email.user_id,
        )
        email.delete()
        return None
    # A line break in a header would fail every attempt, whatever the mail server.
    message = OutboxMessage(
        subject=single_line(email.subject),
        body=email.body,
        to=[email.to],
        headers={name: single_line(value) for name, value in email.headers.items()},
    )
    try:
        mailers.default.send_messages([message])
    except Exception as error:
        # Whatever the mail backend raises, the e-mail stays for the next attempt.
        _failure_record(email, error)
    else:
        email.status = OutgoingEmailStatus.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["status", "sent_at", "last_error"])
    return email


@task()
def email_send_task(email_id):
    """Sends one e-mail. After a failure it comes back at the next attempt when the
    task backend can defer (the database worker); otherwise `email_retry` does."""
    email = email_send(email_id=email_id)
    backend = email_send_task.get_backend()
    if email is not None and email.status == PENDING and backend.supports_defer:
        email_send_task.using(run_after=email.next_attempt_at).enqueue(email_id)


def emails_send_due() -> int:
    """Tries every pending e-mail whose next attempt has come, oldest first;
    returns how many were sent."""
    due = OutgoingEmail.objects.filter(
        status=PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at", "pk")
    sent = 0
    for email_id in list(due.values_list("pk", flat=True)):
        email = email_send(email_id=email_id)
        sent += email is not None and email.status == OutgoingEmailStatus.SENT
    return sent


def emails_requeue_failed() -> int:
    """Puts the abandoned e-mails back in the queue with a fresh count of attempts."""
    return OutgoingEmail.objects.filter(status=OutgoingEmailStatus.FAILED).update(
        status=PENDING, attempts=0, next_attempt_at=timezone.now(), last_error=""
    )


def emails_prune() -> int:
    """Deletes the sent and abandoned e-mails older than LABO_EMAIL_KEEP_DAYS: they
    hold members' addresses and are kept only to answer "did it leave?"."""
    cutoff = timezone.now() - timedelta(days=settings.LABO_EMAIL_KEEP_DAYS)
    old = OutgoingEmail.objects.exclude(status=PENDING).filter(created_at__lt=cutoff)
    return old.delete()[0]


def outbox_state() -> dict:
    """How many e-mails wait, since when the oldest, and how many were abandoned."""
    pending = Q(status=PENDING)
    return OutgoingEmail.objects.aggregate(
        waiting=Count("pk", filter=pending),
        oldest_waiting_since=Min("created_at", filter=pending),
        failed=Count("pk", filter=Q(status=OutgoingEmailStatus.FAILED)),
    )


def retry_delay(attempts) -> timedelta:
    """LABO_EMAIL_RETRY_SECONDS after the first attempt, doubling after each."""
    return timedelta(seconds=settings.LABO_EMAIL_RETRY_SECONDS * 2 ** (attempts - 1))


def _still_due(email) -> bool:
    """Whether every check of LABO_EMAIL_SEND_CHECKS still wants the e-mail sent:
    what it tells may have become private since it was queued."""
    return all(import_string(check)(email) for check in settings.LABO_EMAIL_SEND_CHECKS)


def _failure_record(email, error):
    email.last_error = f"{type(error).__name__}: {error}"[:ERROR_MAX_LENGTH]
    if email.attempts >= settings.LABO_EMAIL_MAX_ATTEMPTS:
        email.status = OutgoingEmailStatus.FAILED
        logger.error(
            "E-mail abandoned after %s attempts (outbox %s, user %s): %s",
            email.attempts,
            email.pk,
            email.user_id,
            email.last_error,
        )
    else:
        email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
        logger.warning(
            "E-mail not sent (outbox %s, user %s, attempt %s of %s), next attempt "
            "at %s: %s",
            email.pk,
            email.user_id,
            email.attempts,
            settings.LABO_EMAIL_MAX_ATTEMPTS,
            email.next_attempt_at.isoformat(timespec="seconds"),
            email.last_error,
        )
    email.save(update_fields=["status", "last_error", "next_attempt_at"])
