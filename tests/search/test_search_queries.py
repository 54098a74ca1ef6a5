"""A search costs a fixed number of SQL queries, whatever the number of matches:
the database backend reads the total, every facet and the page of hits in one
statement."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from experiences.models import ExperiencePage, Maturity
from search.backends.database import DatabaseBackend
from search.query import FACETS, SearchQuery
from search.service import search_pages
from tests.factories import AudienceFactory, ThemeFactory, experience_page

QUERY = (
    "q=kiosque&theme=kiosques&territoire=region-75&public=rural"
    "&maturite=evaluated&tag=tablettes&type=fiche&reproduite=oui"
)


@pytest.fixture
def add_write_ups(experience_index):
    theme, audience = ThemeFactory(slug="kiosques"), AudienceFactory(slug="rural")

    def add(count):
        for _number in range(count):
            experience_page(
                experience_index,
                title="Un kiosque numérique en mairie",
                themes=[theme],
                audiences=[audience],
                tags=["tablettes"],
                maturity=Maturity.EVALUATED,
            )
        # Reproduced elsewhere: a count another module keeps on the row.
        ExperiencePage.objects.update(reproduction_count=1)

    return add


def counted(run):
    with CaptureQueriesContext(connection) as queries:
        results = run()
    return results, len(queries)


@pytest.mark.slow
def test_a_filtered_search_with_every_facet_costs_the_same_for_5_and_50_matches(
    add_write_ups,
):
    query = SearchQuery.from_params(QueryDict(QUERY))
    add_write_ups(5)
    search_pages(query)  # content types and site root paths, as a running site has
    few, few_queries = counted(lambda: search_pages(query))
    add_write_ups(45)
    many, many_queries = counted(lambda: search_pages(query))
    assert (few.total, many.total) == (5, 50)
    assert {v.value: v.count for v in many.facets["maturite"]} == {"evaluated": 50}
    assert {v.value: v.count for v in many.facets["annee"]}
    assert many_queries == few_queries


def test_the_database_backend_reads_matches_facets_and_hits_in_one_statement(
    add_write_ups,
):
    add_write_ups(12)
    query = SearchQuery.from_params(QueryDict(f"{QUERY}&page=2"))
    DatabaseBackend().search(query)
    results, queries = counted(lambda: DatabaseBackend().search(query))
    assert (results.total, len(results.hits)) == (12, 2)
    assert set(results.facet_counts) == set(FACETS)
    assert results.facet_counts["tag"] == {"tablettes": 12}
    assert results.facet_counts["reproduite"] == {"oui": 12}
    # The statement, and the view restrictions Wagtail's public() reads.
    assert queries == 2


@pytest.mark.parametrize(
    ("query_string", "filters", "sort"),
    [
        ("reproduite=oui&tri=reproductions", {"reproduite": ("oui",)}, "reproductions"),
        ("reproduite=oui&reproduite=oui", {"reproduite": ("oui",)}, "pertinence"),
        ("reproduite=non&reproduite=&tri=reproduite", {}, "pertinence"),
        ("reproduite=Oui&tri=REPRODUCTIONS", {}, "pertinence"),
    ],
)
def test_the_reproduced_filter_and_sort_are_parsed_and_bad_values_dropped(
    query_string, filters, sort
):
    query = SearchQuery.from_params(QueryDict(query_string))
    assert (query.filters, query.sort) == (filters, sort)
