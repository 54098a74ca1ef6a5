"""The Elasticsearch backend against a real server, given by ELASTICSEARCH_URL.

Each test rebuilds a throwaway alias (labo-test-<random>) from the pages it
creates, and deletes its indices afterwards."""

import datetime
import io
import os
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from experiences.models import StrategyNotePage
from search.backends.elasticsearch import ElasticsearchBackend
from search.query import RECENT, SearchQuery
from search.tasks import index_page_task
from tests.factories import ThemeFactory, department, experience_page, region
from tests.search.test_search_faults import SEED, disk_site

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="SKIPPED: no ELASTICSEARCH_URL, live Elasticsearch suite not run",
)


@pytest.fixture
def live(db, settings):
    """A backend on a fresh test alias, configured as the site's backend too."""
    alias = f"labo-test-{uuid.uuid4().hex[:10]}"
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.LABO_SEARCH_INDEX = alias
    backend = ElasticsearchBackend(url=settings.ELASTICSEARCH_URL, index=alias)
    yield backend
    indices = list(backend.client.indices.get(index=f"{alias}-*"))
    if indices:
        backend.client.indices.delete(index=indices)


def published(page, days_ago):
    """Sets when the page was first published, for sorting and recency."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=when)
    return page


@pytest.fixture
def content(site_tree):
    visio, social = ThemeFactory(), ThemeFactory()
    pages = {
        "numerique": published(
            experience_page(
                site_tree["experiences"],
                title="Accompagnement numérique des jeunes",
                summary="Des ateliers pour gagner en aisance avec les démarches.",
                themes=[visio],
                territory=department("33"),
                maturity="evaluated",
            ),
            days_ago=400,
        ),
        "visio": published(
            experience_page(
                site_tree["experiences"],
                title="Rendez-vous en visio",
                summary="Un rendez-vous hebdomadaire à distance.",
                themes=[social],
                territory=department("75"),
            ),
            days_ago=10,
        ),
        "draft": experience_page(site_tree["experiences"], title="Visio brouillon"),
        "private": experience_page(site_tree["experiences"], title="Visio privée"),
    }
    pages["draft"].unpublish()
    PageViewRestriction.objects.create(page=pages["private"], restriction_type="login")
    note = StrategyNotePage(
        title="Le numérique en Nouvelle-Aquitaine",
        slug="note-live",
        summary="Ce que disent les fiches de la région.",
        territory=region("75"),
        body=[("paragraph", RichText("<p>Les visios se généralisent.</p>"))],
    )
    site_tree["notes"].add_child(instance=note)
    note.save_revision().publish()
    pages["note"] = published(note, days_ago=100)
    pages["themes"] = (visio, social)
    return pages


def found(backend, **query):
    return [hit.page_id for hit in backend.search(SearchQuery(**query)).hits]


def test_rebuild_moves_the_alias_and_drops_the_old_index(live, content):
    first = live.rebuild()
    second = live.rebuild()
    assert live.alias_indices() == [second]
    assert not live.client.indices.exists(index=first)


def test_accents_plurals_and_elisions_do_not_matter(live, content):
    live.rebuild()
    assert content["numerique"].pk in found(live, text="numerique")
    assert content["visio"].pk in found(live, text="visios")
    assert content["numerique"].pk in found(live, text="l'accompagnement")


def test_drafts_and_private_pages_are_never_found(live, content):
    live.rebuild()
    ids = found(live, text="visio")
    assert content["visio"].pk in ids
    assert content["draft"].pk not in ids
    assert content["private"].pk not in ids


def test_a_region_filter_includes_its_departments(live, content):
    live.rebuild()
    ids = found(live, filters={"territoire": ("region-75",)})
    assert sorted(ids) == sorted([content["numerique"].pk, content["note"].pk])


def test_facet_counts_ignore_their_own_filter_and_match_the_results(live, content):
    live.rebuild()
    visio, social = content["themes"]
    results = live.search(SearchQuery(filters={"theme": (visio.slug,)}))
    assert [hit.page_id for hit in results.hits] == [content["numerique"].pk]
    assert results.total == 1
    assert results.facet_counts["theme"] == {visio.slug: 1, social.slug: 1}
    assert results.facet_counts["type"] == {"fiche": 1}
    assert results.facet_counts["territoire"] == {"region-75": 1}
    assert results.facet_counts["maturite"] == {"evaluated": 1}


def test_recent_sort_lists_the_latest_first(live, content):
    live.rebuild()
    assert found(live, sort=RECENT) == [
        content["visio"].pk,
        content["note"].pk,
        content["numerique"].pk,
    ]


def test_excerpts_mark_the_words_found(live, content):
    live.rebuild()
    (hit,) = live.search(SearchQuery(text="hebdomadaire")).hits
    assert "<mark>hebdomadaire</mark>" in hit.excerpt


def test_a_misspelt_query_gets_a_correction(live, content):
    live.rebuild()
    results = live.search(SearchQuery(text="accompagnemnt"))
    assert results.total == 0
    assert results.suggestion == "accompagnement"


def test_autocomplete_completes_any_word_without_accents(live, content):
    live.rebuild()
    assert "Accompagnement numérique des jeunes" in live.autocomplete("numer")
    assert "Rendez-vous en visio" in live.autocomplete("rendez")
    assert "Visio privée" not in live.autocomplete("visio")


def test_publishing_and_unpublishing_update_the_index(live, content, site_tree):
    live.rebuild()
    page = experience_page(site_tree["experiences"], title="Café numérique mobile")
    index_page_task.enqueue(page.pk)
    live.client.indices.refresh(index=live.index)
    assert page.pk in found(live, text="café mobile")

    page.unpublish()
    index_page_task.enqueue(page.pk)
    live.client.indices.refresh(index=live.index)
    assert page.pk not in found(live, text="café mobile")


def test_check_finds_a_missing_document_and_repair_restores_it(live, content):
    live.rebuild()
    live.client.delete(index=live.index, id=content["visio"].pk, refresh=True)

    out = io.StringIO()
    with pytest.raises(CommandError) as differs:
        call_command("search_index", "check", "--backend", "elasticsearch", stdout=out)
    assert differs.value.returncode == 1
    assert "Manquantes : 1, périmées : 0, en trop : 0." in out.getvalue()

    call_command(
        "search_index",
        "check",
        "--backend",
        "elasticsearch",
        "--repair",
        stdout=io.StringIO(),
    )
    live.client.indices.refresh(index=live.index)
    assert live.check().is_clean
    assert content["visio"].pk in found(live, text="visio")


@pytest.fixture
def alias():
    """A backend on a fresh test alias, for the site's processes to build."""
    backend = ElasticsearchBackend(
        url=os.environ["ELASTICSEARCH_URL"], index=f"labo-test-{uuid.uuid4().hex[:10]}"
    )
    yield backend
    indices = list(backend.client.indices.get(index=f"{backend.index}-*"))
    if indices:
        backend.client.indices.delete(index=indices)


