"""The search contract, written once and run on every configured backend: the
database (SQLite or PostgreSQL, whichever the run uses) and, when ELASTICSEARCH_URL
is set, Elasticsearch."""

import datetime
import os
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from experiences.models import ExperiencePage, Maturity, StrategyNotePage
from search.models import SearchQueryStat
from search.query import SearchQuery
from search.service import autocomplete_titles, search_pages
from tests.factories import (
    ThemeFactory,
    experience_page,
)

BACKENDS = ["database"]
if os.environ.get("ELASTICSEARCH_URL"):
    BACKENDS.append("elasticsearch")


@pytest.fixture(params=BACKENDS)
def run_search(request, settings, experience_index):
    """search_pages on one backend; the Elasticsearch one is rebuilt first."""
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        settings.LABO_SEARCH_INDEX = f"labo-test-{os.getpid()}"
        request.addfinalizer(drop_test_indices)

    def run(query_string="", **kwargs):
        if request.param == "elasticsearch":
            from search.backends.elasticsearch import backend_from_settings

            backend_from_settings().rebuild()
        results = search_pages(
            SearchQuery.from_params(QueryDict(query_string)), **kwargs
        )
        assert results.backend == request.param
        return results

    return run


def drop_test_indices():
    from search.backends.elasticsearch import backend_from_settings

    backend = backend_from_settings()
    for index in backend.alias_indices():
        backend.client.indices.delete(index=index)


def titles(results):
    return [hit.page.title for hit in results.hits]


def test_accents_are_ignored(run_search, catalogue):
    assert titles(run_search("q=numeriques")) == [catalogue["gironde"].title]
    assert "Ateliers réseaux sociaux" in titles(run_search("q=RESEAUX"))


def test_plurals_and_inflections_match_on_postgresql(run_search, catalogue):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite FTS5 has no French stemmer: inflections need PostgreSQL")
    assert catalogue["landes"].title in titles(run_search("q=atelier"))
    assert catalogue["gironde"].title in titles(run_search("q=permanence"))


@pytest.mark.parametrize(
    ("query_string", "expected"),
    [
        ("theme=visio", {"gironde", "paris"}),
        ("theme=visio&theme=social", {"gironde", "landes", "paris"}),
        ("territoire=region-75", {"gironde", "landes"}),
        ("territoire=departement-33", {"gironde"}),
        ("territoire=ml-ml-bordeaux", {"gironde"}),
        ("public=rural&maturite=evaluated", {"gironde", "paris"}),
        ("tag=whatsapp", {"gironde"}),
        ("q=visioconference&territoire=region-75", {"gironde"}),
        ("q=visioconference&theme=social", {"paris"}),
        ("type=note", set()),
        ("territoire=region-11&theme=social&maturite=testing", set()),
    ],
)
def test_filters_combine_and_regions_include_their_territories(
    run_search, catalogue, query_string, expected
):
    found = set(titles(run_search(query_string)))
    assert found == {catalogue[key].title for key in expected}


def test_facet_counts_promise_exactly_what_a_click_gives(run_search, catalogue):
    base = "q=visioconference"
    results = run_search(base)
    assert results.total == 2
    shown = 0
    for facet, values in results.facets.items():
        for value in values:
            assert value.count > 0
            clicked = run_search(f"{base}&{facet}={value.value}")
            assert clicked.total == value.count, (facet, value.value)
            shown += 1
    assert shown >= 6
    counts = {v.value: v.count for v in results.facets["territoire"]}
    assert counts == {"region-75": 1, "region-11": 1}


def test_facet_counts_under_several_filters_promise_what_a_click_gives(
    run_search, catalogue
):
    selected = {"theme": "visio", "public": "rural", "maturite": "evaluated"}
    results = run_search(urlencode(selected))
    assert results.total == 2
    checked = 0
    for facet, values in results.facets.items():
        for value in values:
            clicked = run_search(urlencode({**selected, facet: value.value}))
            assert clicked.total == value.count, (facet, value.value)
            checked += 1
    assert checked >= 8
    themes = {v.value: v.count for v in results.facets["theme"]}
    assert themes == {"visio": 2, "social": 1}


def test_a_selected_facet_keeps_its_alternatives_counted(run_search, catalogue):
    results = run_search("theme=visio")
    theme_counts = {v.value: (v.count, v.selected) for v in results.facets["theme"]}
    assert theme_counts["visio"] == (2, True)
    assert theme_counts["social"] == (2, False)


