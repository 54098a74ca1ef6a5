import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from labo.accounts import roles
from tests.factories import ThemeFactory, department, experience_page, totp_activate


def test_search_finds_published_public_write_ups_only(client, experience_index):
    experience_page(experience_index, title="Permanences en visioconférence")
    private = experience_page(experience_index, title="Visioconférence privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = experience_page(experience_index, title="Visioconférence brouillon")
    draft.unpublish()

    response = client.get("/recherche/?q=visioconférence")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Permanences en <mark>visioconférence</mark>" in html or (
        "Permanences en visioconférence" in html
    )
    assert "1 résultat pour « visioconférence »" in html
    assert "privée" not in html
    assert "brouillon" not in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=",
        "?q=" + "visio " * 2000,
        "?q=%E2%80%AEvisio%EF%BF%BF",
        '?q="visio',
        "?q=visio'",
        "?q=(a OR",
        "?q=*",
        "?q=visio&page=-3",
        "?page=x",
        "?theme=inconnu&territoire=region-999&maturite=parfaite&annee=20x5&type=x",
        "?tri=n'importe",
        "?territoire=%ED%A0%80",
        "?page=99999",
    ],
)
def test_malformed_queries_get_a_normal_page(client, experience_index, query):
    experience_page(experience_index, title="Permanences en visio")
    response = client.get(f"/recherche/{query}")
    assert response.status_code == 200
    assert "Rechercher dans le Labo" in response.content.decode()


def test_a_page_past_the_end_shows_the_last_page(client, experience_index):
    theme = ThemeFactory(slug="ateliers")
    for number in range(12):
        experience_page(experience_index, title=f"Atelier {number}", themes=[theme])
    response = client.get("/recherche/?theme=ateliers&page=99999")
    assert response.context["page_obj"].number == 2
    assert len(response.context["results"].hits) == 2


def test_filters_show_as_removable_chips_and_facets_as_checkboxes(
    client, experience_index
):
    theme = ThemeFactory(slug="visio", name="Visio")
    experience_page(experience_index, themes=[theme], territory=department("33"))
    html = client.get(
        "/recherche/?theme=visio&territoire=departement-33"
    ).content.decode()
    assert 'href="?territoire=departement-33"' in html  # removes the theme
    assert 'href="?theme=visio"' in html  # removes the territory
    assert 'name="theme" value="visio"' in html
    assert "Gironde" in html


def count_search_queries(client):
    url = "/recherche/?q=visio&theme=visio&territoire=region-75"
    client.get(url)  # the first search of a text also creates its statistics row
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.slow
def test_the_search_query_count_does_not_grow_with_the_number_of_pages(
    client, experience_index
):
    theme = ThemeFactory(slug="visio")
    for _ in range(5):
        experience_page(experience_index, title="Visio", themes=[theme], tags=["a"])
    with_five = count_search_queries(client)
    for _ in range(25):
        experience_page(experience_index, title="Visio", themes=[theme], tags=["a"])
    assert count_search_queries(client) == with_five <= 40


def test_autocomplete_suggestions_are_datalist_options(client, experience_index):
    experience_page(experience_index, title="Numérique pour tous")
    html = client.get("/recherche/suggestions/?q=Numér").content.decode()
    assert '<option value="Numérique pour tous">' in html
    assert client.get("/recherche/suggestions/?q=%ED%A0%80").status_code == 200


def test_coordinators_see_unanswered_searches_and_pin_results(client, site_tree):
    call_command("seed_demo", stdout=io.StringIO())
    client.get("/recherche/?q=hippopotame")
    coordinator = get_user_model().objects.get(groups__name=roles.COORDINATION)
    totp_activate(coordinator)
    client.force_login(coordinator)
    listing = client.get("/admin/snippets/search/searchquerystat/")
    assert listing.status_code == 200
    assert "hippopotame" in listing.content.decode()
    assert client.get("/admin/searchpicks/").status_code == 200


@pytest.mark.parametrize(
    ("count", "link"),
    [
        (0, "Aller directement à la réponse"),
        (1, "Aller directement au résultat"),
        (2, "Aller directement aux 2 résultats"),
    ],
)
def test_the_skip_link_agrees_with_the_number_of_results(
    client, experience_index, count, link
):
    for number in range(count):
        experience_page(experience_index, title=f"Kiosque numérique {number}")
    html = client.get("/recherche/?q=kiosque").content.decode()
    assert f'<a href="#results-count">{link}</a>' in html
    heading = f"{count} résultat{'s' if count > 1 else ''} pour «\u00a0kiosque\u00a0»"
    assert heading in html


def test_reproduced_elsewhere_is_a_filter_a_chip_and_a_sort(client, experience_index):
    from experiences.models import ExperiencePage

    once = experience_page(experience_index, title="Visio en mairie")
    twice = experience_page(experience_index, title="Visio au lycée")
    experience_page(experience_index, title="Visio chez soi")
    ExperiencePage.objects.filter(pk=once.pk).update(reproduction_count=1)
    ExperiencePage.objects.filter(pk=twice.pk).update(reproduction_count=2)

    html = client.get("/recherche/?q=visio").content.decode()
    assert "<summary>Reproductions</summary>" in html
    assert 'name="reproduite" value="oui" id="f-reproduite-oui"' in html
    assert 'Reproduite ailleurs <span class="facet-count">(2<span' in html
    assert '<option value="reproductions">Les plus reproduites</option>' in html

    response = client.get("/recherche/?q=visio&reproduite=oui&tri=reproductions")
    html = response.content.decode()
    assert [hit.page.title for hit in response.context["results"].hits] == [
        "Visio au lycée",
        "Visio en mairie",
    ]
    assert '<option value="reproductions" selected>' in html
    # The chip removes the filter and keeps the rest.
    assert '<a class="chip" href="?q=visio&amp;tri=reproductions">' in html
    assert "Reproduite ailleurs <span aria-hidden" in html


@pytest.mark.parametrize("value", ["non", "1", "OUI", "oui%20", "x" * 100_000])
def test_a_wrong_reproduced_value_is_ignored(client, experience_index, value):
    experience_page(experience_index, title="Visio en mairie")
    response = client.get(f"/recherche/?q=visio&reproduite={value}&tri=reproduction")
    assert response.status_code == 200
    assert response.context["query"].filters == {}
    assert response.context["query"].sort == "pertinence"
    assert response.context["results"].total == 1


def test_a_nul_byte_in_the_reproduced_filter_is_a_bad_request(client, experience_index):
    assert client.get("/recherche/?reproduite=oui%00").status_code == 400
