"""A member reproduces a demo write-up: « Je la reproduis » opens the form
pre-filled from it, they say what they changed and send it; once a coordinator
publishes it, the new write-up shows the chain it belongs to, and the listing
finds the reproduced ones. Accessible, usable at 320 px."""

import re
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from experiences.discussions.models import Comment, CommentKind
from experiences.models import ExperiencePage
from experiences.taxonomy.models import Territory, TerritoryKind
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe
from tests.factories import UserFactory

PASSWORD = "mot-de-passe-de-test"  # UserFactory's
ORIGINAL = "Des rendez-vous en visio le samedi matin pour les jeunes en emploi"
# Screenshots to look at; the lead's artefacts folder gets them too.
SHOTS = Path("/tmp/shots/reproduce")


@pytest.fixture
def new_page(browser, site_url):
    """A page in a fresh browser context; the contexts close at the end, so that
    the live server's database connections end before PostgreSQL's test database
    is dropped."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(
            base_url=site_url,
            locale="fr-FR",
            viewport={"width": 1280, "height": 900},
            **options,
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def member(display_name, *groups, mission_locale=None):
    user = UserFactory(username=f"reproduction-{uuid.uuid4().hex[:10]}@ml.example")
    user.groups.add(*Group.objects.filter(name__in=groups))
    account_trust(user=user, display_name=display_name)
    if mission_locale:
        user.profile.mission_locale = mission_locale
        user.profile.save()
    return user


def signed_in(page, user):
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_attached()
    return page


def screenshots(page, name, widths=(1280, 375)):
    for folder in (ARTEFACTS, SHOTS):
        folder.mkdir(parents=True, exist_ok=True)
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        for folder in (ARTEFACTS, SHOTS):
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)


def assert_accessible_at_every_width(page):
    for width in (1280, 375, 320):
        page.set_viewport_size({"width": width, "height": 900})
        violations = axe_violations(page)
        assert violations == [], f"{width} px: {describe(violations)}"
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{width} px: the page scrolls sideways by {overflow}"


def publish(write_up, coordinator):
    """The coordinator approves the write-up in the review workflow, as the
    admin's « Approuver et publier » does."""
    task_state = write_up.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, coordinator, "approve")


