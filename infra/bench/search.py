"""Section 1: search latency over the query mix, for the search service, the whole
/recherche/ request, what a plain Wagtail site would do instead, and the bare
full-text lookup underneath."""

import re
import time
from contextlib import contextmanager

from django.db import OperationalError, connection
from django.db.models import Q
from django.http import QueryDict
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from experiences.models import ExperiencePage, Maturity
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme
from infra.bench import queries
from infra.bench.measure import caches_clear, proxy_client, statements_counted
from infra.bench.stats import calls_percentile
from search import query as q
from search.query import SearchQuery
from search.service import search_pages

# About 20 s per approach over the 30 queries: a query is repeated until it has
# taken QUERY_SECONDS; a baseline call still running after CAP_SECONDS is stopped
# and counted as "at least" that long.
QUERY_SECONDS = 0.6
CAP_SECONDS = 1.0
REPEAT = 5
SERVICE = "service"
SERVICE_WARM = "service, warm"
REQUEST = "request"
REQUEST_WARM = "request, warm"
WAGTAIL = "wagtail"
ICONTAINS = "icontains"
FLOOR = "floor"


class BudgetExceeded(Exception):
    pass


def search_measure(*, progress):
    """{approach: [[milliseconds, cut, SQL queries, kind of query, filtered], …]}."""
    client = proxy_client()

    def request(query_string):
        response = client.get(f"/recherche/?{query_string}")
        if response.status_code != 200:
            raise RuntimeError(f"/recherche/?{query_string}: {response.status_code}")

    approaches = [
        (SERVICE, lambda qs: search_pages(_query(qs)), True, False),
        (SERVICE_WARM, lambda qs: search_pages(_query(qs)), False, False),
        (REQUEST, request, True, False),
        (REQUEST_WARM, request, False, False),
        (WAGTAIL, lambda qs: _plain(_query(qs), _wagtail_search), True, True),
        (ICONTAINS, lambda qs: _plain(_query(qs), _icontains), True, True),
        (FLOOR, lambda qs: full_text_floor(_query(qs).text), True, False),
    ]
    results = {}
    for name, run, cold, capped in approaches:
        started = time.monotonic()
        results[name] = _calls(run, cold=cold, capped=capped, text_only=name == FLOOR)
        calls = [call[:2] for call in results[name]]
        progress(
            f"  {name}: {len(calls)} calls in {_since(started)}, "
            f"p50 {calls_percentile(calls, 0.5)} ms, "
            f"p95 {calls_percentile(calls, 0.95)} ms"
        )
    return results


def _calls(run, *, cold, capped, text_only):
    mix = [
        (kind, queries.query_string(params), bool(set(params) - {"q"}))
        for kind, params in queries.QUERY_MIX
        if params.get("q") or not text_only
    ]
    # Imports, templates and prepared statements: a running site has them.
    budget = CAP_SECONDS if capped else 0
    call_timed(run, mix[0][1], budget=budget)
    calls = []
    for kind, query_string, filtered in mix:
        if not cold:
            call_timed(run, query_string, budget=budget)
        spent = 0.0
        for _round in range(REPEAT):
            if cold:
                caches_clear()
            elapsed, cut, statements = call_timed(run, query_string, budget=budget)
            calls.append([elapsed * 1000, cut, statements, kind, filtered])
            spent += elapsed
            if cut or spent > QUERY_SECONDS:
                break
    return calls


def call_timed(run, argument, *, budget):
    """(seconds, stopped at the budget, SQL statements) of `run(argument)`; its SQL
    is stopped after `budget` seconds, unless 0."""
    cut = False
    with _budget(budget), statements_counted() as statements:
        start = time.perf_counter()
        try:
            run(argument)
        except (BudgetExceeded, OperationalError):
            if not budget or time.perf_counter() - start < budget:
                raise
            cut = True
        elapsed = time.perf_counter() - start
    return elapsed, cut, len(statements)


