"""A coordinator signs in, opens « Maturités à revoir », finds a stale label and
confirms it: the write-up no longer shows « Maturité à revoir ». axe on the queue
and the confirmation page at 1280, 375 and 320 px; screenshots of a card and the
write-up with a stale and a fresh label, and of the queue."""

import datetime
import re
import shutil
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from experiences.models import ExperienceIndexPage, ExperiencePage, Maturity
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe
from tests.factories import (
    UserFactory,
    department,
    experience_page,
    totp_activate,
    totp_code,
)

WIDTHS = (1280, 375, 320)
SHOTS = Path("/tmp/shots/maturity")
STALE_TITLE = "Des permanences visio dans les mairies rurales"
FRESH_TITLE = "Un groupe WhatsApp pour les offres d'alternance"


def shoot(target, name, width):
    ARTEFACTS.mkdir(exist_ok=True)
    path = ARTEFACTS / f"maturity-{name}-{width}.png"
    target.screenshot(path=str(path))
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        shutil.copy(path, SHOTS / path.name)


def write_ups():
    """A write-up whose « Évaluée » passed its review date, and a fresh one."""
    index = ExperienceIndexPage.objects.get()
    stale = experience_page(
        index,
        title=STALE_TITLE,
        territory=department("33"),
        maturity=Maturity.EVALUATED,
    )
    ExperiencePage.objects.filter(pk=stale.pk).update(
        maturity_validated_on=datetime.date(2024, 3, 12),
        maturity_review_on=timezone.localdate() - datetime.timedelta(days=30),
        maturity_signed_as="Coordination Nouvelle-Aquitaine",
    )
    fresh = experience_page(index, title=FRESH_TITLE, maturity=Maturity.SPREAD)
    return stale, fresh


def reader_shots(page, write_up, state):
    """The write-up's header and maturity note, and its card in the listing."""
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(write_up.url)
        shoot(page, f"write-up-{state}", width)
        note = page.locator(".maturity-note")
        if note.count():
            shoot(note, f"note-{state}", width)
        page.goto("/experiences/?q=&tri=recent")
        card = page.locator(
            "article.card", has=page.get_by_role("link", name=write_up.title)
        )
        if card.count():
            shoot(card.first, f"card-{state}", width)


def test_a_coordinator_confirms_a_stale_maturity(browser, site_url, page):
    stale, fresh = write_ups()

    page.goto(stale.url)
    expect(page.get_by_text("Maturité à revoir").first).to_be_visible()
    expect(page.get_by_text("Elle est à revoir depuis le")).to_be_visible()
    reader_shots(page, stale, "stale")
    reader_shots(page, fresh, "fresh")
    page.goto(fresh.url)
    expect(page.get_by_text("validée en", exact=False).first).to_be_visible()

    coordinator = UserFactory(
        username="maturite@labo.example", email="maturite@labo.example"
    )
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    account_trust(user=coordinator, display_name="Coordination maturité")
    secret = totp_activate(coordinator)
    context = browser.new_context(base_url=site_url, locale="fr-FR")
    admin = context.new_page()
    admin.goto("/accounts/login/")
    admin.locator("#id_login").fill("maturite@labo.example")
    admin.locator("#id_password").fill("mot-de-passe-de-test")
    admin.get_by_role("button", name="Se connecter").click()
    admin.locator("input[name=code]").fill(totp_code(secret))
    admin.get_by_role("button", name="Valider le code").click()
    expect(admin.get_by_role("button", name="Se déconnecter")).to_be_attached()

    admin.goto("/admin/")
    admin.get_by_role("link", name="Maturités à revoir").click()
    expect(admin.get_by_role("heading", name="Maturités à revoir")).to_be_visible()
    row = admin.locator("tbody tr", has=admin.get_by_role("link", name=STALE_TITLE))
    expect(row).to_contain_text("dépassée")
    for width in WIDTHS:
        admin.set_viewport_size({"width": width, "height": 900})
        violations = axe_violations(admin)
        assert not violations, f"{width}px: {describe(violations)}"
        if width != 320:
            shoot(admin, "queue", width)

    admin.set_viewport_size({"width": 1280, "height": 900})
    row.get_by_role("link", name=re.compile("^Confirmer la maturité")).click()
    expect(admin.get_by_role("heading", name="Confirmer la maturité")).to_be_visible()
    for width in WIDTHS:
        admin.set_viewport_size({"width": width, "height": 900})
        violations = axe_violations(admin)
        assert not violations, f"{width}px: {describe(violations)}"
        if width != 320:
            shoot(admin, "confirm", width)
    admin.get_by_role("button", name="Confirmer la maturité").click()

    expect(
        admin.get_by_text(f"Maturité de «\u00a0{STALE_TITLE}\u00a0» confirmée")
    ).to_be_visible()
    expect(
        admin.locator("tbody tr", has=admin.get_by_role("link", name=STALE_TITLE))
    ).to_have_count(0)
    page.goto(stale.url)
    expect(page.get_by_text("Maturité à revoir")).to_have_count(0)
    expect(page.get_by_text("signature\u00a0: Coordination nationale")).to_be_visible()
    reader_shots(page, stale, "confirmed")
    context.close()
