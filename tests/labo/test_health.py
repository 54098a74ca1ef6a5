from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from search.tasks import remove_page_task
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Nothing listens on these ports.
CLOSED_ELASTICSEARCH = "http://127.0.0.1:9"
CLOSED_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def health(client):
    response = client.get("/healthz")
    return response, response.json()


def test_a_working_site_is_ok_and_never_cached(client):
    response, body = health(client)
    assert response.status_code == 200
    assert body == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "ok"},
            "tasks": {"status": "ok", "backend": "immediate"},
            "mail": {
                "status": "ok",
                "waiting": 0,
                "oldest_wait_seconds": None,
                "failed": 0,
            },
            "search": {"status": "ok", "backend": "database"},
        },
    }
    assert "no-store" in response["Cache-Control"]


def test_proxies_may_check_with_head_but_not_post(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_an_unreachable_elasticsearch_degrades_but_the_site_serves(client):
    with override_settings(ELASTICSEARCH_URL=CLOSED_ELASTICSEARCH):
        response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["search"] == {
        "status": "degraded",
        "backend": "elasticsearch",
    }
    assert body["checks"]["database"] == {"status": "ok"}


def test_a_failing_cache_degrades_without_details(client):
    with override_settings(CACHES=CLOSED_REDIS):
        response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    # The error stays in the logs: its message would name hosts and ports.
    assert body["checks"]["cache"] == {"status": "error"}
    assert "127.0.0.1" not in response.content.decode()


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_database_queue_reports_its_waiting_tasks(client):
    remove_page_task.enqueue(1)
    remove_page_task.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(2)
    response, body = health(client)
    assert response.status_code == 200
    tasks = body["checks"]["tasks"]
    assert tasks["backend"] == "database"
    # The task deferred by an hour is not waiting yet.
    assert tasks["waiting"] == 1
    assert 0 <= tasks["oldest_wait_seconds"] < 60
    assert tasks["status"] == body["status"] == "ok"


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_task_waiting_over_ten_minutes_degrades(client):
    remove_page_task.enqueue(1)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=11))
    response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["tasks"]["status"] == "degraded"
    assert body["checks"]["tasks"]["oldest_wait_seconds"] >= 11 * 60


@override_settings(TASKS=DATABASE_QUEUE)
def test_an_empty_database_queue_is_ok(client):
    _, body = health(client)
    assert body["checks"]["tasks"] == {
        "status": "ok",
        "backend": "database",
        "waiting": 0,
        "oldest_wait_seconds": None,
    }


def outgoing_email(*, status=OutgoingEmailStatus.PENDING, age=timedelta(0)):
    user = UserFactory()
    email = OutgoingEmail.objects.create(
        user=user, to=user.email, subject="Objet", body="Texte", status=status
    )
    OutgoingEmail.objects.filter(pk=email.pk).update(created_at=timezone.now() - age)


def test_e_mails_waiting_a_few_minutes_are_ok_and_abandoned_ones_counted(client):
    outgoing_email(age=timedelta(minutes=5))
    outgoing_email()
    outgoing_email(status=OutgoingEmailStatus.SENT, age=timedelta(days=1))
    outgoing_email(status=OutgoingEmailStatus.FAILED, age=timedelta(days=1))
    _, body = health(client)
    mail = body["checks"]["mail"]
    assert mail["status"] == body["status"] == "ok"
    assert mail["waiting"] == 2
    assert 5 * 60 <= mail["oldest_wait_seconds"] < 6 * 60
    assert mail["failed"] == 1


def test_an_e_mail_waiting_over_fifteen_minutes_degrades(client):
    outgoing_email(age=timedelta(minutes=16))
    response, body = health(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["mail"]["status"] == "degraded"
    assert body["checks"]["mail"]["oldest_wait_seconds"] >= 16 * 60
