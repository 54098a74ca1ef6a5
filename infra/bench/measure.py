"""What the in-process sections share: clearing every cache, a test client that
reaches the site as the proxy does, and counting SQL statements."""

from contextlib import contextmanager

from django.core.cache import caches
from django.db import connection
from django.test import Client

from infra.bench.serving import PROXY_HEADERS


def caches_clear():
    for cache in caches.all():
        cache.clear()


def proxy_client():
    return Client(headers={name.lower(): v for name, v in PROXY_HEADERS.items()})


@contextmanager
def statements_counted():
    """A list that receives each SQL statement run inside the block; lighter than
    CaptureQueriesContext, which times and formats every statement."""
    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield statements
