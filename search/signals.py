"""Keeps the search indexes in step with publishing, moves, deletions, view
restrictions, a write-up's published follow-ups and its maturity's validation."""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from experiences.follow_ups.signals import follow_ups_changed
from experiences.maturity.signals import maturity_changed
from experiences.models import ExperiencePage
from experiences.reproductions import reproduction_counts_changed
from labo import memo
from search.backends.elasticsearch import INDEXED_MODELS
from search.tasks import index_page_task, index_pages_task, remove_page_task

DISPATCH_UID = "search.elasticsearch"
# Page ids per task when a whole section is reindexed.
SECTION_CHUNK = 500


def connect_elasticsearch_signals():
    """Connects the index updates when ELASTICSEARCH_URL is set; True if it did."""
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return False
    for signal, receiver, sender in _receivers():
        signal.connect(receiver, sender=sender, dispatch_uid=_uid(receiver, sender))
    return True


def disconnect_elasticsearch_signals():
    for signal, receiver, sender in _receivers():
        signal.disconnect(sender=sender, dispatch_uid=_uid(receiver, sender))


def _receivers():
    return [
        (page_published, page_changed, None),
        (page_unpublished, page_changed, None),
        (post_page_move, page_moved, None),
        (post_save, restriction_changed, PageViewRestriction),
        (post_delete, restriction_changed, PageViewRestriction),
        *((post_delete, page_deleted, model) for model in INDEXED_MODELS),
        # Outside a publication: its document reads them.
        (follow_ups_changed, write_up_changed, None),
        (maturity_changed, write_up_changed, None),
        (reproduction_counts_changed, write_ups_counted, None),
    ]


def _uid(receiver, sender):
    return f"{DISPATCH_UID}.{receiver.__name__}.{sender.__name__ if sender else ''}"


def page_changed(sender, instance, **kwargs):
    if isinstance(sender, type) and issubclass(sender, INDEXED_MODELS):
        transaction.on_commit(partial(index_page_task.enqueue, instance.pk))


def write_up_changed(sender, page_id, **kwargs):
    transaction.on_commit(partial(index_page_task.enqueue, page_id))


def write_ups_counted(sender, page_ids, **kwargs):
    transaction.on_commit(partial(reindex_pages, page_ids))


def page_deleted(sender, instance, **kwargs):
    transaction.on_commit(partial(remove_page_task.enqueue, instance.pk))


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    # Reordering among siblings sends the same signal but changes nothing indexed.
    if url_path_before != url_path_after:
        transaction.on_commit(partial(reindex_section, instance.pk))


def restriction_changed(sender, instance, **kwargs):
    transaction.on_commit(partial(reindex_section, instance.page_id))


def reindex_pages(page_ids):
    """Enqueues the reindexing of these pages, in tasks of SECTION_CHUNK."""
    for start in range(0, len(page_ids), SECTION_CHUNK):
        index_pages_task.enqueue(page_ids[start : start + SECTION_CHUNK])


def reindex_section(page_id):
    """Enqueues the reindexing of a page and its descendants of indexed types."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    reindex_pages(
        list(
            Page.objects.descendant_of(page, inclusive=True)
            .type(*INDEXED_MODELS)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    )


def connect_follow_up_signals():
    """A write-up's published follow-ups are part of its searchable text: it is
    reindexed in Wagtail's index (the database search) when one is published or
    taken off (Elasticsearch: see `_receivers`)."""
    follow_ups_changed.connect(
        follow_ups_changed_receiver, dispatch_uid="search.database.follow_ups"
    )


def follow_ups_changed_receiver(sender, page_id, **kwargs):
    transaction.on_commit(partial(write_up_text_changed, page_id))


def write_up_text_changed(page_id):
    """Updates the write-up in Wagtail's index and forgets the results kept for
    searches."""
    page = ExperiencePage.objects.filter(pk=page_id).first()
    if page is None:
        return
    index.insert_or_update_object(page)
    memo.generation_bump()
