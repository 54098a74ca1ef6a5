from django.core.management.base import BaseCommand
from django.db import transaction

from experiences.reproductions import reproduction_counts_recompute
from labo.text import plural


class Command(BaseCommand):
    help = (
        "Recompte les reproductions publiées de chaque fiche (après un import ou "
        "une modification faite directement en base)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            changed = reproduction_counts_recompute()
        self.stdout.write(
            f"{changed} {plural(changed, 'compteur corrigé', 'compteurs corrigés')}."
        )
