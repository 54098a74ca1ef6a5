"""The "reproduced from" links between write-ups, followed in the database, and
each write-up's count of published reproductions (`reproduction_count`).

The count of a write-up is the number of readable write-ups (published, outside
every private section) that descend from it, at most REPLICATION_CHAIN_LIMIT
links down. It is kept on the page's row, outside its revisions, and refreshed
for the few write-ups upstream of a change: a publication, an unpublication, a
deletion, a move, a privacy restriction added or removed, a changed link. Each
refresh costs a fixed number of queries, whatever the number of write-ups.
"""

from collections import Counter
from itertools import batched

from django.db import connection
from django.db.models import Case, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from experiences.models import ExperiencePage
from experiences.models.pages import REPLICATION_CHAIN_LIMIT

UPDATE_BATCH = 500
# Sent once counts changed (an update, outside revisions), with `page_ids`: the
# page cache starts a new generation, search updates those write-ups' documents.
reproduction_counts_changed = Signal()


def _columns():
    table = ExperiencePage._meta.db_table
    key = ExperiencePage._meta.pk.column
    source = ExperiencePage._meta.get_field("reproduced_from").column
    return table, key, source


def sources_sql(start_sql):
    """SQL of the ids of the write-ups `start_sql` selects and of those they
    descend from, up to the chain's limit: the write-ups whose count a change
    below them can alter."""
    table, key, source = _columns()
    return (
        f"WITH RECURSIVE upstream(id, step) AS ("
        f" SELECT {key}, 1 FROM {table} WHERE {key} IN ({start_sql})"
        f" UNION ALL"
        f" SELECT e.{source}, upstream.step + 1 FROM {table} e"
        f" JOIN upstream ON e.{key} = upstream.id"
        f" WHERE upstream.step < {REPLICATION_CHAIN_LIMIT}"
        f" AND e.{source} IS NOT NULL"
        f") SELECT DISTINCT id FROM upstream"
    )


def descendants_sql(start_sql):
    """SQL of (root, id) rows: each write-up `start_sql` selects, beside every
    write-up that descends from it, up to the chain's limit."""
    table, key, source = _columns()
    return (
        f"WITH RECURSIVE downstream(root, id, step) AS ("
        f" SELECT {key}, {key}, 0 FROM {table} WHERE {key} IN ({start_sql})"
        f" UNION ALL"
        f" SELECT downstream.root, e.{key}, downstream.step + 1 FROM {table} e"
        f" JOIN downstream ON e.{source} = downstream.id"
        f" WHERE downstream.step < {REPLICATION_CHAIN_LIMIT}"
        f") SELECT root, id FROM downstream WHERE step > 0 AND id <> root"
    )


def source_ids(page_id):
    """An expression for the ids of a write-up and of those it descends from, for
    `pk__in`."""
    return RawSQL(sources_sql("%s"), (page_id,))


def descendant_ids(page_id):
    """An expression for the ids of the write-ups that descend from one, for
    `pk__in`."""
    return RawSQL(f"SELECT id FROM ({descendants_sql('%s')}) descendants", (page_id,))


def _readable(queryset):
    # Wagtail's own `public()` reads the restrictions as they are now: the
    # shared, memoized list (experiences.visibility) may still hold the one
    # whose change is being handled.
    return queryset.live().public()


def _counts_refresh(starts):
    """Recounts the write-ups upstream of `starts` (a queryset of write-up ids),
    and saves the counts that changed."""
    start_sql, start_params = starts.query.sql_with_params()
    roots_sql = sources_sql(start_sql)
    with connection.cursor() as cursor:
        cursor.execute(descendants_sql(roots_sql), start_params)
        descendants = set(cursor.fetchall())
    readable = set(
        _readable(
            ExperiencePage.objects.filter(
                pk__in=RawSQL(
                    f"SELECT id FROM ({descendants_sql(roots_sql)}) descendants",
                    start_params,
                )
            )
        ).values_list("pk", flat=True)
    )
    counts = Counter(root for root, page_id in descendants if page_id in readable)
    changed = {
        page_id: counts[page_id]
        for page_id, count in ExperiencePage.objects.filter(
            pk__in=RawSQL(roots_sql, start_params)
        ).values_list("pk", "reproduction_count")
        if counts[page_id] != count
    }
    # One statement per batch, whatever the number of counts that changed.
    for batch in batched(changed.items(), UPDATE_BATCH):
        ExperiencePage.objects.filter(pk__in=[page_id for page_id, _ in batch]).update(
            reproduction_count=Case(
                *(When(pk=page_id, then=Value(count)) for page_id, count in batch)
            )
        )
    if changed:
        # Cards, listings and the sort show the counts: the page cache and search
        # hear of it.
        reproduction_counts_changed.send(sender=ExperiencePage, page_ids=list(changed))
    return len(changed)


