"""/healthz: what the proxy and the orchestrator poll to know the site can serve."""

import logging
import uuid
from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Min, Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from labo.accounts.outbox import outbox_state
from search.backends.elasticsearch import backend_from_settings

logger = logging.getLogger(__name__)

OK = "ok"
DEGRADED = "degraded"
ERROR = "error"
# A task waiting longer than this means the worker is down or cannot keep up.
TASK_WAIT_LIMIT = timedelta(minutes=10)
# An e-mail waiting longer than this has been refused about five times: the mail
# server is down or rejects the Labo.
MAIL_WAIT_LIMIT = timedelta(minutes=15)
SEARCH_PING_TIMEOUT = 1
# Without these the site cannot serve a page: the check fails with a 503. Without
# the cache (labo.cache) it serves every page uncached.
VITAL_CHECKS = ("database",)


def database_check():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": OK}


def cache_check():
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    answered = cache.get(key)
    cache.delete(key)
    return {"status": OK if answered == value else ERROR}


def backend_label(backend):
    """'database' for DatabaseBackend, 'immediate' for ImmediateBackend…"""
    return type(backend).__name__.removesuffix("Backend").lower()


def tasks_check():
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    result = {"status": OK, "backend": backend_label(backend)}
    if not isinstance(backend, DatabaseBackend):
        return result
    no_delay = Q(run_after=get_date_max())
    queue = DBTaskResult.objects.ready().filter(backend_name=backend.alias)
    waiting = queue.aggregate(
        count=Count("pk"),
        # A deferred task waits from its run_after on, the others from enqueueing.
        oldest_immediate=Min("enqueued_at", filter=no_delay),
        oldest_deferred=Min("run_after", filter=~no_delay),
    )
    since = [
        moment
        for moment in (waiting["oldest_immediate"], waiting["oldest_deferred"])
        if moment is not None
    ]
    oldest_wait = timezone.now() - min(since) if since else None
    result["waiting"] = waiting["count"]
    result["oldest_wait_seconds"] = (
        int(oldest_wait.total_seconds()) if oldest_wait is not None else None
    )
    if oldest_wait is not None and oldest_wait > TASK_WAIT_LIMIT:
        result["status"] = DEGRADED
    return result


def mail_check():
    """The outbox: e-mails waiting for the mail server, and those abandoned."""
    state = outbox_state()
    since = state["oldest_waiting_since"]
    oldest_wait = timezone.now() - since if since is not None else None
    return {
        "status": DEGRADED if oldest_wait and oldest_wait > MAIL_WAIT_LIMIT else OK,
        "waiting": state["waiting"],
        "oldest_wait_seconds": (
            int(oldest_wait.total_seconds()) if oldest_wait is not None else None
        ),
        "failed": state["failed"],
    }


def search_check():
    backend = backend_from_settings()
    if backend is None:
        return {"status": OK, "backend": "database"}
    answered = backend.client.options(request_timeout=SEARCH_PING_TIMEOUT).ping()
    # Searches fall back to the database while Elasticsearch does not answer.
    return {"status": OK if answered else DEGRADED, "backend": "elasticsearch"}


CHECKS = {
    "database": database_check,
    "cache": cache_check,
    "tasks": tasks_check,
    "mail": mail_check,
    "search": search_check,
}


def run_check(name, check):
    try:
        return check()
    except Exception as error:
        # Reported as a status only: error messages can name hosts and accounts.
        logger.warning("Health check %s failed: %r", name, error)
        return {"status": ERROR}


def overall_status(checks):
    if any(checks[name]["status"] != OK for name in VITAL_CHECKS):
        return ERROR
    if any(check["status"] != OK for check in checks.values()):
        return DEGRADED
    return OK


@never_cache
@require_safe
def healthz(request):
    """Status of the database, cache, task queue, outbox and search engine, as
    JSON; 503 when the site cannot serve pages."""
    checks = {name: run_check(name, check) for name, check in CHECKS.items()}
    status = overall_status(checks)
    return JsonResponse(
        {"status": status, "checks": checks}, status=503 if status == ERROR else 200
    )