def test_a_member_reproduces_a_write_up_that_a_coordinator_publishes(new_page):
    original = ExperiencePage.objects.get(title=ORIGINAL)
    count_before = original.reproduction_count
    marseille = Territory.objects.filter(kind=TerritoryKind.MISSION_LOCALE).exclude(
        pk=original.territory_id
    )[0]
    advisor = member("Camille", roles.CONTRIBUTORS, mission_locale=marseille)

    # A visitor is asked to sign in first, then comes back to the form.
    visitor = new_page()
    visitor.goto(original.url)
    visitor.get_by_role("link", name="Je la reproduis").click()
    expect(visitor).to_have_url(re.compile(r"/accounts/login/\?next=/contribuer/"))

    page = signed_in(new_page(), advisor)
    page.goto(original.url)
    page.get_by_role("link", name="Je la reproduis").click()
    expect(page.get_by_role("note").first).to_contain_text("Reproduite à partir de")
    expect(page.get_by_label("Étapes")).not_to_be_empty()
    expect(page.get_by_label("Ce que nous avons changé")).to_be_visible()
    assert_accessible_at_every_width(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshots(page, "reproduce-form")

    title = f"Des visios le samedi, version marseillaise {uuid.uuid4().hex[:4]}"
    page.get_by_label("Titre de la fiche").fill(title)
    page.get_by_label("Résumé").fill("Des rendez-vous en visio le samedi matin.")
    page.get_by_label("Où en est l'expérience ?").select_option("running")
    page.get_by_label("Date de début").fill("2026-01-10")
    page.get_by_label("Contexte").fill("Des jeunes en emploi loin de l'antenne.")
    page.get_by_label("Objectifs").fill("Garder le lien avec les jeunes en emploi")
    page.get_by_label("Résultats").fill("Vingt jeunes reçus en trois mois.")

    # Sent without what was changed: asked for, nothing sent.
    page.get_by_role("button", name="Envoyer à la coordination").click()
    expect(page.get_by_role("alert")).to_contain_text("Ce que nous avons changé")
    page.get_by_label("Ce que nous avons changé").fill(
        "Un samedi sur deux, avec un seul conseiller."
    )
    page.get_by_role("button", name="Envoyer à la coordination").click()
    expect(
        page.get_by_text("Votre fiche est envoyée à la coordination")
    ).to_be_visible()

    reproduction = ExperiencePage.objects.get(title=title)
    assert reproduction.reproduced_from_id == original.pk
    coordinator = member("Coordination", roles.COORDINATION)
    publish(reproduction, coordinator)
    original.refresh_from_db()
    assert original.reproduction_count == count_before + 1

    reproduction.refresh_from_db()
    page.goto(reproduction.url)
    chain = page.locator("section.replication")
    expect(chain).to_contain_text("Cette expérience reprend")
    expect(chain.get_by_role("link", name=ORIGINAL)).to_be_visible()
    expect(chain).to_contain_text(original.territory.name)
    expect(page.locator("#replication-title")).to_be_visible()
    assert_accessible_at_every_width(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.locator("#replication-title").scroll_into_view_if_needed()
    screenshots(page, "reproduce-chain")

    page.goto(original.url)
    downwards = page.locator("section.replication")
    expect(downwards.get_by_role("link", name=title)).to_be_visible()
    expect(downwards).to_contain_text(marseille.name)
    expect(page.locator("header .reproduction-count")).to_have_text(
        f"Reproduite {count_before + 1} fois"
    )
    screenshots(page, "reproduce-original")

    # The listing: reproduced ones only, most reproduced first, without JavaScript.
    listing = new_page(java_script_enabled=False)
    listing.goto("/experiences/")
    listing.get_by_label("Reproduite ailleurs").check()
    listing.get_by_label("Trier").select_option("reproductions")
    listing.get_by_role("button", name="Afficher les fiches").click()
    expect(listing).to_have_url(re.compile(r"reproduite=oui"))
    expect(listing.get_by_role("list", name="Filtres actifs")).to_contain_text(
        "Reproduite ailleurs"
    )
    first_card = listing.locator(".card").first
    expect(first_card.get_by_role("link", name=ORIGINAL)).to_be_visible()
    expect(first_card.locator(".reproduction-count")).to_contain_text("Reproduite")
    screenshots(listing, "reproduce-listing")
    # axe is a script: it runs in a page with JavaScript.
    page.goto(listing.url)
    assert_accessible_at_every_width(page)


def test_the_author_of_a_tested_message_makes_it_a_write_up(new_page):
    original = ExperiencePage.objects.get(title=ORIGINAL)
    tester = member("Sacha", roles.CONTRIBUTORS)
    message = Comment.objects.create(
        page=original,
        author=tester,
        kind=CommentKind.TESTED,
        territory=Territory.objects.filter(kind=TerritoryKind.DEPARTMENT)[0],
        body="Testé chez nous : quinze jeunes en deux mois, le samedi matin.",
        last_activity_at=timezone.now(),
    )
    page = signed_in(new_page(), tester)
    page.goto(original.url)
    page.locator(f"#message-{message.pk}").get_by_role(
        "link", name="En faire une fiche"
    ).scroll_into_view_if_needed()
    screenshots(page, "reproduce-tested-message")
    page.locator(f"#message-{message.pk}").get_by_role(
        "link", name="En faire une fiche"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Décrire votre reproduction"
    )
    expect(page.get_by_label("Résultats")).to_have_value(message.body)
    expect(page.get_by_label("Ce que nous avons changé")).to_be_visible()
    assert_accessible_at_every_width(page)
