"""The personal-data export holds everything the Labo keeps about a member, and
deleting the account removes the drafts nobody else has seen."""

import json

import pytest
from django.test import TestCase
from wagtail.models import PageLogEntry, Revision

from experiences.discussions import services as discussions
from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.accounts.services import account_delete
from tests.experiences.test_contribution import complete_write_up
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db

TEAM = "Camille, conseillère numérique, et Sam, chargé d'accueil"
CONTACT = "numerique@ml-cantal.example"


def contribute(client, author, title, action):
    client.force_login(author)
    form = complete_write_up(
        title=title,
        action=action,
        context="Beaucoup de jeunes vivent loin de l'antenne.",
        team=TEAM,
        contact_email=CONTACT,
    )
    response = client.post("/contribuer/nouvelle/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ExperiencePage.objects.get(title=title)


@pytest.fixture
def author(site_tree):
    return approved_member(roles.CONTRIBUTORS, display_name="Camille")


def test_the_export_holds_the_drafts_content_with_team_and_contact(client, author):
    contribute(client, author, "Mon brouillon de visio", "save")
    data = json.loads(client.get("/profil/export/").content)
    (page,) = data["pages"]
    assert page["statut"] == "brouillon"
    content = page["contenu"]
    assert content["Titre de la fiche"] == "Mon brouillon de visio"
    assert content["Contexte"] == "Beaucoup de jeunes vivent loin de l'antenne."
    assert content["Équipe"] == TEAM
    assert content["Adresse de contact"] == CONTACT
    assert content["Territoire"] == "Cantal"
    assert content["Date de début"] == "2025-03-01"


def test_the_export_holds_suspensions_and_warnings_with_reasons_and_dates(
    client, author, settings, experience_index
):
    settings.LABO_COMMENT_PREMODERATED = 0
    page = experience_page(experience_index, title="Visio en mairie")
    moderator = approved_member(roles.MODERATION)
    with TestCase.captureOnCommitCallbacks(execute=True):
        comment = discussions.comment_post(user=author, page=page, body="Bof.")
        discussions.moderation_warn(
            moderator=moderator, comment=comment, reason="Restez courtois."
        )
        suspension = discussions.moderation_suspend(
            moderator=moderator, comment=comment, reason="Récidive.", days=7
        )
    client.force_login(author)
    data = json.loads(client.get("/profil/export/").content)
    (warning,) = data["avertissements"]
    assert warning["page"] == "Visio en mairie"
    assert warning["motif"] == "Restez courtois."
    assert warning["donne_le"].startswith(str(suspension.created_at.date()))
    (exported,) = data["suspensions"]
    assert exported == {
        "motif": "Récidive.",
        "jusqu_au": suspension.until.isoformat(),
        "decidee_le": suspension.created_at.isoformat(),
    }
    assert set(warning) == {"page", "motif", "donne_le"}  # no moderator named


def test_deleting_the_account_removes_never_submitted_drafts_only(
    client, author, experience_index
):
    draft = contribute(client, author, "Jamais envoyée", "save")
    in_review = contribute(client, author, "En relecture", "submit")
    published = experience_page(experience_index, owner=author, title="En ligne")
    account_delete(user=author)

    assert not ExperiencePage.objects.filter(pk=draft.pk).exists()
    assert not Revision.objects.filter(object_id=str(draft.pk)).exists()
    assert PageLogEntry.objects.filter(page_id=draft.pk, action="wagtail.delete")
    for kept in (in_review, published):
        kept = ExperiencePage.objects.get(pk=kept.pk)
        assert kept.owner is None
    assert ExperiencePage.objects.get(pk=published.pk).live


def test_deleting_the_account_keeps_another_members_drafts(client, author):
    other = approved_member(roles.CONTRIBUTORS)
    theirs = contribute(client, other, "Le brouillon d'un autre", "save")
    account_delete(user=author)
    assert ExperiencePage.objects.get(pk=theirs.pk).owner == other


def test_the_deletion_page_says_what_stays_and_what_goes(client, author):
    client.force_login(author)
    html = client.get("/profil/supprimer/").content.decode()
    assert "brouillons jamais envoyés" in html
