import os

from django.core.management.base import BaseCommand
from django.db import transaction

from labo.accounts import roles
from labo.demo import seed
from labo.site_tree import site_tree_ensure
from labo.text import plural

DEFAULT_DEMO_PASSWORD = "labo-demo-2026"


class Command(BaseCommand):
    help = (
        "Crée le contenu de démonstration (arborescence, comptes par rôle, fiches, "
        "notes, dossiers). Peut être relancée sans créer de doublons."
    )

    def handle(self, *args, **options):
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
            seed.demo_lifecycle_ensure(accounts=accounts)
        self.stdout.write(
            f"Contenu de démonstration créé : {created} "
            f"{plural(created, 'fiche', 'fiches')}, {notes} "
            f"{plural(notes, 'note', 'notes')}, {collections} "
            f"{plural(collections, 'dossier', 'dossiers')}, {messages} "
            f"{plural(messages, 'message', 'messages')}."
        )
        self.stdout.write(f"\nComptes de démonstration (mot de passe : {password})")
        for role, user in accounts.items():
            self.stdout.write(f"  {role:<15} {user.email}")