@contextmanager
def _budget(seconds):
    """Stops the SQL of a call once it has run `seconds` (none when 0): SQLite's
    progress handler interrupts a statement, PostgreSQL's statement_timeout
    cancels one, and no further statement starts. In autocommit, as the benchmark
    runs: inside a transaction, a cancelled statement would abort it."""
    if not seconds:
        yield
        return
    deadline = time.perf_counter() + seconds

    def stop_late(execute, sql, params, many, context):
        if time.perf_counter() > deadline:
            raise BudgetExceeded
        return execute(sql, params, many, context)

    connection.ensure_connection()
    sqlite = connection.vendor == "sqlite"
    if sqlite:
        connection.connection.set_progress_handler(
            lambda: time.perf_counter() > deadline, 10_000
        )
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
    try:
        with connection.execute_wrapper(stop_late):
            yield
    finally:
        if sqlite:
            connection.connection.set_progress_handler(None, 0)
        else:
            with connection.cursor() as cursor:
                cursor.execute("SET statement_timeout = 0")


def _query(query_string):
    return SearchQuery.from_params(QueryDict(query_string))


def _since(started):
    return f"{time.monotonic() - started:.0f} s"


def _wagtail_search(queryset, text):
    return queryset.search(text)


def _icontains(queryset, text):
    for word in text.split():
        queryset = queryset.filter(
            Q(title__icontains=word) | Q(summary__icontains=word)
        )
    return queryset


def _plain(query, narrow):
    """What a Wagtail site does without a search service: the matching live pages
    (`Page.objects.live().search()`, or the write-ups when filtered), their count,
    then one count query per facet value: themes, regions, audiences, maturities."""
    write_ups = _filtered(ExperiencePage.objects.live().public(), query.filters)
    if narrow is _wagtail_search and not query.filters:
        pages = Page.objects.live().public()
    else:
        pages = write_ups
    results = narrow(pages, query.text) if query.text else pages.order_by("-pk")
    list(results[: q.PAGE_SIZE])
    results.count()
    for condition in _facet_values():
        counted = write_ups.filter(condition)
        (narrow(counted, query.text) if query.text else counted).count()


def _write_ups(**lookups):
    return Q(pk__in=ExperiencePage.objects.filter(**lookups).values("pk"))


def _filtered(queryset, filters):
    for facet, values in filters.items():
        if facet == q.THEME:
            queryset = queryset.filter(_write_ups(themes__slug__in=values))
        elif facet == q.AUDIENCE:
            queryset = queryset.filter(_write_ups(audiences__slug__in=values))
        elif facet == q.MATURITY:
            queryset = queryset.filter(_write_ups(maturity__in=values))
        elif facet == q.TERRITORY:
            within = Q(pk__in=[])
            for territory in Territory.objects.filter(key__in=values):
                within |= Q(pk__in=Territory.objects.within(territory).values("pk"))
            queryset = queryset.filter(
                _write_ups(territory__in=Territory.objects.filter(within))
            )
        else:
            raise ValueError(f"No baseline for the {facet} filter")
    return queryset


def _facet_values():
    yield from (_write_ups(themes=theme) for theme in Theme.objects.all())
    yield from (
        _write_ups(territory__in=Territory.objects.within(region))
        for region in Territory.objects.filter(kind=TerritoryKind.REGION)
    )
    yield from (_write_ups(audiences=audience) for audience in Audience.objects.all())
    yield from (_write_ups(maturity=maturity) for maturity in Maturity)


def full_text_floor(text):
    """The bare full-text lookup of `text`: the first page of index entries by the
    engine's own rank, with no filter, no type and no visibility check."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            from wagtail.search.models import SQLiteFTSIndexEntry

            fts = SQLiteFTSIndexEntry._meta.db_table
            terms = " ".join(f'"{word}"' for word in re.findall(r"\w+", text))
            cursor.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s ORDER BY rank LIMIT %s",
                [terms, q.PAGE_SIZE],
            )
        else:
            cursor.execute(
                f"SELECT object_id FROM {IndexEntry._meta.db_table}, "
                "plainto_tsquery(%s::regconfig, %s) query "
                "WHERE title @@ query OR body @@ query "
                "ORDER BY ts_rank(body, query) DESC LIMIT %s",
                [get_search_backend().config, text, q.PAGE_SIZE],
            )
        return cursor.fetchall()
