"""« Je la reproduis » and « En faire une fiche »: a new write-up's form pre-filled
from a published one, the link it keeps to it, and who may start one."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction, WorkflowState

from experiences.discussions.models import Comment, CommentKind, CommentStatus
from experiences.models import ExperiencePage
from labo.accounts import roles
from tests.experiences.test_contribution import complete_write_up
from tests.factories import (
    AudienceFactory,
    MissionLocaleFactory,
    ThemeFactory,
    UserFactory,
    approved_member,
    department,
    experience_page,
)


def reproduce_url(page):
    return f"/contribuer/reproduire/{page.pk}/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def lyon(db):
    return MissionLocaleFactory(name="Mission locale de Lyon", parent=department("69"))


@pytest.fixture
def member(site_tree, lyon):
    user = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    user.profile.mission_locale = lyon
    user.profile.save()
    return user


@pytest.fixture
def original(experience_index):
    return experience_page(
        experience_index,
        title="La visio du samedi",
        themes=[ThemeFactory(name="Distanciel")],
        audiences=[AudienceFactory(name="Jeunes en emploi")],
        tools="Zoom, un agenda partagé",
        steps=[
            ("step", {"title": "Ouvrir un créneau", "description": "Le samedi."}),
            ("step", {"title": "Relancer", "description": "La veille, par SMS."}),
        ],
        results="<p>Trente jeunes reçus.</p>",
    )


# « Je la reproduis »


def test_every_published_write_up_offers_to_reproduce_it(client, original):
    html = soup(client.get(original.url))
    link = html.find("a", string="Je la reproduis")
    assert link["href"] == reproduce_url(original)


def test_a_visitor_is_asked_to_sign_in_first_and_comes_back(client, original):
    response = client.get(reproduce_url(original))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert f"next=/contribuer/reproduire/{original.pk}/" in response["Location"]


def test_the_form_is_pre_filled_from_the_published_version_not_a_draft(
    client, member, original, lyon
):
    draft = original.get_latest_revision_as_object()
    draft.tools = "Un outil du brouillon"
    draft.steps = [("step", {"title": "Étape du brouillon", "description": ""})]
    draft.save_revision()
    client.force_login(member)

    html = soup(client.get(reproduce_url(original)))

    assert html.find(id="id_tools")["value"] == "Zoom, un agenda partagé"
    steps = html.find(id="id_steps").get_text()
    assert "Ouvrir un créneau\nLe samedi.\n\nRelancer" in steps
    assert "brouillon" not in steps
    checked = {box["value"] for box in html.select("input[checked]")}
    assert {
        str(original.themes.get().pk),
        str(original.audiences.get().pk),
    } <= checked
    assert html.find(id="id_territory").find("option", selected=True)["value"] == str(
        lyon.pk
    )
    assert html.find(id="id_reproduced_from")["value"] == str(original.pk)
    assert html.find(id="id_reproduced_from")["type"] == "hidden"
    # The story of how it went there is not copied: the member tells their own.
    assert html.find(id="id_results").get_text().strip() == ""
    assert html.find(id="id_title").get("value") is None
    notice = html.find(class_="notice--reproduction")
    assert "Reproduite à partir de" in notice.get_text()
    assert notice.find("a", string="La visio du samedi")["href"] == original.url
    # Nothing is saved before the member saves it.
    assert not ExperiencePage.objects.filter(owner=member).exists()


def test_what_was_changed_is_asked_only_of_a_reproduction(client, member, original):
    client.force_login(member)
    label = soup(client.get(reproduce_url(original))).find(
        "label", attrs={"for": "id_reproduction_changes"}
    )
    assert "Ce que nous avons changé" in label.get_text()
    assert "(obligatoire)" in label.get_text()
    assert (
        soup(client.get("/contribuer/nouvelle/")).find(id="id_reproduction_changes")
        is None
    )


def test_a_reproduction_is_not_sent_without_what_was_changed(client, member, original):
    client.force_login(member)
    data = complete_write_up(reproduced_from=original.pk, action="submit")

    refused = client.post("/contribuer/nouvelle/", data)
    assert refused.status_code == 200
    assert "Ce que nous avons changé : À remplir pour envoyer la fiche." in (
        soup(refused).find(class_="error-summary").get_text(" ", strip=True)
    )
    assert not ExperiencePage.objects.filter(owner=member).exists()

    # A draft may leave it empty for now.
    saved = client.post("/contribuer/nouvelle/", {**data, "action": "save"})
    assert saved.status_code == 302
    draft = ExperiencePage.objects.get(owner=member)
    assert draft.reproduced_from == original

    sent = client.post(
        f"/contribuer/{draft.pk}/",
        {**data, "reproduction_changes": "Un samedi sur deux seulement."},
    )
    assert sent.status_code == 302
    draft.refresh_from_db()
    draft = draft.get_latest_revision_as_object()
    assert draft.reproduced_from_id == original.pk
    assert "Un samedi sur deux seulement." in draft.reproduction_changes
    assert draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_edit_form_says_which_write_up_is_reproduced(client, member, original):
    client.force_login(member)
    client.post(
        "/contribuer/nouvelle/",
        complete_write_up(reproduced_from=original.pk, action="save"),
    )
    draft = ExperiencePage.objects.get(owner=member)

    html = soup(client.get(f"/contribuer/{draft.pk}/"))

    notice = html.find(class_="notice--reproduction")
    text = notice.get_text().replace("\u00a0", " ")
    assert "Reproduite à partir de « La visio du samedi »" in text
    assert notice.find("a")["href"] == original.url
    assert html.find(id="id_reproduced_from")["value"] == str(original.pk)


@pytest.mark.parametrize(
    "forged", ["abc", "99999999", "99999999999999999999999", "1\x00", "-1"]
)
def test_a_forged_link_is_a_form_error(client, member, forged):
    client.force_login(member)
    response = client.post(
        "/contribuer/nouvelle/",
        complete_write_up(reproduced_from=forged, action="save"),
    )
    html = soup(response)
    assert "n'est pas publiée" in html.find(class_="error-summary").get_text()
    assert not ExperiencePage.objects.filter(owner=member).exists()


def test_only_a_readable_write_up_can_be_reproduced(
    client, member, original, experience_index
):
    draft = experience_page(experience_index, title="Un brouillon")
    draft.unpublish()
    private = experience_page(experience_index, title="Une fiche privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    client.force_login(member)
    for unreadable in (draft, private):
        assert client.get(reproduce_url(unreadable)).status_code == 404
        response = client.post(
            "/contribuer/nouvelle/",
            complete_write_up(reproduced_from=unreadable.pk, action="save"),
        )
        assert (
            "n'est pas publiée"
            in soup(response).find(class_="error-summary").get_text()
        )
    for unknown in ("987654", "99999999999999999999999"):
        assert client.get(f"/contribuer/reproduire/{unknown}/").status_code == 404
    assert not ExperiencePage.objects.filter(owner=member).exists()


def test_a_write_up_cannot_reproduce_itself_or_one_that_reproduces_it(
    client, member, experience_index
):
    own = experience_page(experience_index, title="Ma fiche", owner=member)
    copy = experience_page(experience_index, reproduced_from=own)
    copy_of_copy = experience_page(experience_index, reproduced_from=copy)
    client.force_login(member)
    for forged in (own, copy, copy_of_copy):
        response = client.post(
            f"/contribuer/{own.pk}/",
            complete_write_up(reproduced_from=forged.pk, action="save"),
        )
        assert "ne peut pas reproduire elle-même" in soup(response).find(
            class_="error-summary"
        ).get_text(" ")
        # The autosave refuses it too.
        autosave = client.post(
            f"/contribuer/{own.pk}/autosave/",
            complete_write_up(reproduced_from=forged.pk),
        )
        assert "Enregistré" not in autosave.content.decode()
    own.refresh_from_db()
    assert own.get_latest_revision_as_object().reproduced_from is None


def test_a_draft_keeps_its_link_once_the_original_is_unpublished(
    client, member, original
):
    client.force_login(member)
    client.post(
        "/contribuer/nouvelle/",
        complete_write_up(reproduced_from=original.pk, action="save"),
    )
    draft = ExperiencePage.objects.get(owner=member)
    original.unpublish()

    response = client.post(
        f"/contribuer/{draft.pk}/",
        complete_write_up(
            reproduced_from=original.pk, title="Repris plus tard", action="save"
        ),
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == "Repris plus tard"


def test_a_pending_account_reproduces_within_its_draft_limit(
    client, site_tree, original, settings
):
    settings.LABO_PENDING_DRAFT_LIMIT = 1
    pending = UserFactory()
    client.force_login(pending)
    data = complete_write_up(reproduced_from=original.pk, action="save")
    assert client.post("/contribuer/nouvelle/", data).status_code == 302

    limit = "préparer 1 fiches au plus"
    assert limit in client.get(reproduce_url(original)).content.decode()
    refused = client.post("/contribuer/nouvelle/", {**data, "title": "Une autre"})
    assert refused.status_code == 200
    assert ExperiencePage.objects.filter(owner=pending).count() == 1


# « En faire une fiche »


def posted_tested_message(page, author, **fields):
    values = {
        "page": page,
        "author": author,
        "kind": CommentKind.TESTED,
        "territory": department("13"),
        "body": "Testé à Marseille : douze jeunes, un samedi sur deux.",
        "last_activity_at": timezone.now(),
        **fields,
    }
    return Comment.objects.create(**values)


def write_up_url(message):
    return f"/discussions/message/{message.pk}/en-faire-une-fiche/"


def test_the_author_of_a_tested_message_makes_it_a_write_up(client, member, original):
    message = posted_tested_message(original, member)
    client.force_login(member)

    thread = soup(client.get(original.url))
    assert thread.find("a", string="En faire une fiche")["href"] == write_up_url(
        message
    )
    html = soup(client.get(write_up_url(message)))

    assert (
        html.find(id="id_results").get_text().strip()
        == "Testé à Marseille : douze jeunes, un samedi sur deux."
    )
    assert html.find(id="id_reproduced_from")["value"] == str(original.pk)
    assert html.find(id="id_tools")["value"] == "Zoom, un agenda partagé"
    assert html.find(id="id_territory").find("option", selected=True)["value"] == str(
        department("13").pk
    )
    assert html.find("form", class_="contribution-form")["action"] == (
        "/contribuer/nouvelle/"
    )

    response = client.post(
        "/contribuer/nouvelle/",
        complete_write_up(
            reproduced_from=original.pk,
            results="Testé à Marseille.",
            reproduction_changes="Un samedi sur deux.",
            action="submit",
        ),
    )
    assert response.status_code == 302
    assert ExperiencePage.objects.get(owner=member).reproduced_from == original


def test_only_the_author_of_a_visible_tested_message_on_a_readable_write_up(
    client, member, original, experience_index
):
    other = approved_member(roles.CONTRIBUTORS)
    message = posted_tested_message(original, member)
    client.force_login(other)
    assert client.get(write_up_url(message)).status_code == 404
    assert "En faire une fiche" not in client.get(original.url).content.decode()

    client.force_login(member)
    question = posted_tested_message(original, member, kind=CommentKind.QUESTION)
    hidden = posted_tested_message(original, member, status=CommentStatus.HIDDEN)
    deleted = posted_tested_message(original, member, status=CommentStatus.DELETED)
    unpublished = experience_page(experience_index)
    on_a_draft = posted_tested_message(unpublished, member)
    unpublished.unpublish()
    for refused in (question, hidden, deleted, on_a_draft):
        assert client.get(write_up_url(refused)).status_code == 404
    for unknown in ("98765", "99999999999999999999999"):
        url = f"/discussions/message/{unknown}/en-faire-une-fiche/"
        assert client.get(url).status_code == 404
    thread = soup(client.get(original.url))
    assert len(thread.find_all("a", string="En faire une fiche")) == 1

    # A message waiting for moderation is its author's to use already.
    pending = posted_tested_message(original, member, status=CommentStatus.PENDING)
    assert client.get(write_up_url(pending)).status_code == 200

    client.logout()
    response = client.get(write_up_url(message))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
