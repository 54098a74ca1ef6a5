"""A reader opens the history of a demo write-up that was updated, then what the
update changed: with and without JavaScript, accessible (axe) and without
horizontal scrolling at 1280, 375 and 320 px; screenshots at 1280 and 375 px."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from experiences.models import ExperiencePage
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe

# Where the screenshots go; `LABO_SHOTS=/tmp/shots/history` puts them elsewhere.
SHOTS = Path(os.environ.get("LABO_SHOTS", ARTEFACTS))
SUMMARY = "Les chiffres de la deuxième année et une étape pour les mineurs"
WIDTHS = (1280, 375, 320)


@pytest.fixture(scope="module")
def updated_write_up(site_url):
    """A demo write-up, updated once with a line for its readers: its results
    rewritten in part, a step added."""
    write_up = (
        ExperiencePage.objects.live()
        .filter(reproduced_from__isnull=True)
        .order_by("pk")
        .first()
    )
    draft = write_up.get_latest_revision_as_object()
    draft.change_summary = SUMMARY
    draft.results = (
        f"{draft.results}<p>La deuxième année, 80 jeunes ont suivi au moins un "
        "rendez-vous, dont 12 mineurs.</p>"
    )
    draft.steps.append(
        (
            "step",
            {
                "title": "Accueillir les mineurs",
                "description": "Un entretien avec un parent au premier rendez-vous.",
            },
        )
    )
    draft.save_revision().publish()
    return write_up


@pytest.fixture
def open_browser(browser, site_url):
    contexts = []

    def open_browser(*, javascript=True):
        context = browser.new_context(
            base_url=site_url, locale="fr-FR", java_script_enabled=javascript
        )
        contexts.append(context)
        return context.new_page()

    yield open_browser
    for context in contexts:
        context.close()


def check_every_width(page, name, *, javascript=True):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, width
        if javascript:
            violations = axe_violations(page)
            assert not violations, f"{width} px: {describe(violations)}"
            if width != 320:
                SHOTS.mkdir(parents=True, exist_ok=True)
                path = SHOTS / f"history-{name}-{width}.png"
                page.screenshot(path=str(path), full_page=True)


@pytest.mark.parametrize("javascript", [True, False])
def test_a_reader_reads_the_history_then_what_changed(
    open_browser, updated_write_up, javascript
):
    page = open_browser(javascript=javascript)
    page.goto(f"/experiences/{updated_write_up.slug}/historique/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Historique de la fiche")
    entries = page.locator(".history-list > li")
    expect(entries.first).to_contain_text("Mise à jour importante")
    expect(entries.first).to_contain_text(SUMMARY)
    expect(entries.filter(has_text="Première publication de la fiche")).to_have_count(1)
    if javascript:
        check_every_width(page, "list")

    page.set_viewport_size({"width": 1280, "height": 900})
    entries.first.get_by_role("link", name="Voir ce qui a changé").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ce qui a changé")
    results = page.locator("section.history-diff", has_text="Résultats")
    expect(results.locator("ins")).to_contain_text("80 jeunes")
    expect(results.locator("ins .visually-hidden").first).to_have_text("ajouté : ")
    steps = page.locator("section.history-diff", has_text="Étapes")
    expect(steps.locator("ins")).to_contain_text("Accueillir les mineurs")
    # Fields that did not change are not shown.
    expect(page.get_by_role("heading", name="Contexte")).to_have_count(0)
    if javascript:
        check_every_width(page, "compare")
    page.get_by_role("link", name="Retour à l'historique de la fiche").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Historique de la fiche")
