"""A coordinator opens a submitted write-up in the admin and finds the decision as
the main button; the legal notice names the publisher, the director of
publication and the host. Both pass axe."""

import shutil
from pathlib import Path

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from experiences import services
from experiences.models import ExperienceIndexPage
from labo.accounts import roles
from tests.e2e.conftest import (
    ARTEFACTS,
    axe_violations,
    coordinator_context,
    describe,
)
from tests.factories import UserFactory, experience_page
from tests.labo.test_production import LEGAL_NOTICE

WIDTHS = (1280, 375)
SHOTS = Path("/tmp/shots/review")


def screenshots(page, name, full_page=True):
    ARTEFACTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        path = ARTEFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=full_page)
        if SHOTS.parent.exists():
            SHOTS.mkdir(exist_ok=True)
            shutil.copy(path, SHOTS / path.name)


def coordinator_signed_in(browser, site_url):
    context = coordinator_context(
        browser, site_url, email="relecture.revue@labo.example"
    )
    admin = context.new_page()
    return admin


def test_a_coordinator_finds_the_decision_as_the_main_button(browser, site_url):
    author = UserFactory(username="autrice.revue@ml.example")
    author.groups.add(Group.objects.get(name=roles.CONTRIBUTORS))
    write_up = experience_page(
        ExperienceIndexPage.objects.get(),
        title="Des ateliers CV en visio le mercredi",
        owner=author,
        tags=["visio", "cv"],
    )
    write_up = write_up.get_latest_revision_as_object()
    write_up.summary = "Des ateliers CV en visio, chaque mercredi après-midi."
    write_up.save_revision(user=author)
    services.contribution_submit(user=author, page=write_up)
    admin = coordinator_signed_in(browser, site_url)

    admin.goto(f"/admin/pages/{write_up.pk}/edit/")

    main_button = admin.locator("footer .w-dropdown-button > button").first
    expect(main_button).to_have_text("Approuver et Publier")
    violations = axe_violations(admin)
    admin.get_by_role("button", name="Plus d'actions").click()
    expect(
        admin.get_by_role("button", name="Demander des modifications")
    ).to_be_visible()
    screenshots(admin, "review-editor-footer", full_page=False)
    admin.keyboard.press("Escape")
    admin.set_viewport_size({"width": 375, "height": 900})
    admin.locator("footer").scroll_into_view_if_needed()
    admin.screenshot(path=str(ARTEFACTS / "review-editor-footer-closed-375.png"))
    if SHOTS.exists():
        shutil.copy(ARTEFACTS / "review-editor-footer-closed-375.png", SHOTS)
    assert not violations, describe(violations)


def test_the_legal_notice_names_publisher_director_and_host(page, settings):
    settings.LABO_PAGE_CACHE_SECONDS = 0
    for name, value in LEGAL_NOTICE.items():
        setattr(settings, name, value)

    page.goto("/mentions-legales/")

    expect(page.get_by_role("heading", name="Hébergement")).to_be_visible()
    expect(page.get_by_text(LEGAL_NOTICE["LABO_LEGAL_DIRECTOR"])).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    screenshots(page, "legal-notice")

    settings.LABO_LEGAL_HOST = ""
    page.goto("/mentions-legales/")
    expect(page.get_by_text("à compléter")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    screenshots(page, "legal-notice-incomplete")
