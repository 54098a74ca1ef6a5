"""The Elasticsearch backend without a server: index definition, request bodies,
bulk and alias actions, and what happens when the server cannot be reached.

Nothing here imitates Elasticsearch: requests are built and inspected, and the
failure tests talk to a real closed port."""

import datetime
import io
import logging

import elastic_transport
import elasticsearch
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks import TaskResultStatus
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from experiences.models import (
    CollectionPage,
    ExperiencePage,
    Maturity,
    StrategyNotePage,
)
from search.backends.elasticsearch import (
    MARK_CLOSE,
    MARK_OPEN,
    ElasticsearchBackend,
    alias_swap_actions,
    autocomplete_inputs,
    backend_from_settings,
    bulk_actions,
    is_indexable,
    page_index,
    pages_by_id,
    plain_text,
    rich_text,
    safe_excerpt,
)
from search.management.commands.search_index import progress_bar
from search.query import RECENT, RELEVANCE, REPRODUCTIONS, SearchQuery
from search.signals import (
    connect_elasticsearch_signals,
)
from search.tasks import index_page_task
from tests.factories import AudienceFactory, ThemeFactory, experience_page, region
from tests.search.conftest import CLOSED_PORT_URL, TEST_INDEX


@pytest.fixture
def backend():
    return ElasticsearchBackend(url=CLOSED_PORT_URL, index=TEST_INDEX)


def index_warnings(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "search.tasks"]


# Index definition


def test_the_index_analyses_french_and_keeps_facet_fields_as_keywords():
    definition = page_index("labo-test").to_dict()
    analysis = definition["settings"]["analysis"]
    french = analysis["analyzer"]["labo_french"]
    filter_types = [
        analysis["filter"].get(name, {"type": name})["type"]
        for name in french["filter"]
    ]
    assert french["tokenizer"] == "standard"
    assert filter_types == ["elision", "lowercase", "stop", "asciifolding", "stemmer"]
    assert {"l", "d", "qu"} <= set(
        analysis["filter"]["labo_french_elision"]["articles"]
    )
    assert analysis["filter"]["labo_french_stop"]["stopwords"] == "_french_"
    assert analysis["filter"]["labo_french_stemmer"]["language"] == "light_french"

    properties = definition["mappings"]["properties"]
    for name in ("title", "summary", "body", "labels"):
        assert properties[name]["type"] == "text"
        assert properties[name]["analyzer"] == "labo_french"
    for name in (
        "type",
        "themes",
        "territories",
        "region",
        "audiences",
        "maturity",
        "reproduced",
        "tags",
        "year",
    ):
        assert properties[name] == {"type": "keyword"}, name
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["published_at"] == {"type": "date"}
    assert properties["validated"] == {"type": "boolean"}
    assert properties["maturity_review_on"] == {"type": "date"}
    assert properties["reproduction_count"] == {"type": "integer"}
    assert definition["mappings"]["dynamic"] == "strict"


def test_autocomplete_folds_accents_and_completes_any_word_of_a_title():
    definition = page_index("labo-test").to_dict()
    suggest = definition["mappings"]["properties"]["suggest"]
    chain = definition["settings"]["analysis"]["analyzer"][suggest["analyzer"]]
    assert suggest["type"] == "completion"
    assert "asciifolding" in chain["filter"]
    assert autocomplete_inputs("Accompagnement numérique des jeunes") == [
        "Accompagnement numérique des jeunes",
        "numérique des jeunes",
        "des jeunes",
        "jeunes",
    ]


# Request bodies


