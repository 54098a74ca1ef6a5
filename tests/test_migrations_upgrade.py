"""A database made by the code of commit e870d1a (before the models moved to the
taxonomy, accounts and discussions apps) and holding the demo data is upgraded by
today's migrations without losing a row, an id or a permission."""

import os
import sqlite3
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
OLD_COMMIT = "e870d1a"
# One name per run, so that two runs on the same server keep apart.
UPGRADE_DATABASE = f"labo_upgrade_test_{os.getpid()}"

# (old app label, model) -> new app label, for the content types.
MOVED = {
    ("experiences", "territory"): "taxonomy",
    ("experiences", "theme"): "taxonomy",
    ("experiences", "audience"): "taxonomy",
    ("labo", "profile"): "accounts",
    ("labo", "outgoingemail"): "accounts",
    ("experiences", "comment"): "discussions",
    ("experiences", "report"): "discussions",
    ("experiences", "threadsubscription"): "discussions",
    ("experiences", "commentingsuspension"): "discussions",
}
# Tables that gain rows when later apps add models: their content types, their
# permissions, and SQLite's sequence of each new table.
GROW_WITH_NEW_MODELS = {"auth_permission", "django_content_type", "sqlite_sequence"}
# Rows compared value by value (the tables keep their names through the moves).
KEY_VALUES = {
    "labo_profile": "id, user_id, display_name, status, mission_locale_id, "
    "review_region_id",
    "labo_outgoingemail": "id, user_id, status, subject",
    "experiences_territory": "id, kind, code, key, parent_id",
    "experiences_theme": "id, slug, name",
    "experiences_audience": "id, slug, name",
    "experiences_comment": "id, page_id, author_id, parent_id, status, territory_id",
    "experiences_report": "id, comment_id, reporter_id, reason, status",
    "experiences_threadsubscription": "id, page_id, user_id, following",
    "experiences_commentingsuspension": "id, user_id, until, reason",
    "experiences_experiencepage": "page_ptr_id, territory_id",
    "experiences_experiencepage_themes": "id, experiencepage_id, theme_id",
    "experiences_experiencepage_audiences": "id, experiencepage_id, audience_id",
    "experiences_strategynotepage_themes": "id, strategynotepage_id, theme_id",
}
# What the demo lacks, written by the old code: reports, follows, a suspension,
# e-mails, a coordinator's review region.
OLD_ACTIVITY = """
import datetime
from django.utils import timezone
from experiences.models import (
    Comment, CommentingSuspension, Report, Territory, ThreadSubscription
)
from labo.models import OutgoingEmail, Profile
profiles = list(Profile.objects.select_related("user").order_by("pk"))
for comment, profile in zip(Comment.objects.order_by("pk"), reversed(profiles)):
    member = profile.user
    Report.objects.create(comment=comment, reporter=member, reason="off_topic")
    ThreadSubscription.objects.update_or_create(
        page=comment.page, user=member, defaults={"following": True}
    )
    OutgoingEmail.objects.create(
        user=member, to=member.email, subject="Nouveau message", body="Bonjour"
    )
CommentingSuspension.objects.create(
    user=profiles[-1].user,
    until=timezone.now() + datetime.timedelta(days=7),
    reason="Propos blessants",
)
profiles[0].review_region = Territory.objects.get(key="region-75")
profiles[0].save()
"""
GROUP_PERMISSIONS = """
    SELECT g.name, ct.app_label, ct.model, p.codename
    FROM auth_group_permissions gp
    JOIN auth_group g ON g.id = gp.group_id
    JOIN auth_permission p ON p.id = gp.permission_id
    JOIN django_content_type ct ON ct.id = p.content_type_id
"""


