"""Fixtures shared by the tests of the coordination's work on write-ups."""

import pytest

from labo.accounts import roles
from tests.factories import staff_member


@pytest.fixture
def national(site_tree):
    """A coordinator whose work is not limited to a region."""
    return staff_member(roles.COORDINATION, display_name="Aïcha Benali")


@pytest.fixture
def regional(site_tree):
    """Coordination for Nouvelle-Aquitaine (INSEE region 75, Gironde inside)."""
    return staff_member(
        roles.COORDINATION, review_region="75", display_name="Jules Martin"
    )
