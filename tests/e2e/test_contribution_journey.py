"""An advisor signs up and sends a write-up; a coordinator publishes it in the
admin; newcomers find it. Writing it: every problem shown in one round, the
territory picker with the keyboard and without JavaScript, accessible."""

import re
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from experiences.models import ExperienceIndexPage, ExperiencePage
from experiences.taxonomy.models import Territory, TerritoryKind, Theme
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe
from tests.factories import UserFactory, experience_page, totp_activate, totp_code

PASSWORD = "un-mot-de-passe-solide-2026"
FACTORY_PASSWORD = "mot-de-passe-de-test"
WIDTHS = (1280, 375)


@pytest.fixture
def new_page(browser, site_url):
    """A page in a fresh browser context; the contexts close at the end, so that
    the live server's database connections end before PostgreSQL's test database
    is dropped."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(base_url=site_url, locale="fr-FR", **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def test_an_advisor_signs_up_and_sends_a_write_up_that_a_coordinator_publishes(
    new_page, site_url, settings
):
    settings.LABO_SIGNUP_POLICY = "open"
    advisor = new_page()
    advisor.goto("/")
    advisor.get_by_role("link", name="Créer un compte").click()
    advisor.locator("#id_email").fill("conseillere.journey@ml-cantal.example")
    advisor.locator("#id_password1").fill(PASSWORD)
    advisor.locator("#id_password2").fill(PASSWORD)
    advisor.locator("form button[type=submit]").last.click()
    expect(advisor.get_by_role("heading", level=1)).to_contain_text(
        re.compile("Vérifiez|Confirmez")
    )

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body)
    advisor.goto(link.group(0).replace("http://testserver", site_url))
    # Confirming the address signs in.
    advisor.locator("form button[type=submit]").last.click()
    expect(advisor.get_by_role("button", name="Se déconnecter")).to_be_attached()

    advisor.get_by_role("link", name="Contribuer").click()
    advisor.get_by_role("link", name="Décrire une nouvelle expérience").click()
    advisor.get_by_label("Titre de la fiche").fill("Un point visio au marché du samedi")
    advisor.get_by_label("Résumé").fill("Une tablette au marché pour les démarches.")
    territory = advisor.get_by_role("combobox", name="Territoire")
    territory.fill("cantal")
    territory.press("Enter")
    expect(territory).to_have_value("Cantal (15) — tout le département")
    advisor.get_by_label("Démarches en ligne et accès aux droits").check()
    advisor.get_by_label("Date de début").fill("2025-04-05")
    advisor.get_by_label("Contexte").fill(
        "Le jeune Kevin Dupont nous a dit qu'il n'avait pas d'ordinateur."
    )
    advisor.get_by_label("Objectifs").fill("Proposer les démarches en ligne au marché")
    advisor.get_by_label("Étapes").fill(
        "Installer le stand\nUne table et une tablette."
    )
    advisor.get_by_label("Résultats").fill("Vingt démarches faites en trois mois.")
    advisor.get_by_role("button", name="Envoyer à la coordination").click()
    alert = advisor.get_by_role("alert")
    expect(alert).to_contain_text("Kevin Dupont")

    advisor.get_by_label("Contexte").fill(
        "Un jeune nous a dit qu'il n'avait pas d'ordinateur."
    )
    advisor.get_by_role("button", name="Envoyer à la coordination").click()
    expect(
        advisor.get_by_text("Votre fiche est envoyée à la coordination")
    ).to_be_visible()
    expect(advisor.get_by_text("En relecture")).to_be_visible()

    coordinator = UserFactory(
        username="relecture@labo.example", email="relecture@labo.example"
    )
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    account_trust(user=coordinator, display_name="Coordination régionale")
    secret = totp_activate(coordinator)
    admin = new_page()
    admin.goto("/accounts/login/")
    admin.locator("#id_login").fill("relecture@labo.example")
    admin.locator("#id_password").fill("mot-de-passe-de-test")
    admin.get_by_role("button", name="Se connecter").click()
    admin.locator("input[name=code]").fill(totp_code(secret))
    admin.get_by_role("button", name="Valider le code").click()
    expect(admin.get_by_role("button", name="Se déconnecter")).to_be_attached()

    page = ExperiencePage.objects.get(title="Un point visio au marché du samedi")
    admin.goto(f"/admin/pages/{page.pk}/edit/")
    admin.get_by_role("button", name="Plus d'actions").click()
    with admin.expect_navigation():
        admin.get_by_role("button", name="Approuver et Publier").click()
    expect(
        admin.get_by_role("link", name="Un point visio au marché du samedi").first
    ).to_be_visible()

    page.refresh_from_db()
    assert page.live
    assert "Votre fiche est publiée" in [m.subject for m in mail.outbox]
    advisor.goto("/recherche/?q=marché+samedi")
    expect(
        advisor.get_by_role("link", name="Un point visio au marché du samedi")
    ).to_be_visible()


def contributor_signed_in(new_page, **options):
    user = UserFactory(username=f"redaction-{uuid.uuid4().hex[:10]}@ml.example")
    user.groups.add(Group.objects.get(name=roles.CONTRIBUTORS))
    account_trust(user=user, display_name="Camille")
    page = new_page(**options)
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(FACTORY_PASSWORD)
    page.locator("form button[type=submit]").last.click()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_attached()
    return user, page


def screenshots(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTEFACTS / f"{name}-{width}.png"), full_page=True)


def test_sending_shows_every_problem_in_one_round(new_page):
    user, page = contributor_signed_in(new_page)
    page.goto("/contribuer/nouvelle/")
    assert not axe_violations(page), describe(axe_violations(page))
    expect(page.get_by_text("(obligatoire)").first).to_be_visible()
    screenshots(page, "contribution-empty")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_label("Titre de la fiche").fill("Un point numérique au marché")
    page.get_by_role("combobox", name="Territoire").fill("gironde")
    page.keyboard.press("Enter")
    page.get_by_label("Date de début").fill("2025-04-05")
    page.get_by_label("Contexte").fill(
        "Nous avons rappelé le jeune au 06 12 34 56 78 le lendemain."
    )
    page.get_by_role("button", name="Envoyer à la coordination").click()

    summary = page.get_by_role("alert")
    # Missing fields and personal data together, in the same answer.
    for problem in ("Résumé", "Thèmes", "Objectifs", "Résultats", "06 12 34 56 78"):
        expect(summary).to_contain_text(problem)
    expect(summary.get_by_role("heading")).to_contain_text("points à corriger")
    expect(page.get_by_role("combobox", name="Territoire")).to_have_value(
        "Gironde (33) — tout le département"
    )
    assert not ExperiencePage.objects.filter(owner=user).exists()
    assert not axe_violations(page), describe(axe_violations(page))
    screenshots(page, "contribution-errors")
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    summary.get_by_role("link", name=re.compile("^Thèmes")).click()
    expect(page.locator("#id_themes_0")).to_be_in_viewport()


def test_the_territory_picker_works_with_the_keyboard(new_page):
    _user, page = contributor_signed_in(new_page)
    page.goto("/contribuer/nouvelle/")
    picker = page.get_by_role("combobox", name="Territoire")
    picker.focus()
    picker.press("ArrowDown")
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(picker).to_have_attribute("aria-expanded", "true")

    page.keyboard.type("nouvelle aq")
    options = listbox.get_by_role("option")
    expect(options.first).to_have_text("Nouvelle-Aquitaine — toute la région")
    expect(
        page.locator(".picker [role=status]").filter(has_text="territoires proposés")
    ).to_be_attached()

    # A department's name finds it and its Missions locales, set under it.
    picker.fill("")
    page.keyboard.type("gironde")
    expect(options.first).to_have_text("Gironde (33) — tout le département")
    bordeaux = options.filter(has_text="Mission locale de Bordeaux")
    expect(bordeaux).to_have_class(re.compile("picker__option--nested"))
    screenshots(page, "contribution-picker")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Accents and case do not matter; Escape gives the chosen value back.
    picker.fill("")
    page.keyboard.type("herault")
    expect(options.first).to_have_text("Hérault (34) — tout le département")
    page.keyboard.press("ArrowDown")
    active = picker.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("role") == "option"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    expect(listbox).to_be_hidden()
    expect(picker).to_have_value("Hérault (34) — tout le département")
    herault = Territory.objects.get(kind=TerritoryKind.DEPARTMENT, code="34")
    expect(page.locator("select[name=territory]")).to_have_value(str(herault.pk))

    picker.fill("zzz")
    expect(page.locator(".picker [role=status]")).to_contain_text("Aucun territoire")
    page.keyboard.press("Escape")
    expect(picker).to_have_value("Hérault (34) — tout le département")
    assert not axe_violations(page), describe(axe_violations(page))

    page.get_by_label("Titre de la fiche").fill("Choisi au clavier")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.get_by_text("Brouillon enregistré.")).to_be_visible()
    assert ExperiencePage.objects.get(title="Choisi au clavier").territory == herault


def test_the_form_works_without_javascript(new_page):
    user, page = contributor_signed_in(new_page, java_script_enabled=False)
    page.goto("/contribuer/nouvelle/")
    expect(page.get_by_role("combobox", name="Territoire")).to_have_count(1)
    select = page.locator("select[name=territory]")
    expect(select).to_be_visible()
    select.select_option(label="Cantal (15) — tout le département")
    page.get_by_label("Titre de la fiche").fill("Sans JavaScript")
    page.get_by_role("button", name="Envoyer à la coordination").click()
    expect(page.get_by_role("alert")).to_contain_text("Thèmes")
    expect(select).to_have_value(str(Territory.objects.get(key="departement-15").pk))

    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.get_by_text("Brouillon enregistré.")).to_be_visible()
    saved = ExperiencePage.objects.get(owner=user)
    assert saved.title == "Sans JavaScript" and saved.territory.code == "15"


def test_a_write_up_with_empty_sections_shows_no_empty_heading(page):
    write_up = experience_page(
        ExperienceIndexPage.objects.get(),
        themes=[Theme.objects.order_by("pk").first()],
        title="Une fiche sans moyens renseignés",
        slug=f"sans-moyens-{uuid.uuid4().hex[:6]}",
    )
    page.goto(write_up.url)
    headings = page.locator("article h2").all_inner_texts()
    assert "Moyens" not in headings and "Contexte" in headings
    expect(page.locator("article .badge")).to_have_count(0)
    assert not axe_violations(page), describe(axe_violations(page))
    screenshots(page, "write-up-empty-section")
