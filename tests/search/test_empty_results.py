"""An empty search or listing says which filter or word emptied it and links to
the results without it, with their count; nothing of it is computed when there
are results."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from experiences.models import ExperiencePage, Maturity
from search.backends.elasticsearch import ElasticsearchBackend
from search.query import SearchQuery
from search.relax import MAX_COUNTS, empty_result_offers
from tests.factories import ThemeFactory, department, experience_page

NBSP = "\u00a0"


def count_statements(queries):
    """The statements of search.relax's counts (Django's own counts say
    `AS "__count"`)."""
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith("SELECT COUNT(*) FROM (")
    ]


@pytest.fixture
def discord(experience_index):
    """A Discord write-up in Gironde (Nouvelle-Aquitaine), evaluated; another in
    Finistère (Bretagne), being tested; and a Bretagne write-up without Discord,
    evaluated. "Discord" and "visio" share the title: PostgreSQL matches every
    word in the title or every word in the body."""
    visio = ThemeFactory(slug="visio", name="Visio")
    return {
        "gironde": experience_page(
            experience_index,
            title="Un serveur Discord en visio pour les permanences",
            territory=department("33"),
            maturity=Maturity.EVALUATED,
            themes=[visio],
        ),
        "finistere": experience_page(
            experience_index,
            title="Discord et visio au quotidien",
            territory=department("29"),
            maturity=Maturity.TESTING,
        ),
        "bretagne": experience_page(
            experience_index,
            title="Des tablettes en accueil",
            territory=department("35"),
            maturity=Maturity.EVALUATED,
        ),
    }


def offers_of(response):
    return [(o.text, o.count_text, o.url) for o in response.context["offers"]]


def test_a_filter_that_empties_a_search_is_named_and_offered_without_it(
    client, discord
):
    response = client.get("/recherche/?q=serveur&territoire=region-53&tri=recent")
    html = response.content.decode()
    assert response.context["results"].total == 0
    assert (
        f"Aucun résultat pour «{NBSP}serveur{NBSP}» avec le filtre Bretagne."
    ) in html
    assert offers_of(response) == [
        ("Sans le filtre Bretagne", "1 résultat", "?q=serveur&tri=recent")
    ]
    assert (
        '<a href="?q=serveur&amp;tri=recent">Sans le filtre Bretagne&nbsp;: '
        "1 résultat</a>"
    ) in html
    # The word exists: its spelling is not what emptied the result.
    assert "Vérifiez l'orthographe" not in html


def test_a_word_that_empties_a_search_is_named_and_offered_without_it(client, discord):
    response = client.get("/recherche/?q=serveur+bretagne")
    html = response.content.decode()
    assert response.context["results"].total == 0
    assert offers_of(response) == [
        (f"Sans le mot «{NBSP}bretagne{NBSP}»", "1 résultat", "?q=serveur")
    ]
    assert "Vérifiez l'orthographe" in html


def test_filters_and_a_word_each_offered_with_their_counts(client, discord):
    url = (
        "/recherche/?q=discord+visio&territoire=region-53&maturite=evaluated"
        "&tri=recent&page=2"
    )
    response = client.get(url)
    assert response.context["results"].total == 0
    assert offers_of(response) == [
        (
            "Sans le filtre Bretagne",
            "1 résultat",
            "?q=discord+visio&maturite=evaluated&tri=recent",
        ),
        (
            "Sans le filtre Évaluée",
            "1 résultat",
            "?q=discord+visio&territoire=region-53&tri=recent",
        ),
        (
            f"Sans le mot «{NBSP}discord{NBSP}»",
            "1 résultat",
            "?q=visio&territoire=region-53&maturite=evaluated&tri=recent",
        ),
    ]
    html = response.content.decode()
    assert "avec les filtres Bretagne et Évaluée." in html
    assert "Vérifiez l'orthographe" not in html


def test_every_filter_at_once_when_no_single_one_helps(client, discord):
    response = client.get("/recherche/?q=serveur&territoire=region-53&maturite=testing")
    assert offers_of(response) == [("Sans aucun filtre", "1 résultat", "?q=serveur")]


def test_counts_use_plurals_and_several_values_of_a_filter(client, discord):
    response = client.get(
        "/recherche/?q=discord&maturite=spread&maturite=idea&territoire=region-84"
    )
    texts = [(o.text, o.count_text) for o in response.context["offers"]]
    assert ("Sans les filtres Essaimée ou Idée", "0 résultat") not in texts
    assert texts == [("Sans aucun filtre", "2 résultats")]


def test_nothing_is_offered_when_nothing_would_help(client, discord):
    response = client.get("/recherche/?q=hippopotame")
    html = response.content.decode()
    assert response.context["offers"] == []
    assert "Vérifiez l'orthographe" in html
    assert "Avec moins de critères" not in html


def test_no_count_is_made_when_the_search_finds_something(client, discord):
    url = "/recherche/?q=discord&territoire=region-75&maturite=evaluated"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.context["results"].total == 1
    assert count_statements(queries) == []

    empty = "/recherche/?q=discord+visio&territoire=region-53&maturite=evaluated"
    client.get(empty)
    with CaptureQueriesContext(connection) as queries:
        client.get(empty)
    # One per filter and one per word, nothing more.
    assert len(count_statements(queries)) == 4


def test_the_counts_are_capped(discord):
    words = "discord " + " ".join(f"mot{number}" for number in range(10))
    query = SearchQuery.from_params(QueryDict(f"q={words}&territoire=region-53"))
    with CaptureQueriesContext(connection) as queries:
        offers = empty_result_offers(query, params=QueryDict(), labels={})
    assert len(count_statements(queries)) == MAX_COUNTS == 6
    assert offers == []


def test_an_empty_listing_offers_the_write_ups_without_each_filter(client, discord):
    url = "/experiences/?territoire=region-53&maturite=evaluated&theme=visio"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    html = response.content.decode()
    assert "Aucune fiche ne correspond à ces filtres." in html
    assert [(o.text, o.count_text, o.url) for o in response.context["offers"]] == [
        ("Sans le filtre Visio", "1 fiche", "?territoire=region-53&maturite=evaluated"),
        ("Sans le filtre Bretagne", "1 fiche", "?maturite=evaluated&theme=visio"),
    ]
    assert (
        '<a href="?territoire=region-53&amp;maturite=evaluated">'
        "Sans le filtre Visio&nbsp;: 1 fiche</a>"
    ) in html
    # One count per filter.
    assert len(count_statements(queries)) == 3


def test_a_listing_with_write_ups_makes_no_count(client, discord):
    url = "/experiences/?territoire=region-53&maturite=evaluated"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert "Des tablettes en accueil" in html
    assert count_statements(queries) == []
    assert "Avec moins de critères" not in html


def test_elasticsearch_counts_with_the_same_text_and_filters():
    backend = ElasticsearchBackend(url="http://127.0.0.1:9", index="labo-test")
    query = SearchQuery(
        text="discord", filters={"territoire": ("region-53",), "type": ("fiche",)}
    )
    body = backend.build_count(query).to_dict()["query"]["bool"]
    assert body["filter"] == [
        {"terms": {"territories": ["region-53"]}},
        {"terms": {"type": ["fiche"]}},
    ]
    assert "function_score" in body["must"][0]
    unfiltered = backend.build_count(SearchQuery()).to_dict()["query"]
    assert unfiltered == {"bool": {}} or unfiltered == {"match_all": {}}


def test_reproduced_elsewhere_is_offered_away_when_it_empties_a_search(client, discord):
    response = client.get("/recherche/?q=discord&reproduite=oui")
    html = response.content.decode()
    assert (
        f"Aucun résultat pour «{NBSP}discord{NBSP}» avec le filtre Reproduite ailleurs."
    ) in html
    assert offers_of(response) == [
        ("Sans le filtre Reproduite ailleurs", "2 résultats", "?q=discord")
    ]


def test_an_empty_listing_offers_the_write_ups_without_the_reproduced_filter(
    client, discord
):
    ExperiencePage.objects.filter(pk=discord["bretagne"].pk).update(
        reproduction_count=1
    )
    response = client.get("/experiences/?territoire=region-75&reproduite=oui")
    assert "Aucune fiche ne correspond à ces filtres." in response.content.decode()
    assert [(o.text, o.count_text, o.url) for o in response.context["offers"]] == [
        ("Sans le filtre Nouvelle-Aquitaine", "1 fiche", "?reproduite=oui"),
        ("Sans le filtre Reproduite ailleurs", "1 fiche", "?territoire=region-75"),
    ]