def test_a_filtered_query_counts_each_facet_under_the_other_filters(backend):
    query = SearchQuery(
        text="visio",
        filters={
            "theme": ("a",),
            "territoire": ("region-75",),
            "maturite": ("evaluated",),
        },
        sort=RECENT,
        page=3,
    )
    body = backend.build_search(query).to_dict()

    function_score = body["query"]["function_score"]
    matched = function_score["query"]["bool"]
    words = matched["must"][0]["multi_match"]
    assert words["fields"] == ["title^3", "summary^2", "body", "labels"]
    assert words["operator"] == "and"
    assert "fuzziness" not in words
    assert matched["should"][0]["multi_match"]["type"] == "phrase"
    lifts = [f for f in function_score["functions"] if f.get("weight") == 0.1]
    assert {"term": {"validated": True}} in lifts[0]["filter"]["bool"]["filter"]
    assert any("gauss" in f for f in function_score["functions"])

    theme = {"terms": {"themes": ["a"]}}
    territory = {"terms": {"territories": ["region-75"]}}
    maturity = {"terms": {"maturity": ["evaluated"]}}
    assert body["post_filter"] == {"bool": {"filter": [theme, territory, maturity]}}
    aggs = body["aggs"]
    assert aggs["theme"]["filter"] == {"bool": {"filter": [territory, maturity]}}
    assert aggs["theme"]["aggs"]["counts"]["terms"]["field"] == "themes"
    assert aggs["territoire"]["filter"] == {"bool": {"filter": [theme, maturity]}}
    assert aggs["territoire"]["aggs"]["counts"]["terms"]["field"] == "region"
    assert aggs["type"]["filter"] == {"bool": {"filter": [theme, territory, maturity]}}

    assert set(body["highlight"]["fields"]) == {"title", "summary", "body"}
    assert body["highlight"]["pre_tags"] == [MARK_OPEN]
    assert body["highlight"]["post_tags"] == [MARK_CLOSE]
    assert (body["from"], body["size"]) == (20, 10)
    assert body["sort"] == [
        {"published_at": {"order": "desc"}},
        {"page_id": {"order": "desc"}},
    ]
    assert body["track_total_hits"] is True


def test_relevance_sorts_by_score_and_no_text_lists_the_latest(backend):
    relevance = backend.build_search(SearchQuery(text="visio", sort=RELEVANCE))
    assert relevance.to_dict()["sort"][0] == "_score"

    browse = backend.build_search(SearchQuery()).to_dict()
    assert browse.get("query", {"match_all": {}}) == {"match_all": {}}
    assert browse["sort"][0] == {"published_at": {"order": "desc"}}
    assert "highlight" not in browse
    assert "post_filter" not in browse
    assert browse["aggs"]["theme"]["filter"] == {"match_all": {}}


def test_suggestion_and_autocomplete_requests(backend):
    correction = backend.suggestion_search("visoi").to_dict()["suggest"]["correction"]
    assert correction["text"] == "visoi"
    assert correction["phrase"]["field"] == "spelling"

    titles = backend.autocomplete_search("numer", limit=5).to_dict()
    assert titles["suggest"]["titles"]["prefix"] == "numer"
    assert titles["suggest"]["titles"]["completion"]["field"] == "suggest"
    assert titles["suggest"]["titles"]["completion"]["size"] == 5


def test_excerpts_escape_page_text_and_keep_only_the_marks():
    fragment = f'<img src=x onerror="alert(1)"> {MARK_OPEN}visio{MARK_CLOSE} & co'
    assert safe_excerpt(fragment) == (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>visio</mark> &amp; co"
    )
    assert rich_text(f"<p>a{MARK_OPEN}b</p><p>c &amp; d</p>") == "ab c & d"
    assert plain_text("moins de <10 jeunes &", " suivis ") == (
        "moins de <10 jeunes & suivis"
    )


# Documents and bulk actions


def test_bulk_actions_index_public_pages_and_delete_the_others(experience_index):
    theme = ThemeFactory(slug="visio")
    audience = AudienceFactory(slug="jeunes-ruraux")
    published = experience_page(
        experience_index,
        title="Permanences en visio",
        themes=[theme],
        audiences=[audience],
        tags=["pix"],
        maturity="evaluated",
        tools="Zoom",
    )
    draft = experience_page(experience_index)
    draft.unpublish()
    private = experience_page(experience_index)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    published.refresh_from_db()
    pages = pages_by_id([published.pk, draft.pk, private.pk])
    actions = {action["_id"]: action for action in bulk_actions(pages, index="x")}

    assert actions[draft.pk] == {"_op_type": "delete", "_index": "x", "_id": draft.pk}
    assert actions[private.pk]["_op_type"] == "delete"
    assert actions[published.pk]["_op_type"] == "index"
    assert actions[published.pk]["_index"] == "x"
    source = actions[published.pk]["_source"]
    assert source["page_id"] == published.pk
    assert source["type"] == "fiche"
    assert source["territories"] == ["departement-33", "region-75"]
    assert source["region"] == "region-75"
    assert source["themes"] == ["visio"]
    assert source["audiences"] == ["jeunes-ruraux"]
    assert source["tags"] == ["pix"]
    assert source["maturity"] == "evaluated"
    assert source["validated"] is True
    assert source["year"] == str(published.first_published_at.year)
    assert source["indexed_revision"] == published.live_revision_id
    assert source["url"] == published.url
    for text in ("Un territoire rural", "Réduire les déplacements", "40 jeunes"):
        assert text in source["body"]
    assert "Choisir l'outil" in source["body"]
    assert "Zoom" in source["body"]
    assert "<" not in source["body"]
    assert is_indexable(published)
    assert not is_indexable(draft)
    assert not is_indexable(private)


