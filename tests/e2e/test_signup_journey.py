"""Joining, in the browser: a newcomer signs up under the approval policy, confirms
the address from the e-mail and is signed in and told the account waits; the
coordinator of the region opens the link of the e-mail they got, validates the
account from « Membres »; the member can then write. Every screen passes axe."""

import re
import uuid

from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from labo.accounts import roles
from labo.accounts.models import Profile
from labo.accounts.services import AWAITING_EMAIL_SUBJECT, account_trust
from tests.e2e.conftest import ARTEFACTS, axe_violations, describe
from tests.factories import (
    MissionLocaleFactory,
    UserFactory,
    department,
    totp_activate,
    totp_code,
)

PASSWORD = "un-mot-de-passe-solide-2026"
FACTORY_PASSWORD = "mot-de-passe-de-test"
WIDTHS = (1280, 375)


def accessible(page, screen):
    violations = axe_violations(page)
    assert not violations, f"{screen}:\n{describe(violations)}"


def screenshots(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTEFACTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def link_in(message, pattern, site_url, base_url="http://testserver"):
    return re.search(pattern, message.body).group(0).replace(base_url, site_url)


def test_a_newcomer_joins_and_a_coordinator_validates_the_account(
    browser, site_url, settings
):
    settings.LABO_SIGNUP_POLICY = "approval"
    suffix = uuid.uuid4().hex[:8]
    # Corsica's coordination, so that no other test's coordinator is told.
    mission_locale = MissionLocaleFactory(
        name=f"Mission locale d'Ajaccio {suffix}", parent=department("2A")
    )
    coordinator = UserFactory(username=f"corse-{suffix}@coordination.example")
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    account_trust(user=coordinator, display_name="Coordination de Corse")
    coordinator.profile.refresh_from_db()
    coordinator.profile.review_region = mission_locale.region
    coordinator.profile.save(update_fields=["review_region"])
    secret = totp_activate(coordinator)
    email = f"conseiller-{suffix}@ml-ajaccio.example"

    member = browser.new_context(base_url=site_url, locale="fr-FR").new_page()
    member.goto("/")
    member.get_by_role("link", name="Créer un compte").click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Créer un compte")
    expect(member.get_by_text("La coordination du Labo vérifie")).to_be_visible()
    accessible(member, "sign-up")
    screenshots(member, "join-signup")
    member.locator("#id_email").fill(email)
    member.get_by_label("Votre Mission locale (facultatif)").select_option(
        label=mission_locale.name
    )
    member.locator("#id_password1").fill(PASSWORD)
    member.locator("#id_password2").fill(PASSWORD)
    member.get_by_role("button", name="Créer mon compte").click()
    expect(member.get_by_role("heading", level=1)).to_have_text(
        "Confirmez votre adresse e-mail"
    )

    (confirmation,) = [m for m in mail.outbox if m.to == [email]]
    member.goto(
        link_in(confirmation, r"https?://\S+/accounts/confirm-email/\S+", site_url)
    )
    expect(member.get_by_text(f"Confirmez que l'adresse {email}")).to_be_visible()
    accessible(member, "confirmation")
    screenshots(member, "join-confirm")
    member.get_by_role("button", name="Confirmer mon adresse").click()

    # Signed in, and told the account waits: in a message and in the account menu.
    expect(member.get_by_role("button", name="Se déconnecter")).to_be_attached()
    expect(
        member.get_by_text("Votre compte attend la validation de la coordination")
    ).to_be_visible()
    expect(member.get_by_text("compte en attente de validation")).to_be_visible()
    accessible(member, "pending notice")
    screenshots(member, "join-pending")

    (told,) = [
        m
        for m in mail.outbox
        if m.to == [coordinator.email] and m.subject == AWAITING_EMAIL_SUBJECT
    ]
    assert email in told.body
    members_url = link_in(
        told,
        re.escape(settings.WAGTAILADMIN_BASE_URL) + r"/admin/\S+",
        site_url,
        settings.WAGTAILADMIN_BASE_URL,
    )

    admin = browser.new_context(base_url=site_url, locale="fr-FR").new_page()
    admin.goto(members_url)
    admin.locator("#id_login").fill(coordinator.email)
    admin.locator("#id_password").fill(FACTORY_PASSWORD)
    admin.locator("form button[type=submit]").last.click()
    admin.locator("input[name=code]").fill(totp_code(secret))
    admin.get_by_role("button", name="Valider le code").click()
    expect(admin).to_have_url(re.compile(r"/admin/snippets/accounts/profile/"))
    row = admin.get_by_role("row").filter(has_text=email)
    expect(row).to_contain_text("pas encore validé")
    # Wagtail's messages fade in; axe reads their colours half-way otherwise.
    admin.wait_for_timeout(1000)
    accessible(admin, "Membres")
    screenshots(admin, "join-members")

    row.locator("input.bulk-action-checkbox").check()
    admin.get_by_role("link", name="Valider les comptes sélectionnés").click()
    expect(admin.get_by_text("Ces comptes seront validés")).to_be_visible()
    accessible(admin, "bulk validation")
    screenshots(admin, "join-bulk-confirm")
    admin.get_by_role("button", name="Oui, valider").click()
    expect(admin.get_by_text(f"Le compte de {email} est validé")).to_be_visible()
    profile = Profile.objects.get(user__email=email)
    admin.goto(f"/admin/snippets/accounts/profile/edit/{profile.pk}/")
    expect(admin.get_by_text("Le nom public choisi par le membre")).to_be_visible()
    admin.wait_for_timeout(1000)
    accessible(admin, "member's account")
    screenshots(admin, "join-member-edit")
    assert [m.to for m in mail.outbox if "Votre compte est validé" in m.subject][
        -1
    ] == [email]

    member.goto("/contribuer/")
    expect(
        member.get_by_role("link", name="Décrire une nouvelle expérience")
    ).to_be_visible()
    expect(member.get_by_text("compte en attente de validation")).to_have_count(0)
    # Closed so that the server's threads, and their database connections, end.
    member.context.close()
    admin.context.close()
