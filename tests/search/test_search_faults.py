"""Search under faults: Elasticsearch unreachable, and a rebuild of the index killed
half-way.

The first tests point ELASTICSEARCH_URL at a closed port and use the site as
visitors, contributors and coordinators do. The rebuild test runs the site's own
processes (migrate, runserver, `search_index`) on an on-disk database they share:
a temporary SQLite file, or a dedicated PostgreSQL database on a PostgreSQL run."""

import contextlib
import io
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import dj_database_url
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.search.models import IndexEntry

from experiences.models import ExperiencePage
from labo.accounts import roles
from search.index import DatabaseIndex
from search.query import SearchQuery
from search.service import search_pages
from tests.experiences.test_contribution import complete_write_up, member
from tests.factories import experience_page, totp_activate
from tests.search.conftest import CLOSED_PORT_URL

BASE_DIR = Path(__file__).resolve().parents[2]
WRITE_UPS = 240
# Entries broken before the rebuild, all among the write-ups indexed last.
MISSING = 60
STALE = 5
REWRITTEN = "réécrite"
SUBPROCESS_TIMEOUT = 120


# Elasticsearch unreachable


@pytest.fixture
def elasticsearch_down(settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    caplog.set_level(logging.WARNING)
    return caplog


def test_the_search_page_answers_from_the_database_with_filters(
    client, catalogue, elasticsearch_down
):
    response = client.get(
        "/recherche/?q=visioconférence&theme=visio&territoire=region-75&tri=recent"
    )
    results = response.context["results"]
    assert response.status_code == 200
    assert results.backend == "database"
    assert [hit.page.title for hit in results.hits] == [catalogue["gironde"].title]
    assert "1 résultat pour « visioconférence »" in response.content.decode()
    assert "Elasticsearch search failed, using the database" in (
        elasticsearch_down.text
    )


def test_title_suggestions_come_from_the_database(
    client, catalogue, elasticsearch_down
):
    response = client.get("/recherche/suggestions/?q=Permanences num")
    assert response.status_code == 200
    assert f'<option value="{catalogue["gironde"].title}">' in (
        response.content.decode()
    )
    assert "Elasticsearch autocomplete failed" in elasticsearch_down.text


def test_the_command_reports_an_unreachable_server_without_its_password(
    site_tree, settings
):
    settings.ELASTICSEARCH_URL = "http://labo:s3cret@127.0.0.1:9"
    with pytest.raises(CommandError) as failed:
        call_command(
            "search_index", "check", "--backend", "elasticsearch", stdout=io.StringIO()
        )
    assert failed.value.returncode == 2
    assert "Elasticsearch ne répond pas correctement (http://127.0.0.1:9)" in str(
        failed.value
    )
    assert "s3cret" not in str(failed.value)


def test_a_write_up_sent_and_approved_in_the_admin_is_published_and_found(
    client,
    site_tree,
    elasticsearch_down,
    elasticsearch_signals,
    django_capture_on_commit_callbacks,
):
    contributor = member(roles.CONTRIBUTORS)
    coordinator = member(roles.COORDINATION)
    totp_activate(coordinator)
    client.force_login(contributor)
    response = client.post("/contribuer/nouvelle/", complete_write_up(action="submit"))
    assert response.status_code == 302
    page = ExperiencePage.objects.get()
    task_state = page.current_workflow_state.current_task_state

    client.force_login(coordinator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve, {"comment": ""}).status_code == 302

    page.refresh_from_db()
    assert page.live
    assert page.live_revision.user == contributor
    assert page.current_workflow_state is None
    assert f"Search index not updated for pages [{page.pk}]" in (
        elasticsearch_down.text
    )
    found = client.get("/recherche/?q=mairies").context["results"]
    assert found.backend == "database"
    assert [hit.page_id for hit in found.hits] == [page.pk]


# The database index's check and repair


def test_check_finds_a_lost_entry_keeps_drafts_and_repair_restores_it(
    experience_index,
):
    published = experience_page(experience_index, title="Permanences en visio")
    draft = experience_page(experience_index, title="Visio en brouillon")
    draft.unpublish()
    index = DatabaseIndex()
    index.repair(index.check())  # a test database starts without the root's entry
    # The admin searches drafts in this index; public search filters them out.
    assert index.check().is_clean
    IndexEntry.objects.filter(object_id=str(published.pk)).delete()
    assert not search_pages(SearchQuery(text="visio")).hits

    out = io.StringIO()
    with pytest.raises(CommandError) as differs:
        call_command("search_index", "check", stdout=out)
    assert differs.value.returncode == 1
    assert "Manquantes : 1, périmées : 0, en trop : 0." in out.getvalue()
    assert index.check().missing == [(ExperiencePage, published.pk)]

    call_command("search_index", "check", "--repair", stdout=out)
    assert "Corrigé : 1 ajoutée, 0 mise à jour, 0 supprimée." in out.getvalue()
    assert index.check().is_clean
    found = search_pages(SearchQuery(text="visio"))
    assert [hit.page_id for hit in found.hits] == [published.pk]


# A rebuild killed half-way, on a database other processes share


class DiskSite:
    """The site's commands and a web server, run as separate processes on one
    on-disk database."""

    def __init__(self, env):
        self.env = env
        self.server = None
        self.port = None

    def manage(self, *args, check=True):
        completed = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=SUBPROCESS_TIMEOUT,
        )
        if check:
            assert completed.returncode == 0, completed.stdout + completed.stderr
        return completed

    def shell(self, code):
        return self.manage("shell", "--no-imports", "-c", code).stdout

    def serve(self):
        with socket.socket() as free:
            free.bind(("127.0.0.1", 0))
            self.port = free.getsockname()[1]
        self.server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
                "--skip-checks",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def search_total(self, text):
        """The result count the search page shows for `text`, once it answers."""
        url = f"http://127.0.0.1:{self.port}/recherche/?q={urllib.parse.quote(text)}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    assert response.status == 200
                    html = response.read().decode()
                    break
            except urllib.error.HTTPError:
                raise
            except OSError:  # not answering yet
                if self.server.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        if "Aucun résultat" in html:
            return 0
        return int(re.search(r'id="results-count"[^>]*>(\d+) résultat', html)[1])

    def stop(self):
        if self.server is not None:
            self.server.kill()
            self.server.wait()

    def rebuild_killed_midway(self, *options):
        """Starts `search_index rebuild`, SIGKILLs it once a third of the objects
        are indexed; returns (objects indexed when killed, objects to index)."""
        rebuild = subprocess.Popen(
            [sys.executable, "manage.py", "search_index", "rebuild", *options],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        done = total = 0
        with rebuild:
            for line in rebuild.stdout:
                progress = re.search(r"\] (\d+)/(\d+)$", line)
                if progress:
                    done, total = map(int, progress.groups())
                    if done >= total // 3:
                        os.kill(rebuild.pid, signal.SIGKILL)
                        break
            rebuild.wait(timeout=SUBPROCESS_TIMEOUT)
        assert rebuild.returncode == -signal.SIGKILL
        assert 0 < done < total
        return done, total


@contextlib.contextmanager
def disk_database(tmp_path):
    """The URL of an empty database for the site's processes: a SQLite file, or on
    a PostgreSQL run a database of its own on the same server, dropped after."""
    run = os.environ.get("DATABASE_URL", "")
    if not run.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'labo.sqlite3'}"
        return
    import psycopg

    config = dj_database_url.parse(run)
    name = f"{config['NAME']}_faults_{uuid.uuid4().hex[:8]}"
    server = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
    }
    with psycopg.connect(**server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urllib.parse.urlsplit(run)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(**server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def disk_site(tmp_path, **env):
    """A migrated database and a web server on it; the site's processes run with
    `env` added."""
    with disk_database(tmp_path) as url:
        site = DiskSite(
            {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "labo.settings.test",
                "DATABASE_URL": url,
                **env,
            }
        )
        site.manage("migrate", "--skip-checks", "-v0")
        site.serve()
        try:
            yield site
        finally:
            site.stop()


# The page tree and WRITE_UPS generated write-ups, indexed.
SEED = f"""
from infra.bench.generate import experiences_generate
from labo.demo.seed import mission_locale_ensure
from labo.site_tree import site_tree_ensure
pages = site_tree_ensure()
mission_locale_ensure(name="ML Bordeaux", department_code="33")
experiences_generate(index=pages["experiences"], count={WRITE_UPS})
"""
# Prints how many pages the complete index finds for "jeunes", then breaks it.
SEED_AND_BREAK_THE_INDEX = (
    SEED
    + f"""
from search.query import SearchQuery
from search.service import search_pages
print(search_pages(SearchQuery(text="jeunes")).total)

from django.db.models import F, Value
from django.db.models.functions import Concat
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from experiences.models import ExperiencePage

last = list(ExperiencePage.objects.order_by("-pk").values_list("pk", flat=True))
missing, stale = last[:{MISSING}], last[{MISSING}:{MISSING + STALE}]
# Index updates lost while the worker was down: entries deleted, pages edited,
# a page deleted whose entry stayed.
IndexEntry.objects.filter(
    content_type_id=get_content_type_pk(ExperiencePage),
    object_id__in=[str(pk) for pk in missing],
).delete()
Page.objects.filter(pk__in=stale).update(
    title=Concat(F("title"), Value(" ({REWRITTEN})"))
)
ghost = ExperiencePage.objects.get(pk=last[-1])
ghost.pk = ghost.page_ptr_id = max(last) + 1000
get_search_backend().add_bulk(ExperiencePage, [ghost])
"""
)


@pytest.mark.slow
def test_a_rebuild_killed_half_way_leaves_search_answering_and_check_repairs(
    tmp_path,
):
    with disk_site(tmp_path) as site:
        complete = int(site.shell(SEED_AND_BREAK_THE_INDEX))
        broken = site.search_total("jeunes")
        assert 0 < broken < complete

        site.rebuild_killed_midway("--batch-size", "20")

        assert site.search_total("jeunes") >= broken
        check = site.manage("search_index", "check", check=False)
        # The root page is missing too: a fresh database has no entry for it.
        assert f"Manquantes : {MISSING + 1}, périmées : {STALE}, en trop : 1." in (
            check.stdout
        )
        assert check.returncode == 1
        assert "relancez avec --repair" in check.stderr

        repair = site.manage("search_index", "check", "--repair")
        assert f"Corrigé : {MISSING + 1} ajoutées, {STALE} mises à jour, 1 " in (
            repair.stdout
        )
        assert "L'index est à jour." in site.manage("search_index", "check").stdout
        assert site.search_total("jeunes") == complete
        assert site.search_total(REWRITTEN) == STALE