def test_sort_by_date_and_by_relevance(run_search, catalogue, experience_index):
    for key, days in (("gironde", 300), ("landes", 3), ("paris", 30)):
        Page.objects.filter(pk=catalogue[key].pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=days)
        )
    assert titles(run_search("tri=recent")) == [
        catalogue[key].title for key in ("landes", "paris", "gironde")
    ]
    body_only = experience_page(
        experience_index,
        title="Une permanence hebdomadaire",
        summary="Rien à signaler.",
        results="<p>La visioconférence a servi deux fois.</p>",
    )
    ranked = titles(run_search("q=visioconference"))
    assert ranked.index(body_only.title) == len(ranked) - 1


def test_validated_write_ups_rank_higher_at_equal_relevance(
    run_search, experience_index
):
    fields = {"title": "Tutoriels vidéo", "summary": "Des tutoriels vidéo."}
    idea = experience_page(experience_index, maturity=Maturity.IDEA, **fields)
    spread = experience_page(experience_index, maturity=Maturity.SPREAD, **fields)
    assert [hit.page_id for hit in run_search("q=tutoriels").hits] == [
        spread.pk,
        idea.pk,
    ]


def test_pagination(run_search, experience_index):
    theme = ThemeFactory(slug="ateliers")
    for number in range(13):
        experience_page(experience_index, title=f"Atelier {number}", themes=[theme])
    first, second = run_search("theme=ateliers"), run_search("theme=ateliers&page=2")
    assert (first.total, len(first.hits), len(second.hits)) == (13, 10, 3)
    assert not {h.page_id for h in first.hits} & {h.page_id for h in second.hits}


def test_drafts_and_private_pages_are_never_found_counted_or_suggested(
    run_search, experience_index
):
    secret = ThemeFactory(slug="secret")
    public = experience_page(experience_index, title="Kiosque public", themes=[secret])
    private = experience_page(experience_index, title="Kiosque privé", themes=[secret])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = experience_page(
        experience_index, title="Kiosque brouillon", themes=[secret]
    )
    draft.unpublish()
    results = run_search("q=kiosque")
    assert titles(results) == [public.title]
    assert {v.value: v.count for v in results.facets["theme"]} == {"secret": 1}
    assert run_search("q=brouillon").total == 0
    assert run_search("q=brouillon").suggestion is None
    assert all(
        "brouillon" not in title.lower() for title in autocomplete_titles("Kiosq")
    )


def test_editors_picks_come_first_and_are_marked(run_search, catalogue):
    SearchPromotion.objects.create(
        query=Query.get("Réseaux"),
        page=catalogue["landes"],
        description="La fiche de référence.",
        sort_order=0,
    )
    results = run_search("q=réseaux")
    assert results.hits[0].page_id == catalogue["landes"].pk
    assert results.hits[0].promoted
    assert [h.page_id for h in results.hits].count(catalogue["landes"].pk) == 1


def test_a_misspelling_gets_a_suggestion_that_finds_something(run_search, catalogue):
    results = run_search("q=visioconferance")
    assert results.total == 0
    assert results.suggestion == "visioconférence"


def test_autocomplete_completes_title_prefixes(run_search, catalogue):
    assert catalogue["gironde"].title in autocomplete_titles("Permanences num")


def test_searches_are_counted_without_identity(run_search, catalogue):
    run_search("q=hippopotame", record=True)
    run_search("q=Hippopotame", record=True)
    run_search("q=visioconference", record=True)
    stat = SearchQueryStat.objects.get(query="hippopotame")
    assert (stat.searches, stat.searches_without_result) == (2, 2)
    assert SearchQueryStat.objects.get(query="visioconference").last_result_count == 2
    assert not {"user", "ip", "session"} & {
        field.name for field in SearchQueryStat._meta.get_fields()
    }


def test_notes_are_searchable_and_filtered_by_type(run_search, site_tree):
    note = StrategyNotePage(
        title="Analyse des permanences",
        slug="analyse",
        summary="Ce que disent les fiches.",
        body=[("heading", "Constats")],
    )
    site_tree["notes"].add_child(instance=note)
    results = run_search("q=permanences&type=note")
    assert titles(results) == ["Analyse des permanences"]
    assert {v.value for v in results.facets["type"]} == {"note"}


