"""An advisor signs up and sends a write-up; a coordinator publishes it in the
admin; newcomers find it."""

import re

from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.factories import UserFactory, totp_activate, totp_code

PASSWORD = "un-mot-de-passe-solide-2026"


def test_an_advisor_signs_up_and_sends_a_write_up_that_a_coordinator_publishes(
    browser, site_url, settings
):
    settings.LABO_SIGNUP_POLICY = "open"
    advisor = browser.new_context(base_url=site_url).new_page()
    advisor.goto("/")
    advisor.get_by_role("link", name="Créer un compte").click()
    advisor.locator("#id_email").fill("conseillere.journey@ml-cantal.example")
    advisor.locator("#id_password1").fill(PASSWORD)
    advisor.locator("#id_password2").fill(PASSWORD)
    advisor.locator("form button[type=submit]").last.click()
    expect(advisor.get_by_role("heading", level=1)).to_contain_text("Vérifiez")

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body)
    advisor.goto(link.group(0).replace("http://testserver", site_url))
    advisor.locator("form button[type=submit]").last.click()
    advisor.goto("/accounts/login/")
    advisor.locator("#id_login").fill("conseillere.journey@ml-cantal.example")
    advisor.locator("#id_password").fill(PASSWORD)
    advisor.locator("form button[type=submit]").last.click()

    advisor.get_by_role("link", name="Contribuer").click()
    advisor.get_by_role("link", name="Décrire une nouvelle expérience").click()
    advisor.get_by_label("Titre de la fiche").fill("Un point visio au marché du samedi")
    advisor.get_by_label("Résumé").fill("Une tablette au marché pour les démarches.")
    advisor.get_by_label("Territoire").select_option(label="Cantal (15) — Département")
    advisor.get_by_label("Démarches en ligne et accès aux droits").check()
    advisor.get_by_label("Date de début").fill("2025-04-05")
    advisor.get_by_label("Contexte").fill(
        "Le jeune Kevin Dupont nous a dit qu'il n'avait pas d'ordinateur."
    )
    advisor.get_by_label("Objectifs").fill("Aller vers les jeunes du marché")
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
    admin = browser.new_context(base_url=site_url).new_page()
    admin.goto("/accounts/login/")
    admin.locator("#id_login").fill("relecture@labo.example")
    admin.locator("#id_password").fill("mot-de-passe-de-test")
    admin.get_by_role("button", name="Connexion").click()
    admin.locator("input[name=code]").fill(totp_code(secret))
    admin.get_by_role("button", name="Connexion").click()

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
