"""Load and concurrency soak (`make soak`): a real gunicorn on a fresh PostgreSQL
database. 50 members post 20 comments each at the same time, then two coordinators
edit and publish the same write-up at the same time. Prints a Markdown summary and
exits 1 if a comment or a revision is lost, or if any response is a 5xx.

The database (SOAK_DATABASE_URL, default labo_soak) is dropped and recreated at the
start and dropped at the end, so its name must contain "soak".
"""

import json
import os
import re
import secrets
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import dj_database_url
import django
import requests

from infra.bench.serving import database_run, gunicorn_serving
from infra.bench.stats import percentile

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/labo_soak"
MEMBERS = 50
COMMENTS_EACH = 20
COORDINATORS = 2
# Each round, both coordinators load the edit form, wait for each other, then send
# it: "publish" is the form's Publish button, "autosave" what Wagtail's script sends
# while one types (the same form, answered in JSON).
EDIT_ROUNDS = ["publish", "autosave"] * 5
# The image's 2 workers, each with threads: 8 requests in the application at once
# instead of 2, so more chances for two writes to meet.
WORKERS = 2
THREADS = 4
STREAM_FIELDS = ("steps", "indicators", "resources")
MARKER = re.compile(r"soak-m\d+-c\d+")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED = time.monotonic()


@dataclass
class Call:
    kind: str
    status: int | None  # None: no answer (refused connection, timeout)
    started: float
    seconds: float


@dataclass
class Save:
    text: str
    mode: str
    outcome: str  # saved, refused (with the form or a message) or error


@dataclass
class Report:
    calls: list[Call]
    saves: list[Save]
    discussion_requests: int
    discussion_seconds: float
    server_log: str
    checks: list[tuple[str, bool]] = field(default_factory=list)

    def check(self, label, passed):
        self.checks.append((label, bool(passed)))

    @property
    def passed(self):
        return all(passed for _, passed in self.checks)


def markers_compare(expected, bodies):
    """The markers missing from the stored texts, and those stored more than once."""
    found = Counter(match for body in bodies for match in MARKER.findall(body))
    missing = sorted(set(expected) - set(found))
    duplicated = sorted(marker for marker, count in found.items() if count > 1)
    return missing, duplicated


def save_outcome(status, content_type, body):
    """How Wagtail answered an edit: saved, refused with a message, or an error."""
    if content_type.startswith("application/json"):
        answer = json.loads(body)
        if status == 200 and answer.get("success"):
            return "saved"
        if status == 400 and answer.get("error_message"):
            return "refused"
        return "error"
    if status == 302:
        return "saved"
    if status == 200 and 'id="page-edit-form"' in body and 'class="error' in body:
        return "refused"
    return "error"


def stream_form_data(block, value, prefix):
    """A StreamField value as the admin form posts it. Wagtail's script builds these
    fields in the browser, so they are missing from the HTML of the edit form."""
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for index, child in enumerate(value):
            item = f"{prefix}-{index}"
            data |= {
                f"{item}-type": child.block_type,
                f"{item}-order": str(index),
                f"{item}-deleted": "",
                f"{item}-id": child.id or "",
            }
            data |= stream_form_data(child.block, child.value, f"{item}-value")
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data |= stream_form_data(child, value.get(name), f"{prefix}-{name}")
        return data
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(value.pk) if value else ""}
    state = block.get_form_state(value)
    return {prefix: "" if state is None else state}


def streams_form_data(page):
    data = {}
    for name in STREAM_FIELDS:
        block = page._meta.get_field(name).stream_block
        data |= stream_form_data(block, getattr(page, name), name)
    return data


