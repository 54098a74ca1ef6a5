import pytest

from experiences.demo.seed import site_tree_ensure


@pytest.fixture
def site_tree(db):
    """Home page, section indexes and standard pages, as `seed_demo` builds them."""
    return site_tree_ensure()


@pytest.fixture
def experience_index(site_tree):
    return site_tree["experiences"]
