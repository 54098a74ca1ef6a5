import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from experiences.demo import seed
from labo.accounts import roles
from labo.site_tree import site_tree_ensure

DEFAULT_DEMO_PASSWORD = "labo-demo-2026"


class Command(BaseCommand):
    help = (
        "Crée le contenu de démonstration (arborescence, comptes par rôle, fiches, "
        "notes, dossiers). Peut être relancée sans créer de doublons."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--experiences",
            type=int,
            default=0,
            metavar="N",
            help=(
                "Ajoute N fiches générées en masse, avec leurs discussions et des "
                "membres de démonstration (pour les mesures de performance). "
                "Relancée, ajoute N fiches de plus."
            ),
        )

    def handle(self, *args, experiences, **options):
        if experiences < 0:
            self.stderr.write("--experiences doit être positif.")
            return
        password = os.environ.get("LABO_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
        with transaction.atomic():
            pages = site_tree_ensure()
            accounts = seed.demo_users_ensure(password=password)
            author = accounts[roles.CONTRIBUTORS]
            coordinator = accounts[roles.COORDINATION]
            created = seed.demo_experiences_ensure(
                index=pages["experiences"], author=author, publisher=coordinator
            )
            notes = seed.demo_notes_ensure(index=pages["notes"], author=coordinator)
            collections = seed.demo_collections_ensure(
                index=pages["dossiers"], author=coordinator
            )
            messages = seed.demo_discussion_ensure(accounts=accounts)
        self.stdout.write(
            f"Contenu de démonstration : {created} fiches, {notes} notes, "
            f"{collections} dossiers, {messages} messages créés."
        )
        if experiences:
            started = time.monotonic()
            seed.experiences_generate(index=pages["experiences"], count=experiences)
            # Without fresh statistics after a bulk load, PostgreSQL's planner
            # misjudges row counts a thousandfold, and SQLite's never uses the
            # covering indexes search relies on (experiences migration 0008).
            # PostgreSQL reads those indexes alone only once VACUUM has marked
            # the new rows visible to all (it cannot run inside a transaction).
            vacuum = connection.vendor == "postgresql" and not (
                connection.in_atomic_block
            )
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
        self.stdout.write(f"\nComptes de démonstration (mot de passe : {password})")
        for role, user in accounts.items():
            self.stdout.write(f"  {role:<15} {user.email}")
