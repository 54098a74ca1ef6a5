"""Six months later: who is asked, when, once, and how an author says « no more »."""

import threading
from datetime import timedelta
from email import message_from_bytes

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from experiences.follow_ups import notifications, services, tasks
from experiences.follow_ups.models import (
    FollowUp,
    FollowUpInvitation,
    FollowUpOptOut,
    InvitationKind,
)
from experiences.models import ExperiencePage, ExperienceStatus
from labo.accounts import outbox, roles
from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from labo.models import HomePage
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"

CLOSED_SMTP = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
    }
}
LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def committed():
    """Runs what waits for the commit (the outbox's sending) when the block ends."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def published_days_ago(page, days, **fields):
    """The write-up as if first published `days` ago."""
    ExperiencePage.objects.filter(pk=page.pk).update(
        first_published_at=timezone.now() - timedelta(days=days), **fields
    )
    page.refresh_from_db()
    return page


def run_job(now=None):
    with committed():
        return services.follow_up_invitations_send(now=now)


def later(days):
    return timezone.now() + timedelta(days=days)


@pytest.fixture
def author(site_tree):
    return approved_member(
        roles.CONTRIBUTORS, display_name="Camille", email="autrice@ml.example"
    )


@pytest.fixture
def write_up(experience_index, author):
    page = experience_page(experience_index, owner=author, title="Permanences en visio")
    return published_days_ago(page, 190)


def invitations():
    return [email for email in mail.outbox if "où en êtes-vous" in email.subject]


# Who is asked, and when


def test_the_author_of_a_running_write_up_is_asked_six_months_after(write_up):
    assert run_job() == 1
    [email] = invitations()
    assert email.to == ["autrice@ml.example"]
    assert email.subject == "Six mois après, où en êtes-vous ?"
    assert "« Permanences en visio »" in email.body
    assert f"/contribuer/{write_up.pk}/suivi/" in email.body
    # Plain text, no tracking: no HTML part, no image.
    assert not getattr(email, "alternatives", [])
    assert "<img" not in email.body
    assert FollowUpInvitation.objects.filter(
        page=write_up, kind=InvitationKind.FIRST
    ).exists()


def test_nobody_is_asked_before_the_delay(write_up, settings):
    published_days_ago(write_up, 100)
    assert run_job() == 0
    assert invitations() == []


def test_the_delay_is_a_setting(write_up, settings):
    settings.LABO_FOLLOW_UP_AFTER_DAYS = 30
    published_days_ago(write_up, 40)
    assert run_job() == 1


def test_a_write_up_published_long_ago_is_not_asked(write_up):
    published_days_ago(write_up, 3 * 183)
    assert run_job() == 0


@pytest.mark.parametrize(
    ("status", "ended_days_ago", "asked"),
    [
        (ExperienceStatus.FINISHED, 20, True),  # just ended
        (ExperienceStatus.FINISHED, 400, False),  # ended long ago
        (ExperienceStatus.ABANDONED, 20, False),  # its end is already told
    ],
)
def test_an_ended_experiment_is_asked_only_when_it_just_ended(
    write_up, status, ended_days_ago, asked
):
    published_days_ago(
        write_up,
        190,
        status=status,
        end_date=timezone.localdate() - timedelta(days=ended_days_ago),
    )
    assert run_job() == int(asked)


def test_an_unpublished_write_up_is_not_asked(write_up):
    write_up.unpublish()
    assert run_job() == 0


def test_a_private_write_up_is_not_asked(write_up):
    PageViewRestriction.objects.create(
        page=write_up, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert run_job() == 0


def test_an_author_without_address_or_inactive_is_not_asked(write_up, author):
    author.email = ""
    author.save()
    assert run_job() == 0
    author.email = "autrice@ml.example"
    author.is_active = False
    author.save()
    assert run_job() == 0


def test_nobody_is_asked_once_the_author_answered(write_up, author):
    FollowUp.objects.create(
        page=write_up,
        author=author,
        outcome="kept",
        why="Ça marche.",
        experiment_status=ExperienceStatus.RUNNING,
    )
    assert run_job() == 0


# One reminder, then nothing


def test_one_reminder_after_the_reminder_delay_then_nothing(write_up, settings):
    assert run_job() == 1
    assert run_job(now=later(10)) == 0
    assert run_job(now=later(settings.LABO_FOLLOW_UP_REMINDER_DAYS + 1)) == 1
    reminder = invitations()[-1]
    assert reminder.subject == "Rappel : six mois après, où en êtes-vous ?"
    assert "C'est le seul rappel" in reminder.body
    assert run_job(now=later(90)) == 0
    assert run_job(now=later(300)) == 0
    assert len(invitations()) == 2


def test_no_reminder_after_an_answer(write_up, author, settings):
    run_job()
    FollowUp.objects.create(
        page=write_up,
        author=author,
        outcome="stopped",
        why="Plus de moyens.",
        experiment_status=ExperienceStatus.FINISHED,
    )
    assert run_job(now=later(settings.LABO_FOLLOW_UP_REMINDER_DAYS + 1)) == 0


# Idempotent, and safe when two runs meet


def test_a_rerun_sends_nothing_twice(write_up):
    assert run_job() == 1
    assert run_job() == 0
    call_command("follow_up_send")
    assert len(invitations()) == 1
    assert FollowUpInvitation.objects.count() == 1


def test_an_invitation_claimed_by_another_run_is_not_sent_again(write_up, author):
    """Two runs select the same write-up; the second finds the claim taken."""
    due = list(services.selectors.pages_due_for_invitation(now=timezone.now()))
    FollowUpInvitation.objects.create(
        page=write_up, user=author, kind=InvitationKind.FIRST
    )
    with committed():
        claimed = [services._invite(page, InvitationKind.FIRST) for page in due]
    assert claimed == [False]
    assert invitations() == []
    assert OutgoingEmail.objects.count() == 0


# Committed for real, so that two connections see the rows; the migrations' data
# (the root page, territories, groups) is reloaded before the test, another
# committed test having emptied the database.
@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite serialises every writer")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_queue_each_invitation_once(experience_index, author):
    # The reloaded migrations' data leaves Wagtail's welcome page as the site's
    # root, which the site tree only replaces when it creates the home page.
    Site.objects.filter(is_default_site=True).update(root_page=HomePage.objects.get())
    for _ in range(3):
        published_days_ago(experience_page(experience_index, owner=author), 190)
    start = threading.Barrier(2)
    queued = []

    def run():
        start.wait()
        try:
            queued.append(services.follow_up_invitations_send())
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(queued) == 3
    assert OutgoingEmail.objects.count() == 3
    assert FollowUpInvitation.objects.count() == 3
    assert len(invitations()) == 3


# The mail server fails: the outbox retries


def test_a_failing_mail_server_records_the_invitation_once_and_the_retry_sends_it(
    write_up, settings
):
    settings.MAILERS = CLOSED_SMTP
    assert run_job() == 1
    waiting = OutgoingEmail.objects.get()
    assert waiting.status == OutgoingEmailStatus.PENDING
    assert waiting.last_error
    assert run_job() == 0  # the rerun does not queue it again
    settings.MAILERS = LOCMEM
    mail.outbox.clear()
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    assert outbox.emails_send_due() == 1
    assert outbox.emails_send_due() == 0
    assert len(invitations()) == 1
    assert FollowUpInvitation.objects.count() == 1


def test_an_invitation_waiting_in_the_outbox_is_dropped_after_an_opt_out(
    write_up, author, settings
):
    settings.MAILERS = CLOSED_SMTP
    run_job()
    services.opt_out(user=author)
    settings.MAILERS = LOCMEM
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    outbox.emails_send_due()
    assert invitations() == []


# The daily task and the command


def test_the_task_runs_the_job(write_up):
    with committed():
        tasks.follow_up_invitations_task.enqueue()
    assert len(invitations()) == 1


def test_the_task_comes_back_the_next_day_when_the_backend_can_defer(
    write_up, settings
):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    backend = tasks.follow_up_invitations_task.get_backend()
    backend.clear()
    tasks.follow_up_invitations_task.call()
    [again] = backend.results
    assert again.task.run_after > timezone.now() + timedelta(hours=23)
    assert len(invitations()) == 0  # the outbox sends after the commit


def test_the_command_can_start_the_worker_chain(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    backend = tasks.follow_up_invitations_task.get_backend()
    backend.clear()
    call_command("follow_up_send", "--start-worker-chain")
    assert len(backend.results) == 1


# Opting out


def opt_out_path(user, page=None):
    token = notifications.opt_out_token(
        user_id=user.pk, page_id=page.pk if page else None
    )
    return f"/contribuer/suivi/sans-e-mail/{token}/"


def test_the_e_mail_carries_one_click_opt_outs(write_up, author):
    run_job()
    [email] = invitations()
    sent = message_from_bytes(email.message().as_bytes())
    page_link = "http://testserver" + opt_out_path(author, write_up)
    assert sent["List-Unsubscribe"].strip("<>").endswith(opt_out_path(author, write_up))
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert opt_out_path(author, write_up) in email.body
    assert opt_out_path(author) in email.body
    assert page_link.split("testserver")[1] in email.body


def test_opening_the_opt_out_link_asks_and_changes_nothing(write_up, author):
    response = Client().get(opt_out_path(author, write_up))
    assert response.status_code == 200
    assert "Ne plus recevoir ces e-mails pour cette fiche" in response.content.decode()
    assert not FollowUpOptOut.objects.exists()


def test_opting_out_of_one_write_up_stops_its_e_mails_only(
    write_up, author, experience_index
):
    other = published_days_ago(experience_page(experience_index, owner=author), 190)
    response = Client().post(opt_out_path(author, write_up), {"action": "stop"})
    assert response.status_code == 200
    assert "Vous ne recevrez plus" in response.content.decode()
    run_job()
    [email] = invitations()
    assert f"/contribuer/{other.pk}/suivi/" in email.body


def test_the_global_opt_out_stops_every_e_mail(write_up, author, experience_index):
    published_days_ago(experience_page(experience_index, owner=author), 190)
    Client().post(opt_out_path(author), {"action": "stop"})
    assert run_job() == 0


def test_the_global_opt_out_also_stops_the_reminder(write_up, author, settings):
    run_job()
    Client().post(opt_out_path(author), {"action": "stop"})
    assert run_job(now=later(settings.LABO_FOLLOW_UP_REMINDER_DAYS + 1)) == 0


def test_a_mail_clients_one_click_post_opts_out_without_csrf_token(write_up, author):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        opt_out_path(author, write_up),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert FollowUpOptOut.objects.filter(user=author, page=write_up).exists()
    assert run_job() == 0


def test_opting_back_in_from_the_confirmation_page(write_up, author):
    client = Client()
    client.post(opt_out_path(author, write_up), {"action": "stop"})
    response = client.post(opt_out_path(author, write_up), {"action": "resume"})
    assert "Vous recevrez à nouveau ces e-mails" in response.content.decode()
    assert not FollowUpOptOut.objects.exists()
    assert run_job() == 1


def test_opting_out_twice_keeps_one_opt_out(write_up, author):
    for _ in range(2):
        Client().post(opt_out_path(author), {"action": "stop"})
        Client().post(opt_out_path(author, write_up), {"action": "stop"})
    assert FollowUpOptOut.objects.count() == 2


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_or_cut_link_is_refused_and_changes_nothing(write_up, author, method):
    path = opt_out_path(author, write_up)
    for bad in (path[:-8] + "/", "/contribuer/suivi/sans-e-mail/abc%00/"):
        response = getattr(Client(), method)(bad)
        assert response.status_code == 400
    assert not FollowUpOptOut.objects.exists()


def test_a_link_to_a_deleted_write_up_is_refused(write_up, author):
    path = opt_out_path(author, write_up)
    write_up.delete()
    assert Client().post(path).status_code == 400
