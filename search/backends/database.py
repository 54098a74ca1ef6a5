"""Search on the database: Wagtail's modelsearch index (SQLite FTS5, PostgreSQL
tsvector) for matching and scoring, and one SQL statement per search that reads the
total, every facet's counts and the page of hits from the matches computed once."""

import datetime
import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery as TextQuery
from django.contrib.postgres.search import SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    CharField,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from experiences.models import (
    CollectionPage,
    ExperiencePage,
    ExperiencePageTag,
    StrategyNotePage,
)
from experiences.models.pages import VALIDATED_MATURITIES
from experiences.taxonomy.models import Audience, Territory, Theme
from experiences.visibility import visible_pages
from search import query as q
from search.query import BackendResults, SearchHit

MODELS_BY_TYPE = {
    "fiche": ExperiencePage,
    "note": StrategyNotePage,
    "dossier": CollectionPage,
}
TAG_FACET_SIZE = 15
# Relevance multipliers: a match in the title counts double; a write-up whose
# validated maturity is in date, or one published in the last year, ranks a little
# higher than an equal match.
TITLE_BOOST = 1.0
VALIDATED_BOOST = 0.1
RECENT_BOOST = 0.1
RECENT_DAYS = 365
SUGGESTION_CUTOFF = 0.75
VOCABULARY_CACHE_KEY = "search:vocabulary"
VOCABULARY_TITLES = 5000


def public_documents():
    """Every page search may show: live, public, of a searchable type."""
    return visible_pages().type(*MODELS_BY_TYPE.values())


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


def _matches(text):
    """(SQL, params) of the index entries matching `text`: page id and full-text
    score (the higher, the better, a title match counting for more)."""
    if connection.vendor == "postgresql":
        entries = _postgres_entries(text).values("object_pk", "rank")
    else:
        entries = _sqlite_entries(text)
    return entries.query.sql_with_params()


def _sqlite_entries(text):
    """FTS5 entries matching `text` as Wagtail's own search matches them, scored
    by bm25 with the title weighted above the body."""
    # Here rather than at module level: Wagtail defines this model only when the
    # database is SQLite.
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from wagtail.search.models import SQLiteFTSIndexEntry

    compiler = get_search_backend().query_compiler_class(
        Page.objects.all(), text, order_by_relevance=False
    )
    config = compiler.get_config(get_search_backend())
    fts = SQLiteFTSIndexEntry._meta.db_table
    return (
        SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(
                compiler.FTS_TABLE_FIELDS,
                compiler.build_search_query(normalize(compiler.query), config=config),
            ),
            index_entry__content_type__in=_content_type_ids(MODELS_BY_TYPE),
        )
        .annotate(
            object_pk=Cast("index_entry__object_id", BigIntegerField()),
            # bm25 is negative and falls as relevance grows.
            rank=RawSQL(
                f"-bm25({fts}, 0.0, 1.0, %s)", [1.0 + TITLE_BOOST * 3], FloatField()
            ),
        )
        .values("object_pk", "rank")
    )


DOCUMENT_COLUMNS = (
    "content_type_id",
    "first_published_at",
    "territory",
    "maturity",
    "reproductions",
    "year",
    "factor",
)


def in_date_validation():
    """A write-up's validated maturity whose review date has not passed today: a
    stale label lifts nothing until the coordination confirms it."""
    return Q(experiencepage__maturity__in=VALIDATED_MATURITIES) & (
        Q(experiencepage__maturity_review_on__isnull=True)
        | Q(experiencepage__maturity_review_on__gte=timezone.localdate())
    )


def _documents():
    """(SQL, params) of the public documents with the columns filters, facets and
    ranking read, computed once per search."""
    recent = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    boost = FloatField()
    documents = public_documents().annotate(
        territory=Coalesce("experiencepage__territory", "strategynotepage__territory"),
        maturity=F("experiencepage__maturity"),
        # Notes and collections count no reproduction: 0, never NULL, which
        # SQLite and PostgreSQL would sort at opposite ends.
        reproductions=Coalesce("experiencepage__reproduction_count", Value(0)),
        year=_year("first_published_at"),
        factor=Value(1.0, boost)
        + Case(
            When(in_date_validation(), then=Value(VALIDATED_BOOST, boost)),
            default=Value(0.0, boost),
        )
        + Case(
            When(first_published_at__gte=recent, then=Value(RECENT_BOOST, boost)),
            default=Value(0.0, boost),
        ),
    )
    return documents.values("pk", *DOCUMENT_COLUMNS).order_by().query.sql_with_params()


def _year(field):
    """The local calendar year of `field`.

    SQLite's ExtractYear calls back into Python for every row; where the time zone
    is at the same offset on every 1 January (Europe/Paris: UTC+1), shifting the
    stored UTC time by that offset gives the same year natively."""
    if connection.vendor != "sqlite":
        return ExtractYear(field)
    zone = timezone.get_current_timezone()
    offsets = {
        datetime.datetime(year, 1, 1, tzinfo=zone).utcoffset()
        for year in range(1970, 2101)
    }
    if len(offsets) != 1:
        return ExtractYear(field)
    seconds = int(offsets.pop().total_seconds())
    return Cast(
        Func(
            Value("%Y"),
            F(field),
            Value(f"{seconds:+d} seconds"),
            function="strftime",
            output_field=CharField(),
        ),
        IntegerField(),
    )


