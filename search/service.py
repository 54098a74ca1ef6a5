"""The one entry point for search: views, the API and tests call `search_pages`."""

import logging

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from experiences.models import CollectionPage, Maturity, StrategyNotePage
from experiences.selectors import visible_experiences, visible_tags, with_card_data
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme
from experiences.visibility import visible_pages
from labo import memo
from search import query as q
from search.backends.database import DatabaseBackend
from search.backends.elasticsearch import ENGINE_ERRORS, backend_from_settings
from search.highlight import excerpt
from search.models import SearchQueryStat
from search.query import FacetValue, SearchHit, SearchResults

logger = logging.getLogger(__name__)

TYPE_LABELS = {
    "fiche": "Fiches expériences",
    "note": "Notes stratégiques",
    "dossier": "Dossiers",
}
REPRODUCED_LABELS = {q.REPRODUCED_YES: "Reproduite ailleurs"}


def search_pages(query, *, record=False):
    """Runs `query` on Elasticsearch when configured, else (or when it fails) on the
    database; `record` adds the query to the anonymous search statistics."""
    raw, backend_name = _search_with_fallback(query)
    pages = _visible_pages([hit.page_id for hit in raw.hits])
    hits = [hit for hit in raw.hits if hit.page_id in pages]
    for hit in hits:
        hit.page = pages[hit.page_id]
        hit.excerpt = hit.excerpt or excerpt(_summary(hit.page), query.text)
    if query.page == 1 and query.text and not query.filters:
        promoted = _promotions(query.text)
        promoted_ids = {hit.page_id for hit in promoted}
        hits = promoted + [hit for hit in hits if hit.page_id not in promoted_ids]
    if record and query.text and query.page == 1:
        search_stat_record(text=query.text, result_count=raw.total)
    labels = _facet_labels(query, raw.facet_counts)
    return SearchResults(
        query=query,
        hits=hits,
        total=raw.total,
        facets=_labelled_facets(query, raw.facet_counts, labels),
        suggestion=raw.suggestion,
        backend=backend_name,
        active_filters=[
            (facet, value, labels[facet].get(value, value))
            for facet, values in query.filters.items()
            for value in values
            if value in labels[facet] or facet == q.YEAR
        ],
    )


def count_pages(query):
    """How many pages `query` finds (its page and sort aside): Elasticsearch when
    configured, else (or when it fails) the database, in one statement."""
    backend = backend_from_settings()
    if backend is not None:
        try:
            return backend.count(query)
        except ENGINE_ERRORS as error:
            logger.warning("Elasticsearch count failed, using the database: %s", error)
    return memo.memoize(
        f"search-count:{query.text}|{sorted(query.filters.items())}",
        lambda: DatabaseBackend().count(query),
    )


def autocomplete_titles(prefix, limit=8):
    text = q.clean_text(prefix)
    if len(text) < 2:
        return []
    backend = backend_from_settings()
    if backend is not None:
        try:
            return backend.autocomplete(text, limit)
        except ENGINE_ERRORS as error:
            logger.warning(
                "Elasticsearch autocomplete failed, using the database: %s", error
            )
    return DatabaseBackend().autocomplete(text, limit)


def _search_with_fallback(query):
    backend = backend_from_settings()
    if backend is not None:
        try:
            return backend.search(query), backend.name
        except ENGINE_ERRORS as error:
            # Search must keep answering: the database holds the same content.
            logger.warning("Elasticsearch search failed, using the database: %s", error)
    database = DatabaseBackend()
    # Kept until the next change that can show on a page (labo.memo's
    # generation): a common word's ranking and counts are the costly part. And
    # for the day only: a maturity label past its review date stops lifting a
    # write-up on that date, with no change to bump the generation.
    results = memo.memoize(
        f"search:{query.text}|{sorted(query.filters.items())}|{query.sort}"
        f"|{query.page}|{query.page_size}|{timezone.localdate()}",
        lambda: database.search(query),
    )
    return results, database.name


def _visible_pages(page_ids):
    """The live, public, specific pages among `page_ids`, fetched per type."""
    if not page_ids:
        return {}
    querysets = (
        with_card_data(visible_experiences().filter(pk__in=page_ids)),
        visible_pages(StrategyNotePage)
        .filter(pk__in=page_ids)
        .select_related("territory")
        .prefetch_related("themes"),
        visible_pages(CollectionPage).filter(pk__in=page_ids),
    )
    return {page.pk: page for queryset in querysets for page in queryset}


def _summary(page):
    return getattr(page, "summary", "") or getattr(page, "intro", "")


def _promotions(text):
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(text), page__isnull=False
        ).order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions]
    pages = _visible_pages(page_ids)
    return [
        SearchHit(
            page_id=promotion.page_id,
            score=0.0,
            excerpt=excerpt(
                promotion.description or _summary(pages[promotion.page_id]), text
            ),
            promoted=True,
            page=pages[promotion.page_id],
        )
        for promotion in promotions
        if promotion.page_id in pages
    ]


def _labelled_facets(query, facet_counts, labels):
    facets = {}
    for facet in q.FACETS:
        counts = facet_counts.get(facet, {})
        selected = set(query.selected(facet))
        values = [
            FacetValue(
                value=value,
                label=labels[facet].get(value, value),
                count=counts.get(value, 0),
                selected=value in selected,
            )
            for value in _ordered_values(facet, counts, selected, labels[facet])
            if facet != q.TERRITORY or value.startswith("region-")
        ]
        facets[facet] = values
    return facets


def _ordered_values(facet, counts, selected, labels):
    values = {value for value, count in counts.items() if count} | selected
    values = {value for value in values if value in labels or facet == q.YEAR}
    if facet == q.YEAR:
        return sorted(values, reverse=True)
    if facet == q.TAG:
        return sorted(values, key=lambda value: (-counts.get(value, 0), value))
    if facet in (q.TYPE, q.MATURITY):
        return [value for value in labels if value in values]
    return sorted(values, key=lambda value: labels[value])


def _facet_labels(query, facet_counts):
    """Labels of the facet values shown and of the filters the query selected."""
    tags = {*facet_counts.get(q.TAG, {}), *query.selected(q.TAG)}
    return {
        q.TYPE: TYPE_LABELS,
        q.THEME: dict(Theme.objects.values_list("slug", "name")),
        q.TERRITORY: dict(
            Territory.objects.filter(
                Q(kind=TerritoryKind.REGION) | Q(key__in=query.selected(q.TERRITORY))
            ).values_list("key", "name")
        ),
        q.AUDIENCE: dict(Audience.objects.values_list("slug", "name")),
        q.MATURITY: {m.value: str(m.label) for m in Maturity},
        q.REPRODUCED: REPRODUCED_LABELS,
        q.TAG: dict(visible_tags().filter(slug__in=tags).values_list("slug", "name")),
        q.YEAR: {},
    }


def search_stat_record(*, text, result_count):
    """Counts one search of `text`; who searched is never stored."""
    text = normalise_query_string(text)[:200]
    changes = {
        "searches": F("searches") + 1,
        "searches_without_result": F("searches_without_result")
        + int(result_count == 0),
        "last_result_count": result_count,
        "last_searched_on": timezone.localdate(),
    }
    if SearchQueryStat.objects.filter(query=text).update(**changes):
        return
    try:
        with transaction.atomic():
            SearchQueryStat.objects.create(
                query=text,
                searches=1,
                searches_without_result=int(result_count == 0),
                last_result_count=result_count,
                last_searched_on=timezone.localdate(),
            )
    except IntegrityError:
        # Another request created the row first: count on it.
        SearchQueryStat.objects.filter(query=text).update(**changes)
