"""Rebuild or check the search indexes: the database one and, when configured, the
Elasticsearch one."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from elasticsearch import NotFoundError

from labo.text import plural
from search.backends.elasticsearch import ENGINE_ERRORS, backend_from_settings
from search.index import BATCH_SIZE, DatabaseIndex, IndexUnavailable

BAR_WIDTH = 30
DATABASE = "database"
ELASTICSEARCH = "elasticsearch"
# Exit statuses of `check`, as diff's: the index differs (1), it could not be
# checked (2).
DIFFERS = 1
FAILED = 2


def progress_bar(done, total, width=BAR_WIDTH):
    """A text progress bar such as "[#####     ] 500/1000"."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{' ' * (width - filled)}] {done}/{total}"


def without_credentials(url):
    """The nodes of ELASTICSEARCH_URL without user nor password, which must not
    reach terminals and logs."""
    nodes = [urlsplit(node.strip()) for node in url.split(",") if node.strip()]
    return ", ".join(
        node._replace(netloc=node.netloc.rpartition("@")[2]).geturl() for node in nodes
    )


class Command(BaseCommand):
    help = (
        "Reconstruit les index de recherche (rebuild) ou les compare à la base "
        "(check, --repair pour corriger) : l'index en base de données et, si "
        "ELASTICSEARCH_URL est défini, l'index Elasticsearch."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        rebuild = actions.add_parser(
            "rebuild",
            help="Met à jour toutes les entrées puis retire celles en trop ; "
            "Elasticsearch : nouvel index puis bascule de l'alias.",
        )
        check = actions.add_parser(
            "check",
            help="Compte les entrées manquantes, périmées ou en trop "
            "(code de sortie 1 s'il y en a).",
        )
        check.add_argument(
            "--repair", action="store_true", help="Corrige les écarts trouvés."
        )
        rebuild.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Objets écrits par lot (défaut : {BATCH_SIZE}).",
        )
        for action in (rebuild, check):
            action.add_argument(
                "--backend",
                choices=[DATABASE, ELASTICSEARCH],
                help="Un seul index (par défaut : tous ceux qui sont en service).",
            )

    def handle(
        self, *args, action, backend=None, batch_size=BATCH_SIZE, repair=False, **opts
    ):
        if batch_size < 1:
            raise CommandError("--batch-size doit être positif.")
        names = [backend] if backend else self.backends_in_use()
        differs = False
        for name in names:
            if name == DATABASE:
                index = self.database_index()
                self.stdout.write("Index en base de données")
            else:
                index = self.elasticsearch_index()
                self.stdout.write(f"Index Elasticsearch (alias « {index.index} »)")
            try:
                if action == "rebuild":
                    self.rebuild_index(index, batch_size=batch_size)
                else:
                    differs |= not self.check_index(index, repair=repair)
            except NotFoundError as error:
                raise CommandError(
                    f"L'index « {index.index} » n'existe pas : lancez d'abord "
                    "« search_index rebuild ».",
                    returncode=FAILED,
                ) from error
            except ENGINE_ERRORS as error:
                raise CommandError(
                    f"Elasticsearch ne répond pas correctement "
                    f"({without_credentials(index.url)}) : {error}",
                    returncode=FAILED,
                ) from error
        if differs:
            raise CommandError(
                "L'index n'est pas à jour : relancez avec --repair pour corriger.",
                returncode=DIFFERS,
            )

    def backends_in_use(self):
        """The database index always (the admin's, and public search's fallback),
        Elasticsearch's too when it is configured."""
        if getattr(settings, "ELASTICSEARCH_URL", ""):
            return [DATABASE, ELASTICSEARCH]
        return [DATABASE]

    def database_index(self):
        try:
            return DatabaseIndex()
        except IndexUnavailable as error:
            raise CommandError(
                f"La recherche en base n'a pas d'index sur « {error} » : seules "
                "SQLite (avec FTS5) et PostgreSQL en ont un.",
                returncode=FAILED,
            ) from error

    def elasticsearch_index(self):
        backend = backend_from_settings()
        if backend is None:
            raise CommandError(
                "ELASTICSEARCH_URL n'est pas défini : la recherche utilise la base "
                "de données.",
                returncode=FAILED,
            )
        return backend

    def rebuild_index(self, index, *, batch_size):
        def progress(done, total):
            self.stdout.write(progress_bar(done, total))
            # Progress must show as it happens when the output is a pipe or a log.
            self.stdout.flush()

        result = index.rebuild(progress=progress, batch_size=batch_size)
        if index.name == ELASTICSEARCH:
            message = f"Index « {result} » construit, alias « {index.index} » basculé."
        else:
            objects = plural(result, "objet", "objets")
            message = f"Index reconstruit : {result} {objects} à jour."
        self.stdout.write(self.style.SUCCESS(message))

    def check_index(self, index, *, repair):
        """Prints what differs, repairs it if asked; True if nothing is left."""
        report = index.check()
        self.stdout.write(
            f"Manquantes : {len(report.missing)}, périmées : {len(report.stale)}, "
            f"en trop : {len(report.extra)}."
        )
        if report.orphans:
            self.stdout.write(
                "Index abandonnés par une reconstruction interrompue (ou en cours) : "
                + ", ".join(report.orphans)
                + "."
            )
        if report.is_clean:
            self.stdout.write(self.style.SUCCESS("L'index est à jour."))
            return True
        if not repair:
            return False
        index.repair(report)
        added, updated, removed = (
            len(report.missing),
            len(report.stale),
            len(report.extra),
        )
        done = (
            f"Corrigé : {added} {plural(added, 'ajoutée', 'ajoutées')}, "
            f"{updated} {plural(updated, 'mise', 'mises')} à jour, "
            f"{removed} {plural(removed, 'supprimée', 'supprimées')}"
        )
        if report.orphans:
            orphans = len(report.orphans)
            deleted = plural(orphans, "abandonné supprimé", "abandonnés supprimés")
            done += f", {orphans} index {deleted}"
        self.stdout.write(self.style.SUCCESS(done + "."))
        return True