def test_years_are_local_calendar_years(run_search, experience_index):
    page = experience_page(experience_index, title="Réveillon numérique")
    new_year_eve_in_utc = datetime.datetime(2024, 12, 31, 23, 30, tzinfo=datetime.UTC)
    Page.objects.filter(pk=page.pk).update(first_published_at=new_year_eve_in_utc)
    results = run_search("q=reveillon")
    assert {v.value: v.count for v in results.facets["annee"]} == {"2025": 1}
    assert titles(run_search("q=reveillon&annee=2025")) == [page.title]
    assert run_search("q=reveillon&annee=2024").total == 0


def reproduced(page, times):
    """Sets the count another module keeps on the row, as it does (no signal)."""
    ExperiencePage.objects.filter(pk=page.pk).update(reproduction_count=times)


def test_reproduced_elsewhere_filters_and_is_counted(run_search, catalogue):
    reproduced(catalogue["gironde"], 2)
    reproduced(catalogue["paris"], 1)
    results = run_search("reproduite=oui")
    assert set(titles(results)) == {
        catalogue["gironde"].title,
        catalogue["paris"].title,
    }
    [value] = results.facets["reproduite"]
    assert (value.value, value.label, value.count, value.selected) == (
        "oui",
        "Reproduite ailleurs",
        2,
        True,
    )
    assert ("reproduite", "oui", "Reproduite ailleurs") in results.active_filters
    # Counted under the other filters, as every facet.
    narrowed = run_search("territoire=region-75")
    assert [(v.value, v.count) for v in narrowed.facets["reproduite"]] == [("oui", 1)]
    assert run_search("territoire=region-75&reproduite=oui").total == 1


def test_no_reproduced_write_up_shows_no_reproduced_filter(run_search, catalogue):
    assert run_search("").facets["reproduite"] == []
    assert run_search("reproduite=oui").total == 0


def test_most_reproduced_first_then_by_relevance_or_date(
    run_search, catalogue, experience_index
):
    reproduced(catalogue["landes"], 3)
    reproduced(catalogue["paris"], 1)
    for key, days in (("gironde", 3), ("landes", 300), ("paris", 30)):
        Page.objects.filter(pk=catalogue[key].pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=days)
        )
    assert titles(run_search("tri=reproductions")) == [
        catalogue[key].title for key in ("landes", "paris", "gironde")
    ]
    # With words: the count first, relevance among equal counts.
    in_title = experience_page(experience_index, title="Visioconférence en mairie")
    in_body = experience_page(
        experience_index,
        title="Une permanence hebdomadaire",
        summary="Rien à signaler.",
        results="<p>La visioconférence a servi deux fois.</p>",
    )
    ranked = titles(run_search("q=visioconference&tri=reproductions"))
    assert ranked[0] == catalogue["paris"].title
    assert ranked.index(in_title.title) < ranked.index(in_body.title)
    assert ranked[-1] == in_body.title


def validated(page, review_on):
    """A validated label and its review date, set on the row as the maturity
    module does."""
    ExperiencePage.objects.filter(pk=page.pk).update(maturity_review_on=review_on)


@pytest.mark.parametrize(
    ("review_in_days", "lifted"), [(None, True), (0, True), (30, True), (-1, False)]
)
def test_only_a_validated_label_in_date_lifts_a_write_up(
    run_search, experience_index, review_in_days, lifted
):
    fields = {"title": "Tutoriels vidéo", "summary": "Des tutoriels vidéo."}
    # Created first: at equal relevance, the later write-up comes first unless
    # the label lifts this one.
    labelled = experience_page(experience_index, maturity=Maturity.EVALUATED, **fields)
    plain = experience_page(experience_index, maturity=Maturity.TESTING, **fields)
    if review_in_days is not None:
        today = timezone.localdate()
        validated(labelled, today + datetime.timedelta(days=review_in_days))
    order = [hit.page_id for hit in run_search("q=tutoriels").hits]
    assert order == ([labelled.pk, plain.pk] if lifted else [plain.pk, labelled.pk])


def test_a_label_stops_lifting_the_day_it_goes_stale_even_from_kept_results(
    run_search, experience_index, settings, monkeypatch
):
    settings.LABO_PAGE_CACHE_SECONDS = 600  # results kept under the generation
    fields = {"title": "Tutoriels vidéo", "summary": "Des tutoriels vidéo."}
    labelled = experience_page(experience_index, maturity=Maturity.SPREAD, **fields)
    plain = experience_page(experience_index, maturity=Maturity.TESTING, **fields)
    today = timezone.localdate()
    validated(labelled, today)
    assert run_search("q=tutoriels").hits[0].page_id == labelled.pk

    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert run_search("q=tutoriels").hits[0].page_id == plain.pk
