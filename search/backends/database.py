"""Search on the database: Wagtail's modelsearch full text (SQLite FTS5, PostgreSQL
tsvector) for matching and scoring, plain SQL for filters and facet counts."""

import datetime
import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Count,
    F,
    FloatField,
    Q,
    Value,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from experiences.models import (
    Audience,
    CollectionPage,
    ExperiencePage,
    ExperiencePageTag,
    StrategyNotePage,
    Territory,
    TerritoryKind,
    Theme,
)
from search import query as q
from search.query import BackendResults, SearchHit

MODELS_BY_TYPE = {
    "fiche": ExperiencePage,
    "note": StrategyNotePage,
    "dossier": CollectionPage,
}
TAG_FACET_SIZE = 15
# Relevance multipliers: a match in the title counts double; a validated write-up
# or one published in the last year ranks a little higher than an equal match.
TITLE_BOOST = 1.0
VALIDATED_BOOST = 0.1
RECENT_BOOST = 0.1
RECENT_DAYS = 365
SUGGESTION_CUTOFF = 0.75
VOCABULARY_CACHE_KEY = "search:vocabulary"
VOCABULARY_TITLES = 5000


def public_documents():
    """Every page search may show: live, public, of a searchable type."""
    return Page.objects.live().public().type(*MODELS_BY_TYPE.values())


def _match(queryset, text):
    """`queryset` narrowed to the pages whose index entry matches every word."""
    if connection.vendor == "postgresql":
        return queryset.filter(pk__in=_postgres_entries(text).values("object_pk"))
    # Below `.search()`, whose results are not a queryset that filters and facet
    # counts could build on.
    results = get_search_backend().search(text, queryset, order_by_relevance=False)
    compiler = results.query_compiler
    return compiler.search(compiler.get_config(results.backend), None, None)


def _postgres_entries(text):
    """Index entries matching `text`, through the GIN indexes on title and body."""
    from django.contrib.postgres.search import SearchQuery as TextQuery
    from django.contrib.postgres.search import SearchRank
    from wagtail.search.models import IndexEntry

    config = get_search_backend().config
    words = TextQuery(text, config=config, search_type="plain")
    return (
        IndexEntry.objects.filter(
            content_type__in=_content_type_ids(MODELS_BY_TYPE),
        )
        .filter(Q(title=words) | Q(body=words))
        .annotate(
            object_pk=Cast("object_id", BigIntegerField()),
            rank=SearchRank(F("title"), words) * (1 + TITLE_BOOST)
            + SearchRank(F("body"), words),
        )
    )


def _pks(model, **lookups):
    return Q(pk__in=model.objects.filter(**lookups).values("pk"))


def _filter(queryset, filters):
    for facet, values in filters.items():
        queryset = queryset.filter(_facet_condition(facet, values))
    return queryset


def _facet_condition(facet, values):
    if facet == q.TYPE:
        return Q(content_type__in=_content_type_ids(values))
    if facet == q.THEME:
        return _pks(ExperiencePage, themes__slug__in=values) | _pks(
            StrategyNotePage, themes__slug__in=values
        )
    if facet == q.TERRITORY:
        within = Q(pk__in=[])
        for territory in Territory.objects.filter(key__in=values):
            within |= Q(pk=territory.pk) | Q(parent=territory)
            within |= Q(parent__parent=territory)
        territories = Territory.objects.filter(within)
        return _pks(ExperiencePage, territory__in=territories) | _pks(
            StrategyNotePage, territory__in=territories
        )
    if facet == q.AUDIENCE:
        return _pks(ExperiencePage, audiences__slug__in=values)
    if facet == q.MATURITY:
        return _pks(ExperiencePage, maturity__in=values)
    if facet == q.TAG:
        return Q(
            pk__in=ExperiencePageTag.objects.filter(tag__slug__in=values).values(
                "content_object_id"
            )
        )
    if facet == q.YEAR:
        return Q(first_published_at__year__in=[int(value) for value in values])
    raise ValueError(f"Unknown facet {facet}")


def _content_type_ids(type_values):
    models = [MODELS_BY_TYPE[value] for value in type_values]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def _count_by(queryset, field):
    """{value of `field`: number of rows} over `queryset`."""
    return dict(queryset.values_list(field).annotate(n=Count("pk")).order_by())


def _summed(*counts):
    total = {}
    for count in counts:
        for value, n in count.items():
            total[value] = total.get(value, 0) + n
    return total


def _facet_counts(queryset, facet):
    ids = queryset.values("pk")
    if facet == q.TYPE:
        type_by_ct = {
            ct.pk: value
            for value, ct in zip(
                MODELS_BY_TYPE,
                ContentType.objects.get_for_models(*MODELS_BY_TYPE.values()).values(),
                strict=True,
            )
        }
        return {
            type_by_ct[ct]: n for ct, n in _count_by(queryset, "content_type").items()
        }
    if facet == q.THEME:
        return _summed(
            *(
                _count_by(
                    model.themes.through.objects.filter(
                        **{f"{model._meta.model_name}_id__in": ids}
                    ),
                    "theme__slug",
                )
                for model in (ExperiencePage, StrategyNotePage)
            )
        )
    if facet == q.TERRITORY:
        region_keys = dict(
            Territory.objects.filter(kind=TerritoryKind.REGION).values_list("pk", "key")
        )
        by_region = _summed(
            *(
                _count_by(
                    model.objects.filter(pk__in=ids, territory__isnull=False).annotate(
                        region=Coalesce(
                            "territory__parent__parent_id",
                            "territory__parent_id",
                            "territory_id",
                        )
                    ),
                    "region",
                )
                for model in (ExperiencePage, StrategyNotePage)
            )
        )
        return {region_keys[region]: n for region, n in by_region.items()}
    if facet == q.AUDIENCE:
        return _count_by(
            ExperiencePage.audiences.through.objects.filter(experiencepage_id__in=ids),
            "audience__slug",
        )
    if facet == q.MATURITY:
        return _count_by(ExperiencePage.objects.filter(pk__in=ids), "maturity")
    if facet == q.TAG:
        rows = (
            ExperiencePageTag.objects.filter(content_object_id__in=ids)
            .values_list("tag__slug")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__slug")[:TAG_FACET_SIZE]
        )
        return dict(rows)
    if facet == q.YEAR:
        years = _count_by(
            queryset.annotate(year=ExtractYear("first_published_at")), "year"
        )
        return {str(year): n for year, n in years.items() if year}
    raise ValueError(f"Unknown facet {facet}")


