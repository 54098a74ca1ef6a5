"""Finding: a search or a listing emptied by a filter offers the results without
it (follow the offer, see the result); staff reach the admin from the header.
Accessible, and usable at 320 px."""

import os
import re
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db.models import Q
from playwright.sync_api import expect

from experiences.models import ExperiencePage
from experiences.taxonomy.models import Territory, TerritoryKind
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe
from tests.factories import UserFactory, totp_activate, totp_code

PASSWORD = "mot-de-passe-de-test"  # UserFactory's
SIGN_IN = re.compile(r"^(Se connecter|Connexion)$")
NBSP = "\u00a0"


def screenshots(page, name):
    """At 1280 and 375 px, in the artefacts and (for a look by hand) in
    LABO_SHOTS if set."""
    folders = [ARTEFACTS]
    if shots := os.environ.get("LABO_SHOTS"):
        folders.append(Path(shots))
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=folder / f"finding-{name}-{width}.png", full_page=True)


def fits_320_px(page):
    page.set_viewport_size({"width": 320, "height": 800})
    return page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.fixture
def discord():
    """The demo's Discord write-up and a region it is not in."""
    write_up = ExperiencePage.objects.live().get(title__icontains="Discord")
    elsewhere = (
        Territory.objects.filter(kind=TerritoryKind.REGION)
        .exclude(pk__in=[write_up.territory_id, write_up.territory.parent_id])
        .exclude(pk=getattr(write_up.territory.parent, "parent_id", None))
        .order_by("name")
        .first()
    )
    return write_up, elsewhere


def test_a_search_emptied_by_a_filter_offers_the_result_without_it(page, discord):
    write_up, elsewhere = discord
    page.goto(f"/recherche/?q=discord&territoire={elsewhere.key}")
    expect(page.locator("#results-count")).to_have_text(
        f"0 résultat pour «{NBSP}discord{NBSP}»"
    )
    expect(page.locator(".empty-state")).to_contain_text(
        f"avec le filtre {elsewhere.name}"
    )
    offer = page.get_by_role(
        "link",
        name=re.compile(
            rf"^Sans le filtre {re.escape(elsewhere.name)}\s: (\d+) résultats?$"
        ),
    )
    expect(offer).to_be_visible()
    expect(page.get_by_text("Vérifiez l'orthographe")).to_have_count(0)
    violations = axe_violations(page)
    assert not violations, describe(violations)
    screenshots(page, "empty-search")
    assert fits_320_px(page)

    count = re.search(r"(\d+) résultat", offer.inner_text()).group(1)
    page.set_viewport_size({"width": 1280, "height": 900})
    offer.click()
    expect(page.locator("#results-count")).to_have_text(
        re.compile(f"^{count} résultats? pour «{NBSP}discord{NBSP}»$")
    )
    expect(page.get_by_role("link", name=write_up.title)).to_be_visible()
    assert "territoire" not in page.url


def test_an_empty_listing_offers_the_write_ups_without_a_filter(page, discord):
    write_up, _elsewhere = discord
    theme = write_up.themes.first()
    with_theme = ExperiencePage.objects.live().filter(themes=theme)
    elsewhere = next(
        region
        for region in Territory.objects.filter(kind=TerritoryKind.REGION).order_by(
            "name"
        )
        if not with_theme.filter(
            Q(territory=region)
            | Q(territory__parent=region)
            | Q(territory__parent__parent=region)
        ).exists()
    )
    page.goto(f"/experiences/?theme={theme.slug}&territoire={elsewhere.key}")
    expect(
        page.get_by_text("Aucune fiche ne correspond à ces filtres.")
    ).to_be_visible()
    offer = page.get_by_role(
        "link", name=re.compile(f"^Sans le filtre {re.escape(elsewhere.name)}")
    )
    expect(offer).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    screenshots(page, "empty-listing")
    assert fits_320_px(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    offer.click()
    expect(page.locator(".card").first).to_be_visible()
    assert "territoire" not in page.url


def test_staff_reach_the_admin_from_the_header(page):
    coordinator = UserFactory(
        username=f"coordination-{uuid.uuid4().hex[:10]}@labo.example"
    )
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    account_trust(user=coordinator, display_name="Coordination test")
    secret = totp_activate(coordinator)
    page.goto("/accounts/login/?next=/admin/")
    page.locator("#id_login").fill(coordinator.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN).click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.get_by_role("button", name=re.compile("^(Valider le code|Connexion)$")).click()
    expect(page).to_have_url(re.compile("/admin/$"))
    page.goto("/recherche/")
    link = page.locator(".site-header").get_by_role("link", name="Mon espace")
    expect(link).to_have_attribute("href", "/admin/")
    screenshots(page, "staff-header")
    assert fits_320_px(page)
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile("/admin/$"))
