"""Search latency at a given size, beside the plain Wagtail approach, in one run."""

import platform
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from experiences.models import ExperiencePage, Maturity, Territory, TerritoryKind, Theme
from search.query import SearchQuery
from search.service import search_pages

# A fixed mix: rare and common terms, several terms, a phrase, with and without
# territory and theme filters, and filters alone.
QUERY_MIX = [
    "q=tarentaise",
    "q=guyane",
    "q=jeunes",
    "q=visio",
    "q=atelier+numerique",
    "q=rendez-vous+en+visio",
    "q=jeunes&territoire=region-75",
    "q=visio&theme=accompagnement-a-distance",
    "q=atelier+numerique&territoire=region-84&theme=inclusion-numerique",
    "q=tarentaise&maturite=evaluated",
    "theme=inclusion-numerique&territoire=region-84",
    "territoire=region-11&maturite=evaluated",
]


MAX_SECONDS_PER_QUERY = 10


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = (
        "Mesure la recherche (service, page complète) face à l'approche Wagtail simple."
    )

    def add_arguments(self, parser):
        parser.add_argument("--experiences", type=int, default=10_000)
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument("--output", help="Ajoute le tableau à ce fichier Markdown.")

    def handle(self, *args, experiences, repeat, output, **options):
        missing = experiences - ExperiencePage.objects.live().count()
        if missing > 0:
            call_command("seed_demo", experiences=missing, stdout=self.stdout)
        client = Client()
        rows = [
            ("Service de recherche", lambda qs: search_pages(_query(qs))),
            ("Page /recherche/ complète", lambda qs: client.get(f"/recherche/?{qs}")),
            ("Wagtail simple : search() + un count par facette", _plain_wagtail),
        ]
        results = {label: self._measure(run, repeat) for label, run in rows}
        table = self._table(results)
        self.stdout.write(table)
        if output:
            with open(output, "a", encoding="utf-8") as file:
                file.write(table + "\n")

    def _measure(self, run, repeat):
        run(QUERY_MIX[0])  # warm the caches, as a running site has them
        timings, query_counts = [], []
        for query_string in QUERY_MIX:
            spent = 0.0
            # A query that takes seconds is measured fewer times: the slowest
            # approaches would otherwise run for an hour.
            for _round in range(repeat):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    run(query_string)
                    elapsed = time.perf_counter() - start
                timings.append(elapsed * 1000)
                query_counts.append(len(queries))
                spent += elapsed
                if spent > MAX_SECONDS_PER_QUERY:
                    break
        return timings, query_counts

    def _table(self, results):
        size = ExperiencePage.objects.live().count()
        vendor = f"{connection.vendor} {_database_version()}"
        lines = [
            f"\n### {size} fiches, {vendor}, Python {platform.python_version()}, "
            f"{len(QUERY_MIX)} requêtes\n",
            "| approche | p50 (ms) | p95 (ms) | requêtes SQL (max) | ratio p95 |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        reference = percentile(results["Service de recherche"][0], 0.95)
        for label, (timings, counts) in results.items():
            p95 = percentile(timings, 0.95)
            lines.append(
                f"| {label} | {statistics.median(timings):.1f} | {p95:.1f} | "
                f"{max(counts)} | {p95 / reference:.1f} x |"
            )
        return "\n".join(lines)


def _query(query_string):
    return SearchQuery.from_params(QueryDict(query_string))


def _plain_wagtail(query_string):
    """What a Wagtail site does without a search service: search the pages, then
    one count per facet value (themes, regions, maturities)."""
    query = _query(query_string)
    pages = Page.objects.live().public()
    results = pages.search(query.text) if query.text else pages.order_by("-pk")
    list(results[:10])
    results.count()
    experiences = ExperiencePage.objects.live().public()
    for theme in Theme.objects.all():
        _count(
            experiences.filter(
                pk__in=ExperiencePage.themes.through.objects.filter(theme=theme).values(
                    "experiencepage_id"
                )
            ),
            query.text,
        )
    for region in Territory.objects.filter(kind=TerritoryKind.REGION):
        _count(
            experiences.filter(territory__in=Territory.objects.within(region)),
            query.text,
        )
    for maturity in Maturity:
        _count(experiences.filter(maturity=maturity), query.text)


def _count(queryset, text):
    return (queryset.search(text) if text else queryset).count()


def _database_version():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return cursor.fetchone()[0]
