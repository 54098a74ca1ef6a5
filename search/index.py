"""Upkeep of the search indexes: the report both backends give, and the database
index (Wagtail's IndexEntry table: SQLite FTS5 or PostgreSQL tsvector) rebuilt,
checked and repaired in place."""

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from modelsearch.index import get_indexed_models
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

BATCH_SIZE = 500
# The IndexEntry columns holding plain text, per database: what a check compares
# with the text the backend would write now.
TEXT_COLUMNS = {
    "sqlite": ("title", "autocomplete", "body"),
    "postgresql": ("title_text", "body_text"),
}


@dataclass
class IndexReport:
    """Differences between the database and an index: what is missing, out of date
    or left over, and the indices an interrupted Elasticsearch rebuild left."""

    missing: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    orphans: list = field(default_factory=list)

    @property
    def is_clean(self):
        return not (self.missing or self.stale or self.extra or self.orphans)


class IndexUnavailable(Exception):
    """The database search has no index to maintain (SQLite without FTS5...)."""


class DatabaseIndex:
    """Wagtail's database search index: public search reads it without
    Elasticsearch (or when it fails), the admin always. Drafts and private pages
    stay in it on purpose: the admin finds them there, and public search filters
    them out when it queries.

    It is never emptied: entries are added or updated batch by batch, each batch
    committed, and the entries of objects no longer indexed are removed last, so
    an interrupted rebuild leaves a usable index."""

    name = "database"

    def __init__(self):
        self.backend = get_search_backend()
        if connection.vendor not in TEXT_COLUMNS or not self.backend.rebuilder_class:
            raise IndexUnavailable(connection.vendor)
        self.index = self.backend.get_index_for_model(Page)

    def rebuild(self, *, progress=None, batch_size=BATCH_SIZE):
        """Writes the entry of every indexed object, then deletes the entries of
        objects that are gone; returns the number of objects indexed."""
        models = indexed_models()
        total = sum(model.get_indexed_objects().count() for model in models)
        done = 0
        if progress:
            progress(done, total)
        for model in models:
            for batch in batches(model.get_indexed_objects(), batch_size):
                self.write(model, batch)
                done += len(batch)
                if progress:
                    progress(done, total)
        self.delete(self.extra_entries())
        # What Wagtail's own rebuild does last: every title's weight against the
        # new average title length.
        self.index._refresh_title_norms(full=True)
        return done

    def check(self, *, batch_size=BATCH_SIZE):
        """Objects without an entry or whose entry differs from their text now,
        and entries of objects no longer indexed."""
        report = IndexReport()
        columns = TEXT_COLUMNS[connection.vendor]
        for model in indexed_models():
            content_type = get_content_type_pk(model)
            for batch in batches(model.get_indexed_objects(), batch_size):
                stored = {
                    object_id: words(texts)
                    for object_id, *texts in IndexEntry.objects.filter(
                        content_type_id=content_type,
                        object_id__in=[str(obj.pk) for obj in batch],
                    ).values_list("object_id", *columns)
                }
                for obj in batch:
                    texts = stored.get(str(obj.pk))
                    if texts is None:
                        report.missing.append((model, obj.pk))
                    elif texts != words(self.entry_texts(obj)):
                        report.stale.append((model, obj.pk))
        report.extra = self.extra_entries()
        return report

    def repair(self, report, *, batch_size=BATCH_SIZE):
        """Writes the missing and stale entries, deletes the extra ones."""
        ids_by_model = defaultdict(list)
        for model, pk in [*report.missing, *report.stale]:
            ids_by_model[model].append(pk)
        for model, ids in ids_by_model.items():
            for chunk in itertools.batched(ids, batch_size):
                self.write(
                    model, list(model.get_indexed_objects().filter(pk__in=chunk))
                )
        self.delete(report.extra)

    def write(self, model, objects):
        # One transaction per batch: a batch is written whole or not at all, and
        # SQLite takes its write lock once per batch rather than once per row.
        with transaction.atomic():
            self.index.add_items(model, objects)

    def delete(self, entry_ids):
        for chunk in itertools.batched(entry_ids, BATCH_SIZE):
            IndexEntry.objects.filter(pk__in=chunk).delete()

    def entry_texts(self, obj):
        """The plain texts the backend would store for `obj`, as TEXT_COLUMNS."""
        # Each backend's module is imported on its own database only: the SQLite
        # one loads a model that Wagtail defines only on SQLite.
        if connection.vendor == "postgresql":
            from modelsearch.backends.database.postgres.postgres import ObjectIndexer

            indexer = ObjectIndexer(obj, self.backend)
            return (indexer.title_text, indexer.body_text)
        from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer

        indexer = ObjectIndexer(obj, self.backend)
        return (indexer.title, indexer.autocomplete, indexer.body)

    def extra_entries(self):
        """Ids of the entries whose object is not indexed (any more)."""
        # Entries are listed before objects: an object created in between has its
        # entry either unlisted or matched, never taken for a leftover.
        entries = list(
            IndexEntry.objects.values_list("pk", "content_type_id", "object_id")
        )
        expected = {
            get_content_type_pk(model): {
                str(pk)
                for pk in model.get_indexed_objects()
                .prefetch_related(None)
                .values_list("pk", flat=True)
            }
            for model in indexed_models()
        }
        return [
            pk
            for pk, content_type, object_id in entries
            if object_id not in expected.get(content_type, ())
        ]


def words(texts):
    """Each text as its sorted words: related objects (themes, tags) are read in no
    fixed order, so the same entry is written with its words in varying order."""
    return tuple(sorted((text or "").split()) for text in texts)


def indexed_models():
    """Models the database index holds entries for."""
    return [model for model in get_indexed_models() if model.get_search_fields()]


def batches(queryset, size):
    """Lists of at most `size` objects, in primary key order, read by key ranges so
    that late batches cost no more than early ones."""
    queryset = queryset.order_by("pk")
    last = None
    while True:
        batch = list(
            (queryset if last is None else queryset.filter(pk__gt=last))[:size]
        )
        if not batch:
            return
        yield batch
        last = batch[-1].pk