class Visitor:
    """One person's browser, reaching gunicorn as if through the reverse proxy."""

    def __init__(self, base_url, address, calls):
        self.base_url = base_url
        self.calls = calls
        self.session = requests.Session()
        # The proxy terminates TLS and says so, and gives the visitor's address
        # (allauth rate-limits logins per address). One connection per request, as
        # the proxy may open: a kept-alive one that gunicorn closes after 2 idle
        # seconds fails the next request in the client, before it reaches the server.
        self.session.headers.update(
            {
                "Accept": "text/html",
                "Connection": "close",
                "Origin": base_url.replace("http://", "https://"),
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": address,
            }
        )

    def request(self, kind, method, path, **options):
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                allow_redirects=False,
                timeout=60,
                **options,
            )
        except requests.RequestException:
            response = None
        # Production cookies are Secure; behind the proxy the loopback is HTTPS.
        for cookie in self.session.cookies:
            cookie.secure = False
        status = None if response is None else response.status_code
        self.calls.append(Call(kind, status, started, time.monotonic() - started))
        return response

    def csrf_token(self, kind, path):
        response = self.request(kind, "GET", path)
        match = response is not None and CSRF_INPUT.search(response.text)
        return match.group(1) if match else ""

    def login(self, paths, email, password):
        data = {
            "csrfmiddlewaretoken": self.csrf_token("login", paths["login"]),
            "login": email,
            "password": password,
        }
        response = self.request("login", "POST", paths["login"], data=data)
        return response is not None and response.status_code == 302


def member_run(visitor, number, email, password, paths, all_logged_in):
    logged_in = visitor.login(paths, email, password)
    all_logged_in.wait()
    if not logged_in:
        return
    token = visitor.csrf_token("write-up page", paths["page"])
    for comment in range(COMMENTS_EACH):
        marker = f"soak-m{number:02d}-c{comment:02d}"
        data = {
            "csrfmiddlewaretoken": token,
            "kind": "other",
            "body": f"Retour d'expérience {marker} : même constat chez nous.",
        }
        visitor.request("comment", "POST", paths["comment"], data=data)


def editor_run(visitor, number, paths, stream_data, both_loaded):
    from wagtail.test.utils.form_data import querydict_from_html

    saves = []
    for round_number, mode in enumerate(EDIT_ROUNDS):
        text = f"Résumé revu par la coordination soak-e{number}-r{round_number:02d}"
        page = visitor.request("edit form", "GET", paths["edit"])
        form = None
        if page is not None and page.status_code == 200:
            form = querydict_from_html(
                page.text, form_id="page-edit-form", exclude_csrf=False
            )
        both_loaded.wait()
        if form is None:
            saves.append(Save(text, mode, "error"))
            continue
        data = {key: form.getlist(key) for key in form} | stream_data
        data["summary"] = text
        headers = {}
        if mode == "publish":
            data["action-publish"] = "action-publish"
        else:
            headers["Accept"] = "application/json"
        answer = visitor.request(
            f"edit {mode}", "POST", paths["edit"], data=data, headers=headers
        )
        outcome = "error"
        if answer is not None:
            outcome = save_outcome(
                answer.status_code, answer.headers.get("Content-Type", ""), answer.text
            )
        saves.append(Save(text, mode, outcome))
    return saves


def soak_environment(database_url, folder):
    """Production settings, with only what a loopback soak needs changed."""
    return {
        "DJANGO_SETTINGS_MODULE": "labo.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(Path(folder) / "static"),
        "MEDIA_ROOT": str(Path(folder) / "media"),
        "LOG_LEVEL": "WARNING",
        "ELASTICSEARCH_URL": "",
        "SENTRY_DSN": "",
        "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
        "LABO_COMMENT_PREMODERATED": "0",
        "LABO_COMMENT_RATE_PER_MINUTE": str(COMMENTS_EACH),
        "LABO_COMMENT_RATE_PER_DAY": str(COMMENTS_EACH),
        "LABO_REQUIRE_MFA_FOR_STAFF": "0",
    }


