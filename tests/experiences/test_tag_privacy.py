"""A tag only drafts or private pages carry is unknown to visitors: asking for it
in a listing or a search gives what an unknown tag gives, never its chip."""

import pytest
from wagtail.models import PageViewRestriction

from experiences.services import contribution_save
from tests.factories import UserFactory, department, experience_page


@pytest.fixture
def hidden_tags(experience_index):
    """A published write-up, a never-published draft and a password-protected
    write-up, each with a tag of its own."""
    experience_page(experience_index, title="Visio publique", tags=["visio-ok"])
    contribution_save(
        user=UserFactory(),
        cleaned_data={
            "title": "Brouillon",
            "territory": department("33"),
            "tags": ["Projet Confidentiel"],
        },
    )
    private = experience_page(
        experience_index, title="Réservée", tags=["Partenaire Secret"]
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x"
    )
    return {"draft": "projet-confidentiel", "private": "partenaire-secret"}


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", ["draft", "private"])
@pytest.mark.parametrize("path", ["/experiences/", "/recherche/"])
def test_a_tag_of_hidden_pages_is_treated_as_unknown(client, hidden_tags, kind, path):
    slug = hidden_tags[kind]
    unknown = page_text(client, f"{path}?tag=inconnu")
    hidden = page_text(client, f"{path}?tag={slug}")
    assert "Confidentiel" not in hidden and "Secret" not in hidden
    assert slug not in hidden.replace(f"tag={slug}", "")
    assert ("Visio publique" in hidden) == ("Visio publique" in unknown)
    assert hidden.count('class="chip"') == unknown.count('class="chip"') == 0


@pytest.mark.parametrize("path", ["/experiences/", "/recherche/"])
def test_a_tag_of_a_visible_page_still_gets_its_chip(client, hidden_tags, path):
    html = page_text(client, f"{path}?tag=visio-ok")
    assert html.count('class="chip"') == 1
    assert "visio-ok" in html.split('class="chip"')[1].split("</a>")[0]
