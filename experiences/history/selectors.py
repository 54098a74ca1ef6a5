"""Reads of a write-up's history for its readers: its publications (from Wagtail's
audit log), its published follow-ups and the coordination's public maturity
decisions, merged newest first; and two of its published versions compared."""

import heapq
import itertools
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import F, Min, Window
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Lag
from wagtail.models import PageLogEntry, Revision

from experiences.admin_forms import value_text
from experiences.fields import FREE_TEXT_KINDS, WRITE_UP_FIELDS
from experiences.follow_ups.selectors import follow_ups_published
from experiences.history.diff import text_diff
from experiences.maturity.selectors import maturity_decisions_public
from labo import memo

HISTORY_PAGE_SIZE = 20
# Entries shown under the write-up itself, before the link to its whole history.
LATEST_COUNT = 3
# Wagtail logs a publication as one of these, with the revision it made live.
PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")
# The text readers read, compared between two versions: every free-text field but
# the update's own one-line summary.
COMPARED_FIELDS = tuple(
    field
    for field in WRITE_UP_FIELDS
    if field.kind in FREE_TEXT_KINDS and field.name != "change_summary"
)

# The kinds of entry.
FIRST_PUBLICATION = "first_publication"
UPDATE = "update"  # a publication with the author's or coordinator's summary
CORRECTION = "correction"  # a publication without one: a minor correction
FOLLOW_UP = "follow_up"
MATURITY = "maturity"


@dataclass(frozen=True)
class HistoryEntry:
    kind: str
    at: object  # an aware datetime
    summary: str = ""
    # The two published versions an update compares (revision ids), if known.
    compare_from: int | None = None
    compare_to: int | None = None
    # The follow-up or maturity decision itself.
    record: object = None


def publications(page):
    """The write-up's publications, newest first, as audit-log rows: one per
    revision made live (a revision published again after an unpublication is
    not a new version), with the summary its revision carries, and the summary
    and revision of the publication before it."""
    first_per_revision = (
        PageLogEntry.objects.filter(
            page_id=page.pk, action__in=PUBLISH_ACTIONS, revision__isnull=False
        )
        .order_by()
        .values("revision_id")
        .annotate(first=Min("pk"))
        .values("first")
    )
    summary = KeyTextTransform("change_summary", "revision__content")
    oldest_first = [F("timestamp").asc(), F("pk").asc()]
    return (
        PageLogEntry.objects.filter(pk__in=first_per_revision)
        .annotate(
            summary=summary,
            previous_summary=Window(Lag(summary), order_by=oldest_first),
            previous_revision_id=Window(Lag("revision_id"), order_by=oldest_first),
        )
        .order_by("-timestamp", "-pk")
        .values(
            "timestamp",
            "revision_id",
            "summary",
            "previous_summary",
            "previous_revision_id",
        )
    )


def _publication_entry(row):
    if row["previous_revision_id"] is None:
        return HistoryEntry(
            kind=FIRST_PUBLICATION, at=row["timestamp"], compare_to=row["revision_id"]
        )
    summary = (row["summary"] or "").strip()
    if summary == (row["previous_summary"] or "").strip():
        # The line of the publication before, kept by a later one (a revision
        # derived from the live version, an older version published again):
        # announced once.
        summary = ""
    return HistoryEntry(
        kind=UPDATE if summary else CORRECTION,
        at=row["timestamp"],
        summary=summary,
        compare_from=row["previous_revision_id"],
        compare_to=row["revision_id"],
    )


def _follow_up_entry(follow_up):
    return HistoryEntry(kind=FOLLOW_UP, at=follow_up.published_at, record=follow_up)


def _maturity_entry(decision):
    return HistoryEntry(kind=MATURITY, at=decision.decided_at, record=decision)


class Timeline:
    """Every entry of a write-up's history, newest first, as a sequence the
    paginator slices: a slice reads at most its end's number of rows from each
    source, whatever the length of the history."""

    def __init__(self, page):
        self.sources = (
            (publications(page), _publication_entry),
            (follow_ups_published(page), _follow_up_entry),
            (maturity_decisions_public(page), _maturity_entry),
        )

    def count(self):
        return sum(queryset.count() for queryset, _entry in self.sources)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.stop is None:
            raise TypeError("A history is read a slice at a time.")
        newest_first = heapq.merge(
            *(
                [_ordered(entry(record), rank) for record in queryset[: key.stop]]
                for rank, (queryset, entry) in enumerate(self.sources)
            ),
            key=lambda ordered: ordered[0],
            reverse=True,
        )
        return [
            entry
            for _order, entry in itertools.islice(newest_first, key.start, key.stop)
        ]


def _ordered(entry, rank):
    """The entry with its place: newest first and, within one second, what a
    publication brought about above the publication (Wagtail logs a publication
    a few milliseconds after the receivers of `page_published` have run, a
    maturity decision among them)."""
    return (entry.at.replace(microsecond=0), rank), entry


def history_page(*, page, page_number):
    """One page of the write-up's history, newest first."""
    return Paginator(Timeline(page), HISTORY_PAGE_SIZE).get_page(page_number)


def history_latest(*, page):
    """The last few entries, for the write-up's own page: one query per source,
    however long the history."""
    if page.pk is None:  # the preview of a write-up never saved
        return []
    return Timeline(page)[:LATEST_COUNT]


@dataclass(frozen=True)
class FieldDiff:
    label: str
    segments: tuple


@dataclass(frozen=True)
class Comparison:
    older_at: object
    newer_at: object
    fields: list


def published_versions(*, page, revision_ids):
    """When each of `revision_ids` was first published on this write-up, by id;
    those never published on it (drafts, another write-up's) left out."""
    return dict(
        PageLogEntry.objects.filter(
            page_id=page.pk, action__in=PUBLISH_ACTIONS, revision_id__in=revision_ids
        )
        .order_by()
        .values("revision_id")
        .annotate(first=Min("timestamp"))
        .values_list("revision_id", "first")
    )


def comparison(*, page, older, newer):
    """The readable text of two published versions, each given as (revision id,
    first publication), compared field by field, the unchanged fields left out;
    None if a revision is gone. Kept until the next change that can show on a
    page: a revision never changes, but its write-up may become private."""
    return memo.memoize(
        f"history-comparison:{page.pk}:{older[0]}:{newer[0]}",
        lambda: _comparison(page=page, older=older, newer=newer),
    )


def _comparison(*, page, older, newer):
    contents = dict(
        Revision.page_revisions.filter(
            object_id=str(page.pk), pk__in=(older[0], newer[0])
        ).values_list("pk", "content")
    )
    if len(contents) != 2:
        return None
    before = page.with_content_json(contents[older[0]])
    after = page.with_content_json(contents[newer[0]])
    fields = []
    for field in COMPARED_FIELDS:
        old = value_text(field.kind, getattr(before, field.name, None))
        new = value_text(field.kind, getattr(after, field.name, None))
        if old != new:
            fields.append(
                FieldDiff(
                    label=field.label or field.name,
                    segments=text_diff(old, new).segments,
                )
            )
    return Comparison(older_at=older[1], newer_at=newer[1], fields=fields)
