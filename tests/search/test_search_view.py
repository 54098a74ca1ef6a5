import pytest
from wagtail.models import PageViewRestriction

from tests.factories import experience_page


def test_search_finds_published_public_write_ups_only(client, experience_index):
    experience_page(experience_index, title="Permanences en visioconférence")
    private = experience_page(experience_index, title="Visioconférence privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = experience_page(experience_index, title="Visioconférence brouillon")
    draft.unpublish()

    response = client.get("/recherche/?q=visioconférence")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Permanences en visioconférence" in html
    assert "privée" not in html
    assert "brouillon" not in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=",
        "?q=" + "visio " * 3000,
        "?q=%00%1f",
        '?q="visio',
        "?q=visio'",
        "?q=(a OR",
        "?q=*",
        "?q=visio&page=-3",
        "?page=x",
    ],
)
def test_malformed_queries_get_a_normal_page(client, experience_index, query):
    assert client.get(f"/recherche/{query}").status_code == 200
