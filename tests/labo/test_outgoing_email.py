"""The outbox: a failing mail server loses no comment, decision nor e-mail; the
e-mails are retried, each sent exactly once, and abandoned after a bounded number
of attempts."""

import datetime
import threading
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry, WorkflowState

from experiences import services as experience_services
from experiences.discussions import services as discussions
from experiences.discussions.models import CommentingSuspension, CommentStatus
from labo.accounts import outbox, roles
from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from labo.accounts.services import account_delete
from labo.member_data import personal_data_export
from tests.factories import UserFactory, approved_member, experience_page

pytestmark = pytest.mark.django_db

# Django's real SMTP backend, pointed at a port where nothing listens.
CLOSED_SMTP = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
    }
}
WORKING_SMTP = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PENDING = OutgoingEmailStatus.PENDING
SENT = OutgoingEmailStatus.SENT
FAILED = OutgoingEmailStatus.FAILED


def committed():
    """Runs what waits for the commit (sending) when the block ends: tests run
    inside a transaction that is never committed."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def email_retry(*options):
    output = StringIO()
    call_command("email_retry", *options, stdout=output)
    return output.getvalue()


def time_passes():
    """Every waiting e-mail's next attempt comes, as if the delay had elapsed."""
    OutgoingEmail.objects.filter(status=PENDING).update(next_attempt_at=timezone.now())


def queued_email(user=None, subject="Objet"):
    user = user or UserFactory()
    with committed():
        return outbox.email_queue(user=user, subject=subject, body="Texte")


@pytest.fixture
def write_up(experience_index, settings):
    settings.LABO_COMMENT_PREMODERATED = 0
    author = approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")
    return experience_page(experience_index, owner=author)


def review(page, coordinator, action, comment=""):
    """A coordinator's decision in the review workflow, as the admin takes it."""
    task_state = page.current_workflow_state.current_task_state
    with committed():
        task_state.task.specific.on_action(
            task_state, coordinator, action, comment=comment
        )


def test_nothing_is_lost_while_the_mail_server_fails_and_each_e_mail_leaves_once(
    write_up, settings, caplog
):
    author = write_up.owner
    moderator = approved_member(roles.MODERATION)
    coordinator = approved_member(roles.COORDINATION)
    writer = approved_member(roles.CONTRIBUTORS, email="ecrivain@ml.example")
    settings.MAILERS = CLOSED_SMTP
    before = timezone.now()

    with committed():
        comment = discussions.comment_post(
            user=writer, page=write_up, body="Testé chez nous aussi."
        )
    with committed(), transaction.atomic():
        discussions.moderation_hide(
            moderator=moderator, comment=comment, reason="Hors sujet"
        )
    with committed(), transaction.atomic():
        discussions.moderation_warn(
            moderator=moderator, comment=comment, reason="Restez courtois"
        )
    with committed(), transaction.atomic():
        discussions.moderation_suspend(
            moderator=moderator, comment=comment, reason="Récidive", days=7
        )
    experience_services.contribution_submit(user=author, page=write_up)
    review(write_up, coordinator, "reject", "Précisez le coût.")
    experience_services.contribution_submit(user=author, page=write_up)
    review(write_up, coordinator, "approve")

    # Every action is saved and logged.
    comment.refresh_from_db()
    assert comment.body == "Testé chez nous aussi."
    assert comment.status == CommentStatus.HIDDEN
    assert CommentingSuspension.objects.get(user=writer).reason == "Récidive"
    assert sorted(ModelLogEntry.objects.values_list("action", flat=True)) == [
        "labo.comment.hide",
        "labo.comment.suspend",
        "labo.comment.warn",
    ]
    write_up.refresh_from_db()
    assert write_up.live
    assert write_up.current_workflow_state is None
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED

    # Every e-mail waits with its error and its next attempt a minute later.
    expected = [
        (author.email, f"Nouveau message sur « {write_up.title} »"),
        (writer.email, "Un rappel de la modération du Labo"),
        (writer.email, "Votre participation aux discussions est suspendue"),
        (author.email, "Votre fiche : modifications demandées"),
        (author.email, "Votre fiche est publiée"),
    ]
    emails = OutgoingEmail.objects.order_by("pk")
    assert [(email.to, email.subject) for email in emails] == expected
    for email in emails:
        assert email.status == PENDING
        assert email.attempts == 1
        assert email.last_error.startswith("ConnectionRefusedError")
        delay = email.next_attempt_at - before
        assert datetime.timedelta(seconds=60) <= delay < datetime.timedelta(minutes=2)
    assert caplog.text.count("E-mail not sent") == len(expected)
    assert mail.outbox == []

    # The mail server is back; nothing leaves before its time.
    settings.MAILERS = WORKING_SMTP
    assert email_retry().startswith("Envoyés : 0. En attente : 5.")
    assert mail.outbox == []

    time_passes()
    assert email_retry().startswith("Envoyés : 5. En attente : 0. Abandonnés : 0.")
    assert [(message.to[0], message.subject) for message in mail.outbox] == expected
    follower_email = mail.outbox[0]
    assert "Testé chez nous aussi." in follower_email.body
    unsubscribe = follower_email.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://") and "/desabonnement/" in unsubscribe
    assert unsubscribe[1:-1] in follower_email.body
    assert (
        follower_email.extra_headers["List-Unsubscribe-Post"]
        == "List-Unsubscribe=One-Click"
    )
    assert "Précisez le coût." in mail.outbox[3].body
    assert set(OutgoingEmail.objects.values_list("status", "attempts")) == {(SENT, 2)}
    assert all(email.sent_at >= email.created_at for email in emails.all())

    time_passes()
    assert email_retry().startswith("Envoyés : 0. En attente : 0.")
    assert len(mail.outbox) == len(expected)


