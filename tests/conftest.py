from pathlib import Path

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from experiences.models import Maturity
from labo.models import HomePage
from labo.site_tree import site_tree_ensure
from tests.factories import (
    AudienceFactory,
    MissionLocaleFactory,
    ThemeFactory,
    department,
    experience_page,
)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as a fresh deployment would."""
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, migrated once per run (once per worker under xdist), with
    the site tree built once and committed: each test rolls back to it instead of
    building it again. So every test that uses the database sees its pages."""
    with django_db_blocker.unblock():
        site_tree_ensure()


@pytest.fixture
def site_tree(db):
    """Home page, section indexes and standard pages, as `seed_demo` builds them:
    those the session built, looked up."""
    return site_tree_ensure()


@pytest.fixture
def no_site_tree(db):
    """The page tree as the migrations leave it (the root, Wagtail's welcome page
    and the default site on it), for the tests of the commands that build it."""
    home = HomePage.objects.get()
    welcome = Page.get_first_root_node().add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home")
    )
    Site.objects.filter(root_page=home).update(root_page=welcome)
    home.delete()


@pytest.fixture
def experience_index(site_tree):
    return site_tree["experiences"]


@pytest.fixture
def catalogue(experience_index):
    """Three write-ups that differ by theme, territory, audience, maturity, tag."""
    visio, social = ThemeFactory(slug="visio"), ThemeFactory(slug="social")
    rural = AudienceFactory(slug="rural")
    bordeaux = MissionLocaleFactory(name="ML Bordeaux", parent=department("33"))
    return {
        "gironde": experience_page(
            experience_index,
            title="Permanences numériques en visioconférence",
            territory=bordeaux,
            themes=[visio],
            audiences=[rural],
            maturity=Maturity.EVALUATED,
            tags=["whatsapp"],
        ),
        "landes": experience_page(
            experience_index,
            title="Ateliers réseaux sociaux",
            summary="Des ateliers Instagram pour les jeunes des Landes.",
            territory=department("40"),
            themes=[social],
            maturity=Maturity.TESTING,
        ),
        "paris": experience_page(
            experience_index,
            title="Visioconférence et réseaux sociaux à Paris",
            territory=department("75"),
            themes=[visio, social],
            audiences=[rural],
            maturity=Maturity.EVALUATED,
        ),
    }


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Slow tests first, so that under xdist they start early instead of leaving
    one worker busy at the end. Only after pytest-django has put the tests that
    commit (and empty the database after them) behind the others: those stay
    there."""
    items.sort(key=lambda item: not _slow_and_rolled_back(item))


def _slow_and_rolled_back(item):
    marker = item.get_closest_marker("django_db")
    commits = bool(
        marker
        and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    ) or bool({"transactional_db", "live_server"} & set(item.fixturenames))
    return item.get_closest_marker("slow") is not None and not commits


def pytest_ignore_collect(collection_path, config):
    """The browser suite seeds a database it shares across tests, so it only runs
    when asked for by path (`make test-browser`), never beside the other tests."""
    e2e = Path(__file__).parent / "e2e"
    asked_for = any(
        Path(arg.split("::")[0]).resolve().is_relative_to(e2e) for arg in config.args
    )
    return (collection_path == e2e and not asked_for) or None
