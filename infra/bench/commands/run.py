"""`make bench` (`python -m infra.bench run`): for each database, an empty one
migrated and seeded up to each size in turn, measured by `python -m infra.bench
measure` in a process with production settings, then BENCHMARKS.md written from
every result."""

import json
import os
import platform
import secrets
import sqlite3
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import dj_database_url
import psycopg
from django.core.management.base import BaseCommand, CommandError

from infra.bench.load import wrk_version
from infra.bench.report import report_markdown
from infra.bench.serving import ROOT, database_run
from infra.bench.stats import cpu_model, proc_field_kib, sizes_parse

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DEFAULT_SIZES = "10000 100000"
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/labo_bench"
FOLDER = ROOT / "var" / "bench"
BENCH = ["-m", "infra.bench"]


class Command(BaseCommand):
    help = (
        "Mesure la recherche, les pages, la charge et l'indexation sur des bases "
        "SQLite et PostgreSQL recréées et peuplées pour l'occasion, et écrit "
        "BENCHMARKS.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--sizes",
            default=os.environ.get("BENCH_SIZES") or DEFAULT_SIZES,
            help=f"Nombres de fiches, p. ex. « 2000 » (défaut : « {DEFAULT_SIZES} »).",
        )
        parser.add_argument(
            "--databases",
            nargs="+",
            choices=[SQLITE, POSTGRESQL],
            default=[SQLITE, POSTGRESQL],
        )
        parser.add_argument(
            "--sqlite-path", default=str(ROOT / "var" / "bench.sqlite3")
        )
        parser.add_argument(
            "--postgres-url",
            default=os.environ.get("BENCH_POSTGRES_URL") or DEFAULT_POSTGRES_URL,
            help="Base supprimée puis recréée : son nom doit contenir « bench ».",
        )
        parser.add_argument(
            "--load-seconds",
            type=int,
            default=10,
            help="Durée de chaque scénario de charge (défaut : 10 s).",
        )
        parser.add_argument(
            "--rebuild-seconds",
            type=int,
            default=45,
            help="Au-delà, la reconstruction de l'index est arrêtée et mesurée sur "
            "ce qu'elle a écrit (défaut : 45 s).",
        )
        parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))

    def handle(self, *args, sizes, databases, output, **options):
        try:
            sizes_list = sorted(set(sizes_parse(sizes)))
        except ValueError as error:
            raise CommandError(str(error)) from error
        urls = {
            SQLITE: f"sqlite:///{options['sqlite_path']}",
            POSTGRESQL: options["postgres_url"],
        }
        if "bench" not in dj_database_url.parse(urls[POSTGRESQL])["NAME"]:
            raise CommandError(
                "La base PostgreSQL du banc est supprimée à chaque mesure : son nom "
                "doit contenir « bench »."
            )
        started = time.monotonic()
        load_before = os.getloadavg()[0]
        FOLDER.mkdir(parents=True, exist_ok=True)
        self.progress("collectstatic (the manifest the production settings need)")
        self.python(
            ["manage.py", "collectstatic", "--no-input", "-v0"],
            bench_environment(urls[SQLITE]),
        )
        runs = []
        for database in databases:
            if self.database_recreate(database, urls[database], options):
                runs += self.database_runs(
                    database, urls[database], sizes_list, options
                )
        versions = {run["database"]: run["database_version"] for run in runs}
        report = report_markdown(
            machine=machine_description(versions.get(POSTGRESQL))
            | {
                "load average (1 min), start and end": (
                    f"{load_before:.1f}, {os.getloadavg()[0]:.1f}"
                )
            },
            runs=runs,
            total_seconds=time.monotonic() - started,
            sizes_text=sizes,
        )
        with open(output, "w", encoding="utf-8") as file:
            file.write(report)
        self.stdout.write(report)
        self.progress(
            f"Written to {output} in {(time.monotonic() - started) / 60:.1f} min."
        )

    def database_recreate(self, database, url, options):
        """An empty database; False when PostgreSQL does not answer."""
        if database == SQLITE:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(options["sqlite_path"] + suffix).unlink(missing_ok=True)
            return True
        try:
            database_run(
                url, "DROP DATABASE IF EXISTS {} WITH (FORCE)", "CREATE DATABASE {}"
            )
        except psycopg.OperationalError as error:
            self.progress(f"SKIPPED: PostgreSQL does not answer ({error}).")
            return False
        return True

    def database_runs(self, database, url, sizes, options):
        """Migrated, then for each size seeded up to it and measured."""
        seeding = seeding_environment(url)
        seconds = {
            "migrate": self.timed(
                ["manage.py", "migrate", "--no-input", "-v0"],
                seeding,
                f"{database}: migrate",
            )
        }
        runs = []
        seeded = 0
        for size in sizes:
            seconds["seed"] = self.timed(
                [*BENCH, "generate", f"--experiences={size - seeded}"],
                seeding,
                f"{database}: generate --experiences {size - seeded} (to {size})",
            )
            seeded = size
            result_path = FOLDER / f"{database}-{size}.json"
            self.python(
                [
                    *BENCH,
                    "measure",
                    f"--size={size}",
                    f"--output={result_path}",
                    f"--load-seconds={options['load_seconds']}",
                    f"--rebuild-seconds={options['rebuild_seconds']}",
                ],
                bench_environment(url),
            )
            with open(result_path, encoding="utf-8") as file:
                run = json.load(file)
            run["seconds"] = seconds | run["seconds"]
            seconds = {}
            runs.append(run)
        return runs

    def timed(self, arguments, environment, label):
        self.progress(label)
        started = time.monotonic()
        self.python(arguments, environment)
        seconds = time.monotonic() - started
        self.progress(f"  {seconds:.0f} s")
        return seconds

    def python(self, arguments, environment):
        command = [sys.executable, *arguments]
        if subprocess.run(command, cwd=ROOT, env=environment).returncode:
            raise CommandError(f"Échec de : {' '.join(command)}")

    def progress(self, message):
        self.stdout.write(f"[bench] {message}")
        self.stdout.flush()


def seeding_environment(database_url):
    """Development settings, as `make run` seeds, without DEBUG's query log."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "labo.settings.dev",
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "ELASTICSEARCH_URL": "",
    }


def bench_environment(database_url):
    """Production settings, served on loopback only, with the page cache on in a
    cache of each process (no Redis here)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "infra.bench.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "STATIC_ROOT": str(FOLDER / "static"),
        "MEDIA_ROOT": str(FOLDER / "media"),
        "LOG_LEVEL": "WARNING",
        "ELASTICSEARCH_URL": "",
        "REDIS_URL": "",
        "SENTRY_DSN": "",
        "LABO_BENCH_CACHE": "1",
        "LABO_PAGE_CACHE_SECONDS": "600",
    }


def machine_description(postgres_version):
    with open("/proc/cpuinfo") as file:
        cpu = cpu_model(file.read())
    with open("/proc/meminfo") as file:
        memory_kib = proc_field_kib(file.read(), "MemTotal")
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "RAM": f"{memory_kib / 1024 / 1024:.1f} GiB",
        "system": platform.freedesktop_os_release().get(
            "PRETTY_NAME", platform.platform()
        ),
        "Python": platform.python_version(),
        "Django, Wagtail": f"{version('django')}, {version('wagtail')}",
        "SQLite": sqlite3.sqlite_version,
        "PostgreSQL": postgres_version or "not measured",
        "load generator": wrk_version() or "none (wrk not installed)",
    }