def test_a_rebuild_killed_half_way_leaves_the_alias_on_the_complete_index(
    tmp_path, alias
):
    environment = {
        # The test settings ignore ELASTICSEARCH_URL; production's need a server.
        "DJANGO_SETTINGS_MODULE": "labo.settings.dev",
        "DEBUG": "0",
        "ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"],
        "LABO_SEARCH_INDEX": alias.index,
    }
    only_elasticsearch = ("--backend", "elasticsearch")
    with disk_site(tmp_path, **environment) as site:
        site.shell(SEED)
        site.manage("search_index", "rebuild", *only_elasticsearch)
        (complete_index,) = alias.alias_indices()
        complete = site.search_total("jeunes")
        assert complete > 0

        _, total = site.rebuild_killed_midway(*only_elasticsearch, "--batch-size", "20")

        (half_built,) = alias.orphan_indices()
        alias.client.indices.refresh(index=half_built)
        assert alias.client.count(index=half_built)["count"] < total
        assert alias.alias_indices() == [complete_index]
        assert alias.search(SearchQuery()).total == total
        assert site.search_total("jeunes") == complete

        check = site.manage("search_index", "check", *only_elasticsearch, check=False)
        assert check.returncode == 1
        assert "Manquantes : 0, périmées : 0, en trop : 0." in check.stdout
        assert half_built in check.stdout
        repair = site.manage("search_index", "check", "--repair", *only_elasticsearch)
        assert "1 index abandonné supprimé" in repair.stdout
        assert not alias.client.indices.exists(index=half_built)
        assert "L'index est à jour." in (
            site.manage("search_index", "check", *only_elasticsearch).stdout
        )

        # Without check --repair, the next rebuild deletes what one killed left.
        site.rebuild_killed_midway(*only_elasticsearch, "--batch-size", "20")
        site.manage("search_index", "rebuild", *only_elasticsearch)
        (rebuilt,) = alias.alias_indices()
        assert alias.own_indices() == {rebuilt: True}
        assert alias.search(SearchQuery()).total == total