def test_notes_and_collections_are_indexed_with_their_own_type(site_tree):
    note = StrategyNotePage(
        title="Le numérique en Nouvelle-Aquitaine",
        slug="note-numerique",
        summary="Ce que disent les fiches de la région.",
        territory=region("75"),
        body=[("paragraph", RichText("<p>Trois pratiques se détachent.</p>"))],
    )
    site_tree["notes"].add_child(instance=note)
    note.save_revision().publish()
    collection = CollectionPage(
        title="Premiers pas", slug="premiers-pas", intro="Par où commencer."
    )
    site_tree["dossiers"].add_child(instance=collection)
    collection.save_revision().publish()

    actions = list(bulk_actions(pages_by_id([note.pk, collection.pk]), index="x"))
    sources = {action["_id"]: action["_source"] for action in actions}

    assert sources[note.pk]["type"] == "note"
    assert sources[note.pk]["territories"] == ["region-75"]
    assert sources[note.pk]["body"] == "Trois pratiques se détachent."
    assert sources[note.pk]["validated"] is False
    assert sources[collection.pk]["type"] == "dossier"
    assert sources[collection.pk]["body"] == "Par où commencer."
    assert "territories" not in sources[collection.pk]


def test_building_documents_takes_the_same_queries_for_any_number_of_pages(
    experience_index,
):
    def queries_for(count):
        ids = [
            experience_page(experience_index, tags=["pix", "visio"]).pk
            for _ in range(count)
        ]
        with CaptureQueriesContext(connection) as queries:
            actions = list(bulk_actions(pages_by_id(ids), index="x"))
        assert [action["_op_type"] for action in actions] == ["index"] * count
        return len(queries)

    queries_for(1)  # site root paths are cached on first use
    assert queries_for(2) == queries_for(6)


def test_the_alias_moves_in_one_atomic_request():
    assert alias_swap_actions(
        "labo-pages", ["labo-pages-2", "labo-pages-1"], "labo-pages-3"
    ) == [
        {"remove": {"index": "labo-pages-1", "alias": "labo-pages"}},
        {"remove": {"index": "labo-pages-2", "alias": "labo-pages"}},
        {"add": {"index": "labo-pages-3", "alias": "labo-pages"}},
    ]
    assert alias_swap_actions("labo-pages", [], "labo-pages-1") == [
        {"add": {"index": "labo-pages-1", "alias": "labo-pages"}}
    ]


# Settings and failures


def test_the_backend_exists_only_when_a_url_is_set(settings):
    settings.ELASTICSEARCH_URL = ""
    assert backend_from_settings() is None
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    settings.LABO_SEARCH_INDEX = "labo-autre"
    backend = backend_from_settings()
    assert backend.name == "elasticsearch"
    assert backend.index == "labo-autre"


def test_an_unreachable_server_raises_the_clients_connection_error(backend):
    assert elasticsearch.ConnectionError is elastic_transport.ConnectionError
    with pytest.raises(elasticsearch.ConnectionError):
        backend.search(SearchQuery(text="visio"))
    with pytest.raises(elasticsearch.ConnectionError):
        backend.autocomplete("visio")


