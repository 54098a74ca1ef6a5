"""A write-up's published follow-ups are part of its searchable text: when the
follow-ups module says they changed, search updates the write-up everywhere."""

from django.http import QueryDict

from experiences.follow_ups.signals import follow_ups_changed
from experiences.models import ExperiencePage
from labo import memo
from search.query import SearchQuery
from search.service import search_pages
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
    assert len(callbacks) == 1

    with django_capture_on_commit_callbacks(execute=True):
        follow_ups_changed.send(sender=None, page_id=page.pk + 1000)
    assert found("hippocampe") == []


def test_with_elasticsearch_the_signal_enqueues_the_write_ups_update(
    experience_index,
    elasticsearch_signals,
    enqueued,
    django_capture_on_commit_callbacks,
):
    page = experience_page(experience_index)
    enqueued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        follow_ups_changed.send(sender=None, page_id=page.pk)
    assert enqueued == [("index_page_task", page.pk)]