def test_a_working_mail_server_gets_the_e_mail_when_the_action_commits(write_up):
    writer = approved_member(roles.CONTRIBUTORS)
    with committed(), transaction.atomic():
        comment = discussions.comment_post(user=writer, page=write_up, body="Merci")
        assert mail.outbox == []
    (message,) = mail.outbox
    assert message.to == [write_up.owner.email]
    email = OutgoingEmail.objects.get()
    assert (email.status, email.attempts, email.last_error) == (SENT, 1, "")
    assert email.user == write_up.owner
    assert comment.pk


def test_a_rolled_back_action_sends_nothing(write_up):
    moderator = approved_member(roles.MODERATION)
    comment = discussions.comment_post(
        user=approved_member(roles.CONTRIBUTORS), page=write_up, body="Vif"
    )
    with (
        committed(),
        pytest.raises(discussions.DiscussionRefused),
        transaction.atomic(),
    ):
        discussions.moderation_warn(
            moderator=moderator, comment=comment, reason="Restez courtois"
        )
        raise discussions.DiscussionRefused("Annulé")
    assert not OutgoingEmail.objects.exists()
    assert mail.outbox == []


def test_retries_wait_twice_as_long_each_time_then_give_up(settings, caplog):
    settings.MAILERS = CLOSED_SMTP
    settings.LABO_EMAIL_MAX_ATTEMPTS = 3
    email = queued_email(subject="Votre compte est validé")
    delays = []
    for _ in range(2):
        email.refresh_from_db()
        delays.append(email.next_attempt_at - timezone.now())
        time_passes()
        email_retry()
    email.refresh_from_db()
    assert [round(delay.total_seconds() / 60) for delay in delays] == [1, 2]
    assert email.status == FAILED
    assert email.attempts == 3
    assert email.last_error.startswith("ConnectionRefusedError")
    assert "E-mail abandoned after 3 attempts" in caplog.text
    assert [r.levelname for r in caplog.records if "abandoned" in r.message] == [
        "ERROR"
    ]

    # An abandoned e-mail is left alone until someone asks for it again.
    settings.MAILERS = WORKING_SMTP
    time_passes()
    assert "Abandonnés : 1." in email_retry()
    assert mail.outbox == []
    output = email_retry("--failed")
    assert output.startswith("E-mails abandonnés remis en file : 1.")
    assert "Envoyés : 1. En attente : 0. Abandonnés : 0." in output
    (message,) = mail.outbox
    assert message.subject == "Votre compte est validé"


def test_the_task_comes_back_later_when_the_backend_can_defer(settings):
    settings.MAILERS = CLOSED_SMTP
    settings.TASKS = DATABASE_QUEUE
    email = queued_email()
    sending = DBTaskResult.objects.filter(
        task_path="labo.accounts.outbox.email_send_task"
    )
    (first,) = sending.all()
    assert first.args_kwargs == {"args": [email.pk], "kwargs": {}}

    # The worker runs the task; the mail server refuses.
    outbox.email_send_task.call(email.pk)
    email.refresh_from_db()
    assert (email.status, email.attempts) == (PENDING, 1)
    retry = sending.exclude(pk=first.pk).get()
    assert retry.run_after == email.next_attempt_at
    assert retry.args_kwargs == first.args_kwargs

    # The retry runs before its time (a clock or a hand): it sends nothing twice.
    settings.MAILERS = WORKING_SMTP
    outbox.email_send_task.call(email.pk)
    assert mail.outbox == []
    time_passes()
    outbox.email_send_task.call(email.pk)
    outbox.email_send_task.call(email.pk)
    assert len(mail.outbox) == 1
    assert sending.count() == 2