class Database:
    """The upgraded database, read with plain SQL so that old and new code agree
    on what is read: a SQLite file, or a PostgreSQL database of its own on the
    server the tests use."""

    def __init__(self, tmp_path):
        engine = settings.DATABASES["default"]["ENGINE"]
        self.postgres = engine == "django.db.backends.postgresql"
        if self.postgres:
            server = urlsplit(os.environ["DATABASE_URL"])
            self.url = server._replace(path=f"/{UPGRADE_DATABASE}").geturl()
            self.server_url = server._replace(path="/postgres").geturl()
        else:
            self.path = tmp_path / "upgrade.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def create(self):
        if self.postgres:
            self._server(f"DROP DATABASE IF EXISTS {UPGRADE_DATABASE} WITH (FORCE)")
            self._server(f"CREATE DATABASE {UPGRADE_DATABASE}")

    def drop(self):
        if self.postgres:
            self._server(f"DROP DATABASE IF EXISTS {UPGRADE_DATABASE} WITH (FORCE)")

    def _server(self, statement):
        with psycopg.connect(self.server_url, autocommit=True) as server:
            server.execute(statement)

    def rows(self, query):
        if self.postgres:
            with psycopg.connect(self.url) as db:
                return db.execute(query).fetchall()
        with sqlite3.connect(self.path) as db:
            return db.execute(query).fetchall()

    def tables(self):
        if self.postgres:
            query = (
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'table'"
        return {name for (name,) in self.rows(query)}


def manage(cwd, database, *arguments):
    """Runs manage.py of the tree in `cwd`, whose packages come first on the path
    (Python puts the script's folder first), against the upgrade database."""
    env = {
        **os.environ,
        "DATABASE_URL": database.url,
        "DJANGO_SETTINGS_MODULE": "labo.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def snapshot(database):
    """Row counts of every table, key values of the moved models' tables and of
    the pages' links to them, group permissions and content type ids."""
    counts = {
        table: database.rows(f'SELECT count(*) FROM "{table}"')[0][0]
        for table in database.tables() - {"django_migrations"}
    }
    values = {
        table: sorted(database.rows(f"SELECT {columns} FROM {table}"))
        for table, columns in KEY_VALUES.items()
    }
    content_types = {
        (app_label, model): pk
        for pk, app_label, model in database.rows(
            "SELECT id, app_label, model FROM django_content_type"
        )
    }
    return {
        "counts": counts,
        "values": values,
        "group_permissions": set(database.rows(GROUP_PERMISSIONS)),
        "content_types": content_types,
    }


@pytest.fixture
def old_tree(tmp_path):
    """The project's files at OLD_COMMIT, as `git archive` gives them."""
    archive = subprocess.run(
        ["git", "archive", OLD_COMMIT], cwd=ROOT, capture_output=True, check=True
    ).stdout
    tree = tmp_path / "old"
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return tree


@pytest.fixture
def upgrade_database(tmp_path):
    database = Database(tmp_path)
    database.create()
    yield database
    database.drop()


@pytest.mark.slow
def test_a_database_with_demo_data_upgrades_without_loss(old_tree, upgrade_database):
    """Same rows, same ids, the group permissions under the new app labels with
    the same content type ids, and no migration left to write."""
    database = upgrade_database
    loaded = manage(
        old_tree,
        database,
        "shell",
        "-c",
        "import experiences; print(experiences.__file__)",
    )
    assert Path(loaded.splitlines()[-1]).is_relative_to(old_tree)
    manage(old_tree, database, "migrate", "--no-input")
    manage(old_tree, database, "seed_demo")
    manage(old_tree, database, "shell", "-c", OLD_ACTIVITY)
    before = snapshot(database)
    assert all(before["values"][table] for table in KEY_VALUES)

    manage(ROOT, database, "migrate", "--no-input")
    after = snapshot(database)

    assert {
        table: count
        for table, count in after["counts"].items()
        if table in before["counts"] and table not in GROW_WITH_NEW_MODELS
    } == {
        table: count
        for table, count in before["counts"].items()
        if table not in GROW_WITH_NEW_MODELS
    }
    assert all(
        after["counts"][table] >= before["counts"][table]
        for table in GROW_WITH_NEW_MODELS
        if table in before["counts"]
    )
    assert after["values"] == before["values"]
    assert after["group_permissions"] == {
        (group, MOVED.get((app_label, model), app_label), model, codename)
        for group, app_label, model, codename in before["group_permissions"]
    }
    moved_ids = {
        (MOVED[key], key[1]): pk
        for key, pk in before["content_types"].items()
        if key in MOVED
    }
    assert len(moved_ids) == len(MOVED)
    assert {key: after["content_types"].get(key) for key in moved_ids} == moved_ids
    assert not set(after["content_types"]) & set(MOVED)
    manage(ROOT, database, "makemigrations", "--check", "--dry-run")