def _sql_in(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _sql_in_any(column, *querysets):
    """`column` is among the values of any of `querysets` (one column each)."""
    sqls, params = [], []
    for queryset in querysets:
        sql, queryset_params = queryset.query.sql_with_params()
        sqls.append(f"{column} IN ({sql})")
        params.extend(queryset_params)
    return "(" + " OR ".join(sqls) + ")", params


def _condition(facet, values):
    """(SQL, params): a document, row of `d`, passes one facet filter."""
    if facet == q.TYPE:
        return _sql_in("d.content_type_id", _content_type_ids(values))
    if facet == q.THEME:
        return _sql_in_any(
            "d.pk",
            *(
                model.themes.through.objects.filter(theme__slug__in=values).values(
                    f"{model._meta.model_name}_id"
                )
                for model in (ExperiencePage, StrategyNotePage)
            ),
        )
    if facet == q.TERRITORY:
        # A region or department includes every territory below it.
        return _sql_in_any(
            "d.territory",
            Territory.objects.filter(
                Q(key__in=values)
                | Q(parent__key__in=values)
                | Q(parent__parent__key__in=values)
            ).values("pk"),
        )
    if facet == q.AUDIENCE:
        return _sql_in_any(
            "d.pk",
            ExperiencePage.audiences.through.objects.filter(
                audience__slug__in=values
            ).values("experiencepage_id"),
        )
    if facet == q.MATURITY:
        return _sql_in("d.maturity", values)
    if facet == q.REPRODUCED:
        return "d.reproductions > 0", []
    if facet == q.TAG:
        return _sql_in_any(
            "d.pk",
            ExperiencePageTag.objects.filter(tag__slug__in=values).values(
                "content_object_id"
            ),
        )
    if facet == q.YEAR:
        return _sql_in("d.year", [int(value) for value in values])
    raise ValueError(f"Unknown facet {facet}")


def _content_type_ids(type_values):
    models = [MODELS_BY_TYPE[value] for value in type_values]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def _facet_groups(facet):
    """(value, joins) of each GROUP BY counting one facet over the rows of `m`."""
    theme, audience = Theme._meta.db_table, Audience._meta.db_table
    territory, tag = Territory._meta.db_table, Tag._meta.db_table
    # `m` must drive each count: once statistics exist (ANALYZE), SQLite's planner
    # underestimates the materialized matches and loops over every tag or
    # territory scanning them, ten to a hundred times slower. Its CROSS JOIN
    # keeps the written order; PostgreSQL has no such keyword with ON, nor the
    # need.
    inner_join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    if facet == q.TYPE:
        return [("m.content_type_id", "")]
    if facet == q.THEME:
        return [
            (
                "t.slug",
                f"{inner_join} {model.themes.through._meta.db_table} x "
                f"ON x.{model._meta.model_name}_id = m.id "
                f"{inner_join} {theme} t ON t.id = x.theme_id",
            )
            for model in (ExperiencePage, StrategyNotePage)
        ]
    if facet == q.TERRITORY:
        # Counted by region: the top of the territory's ancestry.
        return [
            (
                "r.key",
                f"{inner_join} {territory} t ON t.id = m.territory "
                f"LEFT JOIN {territory} p ON p.id = t.parent_id "
                f"{inner_join} {territory} r "
                "ON r.id = COALESCE(p.parent_id, t.parent_id, t.id)",
            )
        ]
    if facet == q.AUDIENCE:
        return [
            (
                "a.slug",
                f"{inner_join} {ExperiencePage.audiences.through._meta.db_table} x "
                f"ON x.experiencepage_id = m.id "
                f"{inner_join} {audience} a ON a.id = x.audience_id",
            )
        ]
    if facet == q.MATURITY:
        return [("m.maturity", "")]
    if facet == q.REPRODUCED:
        return [(f"CASE WHEN m.reproductions > 0 THEN '{q.REPRODUCED_YES}' END", "")]
    if facet == q.TAG:
        return [
            (
                "t.slug",
                f"{inner_join} {ExperiencePageTag._meta.db_table} x "
                f"ON x.content_object_id = m.id "
                f"{inner_join} {tag} t ON t.id = x.tag_id",
            )
        ]
    if facet == q.YEAR:
        return [("m.year", "")]
    raise ValueError(f"Unknown facet {facet}")


TOTAL, HIT = "total", "hit"


def _search_sql(query):
    """(SQL, params) of rows (kind, value, count, score): the total, each facet's
    counts (a facet counted with every filter but its own) and the hits of the
    requested page, with their position in the count column."""
    filters = list(query.filters.items())
    columns = ["d.pk AS id", *(f"d.{column}" for column in DOCUMENT_COLUMNS)]
    params = []
    # Each filter is evaluated once per document, into a column of `m`.
    for position, (facet, values) in enumerate(filters):
        condition, condition_params = _condition(facet, values)
        columns.append(f"CASE WHEN {condition} THEN 1 ELSE 0 END AS f{position}")
        params.extend(condition_params)
    documents, documents_params = _documents()
    params.extend(documents_params)
    if query.text:
        entries, entry_params = _matches(query.text)
        matched = (
            f"SELECT {', '.join(columns)}, e.rank AS score FROM ({documents}) d "
            f"JOIN ({entries}) e ON e.object_pk = d.pk"
        )
        params.extend(entry_params)
    else:
        matched = (
            f"SELECT {', '.join(columns)}, {NO_SCORE} AS score FROM ({documents}) d"
        )
    if len(filters) > 1:
        # Every count reads documents that pass all filters but at most one: the
        # others need not be kept.
        passed = " + ".join(f"f{position}" for position in range(len(filters)))
        matched = f"SELECT * FROM ({matched}) k WHERE {passed} >= {len(filters) - 1}"

    def where(excluded=None):
        kept = [
            f"m.f{position} = 1"
            for position, (facet, _values) in enumerate(filters)
            if facet != excluded
        ]
        return " AND ".join(kept) or "1 = 1", []

    arms = []
    sql, where_params = where()
    arms.append(
        (
            f"SELECT '{TOTAL}', CAST(NULL AS TEXT), COUNT(*), {NO_SCORE} "
            f"FROM m WHERE {sql}",
            where_params,
        )
    )
    if query.text and query.sort != q.RECENT:
        order, score = "m.score * m.factor DESC, m.id DESC", "m.score * m.factor"
    else:
        order, score = "m.first_published_at DESC, m.id DESC", NO_SCORE
    if query.sort == q.REPRODUCTIONS:
        order = f"m.reproductions DESC, {order}"
    arms.append(
        (
            f"SELECT '{HIT}', CAST(id AS TEXT), position, score FROM ("
            f"SELECT m.id, ROW_NUMBER() OVER (ORDER BY {order}) AS position, "
            f"{score} AS score FROM m WHERE {sql} ORDER BY {order} "
            "LIMIT %s OFFSET %s) hits",
            [*where_params, query.page_size, query.offset],
        )
    )
    for facet in q.FACETS:
        sql, where_params = where(excluded=facet)
        for value, joins in _facet_groups(facet):
            group = (
                f"SELECT {value} AS value, COUNT(*) AS n FROM m {joins} "
                f"WHERE {value} IS NOT NULL AND {sql} GROUP BY 1"
            )
            if facet == q.TAG:
                group += f" ORDER BY 2 DESC, 1 LIMIT {TAG_FACET_SIZE}"
            arms.append(
                (
                    f"SELECT '{facet}', CAST(g.value AS TEXT), g.n, {NO_SCORE} "
                    f"FROM ({group}) g",
                    where_params,
                )
            )
    return (
        f"WITH m AS MATERIALIZED ({matched}) "
        + " UNION ALL ".join(sql for sql, _params in arms),
        [*params, *(param for _sql, arm_params in arms for param in arm_params)],
    )


NO_SCORE = "CAST(0.0 AS DOUBLE PRECISION)"


def _count_sql(query):
    """(SQL, params) of the number of documents matching `query`'s text and
    every filter."""
    documents, params = _documents()
    sql = f"SELECT COUNT(*) FROM ({documents}) d"
    if query.text:
        entries, entry_params = _matches(query.text)
        sql += f" JOIN ({entries}) e ON e.object_pk = d.pk"
        params = [*params, *entry_params]
    conditions = []
    for facet, values in query.filters.items():
        condition, condition_params = _condition(facet, values)
        conditions.append(condition)
        params = [*params, *condition_params]
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    return sql, params


class DatabaseBackend:
    name = "database"

    def search(self, query):
        """One statement: the matching documents are computed once (full-text
        match, visibility, score) and the total, every facet's counts and the
        page of hits are all read from them."""
        sql, params = _search_sql(query)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        total, ranked = 0, []
        facet_counts = {facet: {} for facet in q.FACETS}
        for facet, value, n, score in rows:
            if facet == TOTAL:
                total = n
            elif facet == HIT:
                ranked.append((n, SearchHit(page_id=int(value), score=score)))
            else:
                counts = facet_counts[facet]
                counts[value] = counts.get(value, 0) + n
        type_by_ct = {
            str(ct.pk): value
            for value, ct in zip(
                MODELS_BY_TYPE,
                ContentType.objects.get_for_models(*MODELS_BY_TYPE.values()).values(),
                strict=True,
            )
        }
        facet_counts[q.TYPE] = {
            type_by_ct[ct]: n for ct, n in facet_counts[q.TYPE].items()
        }
        hits = [hit for _position, hit in sorted(ranked, key=lambda row: row[0])]
        suggestion = self.suggest(query) if total == 0 and query.text else None
        return BackendResults(
            hits=hits, total=total, facet_counts=facet_counts, suggestion=suggestion
        )

    def count(self, query):
        """How many documents match `query`, in one statement: no hits, facets
        or suggestion."""
        sql, params = _count_sql(query)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0]

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
