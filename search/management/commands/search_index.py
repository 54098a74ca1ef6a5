"""Rebuild or check the Elasticsearch index of public pages."""

from django.core.management.base import BaseCommand, CommandError
from elasticsearch import NotFoundError

from search.backends.elasticsearch import ENGINE_ERRORS, backend_from_settings

BAR_WIDTH = 30


def progress_bar(done, total, width=BAR_WIDTH):
    """A text progress bar such as "[#####     ] 500/1000"."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{' ' * (width - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = (
        "Reconstruit l'index Elasticsearch des pages publiques (rebuild) ou le "
        "compare à la base (check, --repair pour corriger)."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("rebuild", help="Reconstruit l'index puis bascule l'alias.")
        check = actions.add_parser(
            "check", help="Compte les pages manquantes, périmées ou en trop."
        )
        check.add_argument(
            "--repair", action="store_true", help="Corrige les écarts trouvés."
        )

    def handle(self, *args, action, repair=False, **options):
        backend = backend_from_settings()
        if backend is None:
            raise CommandError(
                "ELASTICSEARCH_URL n'est pas défini : la recherche utilise la base "
                "de données."
            )
        try:
            if action == "rebuild":
                self.rebuild_index(backend)
            else:
                self.check_index(backend, repair=repair)
        except NotFoundError as error:
            raise CommandError(
                f"L'index « {backend.index} » n'existe pas : lancez d'abord "
                "« search_index rebuild »."
            ) from error
        except ENGINE_ERRORS as error:
            raise CommandError(
                f"Elasticsearch ne répond pas correctement ({backend.url}) : {error}"
            ) from error

    def rebuild_index(self, backend):
        def progress(done, total):
            self.stdout.write(progress_bar(done, total))

        new_index = backend.rebuild(progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Index « {new_index} » construit, alias « {backend.index} » basculé."
            )
        )

    def check_index(self, backend, *, repair):
        report = backend.check()
        self.stdout.write(
            f"Manquantes : {len(report.missing)}, périmées : {len(report.stale)}, "
            f"en trop : {len(report.extra)}."
        )
        if report.is_clean:
            self.stdout.write(self.style.SUCCESS("L'index est à jour."))
        elif repair:
            backend.repair(report)
            self.stdout.write(self.style.SUCCESS("Écarts corrigés."))
        else:
            self.stdout.write("Relancez avec --repair pour corriger.")