def site_build(password):
    """Schema, static files manifest, page tree, one write-up, and the accounts."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from experiences.models import ExperiencePage
    from experiences.taxonomy.models import Theme
    from labo.accounts import roles
    from labo.accounts.services import account_trust
    from labo.site_tree import site_tree_ensure
    from tests.factories import experience_page

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    written = experience_page(
        site_tree_ensure()["experiences"],
        themes=list(Theme.objects.order_by("pk")[:2]),
        indicators=[("indicator", {"label": "Jeunes accompagnés", "value": "40"})],
        resources=[
            (
                "link",
                {"title": "Service-Public", "url": "https://www.service-public.fr/"},
            )
        ],
    )
    # As stored: block ids assigned, missing optional values filled in.
    page = ExperiencePage.objects.get(pk=written.pk)
    # One hash for every account: hashing 52 passwords would take half a minute.
    password_hash = make_password(password)

    def accounts(prefix, count, role):
        users = []
        for number in range(count):
            email = f"{prefix}{number:02d}@soak.example"
            user = get_user_model().objects.create(
                username=email, email=email, password=password_hash
            )
            user.groups.add(Group.objects.get(name=role))
            account_trust(user=user, display_name=f"{prefix} {number}")
            users.append(user)
        return users

    members = accounts("membre", MEMBERS, roles.CONTRIBUTORS)
    coordinators = accounts("coordination", COORDINATORS, roles.COORDINATION)
    return page, members, coordinators


def progress(message):
    print(
        f"[{time.monotonic() - STARTED:5.0f} s] {message}", file=sys.stderr, flush=True
    )


def soak_run(folder):
    from django.urls import reverse

    password = secrets.token_urlsafe(16)
    page, members, coordinators = site_build(password)
    progress("database migrated, write-up and accounts created")
    paths = {
        "login": reverse("account_login"),
        "page": page.url,
        "comment": reverse("comment_create", args=[page.pk]),
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    stream_data = streams_form_data(page)
    revisions_before = set(page.revisions.values_list("pk", flat=True))

    calls = []
    log_path = Path(folder) / "gunicorn.log"
    with gunicorn_serving(log_path, workers=WORKERS, threads=THREADS) as server:
        base_url = server.url
        progress(f"gunicorn answers on {base_url}")
        started = time.monotonic()
        all_logged_in = threading.Barrier(MEMBERS, timeout=300)
        with ThreadPoolExecutor(MEMBERS) as pool:
            runs = [
                pool.submit(
                    member_run,
                    Visitor(base_url, f"10.0.1.{number + 1}", calls),
                    number,
                    member.email,
                    password,
                    paths,
                    all_logged_in,
                )
                for number, member in enumerate(members)
            ]
            for run in runs:
                run.result()
        discussion_seconds = time.monotonic() - started
        discussion_requests = len(calls)
        progress(f"{MEMBERS} members have posted")

        editors = [
            Visitor(base_url, f"10.0.2.{number + 1}", calls)
            for number in range(COORDINATORS)
        ]
        for editor, coordinator in zip(editors, coordinators, strict=True):
            editor.login(paths, coordinator.email, password)
        both_loaded = threading.Barrier(COORDINATORS, timeout=120)
        with ThreadPoolExecutor(COORDINATORS) as pool:
            runs = [
                pool.submit(editor_run, editor, number, paths, stream_data, both_loaded)
                for number, editor in enumerate(editors)
            ]
            saves = [save for run in runs for save in run.result()]

    progress("the coordinators have edited")
    report = Report(
        calls=calls,
        saves=saves,
        discussion_requests=discussion_requests,
        discussion_seconds=discussion_seconds,
        server_log=log_path.read_text(),
    )
    discussions_check(report, members)
    edits_check(report, page, revisions_before, stream_data)
    report.check(
        "no 5xx and no request without an answer",
        all(call.status is not None and call.status < 500 for call in calls),
    )
    return report


def discussions_check(report, members):
    from experiences.discussions.models import Comment

    bodies = list(
        Comment.objects.filter(author__in=members).values_list("body", flat=True)
    )
    expected = [
        f"soak-m{number:02d}-c{comment:02d}"
        for number in range(MEMBERS)
        for comment in range(COMMENTS_EACH)
    ]
    missing, duplicated = markers_compare(expected, bodies)
    report.check(
        f"{len(bodies)} comments stored, {len(expected)} expected",
        len(bodies) == len(expected),
    )
    report.check(
        f"every marker stored once: {len(missing)} missing, "
        f"{len(duplicated)} duplicated",
        not missing and not duplicated,
    )
    posts = [call.status for call in report.calls if call.kind == "comment"]
    report.check(
        f"{posts.count(302)} of {len(posts)} comment posts answered 302 "
        "(saved, back to the page)",
        posts.count(302) == len(expected),
    )


def edits_check(report, page, revisions_before, stream_data):
    page.refresh_from_db()
    new_revisions = page.revisions.exclude(pk__in=revisions_before)
    texts = Counter(
        content.get("summary")
        for content in new_revisions.values_list("content", flat=True)
    )
    saved = [save for save in report.saves if save.outcome == "saved"]
    refused = [save for save in report.saves if save.outcome == "refused"]
    report.check(
        f"{len(saved)} saves, {new_revisions.count()} new revisions",
        len(saved) == new_revisions.count(),
    )
    report.check(
        "each saved text in exactly one revision, each refused text in none",
        all(texts[save.text] == 1 for save in saved)
        and all(texts[save.text] == 0 for save in refused),
    )
    report.check(
        "every refused save answered with the form or a message, no error",
        all(save.outcome != "error" for save in report.saves),
    )
    report.check(
        "the live page is its live revision",
        page.live_revision.content["summary"] == page.summary,
    )
    report.check(
        "steps, indicators and resources unchanged",
        streams_form_data(page) == stream_data,
    )


def _errors(calls):
    return sum(call.status is None or call.status >= 500 for call in calls)


def _milliseconds(seconds):
    return f"{seconds * 1000:.0f} ms"


def summary_markdown(report):
    lines = [
        "## Soak",
        "",
        f"gunicorn `labo.wsgi` ({WORKERS} workers of {THREADS} threads, "
        "`labo.settings.production`) "
        f"on PostgreSQL; {MEMBERS} members post {COMMENTS_EACH} comments each at "
        f"once, then {COORDINATORS} coordinators edit the same write-up "
        f"{len(EDIT_ROUNDS)} times each at once.",
        "",
        "| request | count | statuses | p50 | p95 |",
        "| --- | ---: | --- | ---: | ---: |",
    ]
    for kind in dict.fromkeys(call.kind for call in report.calls):
        calls = [call for call in report.calls if call.kind == kind]
        seconds = [call.seconds for call in calls]
        statuses = Counter(str(call.status or "no answer") for call in calls)
        lines.append(
            f"| {kind} | {len(calls)} | "
            + ", ".join(
                f"{status}: {count}" for status, count in sorted(statuses.items())
            )
            + f" | {_milliseconds(percentile(seconds, 0.5))}"
            f" | {_milliseconds(percentile(seconds, 0.95))} |"
        )
    discussion = report.calls[: report.discussion_requests]
    edits = report.calls[report.discussion_requests :]
    comments = [call for call in discussion if call.kind == "comment"]
    window = max((call.started + call.seconds for call in comments), default=0) - min(
        (call.started for call in comments), default=0
    )
    outcomes = Counter((save.mode, save.outcome) for save in report.saves)
    lines += [
        "",
        f"Discussions: {len(discussion)} requests in "
        f"{report.discussion_seconds:.1f} s "
        f"({len(discussion) / report.discussion_seconds:.1f} per second, logins "
        f"included), {_errors(discussion)} errors (5xx or no answer). Comments: "
        f"{len(comments)} in {window:.1f} s "
        f"({len(comments) / window if window else 0:.1f} per second).",
        f"Edits: {len(edits)} requests (logins included), {_errors(edits)} errors; "
        + ", ".join(
            f"{mode} {outcome}: {count}"
            for (mode, outcome), count in sorted(outcomes.items())
        )
        + ".",
        "",
        *(f"- [{'x' if passed else ' '}] {label}" for label, passed in report.checks),
        "",
        f"**{'PASSED' if report.passed else 'FAILED'}**",
    ]
    return "\n".join(lines)


def main():
    database_url = os.environ.get("SOAK_DATABASE_URL", DEFAULT_DATABASE_URL)
    name = dj_database_url.parse(database_url)["NAME"]
    if "soak" not in name:
        sys.exit(f"The soak drops its database: {name!r} must contain 'soak'.")
    with tempfile.TemporaryDirectory(prefix="labo-soak-") as folder:
        os.environ.update(soak_environment(database_url, folder))
        sys.path.insert(0, str(ROOT))
        django.setup()
        from django.db import connections

        database_run(
            database_url,
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            "CREATE DATABASE {}",
        )
        try:
            report = soak_run(folder)
        finally:
            connections.close_all()
            database_run(database_url, "DROP DATABASE IF EXISTS {} WITH (FORCE)")
    progress("gunicorn stopped, database dropped")
    if not report.passed:
        print(f"gunicorn's log:\n{report.server_log[-5000:]}", file=sys.stderr)
    print(summary_markdown(report))
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