def _ranked_page(filters, text, offset, limit):
    """One page of (pk, relevance) of the public pages matching `text` and
    `filters`, best first.

    Scores are read in one pass over the matches and combined here: the correlated
    score subquery per row that `.search()` orders by grows quadratically on SQLite.
    """
    recent = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    ranked = []
    for pk, published_at, maturity, score in _scored_matches(filters, text):
        factor = 1.0
        factor += VALIDATED_BOOST if maturity in q.VALIDATED_MATURITIES else 0.0
        factor += RECENT_BOOST if published_at and published_at >= recent else 0.0
        ranked.append((score * factor, pk))
    ranked.sort(reverse=True)
    return [(pk, score) for score, pk in ranked[offset : offset + limit]]


def _scored_matches(filters, text):
    """(pk, first published, maturity, full-text score) of each match; the higher
    the score, the better, a title match counting for more."""
    if connection.vendor == "postgresql":
        scores = dict(_postgres_entries(text).values_list("object_pk", "rank"))
    else:
        scores = _sqlite_scores(text)
    matches = _filter(_match(public_documents(), text), filters)
    for row in matches.values_list(
        "pk", "first_published_at", "experiencepage__maturity"
    ):
        yield *row, scores.get(row[0], 0.0)


def _sqlite_scores(text):
    """bm25 over the FTS5 index with the title weighted above the body."""
    # Defined only where the index is SQLite's FTS5 table.
    from wagtail.search.models import IndexEntry, SQLiteFTSIndexEntry

    terms = " ".join(
        '"' + word.replace('"', "") + '"' for word in re.findall(r"\w+", text)
    )
    if not terms:
        return {}
    content_types = _content_type_ids(MODELS_BY_TYPE)
    placeholders = ", ".join(["%s"] * len(content_types))
    fts, entries = SQLiteFTSIndexEntry._meta.db_table, IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.object_id, bm25({fts}, 0.0, 1.0, %s) FROM {fts} "
            f"JOIN {entries} e ON e.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders})",
            [1.0 + TITLE_BOOST * 3, terms, *content_types],
        )
        # bm25 is negative and falls as relevance grows.
        return {int(object_id): -score for object_id, score in cursor.fetchall()}


class DatabaseBackend:
    name = "database"

    def search(self, query):
        documents = public_documents()
        if query.text:
            documents = _match(documents, query.text)
        matching = _filter(documents, query.filters)
        total = matching.count()
        if query.text and query.sort == q.RELEVANCE:
            window = _ranked_page(
                query.filters,
                query.text,
                query.offset,
                query.page_size,
            )
        else:
            window = matching.order_by("-first_published_at", "-pk").values_list(
                "pk", Value(0.0, output_field=FloatField())
            )[query.offset : query.offset + query.page_size]
        hits = [SearchHit(page_id=pk, score=score) for pk, score in window]
        facet_counts = {
            facet: _facet_counts(
                _filter(documents, query.without(facet).filters), facet
            )
            for facet in q.FACETS
        }
        suggestion = self.suggest(query) if total == 0 and query.text else None
        return BackendResults(
            hits=hits, total=total, facet_counts=facet_counts, suggestion=suggestion
        )

    def autocomplete(self, prefix, limit=8):
        results = get_search_backend().autocomplete(prefix, public_documents())
        return [page.title for page in results[:limit]]

    def suggest(self, query):
        """A close spelling of the query that finds something, or None."""
        vocabulary = _vocabulary()
        words = query.text.split()
        corrected = [
            (
                difflib.get_close_matches(
                    word.lower(), vocabulary, 1, SUGGESTION_CUTOFF
                )
                or [word]
            )[0]
            for word in words
        ]
        if corrected == [word.lower() for word in words]:
            return None
        suggestion = " ".join(corrected)
        found = _match(public_documents(), suggestion).exists()
        return suggestion if found else None


def _vocabulary():
    """Words of public titles and of the taxonomy, to suggest spellings from."""
    words = cache.get(VOCABULARY_CACHE_KEY)
    if words is None:
        texts = [
            *public_documents()
            .order_by("-first_published_at")
            .values_list("title", flat=True)[:VOCABULARY_TITLES],
            *Theme.objects.values_list("name", flat=True),
            *Audience.objects.values_list("name", flat=True),
            *Tag.objects.filter(
                pk__in=ExperiencePageTag.objects.filter(
                    content_object__in=public_documents().values("pk")
                ).values("tag_id")
            ).values_list("name", flat=True),
        ]
        words = sorted(
            {word for text in texts for word in re.findall(r"\w{4,}", text.lower())}
        )
        cache.set(VOCABULARY_CACHE_KEY, words, 3600)
    return words


def forget_vocabulary(**kwargs):
    """Signal receiver: a publication changes the words suggestions may use."""
    cache.delete(VOCABULARY_CACHE_KEY)
