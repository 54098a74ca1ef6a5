"""Search on the database: Wagtail's modelsearch full text (SQLite FTS5, PostgreSQL
tsvector) for matching and scoring, plain SQL for filters and facet counts."""

import datetime
import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear
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


def _text_match(queryset, text, *, score, fields=None):
    """`queryset` narrowed to the full-text matches of `text`, with `_score` when
    asked. Goes one level below `.search()` because search results are not
    querysets, and filters and facet counts need one."""
    results = get_search_backend().search(
        text, queryset, fields=fields, order_by_relevance=False
    )
    compiler = results.query_compiler
    return compiler.search(
        compiler.get_config(results.backend),
        None,
        None,
        score_field="_score" if score else None,
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
        rows = queryset.values_list("content_type").annotate(n=Count("pk"))
        return {type_by_ct[ct]: n for ct, n in rows.order_by()}
    if facet == q.THEME:
        counts = {}
        for model in (ExperiencePage, StrategyNotePage):
            through = model.themes.through
            rows = (
                through.objects.filter(**{f"{model._meta.model_name}_id__in": ids})
                .values_list("theme__slug")
                .annotate(n=Count("pk"))
                .order_by()
            )
            for slug, n in rows:
                counts[slug] = counts.get(slug, 0) + n
        return counts
    if facet == q.TERRITORY:
        counts = {}
        region_keys = dict(
            Territory.objects.filter(kind=TerritoryKind.REGION).values_list("pk", "key")
        )
        for model in (ExperiencePage, StrategyNotePage):
            rows = (
                model.objects.filter(pk__in=ids, territory__isnull=False)
                .annotate(
                    region=Coalesce(
                        "territory__parent__parent_id",
                        "territory__parent_id",
                        "territory_id",
                    )
                )
                .values_list("region")
                .annotate(n=Count("pk"))
                .order_by()
            )
            for region, n in rows:
                key = region_keys[region]
                counts[key] = counts.get(key, 0) + n
        return counts
    if facet == q.AUDIENCE:
        rows = (
            ExperiencePage.audiences.through.objects.filter(experiencepage_id__in=ids)
            .values_list("audience__slug")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)
    if facet == q.MATURITY:
        rows = (
            ExperiencePage.objects.filter(pk__in=ids)
            .values_list("maturity")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)
    if facet == q.TAG:
        rows = (
            ExperiencePageTag.objects.filter(content_object_id__in=ids)
            .values_list("tag__slug")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__slug")[:TAG_FACET_SIZE]
        )
        return dict(rows)
    if facet == q.YEAR:
        rows = (
            queryset.annotate(year=ExtractYear("first_published_at"))
            .values_list("year")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {str(year): n for year, n in rows if year}
    raise ValueError(f"Unknown facet {facet}")


def _relevance(queryset, text):
    """The full-text score raised for title matches, nudged up for validated and
    recent pages."""
    recent = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    in_title = _text_match(public_documents(), text, score=False, fields=["title"])
    factor = (
        Value(1.0)
        + Case(
            When(pk__in=in_title.values("pk"), then=Value(TITLE_BOOST)),
            default=Value(0.0),
        )
        + Case(
            When(
                experiencepage__maturity__in=q.VALIDATED_MATURITIES,
                then=Value(VALIDATED_BOOST),
            ),
            default=Value(0.0),
        )
        + Case(
            When(first_published_at__gte=recent, then=Value(RECENT_BOOST)),
            default=Value(0.0),
        )
    )
    ranked = queryset.annotate(
        relevance=ExpressionWrapper(F("_score") * factor, output_field=FloatField())
    )
    # PostgreSQL's ts_rank grows with relevance; SQLite's bm25 is negative and
    # falls with it.
    if connection.vendor == "postgresql":
        return ranked.order_by(F("relevance").desc(nulls_last=True), "-pk")
    return ranked.order_by(F("relevance").asc(nulls_last=True), "-pk")


class DatabaseBackend:
    name = "database"

    def search(self, query):
        documents = public_documents()
        if query.text:
            documents = _text_match(documents, query.text, score=False)
        matching = _filter(documents, query.filters)
        total = matching.count()
        if query.text and query.sort == q.RELEVANCE:
            ordered = _relevance(
                _filter(
                    _text_match(public_documents(), query.text, score=True),
                    query.filters,
                ),
                query.text,
            )
            rows = ordered.values_list("pk", "relevance")
        else:
            rows = matching.order_by("-first_published_at", "-pk").values_list(
                "pk", Value(0.0, output_field=FloatField())
            )
        window = rows[query.offset : query.offset + query.page_size]
        hits = [SearchHit(page_id=pk, score=abs(score or 0.0)) for pk, score in window]
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
        found = _text_match(public_documents(), suggestion, score=False).exists()
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
