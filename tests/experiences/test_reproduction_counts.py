"""The count of published reproductions (`reproduction_count`): kept right on
every change that can alter it, shown on cards, the write-up and the API, and the
listing's filter and sort; the chain on the write-up in a fixed number of queries."""

import datetime
import io
import itertools

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from experiences.models import ExperiencePage
from experiences.models.pages import REPLICATION_CHAIN_LIMIT
from experiences.reproductions import (
    reproduction_counts_recompute,
    reproduction_counts_refresh,
)
from labo import memo
from labo.models import StandardPage
from tests.factories import MissionLocaleFactory, department, experience_page


def draft_write_up(parent, **fields):
    """A write-up never published, every required field filled."""
    page = ExperiencePage(
        live=False,
        territory=department("33"),
        start_date=datetime.date(2025, 1, 6),
        summary="Un résumé.",
        context="<p>Un contexte.</p>",
        objectives="<ul><li>Un objectif</li></ul>",
        results="<p>Des résultats.</p>",
        **fields,
    )
    parent.add_child(instance=page)
    return page


def counts(*pages):
    return [ExperiencePage.objects.get(pk=page.pk).reproduction_count for page in pages]


MISSIONS_LOCALES = itertools.count(1)


def chain(parent, length, **fields):
    """An original and `length` write-ups, each reproducing the one before, each
    in a Mission locale of its own."""
    pages = [experience_page(parent, title="L'original", **fields)]
    for number in range(length):
        pages.append(
            experience_page(
                parent,
                title=f"Reproduction {number + 1}",
                reproduced_from=pages[-1],
                territory=MissionLocaleFactory(
                    name=f"Mission locale n° {next(MISSIONS_LOCALES)}",
                    parent=department("33"),
                ),
            )
        )
    return pages


# The count on each event


def test_publishing_a_reproduction_counts_it_upstream_only(experience_index):
    original, first, second = chain(experience_index, 2)
    assert counts(original, first, second) == [2, 1, 0]


def test_a_draft_reproduction_counts_once_published(experience_index):
    original = experience_page(experience_index)
    draft = draft_write_up(
        experience_index,
        title="Un brouillon",
        slug="brouillon",
        reproduced_from=original,
    )
    assert counts(original) == [0]
    draft.save_revision(clean=False).publish()
    assert counts(original) == [1]


def test_unpublishing_and_republishing(experience_index):
    original, first, _second = chain(experience_index, 2)
    first.unpublish()
    # The second still descends from the original, through an unpublished one.
    assert counts(original, first) == [1, 1]
    first.save_revision().publish()
    assert counts(original, first) == [2, 1]


def test_deleting_a_reproduction_cuts_the_chain_below_it(experience_index):
    original, first, second = chain(experience_index, 2)
    second_id = second.pk
    first.delete()
    assert counts(original) == [0]
    assert ExperiencePage.objects.get(pk=second_id).reproduced_from is None


def test_a_privacy_restriction_added_then_removed(experience_index):
    original, first = chain(experience_index, 1)
    restriction = PageViewRestriction.objects.create(
        page=first, restriction_type="login"
    )
    assert counts(original) == [0]
    restriction.delete()
    assert counts(original) == [1]


def test_a_restriction_on_a_section_counts_every_write_up_under_it(
    experience_index, site_tree
):
    original, _first = chain(experience_index, 1)
    PageViewRestriction.objects.create(page=experience_index, restriction_type="login")
    assert counts(original) == [0]


