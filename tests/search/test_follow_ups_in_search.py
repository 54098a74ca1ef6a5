"""A write-up's published follow-ups are part of its searchable text: when the
follow-ups module says they changed, search updates the write-up everywhere. A
maturity confirmed outside a publication updates its Elasticsearch document."""

import pytest
from django.http import QueryDict

from experiences.follow_ups.signals import follow_ups_changed
from experiences.maturity.signals import maturity_changed
from experiences.models import ExperiencePage
from labo import memo
from search.query import SearchQuery
from search.service import search_pages
from search.signals import write_up_text_changed
from tests.factories import experience_page


def found(text):
    return [
        hit.page_id
        for hit in search_pages(SearchQuery.from_params(QueryDict(f"q={text}"))).hits
    ]


def test_the_signal_reindexes_the_write_up_and_forgets_kept_results(
    experience_index, settings, django_capture_on_commit_callbacks
):
    settings.LABO_PAGE_CACHE_SECONDS = 600
    page = experience_page(experience_index, title="Permanences en visio")
    # A change Wagtail's index does not see (no save signal), as a follow-up's
    # text is to the page.
    ExperiencePage.objects.filter(pk=page.pk).update(summary="Un hippocampe en visio.")
    assert found("hippocampe") == []
    before = memo.generation()

    with django_capture_on_commit_callbacks(execute=True):
        follow_ups_changed.send(sender=None, page_id=page.pk)

    assert memo.generation() != before
    assert found("hippocampe") == [page.pk]


def test_nothing_happens_before_the_commit_nor_for_a_missing_page(
    experience_index, django_capture_on_commit_callbacks
):
    page = experience_page(experience_index)
    ExperiencePage.objects.filter(pk=page.pk).update(summary="Un hippocampe.")
    with django_capture_on_commit_callbacks() as callbacks:
        follow_ups_changed.send(sender=None, page_id=page.pk)
    assert found("hippocampe") == []
    # Search's update waits for the commit (the page cache's bump waits too).
    assert [
        callback.func
        for callback in callbacks
        if getattr(callback, "func", None) is write_up_text_changed
    ] == [write_up_text_changed]

    with django_capture_on_commit_callbacks(execute=True):
        follow_ups_changed.send(sender=None, page_id=page.pk + 1000)
    assert found("hippocampe") == []


@pytest.mark.parametrize("signal", [follow_ups_changed, maturity_changed])
def test_with_elasticsearch_a_change_outside_a_publication_enqueues_the_update(
    experience_index,
    elasticsearch_signals,
    enqueued,
    django_capture_on_commit_callbacks,
    signal,
):
    page = experience_page(experience_index)
    enqueued.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        signal.send(sender=None, page_id=page.pk)
    assert enqueued == []  # not before the commit
    for callback in callbacks:
        callback()
    assert enqueued == [("index_page_task", page.pk)]


def test_without_elasticsearch_a_maturity_change_enqueues_nothing(
    experience_index, enqueued, django_capture_on_commit_callbacks
):
    page = experience_page(experience_index)
    with django_capture_on_commit_callbacks(execute=True):
        maturity_changed.send(sender=None, page_id=page.pk)
        follow_ups_changed.send(sender=None, page_id=page.pk)
    assert enqueued == []


def test_a_word_only_in_a_published_follow_up_finds_the_write_up(
    experience_index, django_capture_on_commit_callbacks
):
    from experiences.follow_ups import services
    from labo.accounts import roles
    from search.backends.elasticsearch import bulk_actions, pages_by_id
    from tests.factories import approved_member

    author = approved_member(roles.CONTRIBUTORS)
    coordinator = approved_member(roles.COORDINATION)
    page = experience_page(experience_index, title="Permanences en visio", owner=author)
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.follow_up_answer(
            user=author,
            page=page,
            cleaned_data={
                "outcome": "kept",
                "why": "Les jeunes demandent des hippocampes en peluche.",
                "advice": "",
                "figures": "",
            },
        )
    # Waiting for the coordination: nowhere in search.
    assert found("hippocampes") == []
    [action] = bulk_actions(pages_by_id([page.pk]), index="x")
    assert "hippocampes" not in action["_source"]["body"]

    with django_capture_on_commit_callbacks(execute=True):
        services.follow_up_decide(
            follow_up=pending, reviewer=coordinator, action=services.PUBLISH
        )
    assert found("hippocampes") == [page.pk]
    [action] = bulk_actions(pages_by_id([page.pk]), index="x")
    assert "hippocampes en peluche" in action["_source"]["body"]

    with django_capture_on_commit_callbacks(execute=True):
        services.follow_up_decide(
            follow_up=pending, reviewer=coordinator, action=services.WITHDRAW
        )
    assert found("hippocampes") == []


def test_with_elasticsearch_a_published_reproduction_updates_its_sources_document(
    experience_index,
    elasticsearch_signals,
    enqueued,
    django_capture_on_commit_callbacks,
):
    origin = experience_page(experience_index, title="L'original")
    first = experience_page(experience_index, reproduced_from=origin)
    enqueued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        experience_page(experience_index, reproduced_from=first)
    origin.refresh_from_db()
    assert origin.reproduction_count == 2
    assert ("index_pages_task", sorted([origin.pk, first.pk])) in [
        (name, sorted(ids)) for name, ids in enqueued if name == "index_pages_task"
    ]
