"""Six months later: an author follows the link of the e-mail, signs in, answers;
a coordinator publishes the answer from « Suivis à relire »; the write-up shows
it. axe on the form, the queue and the decision page at three widths."""

import html
import re
import shutil
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from experiences.follow_ups import services
from experiences.follow_ups.models import FollowUp, FollowUpOptOut, FollowUpStatus
from experiences.models import ExperienceIndexPage, ExperiencePage, ExperienceStatus
from labo.accounts import roles
from labo.accounts.services import account_trust
from tests.e2e.conftest import (
    ARTEFACTS,
    axe_violations,
    coordinator_context,
    describe,
)
from tests.factories import UserFactory, experience_page

FACTORY_PASSWORD = "mot-de-passe-de-test"
WIDTHS = (1280, 375, 320)
SHOTS = Path("/tmp/shots/followups")


def screenshots(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        path = ARTEFACTS / f"follow-up-{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        if SHOTS.parent.exists():
            SHOTS.mkdir(exist_ok=True)
            shutil.copy(path, SHOTS / path.name)


def no_violations_at_every_width(page):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        violations = axe_violations(page)
        assert violations == [], f"{width} px: {describe(violations)}"
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, f"{width} px: the page scrolls sideways"


def coordinator_page(browser, site_url):
    return coordinator_context(
        browser, site_url, email=f"suivis-{uuid.uuid4().hex[:8]}@labo.example"
    )


def test_an_author_answers_six_months_later_and_the_write_up_shows_it(
    browser, site_url, page
):
    author = UserFactory(username=f"autrice-{uuid.uuid4().hex[:8]}@ml.example")
    author.groups.add(Group.objects.get(name=roles.CONTRIBUTORS))
    account_trust(user=author, display_name="Camille")
    title = f"Rendez-vous visio du samedi {uuid.uuid4().hex[:4]}"
    write_up = experience_page(
        ExperienceIndexPage.objects.get(), title=title, owner=author
    )
    ExperiencePage.objects.filter(pk=write_up.pk).update(
        first_published_at=timezone.now() - timedelta(days=190)
    )

    # The job asks the author.
    mail.outbox.clear()
    services.follow_up_invitations_send()
    [email] = [m for m in mail.outbox if m.to == [author.email]]
    assert email.subject == "Six mois après, où en êtes-vous ?"
    link = re.search(r"http://\S+/contribuer/\d+/suivi/", email.body).group(0)
    page.set_content(
        f'<html lang="fr"><body><pre style="white-space: pre-wrap; font: 16px '
        f'monospace; margin: 1rem">Objet : {html.escape(email.subject)}\n\n'
        f"{html.escape(email.body)}</pre></body></html>"
    )
    screenshots(page, "email")

    # The link asks the author to sign in, then opens the form.
    page.goto(link.replace(settings.WAGTAILADMIN_BASE_URL, site_url))
    page.locator("#id_login").fill(author.email)
    page.locator("#id_password").fill(FACTORY_PASSWORD)
    page.locator("form button[type=submit]").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Six mois après, où en êtes-vous ?"
    )
    no_violations_at_every_width(page)
    page.set_viewport_size({"width": 1280, "height": 900})

    # Sending without the reason lists the problem, in French.
    page.get_by_label("Nous l'avons arrêtée", exact=True).check()
    page.get_by_role("button", name="Envoyer ma réponse").click()
    expect(page.locator(".error-summary")).to_contain_text("Expliquez en quelques mots")
    screenshots(page, "form-errors")
    no_violations_at_every_width(page)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Pourquoi").fill(
        "Le samedi matin ne trouvait plus son public après la rentrée : nous "
        "avons arrêté en décembre et reporté les créneaux en semaine."
    )
    page.get_by_label("Ce que vous diriez à un·e collègue").fill(
        "Testez deux créneaux différents avant de choisir."
    )
    page.get_by_label("Nouveaux chiffres").fill("35 jeunes reçus en six mois.")
    page.get_by_label("Terminée : elle est allée à son terme").check()
    screenshots(page, "form")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Envoyer ma réponse").click()
    expect(page.locator(".message--success")).to_contain_text(
        "envoyé à la coordination"
    )
    follow_up = FollowUp.objects.get(page=write_up)
    assert follow_up.status == FollowUpStatus.PENDING

    # A coordinator publishes it from the admin queue.
    context = coordinator_page(browser, site_url)
    admin = context.new_page()
    admin.goto("/admin/suivis/")
    expect(admin.get_by_role("heading", name="Suivis à relire")).to_be_visible()
    screenshots(admin, "queue")
    no_violations_at_every_width(admin)
    admin.set_viewport_size({"width": 1280, "height": 900})
    admin.get_by_role("link", name=title).click()
    expect(admin.get_by_text("Nous l'avons arrêtée")).to_be_visible()
    screenshots(admin, "decision")
    no_violations_at_every_width(admin)
    admin.set_viewport_size({"width": 1280, "height": 900})
    admin.get_by_role("button", name="Publier sur la fiche").click()
    expect(admin.get_by_text("Suivi publié sur la fiche.")).to_be_visible()
    context.close()

    # Readers see it on the write-up, whose status followed.
    page.goto(write_up.url)
    block = page.locator("#suivis")
    expect(block).to_contain_text("Nous l'avons arrêtée")
    expect(block).to_contain_text("35 jeunes reçus en six mois.")
    expect(page.locator(".experience__header .status")).to_have_text("Terminée")
    assert ExperiencePage.objects.get(pk=write_up.pk).status == (
        ExperienceStatus.FINISHED
    )
    screenshots(page, "write-up")
    no_violations_at_every_width(page)


def test_an_author_opts_out_from_the_e_mail_and_back_in(browser, site_url, page):
    author = UserFactory(username=f"sans-suivi-{uuid.uuid4().hex[:8]}@ml.example")
    write_up = experience_page(ExperienceIndexPage.objects.get(), owner=author)
    ExperiencePage.objects.filter(pk=write_up.pk).update(
        first_published_at=timezone.now() - timedelta(days=190)
    )
    mail.outbox.clear()
    services.follow_up_invitations_send()
    [email] = [m for m in mail.outbox if m.to == [author.email]]
    link = re.search(r"http://\S+/sans-e-mail/\S+/", email.body).group(0)

    # No sign-in: the link asks first, then a button opts out.
    page.goto(link.replace(settings.WAGTAILADMIN_BASE_URL, site_url))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ne plus recevoir ces e-mails ?"
    )
    no_violations_at_every_width(page)
    screenshots(page, "opt-out")
    page.get_by_role(
        "button", name="Ne plus recevoir ces e-mails pour cette fiche"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("C'est noté")
    assert FollowUpOptOut.objects.filter(user=author, page=write_up).exists()
    no_violations_at_every_width(page)
    screenshots(page, "opted-out")

    page.get_by_role(
        "button", name="Finalement, recevoir à nouveau ces e-mails"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Vous recevrez à nouveau ces e-mails"
    )
    assert not FollowUpOptOut.objects.filter(user=author).exists()
    no_violations_at_every_width(page)
