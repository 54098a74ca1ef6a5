"""infra/backup and infra/restore: a backup restored into an empty database and
media folder gives back the same rows and the same files, and restore refuses
anything that could lose or corrupt data."""

import os
import subprocess
import tarfile
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection
from psycopg import sql
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from experiences.discussions.models import Comment, CommentKind
from experiences.discussions.services import comment_post
from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.accounts.models import Profile
from tests.factories import approved_member, experience_page

ON_POSTGRESQL = connection.vendor == "postgresql"
pytestmark = [
    pytest.mark.skipif(
        not ON_POSTGRESQL,
        reason="backup and restore work on PostgreSQL only (pg_dump, pg_restore): "
        "the test database is SQLite, run with DATABASE_URL=postgres://…",
    ),
    # Committed for real, so that pg_dump sees the data; the migrations' data
    # (territories, groups, root page) is reloaded before each test, and only
    # serialized when these tests run.
    pytest.mark.django_db(transaction=True, serialized_rollback=ON_POSTGRESQL),
]

INFRA = Path(django_settings.BASE_DIR) / "infra"
COMPARED_MODELS = [
    Page,
    Revision,
    ExperiencePage,
    Comment,
    get_user_model(),
    Profile,
    get_document_model(),
]


def source_params():
    """Connection parameters of the test database, as psycopg takes them."""
    database = connection.settings_dict
    params = {
        "dbname": database["NAME"],
        "user": database["USER"],
        "password": database["PASSWORD"],
        "host": database["HOST"],
        "port": str(database["PORT"] or ""),
    }
    return {key: value for key, value in params.items() if value}


def database_url(params):
    password = f":{quote(params['password'], safe='')}" if "password" in params else ""
    port = f":{params['port']}" if "port" in params else ""
    return (
        f"postgres://{quote(params.get('user', ''), safe='')}{password}"
        f"@{quote(params.get('host', ''), safe='')}{port}/{params['dbname']}"
    )


@pytest.fixture
def empty_database():
    """A new database with no table, dropped after the test."""
    params = {**source_params(), "dbname": f"labo_restore_{uuid.uuid4().hex[:12]}"}
    name = sql.Identifier(params["dbname"])
    with psycopg.connect(**source_params(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(name))
    try:
        yield params
    finally:
        with psycopg.connect(**source_params(), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name)
            )