def test_moving_a_reproduction_into_a_private_section(experience_index, site_tree):
    original, first = chain(experience_index, 1)
    private = site_tree["home"].add_child(
        instance=StandardPage(title="Archives", slug="archives")
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    first.move(private, pos="last-child")
    assert counts(original) == [0]


def test_changing_what_a_write_up_reproduces(experience_index):
    original, first, _second = chain(experience_index, 2)
    other = experience_page(experience_index, title="Une autre origine")
    revision = first.get_latest_revision_as_object()
    revision.reproduced_from = other
    revision.save_revision().publish()
    assert counts(original, other, first) == [0, 2, 1]


def test_the_count_stops_at_the_chains_limit(experience_index):
    pages = chain(experience_index, REPLICATION_CHAIN_LIMIT + 2)
    assert counts(pages[0], pages[1], pages[2]) == [
        REPLICATION_CHAIN_LIMIT,
        REPLICATION_CHAIN_LIMIT,
        REPLICATION_CHAIN_LIMIT,
    ]
    assert counts(pages[-2]) == [1]


def test_publishing_again_keeps_the_count_the_revision_never_held(experience_index):
    original, _first = chain(experience_index, 1)
    original.save_revision().publish()
    assert counts(original) == [1]


def test_a_recount_costs_a_fixed_number_of_queries(experience_index):
    # Publishing also runs the page's own check of its chain (ExperiencePage.clean),
    # one query a link: the recount alone is measured here.
    def queries_to_recount(length):
        pages = chain(experience_index, length)
        ExperiencePage.objects.filter(pk__in=[p.pk for p in pages]).update(
            reproduction_count=0
        )
        with CaptureQueriesContext(connection) as context:
            reproduction_counts_refresh(source_ids={pages[-1].pk})
        assert counts(pages[0], pages[-2]) == [length, 1]
        return len(context)

    assert queries_to_recount(1) == queries_to_recount(6)


def test_recomputing_every_count_fixes_what_the_signals_missed(experience_index):
    original, first, second = chain(experience_index, 2)
    ExperiencePage.objects.filter(pk=original.pk).update(reproduction_count=7)
    ExperiencePage.objects.filter(pk=second.pk).update(reproduction_count=3)
    before = memo.generation()
    out = io.StringIO()
    call_command("reproduction_counts", stdout=out)
    assert counts(original, first, second) == [2, 1, 0]
    assert out.getvalue() == "2 compteurs corrigés.\n"
    assert memo.generation() != before
    assert reproduction_counts_recompute() == 0


# Where it shows


def test_cards_the_write_up_and_the_api_show_the_count(client, experience_index):
    original, _first, _second = chain(experience_index, 2)
    listing = BeautifulSoup(client.get("/experiences/").content, "html.parser")
    card = listing.find("a", string="L'original").find_parent("article")
    assert card.find(class_="reproduction-count").get_text() == "Reproduite 2 fois"
    assert "Reproduite" not in str(
        listing.find("a", string="Reproduction 2").find_parent("article")
    )
    page = client.get(original.url).content.decode()
    assert "Reproduite 2 fois" in page

    api = client.get(f"/api/v2/pages/{original.pk}/").json()
    assert api["reproduction_count"] == 2


def test_the_write_up_shows_the_territories_the_chain_reached(client, experience_index):
    original, first, second = chain(experience_index, 2)
    html = BeautifulSoup(client.get(first.url).content, "html.parser")
    section = html.find("section", class_="replication")
    upwards, downwards = section.find_all(class_="replication__list")
    assert [li.a.get_text() for li in upwards.find_all("li")] == ["L'original"]
    assert "Reproduction 2" in downwards.get_text()
    assert second.territory.name in downwards.get_text()

    html = BeautifulSoup(client.get(original.url).content, "html.parser")
    downwards = html.find("section", class_="replication").find(
        class_="replication__list"
    )
    items = downwards.find_all("li")
    assert [li.a.get_text() for li in items] == ["Reproduction 1", "Reproduction 2"]
    assert first.territory.name in items[0].get_text()
    assert "d'après" in items[1].get_text() and "Reproduction 1" in items[1].get_text()
    assert "reproduite ailleurs, 2 fois" in html.get_text()


def test_a_reproduction_nobody_may_read_is_never_shown(client, experience_index):
    original, first, _second = chain(experience_index, 2)
    first.unpublish()
    html = client.get(original.url).content.decode()
    assert "Reproduction 2" in html
    assert "Reproduction 1" not in html


def test_the_chain_costs_the_same_queries_whatever_its_length(
    client, experience_index, settings
):
    settings.LABO_PAGE_CACHE_SECONDS = 0

    def queries(length):
        pages = chain(experience_index, length)
        measured = []
        for page in (pages[0], pages[length // 2], pages[-1]):
            client.get(page.url)
            with CaptureQueriesContext(connection) as context:
                assert client.get(page.url).status_code == 200
            measured.append(len(context))
        return measured

    assert queries(2) == queries(6)


# The listing


def test_the_listing_filters_and_sorts_by_reproductions(client, experience_index):
    _original, _first, _second = chain(experience_index, 2)
    experience_page(experience_index, title="La plus récente")

    def titles(query):
        html = BeautifulSoup(client.get(f"/experiences/{query}").content, "html.parser")
        return [a.get_text() for a in html.select(".card__title a")], html

    recent, _html = titles("")
    assert recent[0] == "La plus récente"
    reproduced, html = titles("?reproduite=oui")
    assert set(reproduced) == {"L'original", "Reproduction 1"}
    chip = html.find("ul", class_="chips").find("a")
    assert "Reproduite ailleurs" in chip.get_text()
    assert chip["href"] == "?"
    assert html.find(id="filter-reproduite").has_attr("checked")

    most, html = titles("?tri=reproductions")
    assert most[:2] == ["L'original", "Reproduction 1"]
    assert html.find(id="filter-sort").find("option", selected=True)["value"] == (
        "reproductions"
    )
    both, html = titles("?tri=reproductions&reproduite=oui")
    assert both == ["L'original", "Reproduction 1"]
    assert html.find("ul", class_="chips").find("a")["href"] == "?tri=reproductions"

    for bad in ("?reproduite=non", "?reproduite=OUI", "?tri=hasard", "?tri="):
        shown, html = titles(bad)
        assert shown == recent, bad
        assert html.find("ul", class_="chips") is None
