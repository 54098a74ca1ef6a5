from pathlib import Path

import pytest
from django.core.cache import cache

from experiences.models import Maturity
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


@pytest.fixture
def site_tree(db):
    """Home page, section indexes and standard pages, as `seed_demo` builds them."""
    return site_tree_ensure()


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


def pytest_ignore_collect(collection_path, config):
    """The browser suite seeds a database it shares across tests, so it only runs
    when asked for by path (`make test-browser`), never beside the other tests."""
    e2e = Path(__file__).parent / "e2e"
    asked_for = any(
        Path(arg.split("::")[0]).resolve().is_relative_to(e2e) for arg in config.args
    )
    return (collection_path == e2e and not asked_for) or None
