"""`python -m infra.bench measure`: one database of `make bench`, already seeded:
every section, results in JSON."""

import json
import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from experiences.discussions.models import Comment
from experiences.models import ExperiencePage
from infra.bench import load, pages
from infra.bench.indexing import rebuild_measure
from infra.bench.search import search_measure

SECTIONS = ("search", "pages", "load", "indexing")


class Command(BaseCommand):
    help = (
        "Mesure une base déjà peuplée (recherche, pages, charge, index) et écrit "
        "les résultats en JSON ; lancée par `python -m infra.bench run`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, required=True)
        parser.add_argument("--output", required=True)
        parser.add_argument("--load-seconds", type=int, default=10)
        parser.add_argument("--rebuild-seconds", type=int, default=45)
        parser.add_argument(
            "--sections", nargs="+", choices=SECTIONS, default=list(SECTIONS)
        )

    def handle(
        self, *args, size, output, load_seconds, rebuild_seconds, sections, **options
    ):
        if settings.DEBUG:
            raise CommandError(
                "DEBUG est actif : les mesures se font avec "
                "DJANGO_SETTINGS_MODULE=infra.bench.settings."
            )
        run = {
            "database": connection.vendor,
            "database_version": database_version(),
            "size": size,
            "data": data_size(),
            "seconds": {},
        }
        paths = pages.page_paths()
        environment = dict(os.environ)
        for section in sections:
            self.progress(f"{section}…")
            started = time.monotonic()
            if section == "search":
                run["search"] = search_measure(progress=self.progress)
            elif section == "pages":
                run["pages"] = pages.pages_measure(paths=paths, progress=self.progress)
            elif section == "load":
                run["load"] = load.load_measure(
                    paths={
                        "write-up page": paths[pages.THREAD_LABEL],
                        "listing": paths[pages.LISTING_LABEL],
                        "search with filters": paths[pages.SEARCH_LABEL],
                    },
                    seconds=load_seconds,
                    environment=environment,
                    progress=self.progress,
                )
                run |= {
                    "load_workers": load.WORKERS,
                    "load_connections": load.CONNECTIONS,
                    "load_seconds": load_seconds,
                }
            else:
                run["indexing"] = rebuild_measure(
                    environment=environment, budget_seconds=rebuild_seconds
                )
                run["rebuild_seconds"] = rebuild_seconds
                indexing = run["indexing"]
                self.progress(
                    f"  {indexing['documents']} of {indexing['total']} documents "
                    f"in {indexing['seconds']:.0f} s"
                )
            run["seconds"][section] = time.monotonic() - started
        with open(output, "w", encoding="utf-8") as file:
            json.dump(run, file)

    def progress(self, message):
        self.stdout.write(message)
        self.stdout.flush()


def database_version():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return cursor.fetchone()[0]


def data_size():
    return {
        "pages": Page.objects.count(),
        "write_ups": ExperiencePage.objects.live().count(),
        "comments": Comment.objects.count(),
        "index_entries": IndexEntry.objects.count(),
    }
