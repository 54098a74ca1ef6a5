"""Sharing offline, in chromium: the PDF link on a write-up and a collection (axe
clean, downloads the PDF), and the print layout (no site chrome, one column)."""

import os
from pathlib import Path

import pytest

from experiences.models import ExperiencePage, StrategyNotePage
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe

# Where the print previews go; `LABO_SHOTS=/tmp/shots/pdf` puts them elsewhere.
SHOTS = Path(os.environ.get("LABO_SHOTS", ARTEFACTS))
A4_WIDTH = 794  # CSS pixels: 210 mm at 96 dpi


@pytest.fixture(scope="module")
def printable(site_url):
    write_up = ExperiencePage.objects.live().filter(reproduced_from__isnull=False)[0]
    return {
        "write-up": write_up.url,
        "note": StrategyNotePage.objects.live().first().url,
        "collection": "/dossiers/premiers-pas/",
    }


@pytest.mark.parametrize("name", ["write-up", "collection"])
def test_the_pdf_link_is_accessible_and_downloads_the_pdf(page, printable, name):
    page.goto(printable[name])
    link = page.get_by_role("link", name="Télécharger en PDF")
    assert link.is_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)

    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    slug = printable[name].strip("/").split("/")[-1]
    assert download.suggested_filename == f"{slug}.pdf"
    assert Path(download.path()).read_bytes().startswith(b"%PDF-1.7")
    # The size is known once the PDF exists (a fresh page: no page cache here).
    page.reload()
    link = page.get_by_role("link", name="Télécharger en PDF")
    assert link.inner_text().endswith("Ko)")


@pytest.mark.parametrize("name", ["write-up", "note", "collection"])
def test_the_print_layout_shows_the_content_alone(page, printable, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": A4_WIDTH, "height": 1123})
    page.goto(printable[name])
    page.emulate_media(media="print")

    for chrome in (".site-header", ".site-footer", ".breadcrumbs", ".pdf-download"):
        assert (
            page.locator(chrome).count() == 0
            or not page.locator(chrome).first.is_visible()
        )
    assert page.locator("h1").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_WIDTH
    if name == "write-up":
        layout = page.locator(".experience__layout")
        assert layout.evaluate("node => getComputedStyle(node).display") == "block"
        step = page.locator(".step").first
        assert step.evaluate("node => getComputedStyle(node).breakInside") == "avoid"
    path = SHOTS / f"print-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0