@pytest.fixture
def media_root(tmp_path, settings):
    """Uploads land on disk in a temporary MEDIA_ROOT, as in production."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return root


def run(script, *args, params, media, **env):
    return subprocess.run(
        [INFRA / script, *args],
        env={
            **os.environ,
            "DATABASE_URL": database_url(params),
            "MEDIA_ROOT": str(media),
            "BACKUP_KEEP": "",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def back_up(destination, media):
    result = run("backup", destination, params=source_params(), media=media)
    assert result.returncode == 0, result.stderr
    [backup] = [path for path in destination.iterdir() if path.is_dir()]
    return backup


def snapshot(params):
    """Every row of the compared tables in primary-key order, with column names,
    and where each sequence stands."""
    rows = {}
    with psycopg.connect(**params) as database:
        for model in COMPARED_MODELS:
            table, key = model._meta.db_table, model._meta.pk.column
            cursor = database.execute(
                sql.SQL("SELECT * FROM {} ORDER BY {}").format(
                    sql.Identifier(table), sql.Identifier(key)
                )
            )
            columns = [column.name for column in cursor.description]
            rows[table] = (columns, cursor.fetchall())
        rows["sequences"] = database.execute(
            "SELECT sequencename, last_value FROM pg_sequences"
            " WHERE schemaname = 'public' ORDER BY sequencename"
        ).fetchall()
    return rows


def public_tables(params):
    with psycopg.connect(**params) as database:
        return database.execute(
            "SELECT count(*) FROM information_schema.tables"
            " WHERE table_schema = 'public'"
        ).fetchone()[0]


def files_under(root):
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def content(experience_index, media_root, settings):
    """Members with profiles, a write-up published twice, a draft, a thread
    with a reply, and uploaded files."""
    settings.LABO_COMMENT_PREMODERATED = 0
    author = approved_member(roles.CONTRIBUTORS, display_name="Camille Durand")
    reader = approved_member(roles.CONTRIBUTORS, display_name="Sami")
    write_up = experience_page(
        experience_index,
        title="Permanences numériques en visioconférence",
        owner=author,
        tags=["visio", "été"],
    )
    write_up.title = "Permanences numériques en visio, le samedi matin"
    write_up.save_revision(user=author).publish()
    draft = experience_page(experience_index, title="Ateliers Instagram", owner=author)
    draft.summary = "Version en cours de relecture, pas encore publiée."
    draft.save_revision(user=author)
    question = comment_post(
        user=reader,
        page=write_up,
        body="Combien de jeunes sont venus le samedi ?",
        kind=CommentKind.QUESTION,
    )
    comment_post(
        user=author,
        page=write_up,
        body="Une quarantaine en trois mois.",
        parent=question,
    )
    get_document_model().objects.create(
        title="Guide de la permanence",
        file=ContentFile(b"%PDF-1.4\n% guide\n" * 64, name="guide-permanence.pdf"),
    )
    photos = media_root / "images" / "équipe"
    photos.mkdir(parents=True)
    (photos / "atelier été.bin").write_bytes(bytes(range(256)) * 16)
    return {"write_up": write_up, "draft": draft}


def test_restore_gives_back_the_same_rows_and_files(content, tmp_path, empty_database):
    backup = back_up(tmp_path / "backups", media=django_settings.MEDIA_ROOT)
    assert sorted(path.name for path in backup.iterdir()) == [
        "SHA256SUMS",
        "database.dump",
        "media.tar.gz",
    ]
    restored_media = tmp_path / "restored-media"

    result = run("restore", backup, params=empty_database, media=restored_media)

    assert result.returncode == 0, result.stderr
    source, restored = snapshot(source_params()), snapshot(empty_database)
    assert restored.keys() == source.keys()
    for table, rows in source.items():
        assert restored[table] == rows, table
    with psycopg.connect(**empty_database) as database:
        revisions, comments, profiles = database.execute(
            "SELECT (SELECT count(*) FROM wagtailcore_revision WHERE object_id = %s),"
            " (SELECT count(*) FROM experiences_comment),"
            " (SELECT count(*) FROM labo_profile)",
            [str(content["write_up"].pk)],
        ).fetchone()
    assert (revisions, comments, profiles) == (2, 2, 2)
    source_files = files_under(Path(django_settings.MEDIA_ROOT))
    assert len(source_files) == 2
    assert files_under(restored_media) == source_files


def test_restore_refuses_a_database_that_is_not_empty(content, tmp_path):
    backup = back_up(tmp_path / "backups", media=django_settings.MEDIA_ROOT)
    before = snapshot(source_params())
    restored_media = tmp_path / "restored-media"

    result = run("restore", backup, params=source_params(), media=restored_media)

    assert result.returncode != 0
    assert "not empty" in result.stderr
    assert snapshot(source_params()) == before
    assert not restored_media.exists()


def test_restore_refuses_a_tampered_backup(content, tmp_path, empty_database):
    backup = back_up(tmp_path / "backups", media=django_settings.MEDIA_ROOT)
    dump = backup / "database.dump"
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    restored_media = tmp_path / "restored-media"

    result = run("restore", backup, params=empty_database, media=restored_media)

    assert result.returncode != 0
    assert "checksum mismatch" in result.stderr
    assert public_tables(empty_database) == 0
    assert not restored_media.exists()


def test_backup_without_media_folder_keeps_the_newest(site_tree, tmp_path):
    backups = tmp_path / "backups"
    for name in ("labo-20240101T020000Z", "labo-20250101T020000Z", "notes"):
        (backups / name).mkdir(parents=True)

    result = run(
        "backup",
        backups,
        params=source_params(),
        media=tmp_path / "missing",
        BACKUP_KEEP="2",
    )

    assert result.returncode == 0, result.stderr
    new = Path(result.stdout.splitlines()[0].removeprefix("backup: wrote "))
    assert {path.name for path in backups.iterdir()} == {
        new.name,
        "labo-20250101T020000Z",
        "notes",
    }
    with tarfile.open(new / "media.tar.gz") as archive:
        assert [member for member in archive.getmembers() if member.isfile()] == []


def test_restore_without_a_backup_directory_prints_its_usage(tmp_path):
    result = run("restore", params=source_params(), media=tmp_path / "media")

    assert result.returncode == 2
    assert result.stderr.startswith("usage: infra/restore BACKUP_DIR")


def test_the_database_password_never_appears_on_a_command_line(site_tree, tmp_path):
    """The scripts hand the password to libpq through PGPASSWORD: every client
    command line they run (logged by a wrapper around the real binaries) is
    free of it, while the backup and its restore still succeed."""
    with psycopg.connect(**source_params()) as database:
        major = database.info.server_version // 10000
    real_bin, logged_bin = Path(f"/usr/lib/postgresql/{major}/bin"), tmp_path / "bin"
    logged_bin.mkdir()
    command_lines = tmp_path / "command-lines"
    for client in ("psql", "pg_dump", "pg_restore"):
        wrapper = logged_bin / client
        wrapper.write_text(
            f'#!/bin/sh\necho "$0 $*" >> {command_lines}\n'
            f'exec {real_bin}/{client} "$@"\n'
        )
        wrapper.chmod(0o755)
    password = source_params().get("password", "never-on-a-command-line")
    params = {**source_params(), "password": password}
    media = tmp_path / "media"

    backed_up = run(
        "backup", tmp_path / "backups", params=params, media=media, PG_BIN=logged_bin
    )
    assert backed_up.returncode == 0, backed_up.stderr
    [backup] = (tmp_path / "backups").iterdir()
    restore_target = tmp_path / "restore-target"
    refused = run(
        "restore", backup, params=params, media=restore_target, PG_BIN=logged_bin
    )

    assert "not empty" in refused.stderr
    logged = command_lines.read_text()
    assert "pg_dump" in logged and "pg_restore" in logged
    assert password not in logged