def reproduction_counts_refresh(*, source_ids):
    """Recounts the write-ups of `source_ids` and those they descend from."""
    source_ids = [page_id for page_id in source_ids if page_id is not None]
    if source_ids:
        _counts_refresh(
            ExperiencePage.objects.filter(pk__in=source_ids).order_by().values("pk")
        )


def reproduction_counts_refresh_under(*, path):
    """Recounts upstream of the write-ups in a section of the tree, whose
    readability a move or a privacy restriction may have changed."""
    _counts_refresh(
        ExperiencePage.objects.filter(
            path__startswith=path, reproduced_from__isnull=False
        )
        .order_by()
        .values("reproduced_from_id")
    )


def reproduction_counts_recompute():
    """Recounts every write-up that has or had reproductions; returns how many
    counts changed. For `manage.py reproduction_counts`, after an import or a
    change made outside the signals (a raw SQL update)."""
    return _counts_refresh(
        ExperiencePage.objects.filter(reproduced_from__isnull=False)
        .order_by()
        .values("reproduced_from_id")
        .union(
            ExperiencePage.objects.filter(reproduction_count__gt=0)
            .order_by()
            .values("pk")
        )
    )


# What a save changes: whether the page is published, and its link.
_LINK_FIELDS = {"live", "reproduced_from"}
_BEFORE = "_reproduction_link_before"


def _link_remember(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and not _LINK_FIELDS & set(update_fields):
        return
    row = (
        ExperiencePage.objects.filter(pk=instance.pk)
        .values_list("live", "reproduced_from_id", "reproduction_count")
        .first()
    )
    if row is None:
        setattr(instance, _BEFORE, (False, None))
        return
    live, source_id, count = row
    setattr(instance, _BEFORE, (live, source_id))
    # The count is the database's: an instance loaded before a reproduction was
    # published (or a revision's copy of it) never saves an older one.
    instance.reproduction_count = count


def _link_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = instance.__dict__.pop(_BEFORE, (False, None) if created else None)
    after = (instance.live, instance.reproduced_from_id)
    if before is not None and before != after:
        reproduction_counts_refresh(source_ids={before[1], after[1]})


def _page_unpublished(sender, instance, **kwargs):
    reproduction_counts_refresh(source_ids={instance.reproduced_from_id})


def _page_deleted(sender, instance, **kwargs):
    reproduction_counts_refresh(source_ids={instance.reproduced_from_id})


def _page_moved(sender, instance, **kwargs):
    reproduction_counts_refresh_under(path=instance.path)


def _restriction_changed(sender, instance, **kwargs):
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True)
    # Gone with its page: the write-ups deleted with it were recounted one by one.
    if path := path.first():
        reproduction_counts_refresh_under(path=path)


def reproductions_connect():
    """Keeps the counts right on every change that can alter them."""
    pre_save.connect(
        _link_remember, sender=ExperiencePage, dispatch_uid="labo.reproductions.pre"
    )
    post_save.connect(
        _link_saved, sender=ExperiencePage, dispatch_uid="labo.reproductions.save"
    )
    page_unpublished.connect(
        _page_unpublished,
        sender=ExperiencePage,
        dispatch_uid="labo.reproductions.unpublished",
    )
    post_delete.connect(
        _page_deleted, sender=ExperiencePage, dispatch_uid="labo.reproductions.delete"
    )
    post_page_move.connect(_page_moved, dispatch_uid="labo.reproductions.move")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"labo.reproductions.restriction.{signal is post_save}",
        )