def test_a_failed_index_update_is_logged_and_the_page_stays_saved(
    experience_index, settings, caplog
):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    page = experience_page(experience_index, title="Permanences en visio")

    with caplog.at_level(logging.WARNING, logger="search.tasks"):
        result = index_page_task.enqueue(page.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert any(f"[{page.pk}]" in message for message in index_warnings(caplog))
    assert ExperiencePage.objects.live().filter(pk=page.pk).exists()


def test_the_commands_explain_a_missing_or_unreachable_server(settings, site_tree):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL n'est pas défini"):
        call_command("search_index", "rebuild", "--backend", "elasticsearch")
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    for action in ("rebuild", "check"):
        with pytest.raises(CommandError, match="Elasticsearch ne répond pas") as error:
            call_command("search_index", action, stdout=io.StringIO())
        assert error.value.returncode == 2


def test_the_progress_bar_fills_as_pages_are_indexed():
    assert progress_bar(500, 1000, width=10) == "[#####     ] 500/1000"
    assert progress_bar(0, 0, width=4) == "[####] 0/0"


# Signals


def test_signals_stay_off_without_a_url(settings):
    settings.ELASTICSEARCH_URL = ""
    assert connect_elasticsearch_signals() is False


def test_publishing_unpublishing_and_deleting_update_the_index(
    experience_index,
    elasticsearch_signals,
    enqueued,
    caplog,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        page = experience_page(experience_index)
    assert enqueued == [("index_page_task", page.pk)]
    assert any(f"[{page.pk}]" in message for message in index_warnings(caplog))

    enqueued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert enqueued == [("index_page_task", page.pk)]

    enqueued.clear()
    page_id = page.pk
    with django_capture_on_commit_callbacks(execute=True):
        ExperiencePage.objects.get(pk=page_id).delete()
    assert ("remove_page_task", page_id) in enqueued
    assert ExperiencePage.objects.live().count() == 0


def test_a_view_restriction_reindexes_the_section_below_it(
    experience_index,
    elasticsearch_signals,
    enqueued,
    django_capture_on_commit_callbacks,
):
    first = experience_page(experience_index)
    second = experience_page(experience_index)
    enqueued.clear()

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=experience_index, restriction_type="login"
        )
    assert enqueued == [("index_pages_task", [first.pk, second.pk])]

    enqueued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert enqueued == [("index_pages_task", [first.pk, second.pk])]


def test_publishing_other_pages_does_not_touch_the_index(
    site_tree, elasticsearch_signals, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site_tree["home"].save_revision().publish()
    assert enqueued == []


def test_first_published_year_is_local(experience_index):
    page = experience_page(experience_index)
    # 23:30 UTC on 31 December is already New Year's Day in Paris.
    page.first_published_at = datetime.datetime(
        2024, 12, 31, 23, 30, tzinfo=datetime.UTC
    )
    page.save()
    (action,) = bulk_actions(pages_by_id([page.pk]), index="x")
    assert action["_source"]["year"] == "2025"


def test_a_cluster_url_lists_every_node():
    from search.backends.elasticsearch import _client

    client = _client("http://es-1:9200, http://es-2:9200")
    assert sorted(node.base_url for node in client.transport.node_pool.all()) == [
        "http://es-1:9200",
        "http://es-2:9200",
    ]


# Reproductions and validated maturity


def test_the_reproduced_filter_is_a_keyword_counted_as_the_other_facets(backend):
    query = SearchQuery(text="visio", filters={"reproduite": ("oui",), "theme": ("a",)})
    body = backend.build_search(query).to_dict()
    reproduced, theme = {"terms": {"reproduced": ["oui"]}}, {"terms": {"themes": ["a"]}}
    assert body["post_filter"] == {"bool": {"filter": [reproduced, theme]}}
    aggs = body["aggs"]
    assert aggs["reproduite"]["filter"] == {"bool": {"filter": [theme]}}
    assert aggs["reproduite"]["aggs"]["counts"]["terms"]["field"] == "reproduced"
    assert aggs["theme"]["filter"] == {"bool": {"filter": [reproduced]}}
    count = backend.build_count(query).to_dict()
    assert reproduced in count["query"]["bool"]["filter"]


def test_most_reproduced_first_then_relevance_or_date(backend):
    with_words = backend.build_search(SearchQuery(text="visio", sort=REPRODUCTIONS))
    assert with_words.to_dict()["sort"] == [
        {"reproduction_count": {"order": "desc"}},
        "_score",
        {"published_at": {"order": "desc"}},
        {"page_id": {"order": "desc"}},
    ]
    assert with_words.to_dict()["track_scores"] is True
    browse = backend.build_search(SearchQuery(sort=REPRODUCTIONS)).to_dict()
    assert browse["sort"] == [
        {"reproduction_count": {"order": "desc"}},
        {"published_at": {"order": "desc"}},
        {"page_id": {"order": "desc"}},
    ]


def test_only_a_validated_label_in_date_on_the_local_day_lifts(backend, monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(
        timezone, "localdate", lambda *args, **kwargs: datetime.date(2026, 3, 1)
    )
    for built in (
        backend.build_search(SearchQuery(text="visio")).to_dict(),
        backend.build_count(SearchQuery(text="visio")).to_dict()["query"]["bool"][
            "must"
        ][0],
    ):
        functions = (built.get("query") or built)["function_score"]["functions"]
        [lift] = [f for f in functions if f.get("weight") == 0.1 and "filter" in f]
        assert lift["filter"] == {
            "bool": {
                "filter": [{"term": {"validated": True}}],
                "should": [
                    {
                        "bool": {
                            "must_not": [{"exists": {"field": "maturity_review_on"}}]
                        }
                    },
                    {"range": {"maturity_review_on": {"gte": "2026-03-01"}}},
                ],
                "minimum_should_match": 1,
            }
        }


def test_the_document_carries_the_reproductions_and_the_review_date(
    experience_index, site_tree
):
    page = experience_page(experience_index, maturity=Maturity.SPREAD)
    plain = experience_page(experience_index)
    ExperiencePage.objects.filter(pk=page.pk).update(
        reproduction_count=4, maturity_review_on=datetime.date(2027, 6, 30)
    )
    note = StrategyNotePage(
        title="Note", slug="note", summary="Une note.", body=[("heading", "Constats")]
    )
    site_tree["notes"].add_child(instance=note)
    sources = {
        action["_id"]: action["_source"]
        for action in bulk_actions(pages_by_id([page.pk, plain.pk, note.pk]), index="x")
    }
    assert sources[page.pk]["reproduction_count"] == 4
    assert sources[page.pk]["reproduced"] == "oui"
    assert sources[page.pk]["validated"] is True
    assert sources[page.pk]["maturity_review_on"] == datetime.date(2027, 6, 30)
    assert sources[plain.pk]["reproduction_count"] == 0
    assert "reproduced" not in sources[plain.pk]
    # Notes count no reproduction: the sort reads 0 for them, as the database.
    assert sources[note.pk]["reproduction_count"] == 0
    assert "maturity_review_on" not in sources[note.pk]


def test_a_check_sees_a_document_whose_count_or_review_date_changed(
    experience_index, site_tree
):
    from elasticsearch.serializer import JSONSerializer

    from search.backends.elasticsearch import document_state, expected_states

    page = experience_page(experience_index, maturity=Maturity.EVALUATED)
    note = StrategyNotePage(
        title="Note", slug="note", summary="Une note.", body=[("heading", "Constats")]
    )
    site_tree["notes"].add_child(instance=note)
    note.save_revision().publish()

    def indexed():
        """The documents' sources as the server would give them back."""
        serializer = JSONSerializer()
        return {
            action["_id"]: document_state(
                serializer.loads(serializer.dumps(action["_source"]))
            )
            for action in bulk_actions(pages_by_id([page.pk, note.pk]), index="x")
        }

    documents = indexed()
    assert expected_states() == documents
    # Row fields change without a new revision: the document is stale all the same.
    ExperiencePage.objects.filter(pk=page.pk).update(reproduction_count=2)
    assert expected_states()[page.pk] != documents[page.pk]
    assert expected_states()[note.pk] == documents[note.pk]
    documents = indexed()
    ExperiencePage.objects.filter(pk=page.pk).update(
        maturity_review_on=datetime.date(2030, 1, 1)
    )
    assert expected_states()[page.pk] != documents[page.pk]
    assert expected_states() == indexed()
