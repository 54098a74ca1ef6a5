"""Browser tests: Debian's chromium driven by Playwright against a live server that
serves the demo content from the test database.

The demo site is seeded once for the whole run and shared by every test, so tests
create their own accounts and content with unique names and never count rows.
"""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import setup_databases, teardown_databases
from pytest_django.live_server_helper import LiveServer

from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.factories import UserFactory, totp_activate

CHROMIUM = os.environ.get("LABO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
ARTEFACTS = Path(__file__).parent / "artefacts"

# Playwright's sync API runs an event loop in the test thread; the ORM calls that
# tests make between browser steps are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def browser_missing_reason():
    if not shutil.which(CHROMIUM):
        return f"chromium not found at {CHROMIUM}"
    if not AXE_SCRIPT.exists():
        return "axe-core not installed (npm ci --prefix tests/e2e)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = browser_missing_reason()
    if reason is None:
        return
    if os.environ.get("LABO_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"Browser tests required but {reason}.")
    for item in items:
        item.add_marker(pytest.mark.skip(reason=f"SKIPPED browser test: {reason}"))


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, tmp_path_factory):
    """The test database, created for every browser run.

    pytest-django only creates it for tests marked for database access, and these
    tests are not: they share one committed database instead of rolling back. On
    SQLite it is a file, so that the server's threads open their own connections
    instead of sharing the test's in-memory one.
    """
    database = connection.settings_dict
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["TEST"]["NAME"] = str(tmp_path_factory.mktemp("e2e") / "labo.sqlite3")
    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    # The server thread and the tests share the committed demo database for the
    # whole run, so database access stays open until the server stops.
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=io.StringIO())
        server = LiveServer("localhost")
        yield server.url
        server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(base_url=site_url, locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page, impacts=("serious", "critical")):
    """Runs axe-core on the current page; returns the violations of those impacts."""
    # Evaluated rather than added as a <script>: the Content-Security-Policy
    # refuses inline scripts, and evaluation through the browser's protocol is not
    # subject to it.
    page.evaluate(AXE_SCRIPT.read_text())
    result = page.evaluate("async () => await axe.run(document)")
    return [
        violation
        for violation in result["violations"]
        if violation["impact"] in impacts
    ]


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + ", ".join(node["target"][0] for node in v["nodes"][:3])
        for v in violations
    )


def coordinator_context(browser, site_url, *, email):
    """A browser context signed in as a new national coordinator (second factor
    set up), without going through the sign-in forms: that is the contribution
    journey's business."""
    user = UserFactory(username=email, email=email)
    user.groups.add(Group.objects.get(name=roles.COORDINATION))
    account_trust(user=user, display_name="Coordination nationale")
    totp_activate(user)
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=site_url, locale="fr-FR")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": site_url,
            }
        ]
    )
    return context
