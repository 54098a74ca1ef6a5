"""`python -m infra.bench generate --experiences N`: the demo site of `seed_demo`,
then N generated write-ups with their discussions, members and search entries."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from infra.bench.generate import experiences_generate
from labo.site_tree import site_tree_ensure


class Command(BaseCommand):
    help = (
        "Crée le contenu de démonstration (seed_demo), puis ajoute N fiches "
        "générées en masse, avec leurs discussions et des membres de démonstration "
        "(pour les mesures de performance). Relancée, ajoute N fiches de plus."
    )

    def add_arguments(self, parser):
        parser.add_argument("--experiences", type=int, required=True, metavar="N")

    def handle(self, *args, experiences, **options):
        if experiences <= 0:
            raise CommandError("--experiences doit être un nombre positif.")
        call_command("seed_demo", stdout=self.stdout)
        started = time.monotonic()
        experiences_generate(index=site_tree_ensure()["experiences"], count=experiences)
        # Without fresh statistics after a bulk load, PostgreSQL's planner
        # misjudges row counts a thousandfold, and SQLite's never uses the
        # covering indexes search relies on (experiences migration 0008).
        # PostgreSQL reads those indexes alone only once VACUUM has marked
        # the new rows visible to all (it cannot run inside a transaction).
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        self.stdout.write(
            f"{experiences} fiches générées en {time.monotonic() - started:.1f} s, "
            "avec leurs discussions et leurs entrées dans l'index de recherche "
            "de la base."
        )
        if settings.ELASTICSEARCH_URL:
            self.stdout.write(
                "Elasticsearch ne les contient pas encore : lancez "
                "« python manage.py search_index rebuild »."
            )
