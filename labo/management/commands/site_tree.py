from django.core.management.base import BaseCommand
from django.db import transaction

from labo.site_tree import site_tree_ensure


class Command(BaseCommand):
    help = (
        "Crée ce qui manque de l'arborescence du site : accueil, rubriques, charte, "
        "accessibilité, mentions légales. Ne modifie aucune page existante et ne "
        "crée ni compte ni contenu de démonstration."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            pages = site_tree_ensure()
        self.stdout.write(
            "Arborescence en place : "
            + ", ".join(page.title for page in pages.values())
        )
