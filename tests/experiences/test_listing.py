import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ThemeFactory,
    experience_page,
)


def listed_titles(client, query=""):
    response = client.get(f"/experiences/{query}")
    assert response.status_code == 200
    return {page.title for page in response.context["listing"].page_obj}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"gironde", "landes", "paris"}),
        ("?theme=visio", {"gironde", "paris"}),
        (
            "?theme=visio&theme=social",
            {"gironde", "landes", "paris"},
        ),
        ("?territoire=region-75", {"gironde", "landes"}),
        ("?territoire=departement-33", {"gironde"}),
        ("?territoire=ml-ml-bordeaux", {"gironde"}),
        (
            "?territoire=region-75&territoire=region-11",
            {"gironde", "landes", "paris"},
        ),
        ("?public=rural", {"gironde", "paris"}),
        ("?maturite=testing", {"landes"}),
        ("?tag=whatsapp", {"gironde"}),
        ("?theme=visio&territoire=region-75&maturite=evaluated", {"gironde"}),
        ("?theme=social&territoire=departement-33", set()),
    ],
)
def test_filters_combine(client, catalogue, query, expected):
    assert listed_titles(client, query) == {catalogue[key].title for key in expected}


@pytest.mark.parametrize(
    "query",
    [
        "?theme=inconnu",
        "?territoire=region-999",
        "?maturite=parfaite",
        "?tag=",
        "?page=-3",
        "?page=99999",
        "?page=abc",
        "?theme=" + "x" * 5000,
        "?territoire=%E2%80%AEregion-75",
    ],
)
def test_malformed_filters_never_break_the_listing(client, catalogue, query):
    response = client.get(f"/experiences/{query}")
    assert response.status_code == 200
    assert len(response.context["listing"].page_obj) == 3


def test_active_filters_are_shown_with_a_link_that_removes_each(client, catalogue):
    response = client.get("/experiences/?theme=visio&maturite=evaluated")
    chips = response.context["listing"].active_filters
    assert [chip.remove_url for chip in chips] == [
        "?maturite=evaluated",
        "?theme=visio",
    ]
    assert "Maturité : Évaluée" in response.content.decode()


def test_the_listing_paginates_and_keeps_its_filters(client, experience_index):
    theme = ThemeFactory(slug="visio")
    for _ in range(14):
        experience_page(experience_index, themes=[theme])
    response = client.get("/experiences/?theme=visio&page=2")
    assert response.context["listing"].page_obj.number == 2
    assert len(response.context["listing"].page_obj) == 2
    assert "?theme=visio&amp;page=1" in response.content.decode()


def count_listing_queries(client, query="?theme=visio&territoire=region-75"):
    client.get("/experiences/")  # warms the site root cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/experiences/{query}")
    assert response.status_code == 200
    return len(queries)


@pytest.mark.slow
def test_the_listing_query_count_does_not_grow_with_the_number_of_write_ups(
    client, experience_index, django_assert_max_num_queries
):
    theme = ThemeFactory(slug="visio")
    for _ in range(10):
        experience_page(experience_index, themes=[theme], tags=["a", "b"])
    with_ten = count_listing_queries(client)
    for _ in range(90):
        experience_page(experience_index, themes=[theme], tags=["a", "b"])
    with_hundred = count_listing_queries(client)
    assert with_ten == with_hundred
    with django_assert_max_num_queries(15):
        client.get("/experiences/?theme=visio&territoire=region-75&page=3")
