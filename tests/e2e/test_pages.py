"""Every public page type, in chromium: no serious accessibility violation, no
horizontal scrolling at 320 px, and a screenshot at 1280 and 375 px."""

import pytest

from experiences.models import ExperiencePage, StrategyNotePage
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe


@pytest.fixture(scope="module")
def page_types(site_url):
    write_up = ExperiencePage.objects.live().filter(reproduced_from__isnull=False)[0]
    note = StrategyNotePage.objects.live().first()
    return {
        "home": "/",
        "listing": "/experiences/",
        "listing-filtered": "/experiences/?theme=accompagnement-a-distance"
        "&territoire=region-75",
        "write-up": write_up.url,
        "note": note.url,
        "notes": "/notes/",
        "collection": "/dossiers/premiers-pas/",
        "standard": "/accessibilite/",
        "search-results": "/recherche/?q=visio",
        "search-empty": "/recherche/?q=hippopotame",
        "not-found": "/cette-page-n-existe-pas/",
        "login": "/accounts/login/",
        "signup": "/accounts/signup/",
        "password-reset": "/accounts/password/reset/",
    }


PAGE_TYPES = [
    "home",
    "listing",
    "listing-filtered",
    "write-up",
    "note",
    "notes",
    "collection",
    "standard",
    "search-results",
    "search-empty",
    "not-found",
    "login",
    "signup",
    "password-reset",
]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_serious_accessibility_violation(page, page_types, name):
    response = page.goto(page_types[name])
    assert response.status == (404 if name == "not-found" else 200)
    violations = axe_violations(page)
    assert not violations, describe(violations)


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_usable_at_320_px_without_horizontal_scrolling(page, page_types, name):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(page_types[name])
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.locator("h1").first.is_visible()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_screenshots(page, page_types, name):
    ARTEFACTS.mkdir(exist_ok=True)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(page_types[name])
        path = ARTEFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 0


def test_the_contribution_pages_are_accessible(page):
    page.goto("/accounts/login/")
    page.locator("#id_login").fill("contributrice@labo.example")
    page.locator("#id_password").fill("labo-demo-2026")
    page.get_by_role("button", name="Se connecter").click()
    for url in ("/contribuer/", "/contribuer/nouvelle/", "/profil/"):
        page.goto(url)
        violations = axe_violations(page)
        assert not violations, f"{url}\n{describe(violations)}"
    # The form as it comes back with errors and a personal-data warning.
    page.goto("/contribuer/nouvelle/")
    page.get_by_label("Titre de la fiche").fill("Fiche à compléter")
    page.get_by_label("Contexte").fill("Le jeune Kevin Dupont, au 06 12 34 56 78.")
    page.get_by_role("button", name="Envoyer à la coordination").click()
    assert page.get_by_role("alert").is_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