def test_without_deferred_tasks_a_failure_waits_for_email_retry(settings):
    settings.MAILERS = CLOSED_SMTP
    email = OutgoingEmail.objects.create(
        user=UserFactory(), to="x@ml.example", subject="Objet", body="Texte"
    )
    # The immediate backend cannot defer: the task ends without re-enqueueing.
    result = outbox.email_send_task.enqueue(email.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    email.refresh_from_db()
    assert (email.status, email.attempts) == (PENDING, 1)


@pytest.mark.django_db(transaction=True)
def test_concurrent_senders_send_each_e_mail_once():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises every writer: no concurrent sending to race")
    user = UserFactory()
    emails = [
        OutgoingEmail.objects.create(user=user, to=user.email, subject=f"n°{n}")
        for n in range(20)
    ]
    start = threading.Barrier(4)

    def sender():
        start.wait()
        try:
            outbox.emails_send_due()
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(message.subject for message in mail.outbox) == sorted(
        email.subject for email in emails
    )
    assert set(OutgoingEmail.objects.values_list("status", "attempts")) == {(SENT, 1)}


def test_old_sent_and_abandoned_e_mails_are_deleted_never_waiting_ones(settings):
    settings.LABO_EMAIL_KEEP_DAYS = 14
    user = UserFactory()
    for status in (PENDING, SENT, FAILED):
        for age in (1, 15):
            email = OutgoingEmail.objects.create(
                user=user, to=user.email, subject=f"{status} {age}", status=status
            )
            OutgoingEmail.objects.filter(pk=email.pk).update(
                created_at=timezone.now() - datetime.timedelta(days=age),
                next_attempt_at=timezone.now() + datetime.timedelta(hours=1),
            )
    assert email_retry().endswith("Supprimés (plus de 14 jours) : 2.\n")
    assert sorted(OutgoingEmail.objects.values_list("subject", flat=True)) == [
        "failed 1",
        "pending 1",
        "pending 15",
        "sent 1",
    ]


def test_the_export_lists_the_members_e_mails_and_deletion_removes_them():
    member, other = UserFactory(), UserFactory()
    queued_email(member, subject="Votre compte est validé")
    queued_email(other)
    (exported,) = personal_data_export(user=member)["emails"]
    assert exported["objet"] == "Votre compte est validé"
    assert exported["adresse"] == member.email
    assert exported["statut"] == "envoyé"
    assert exported["envoye_le"] is not None
    account_delete(user=member)
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == [other.email]


def test_allauth_e_mails_stay_direct_and_a_failure_is_told_not_a_server_error(
    client, settings, caplog
):
    settings.MAILERS = CLOSED_SMTP
    password = "Un mot de passe solide 2026"
    response = client.post(
        "/accounts/signup/",
        {"email": "sam@exemple.fr", "password1": password, "password2": password},
        follow=True,
    )
    assert response.status_code == 200
    assert "L&#x27;e-mail n&#x27;a pas pu partir" in response.content.decode()
    assert get_user_model().objects.filter(email="sam@exemple.fr").exists()
    response = client.post(
        "/accounts/password/reset/", {"email": "inconnu@exemple.fr"}, follow=True
    )
    assert response.status_code == 200
    assert "L&#x27;e-mail n&#x27;a pas pu partir" in response.content.decode()
    assert caplog.text.count("Account e-mail") == 2
    # Their links are credentials: never stored in the outbox.
    assert not OutgoingEmail.objects.exists()


def test_a_line_break_in_a_subject_or_a_header_never_stops_an_e_mail():
    user = UserFactory()
    mail.outbox.clear()
    with committed():
        email = outbox.email_queue(
            user=user,
            subject="Objet\r\nBcc: x@ex.org",
            body="Texte",
            headers={"X-Labo-Test": "un\nen-tête"},
        )
    email.refresh_from_db()
    assert email.status == SENT
    (message,) = mail.outbox
    assert message.subject == "Objet Bcc: x@ex.org"
    assert message.message()["X-Labo-Test"] == "un en-tête"


def test_long_header_values_leave_as_written_not_encoded():
    link = "https://labo.example/discussions/desabonnement/" + "x" * 120 + "/"
    mail.outbox.clear()
    with committed():
        outbox.email_queue(
            user=UserFactory(),
            subject="Objet",
            body="Texte",
            headers={"List-Unsubscribe": f"<{link}>"},
        )
    sent = mail.outbox[0].message().as_bytes().decode("ascii")
    assert f"\nList-Unsubscribe: <{link}>\n" in sent
