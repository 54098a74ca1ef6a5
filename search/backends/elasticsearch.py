"""Elasticsearch backend: one aliased index of the public pages, queried to the
search contract (search.query)."""

import datetime
import functools
import itertools
import re

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from experiences.fields import WRITE_UP_FIELDS, Kind
from experiences.models import CollectionPage, ExperiencePage, StrategyNotePage
from experiences.models.pages import VALIDATED_MATURITIES
from experiences.visibility import public_pages
from search.index import IndexReport
from search.query import (
    AUDIENCE,
    CONTENT_TYPES,
    FACETS,
    MATURITY,
    RECENT,
    REPRODUCED,
    REPRODUCED_YES,
    REPRODUCTIONS,
    TAG,
    TERRITORY,
    THEME,
    TYPE,
    YEAR,
    BackendResults,
    SearchHit,
)

DEFAULT_INDEX = "labo-pages"
INDEXED_MODELS = (ExperiencePage, StrategyNotePage, CollectionPage)
TYPE_OF_MODEL = {label: value for value, label in CONTENT_TYPES.items()}
REQUEST_TIMEOUT = 2
# What a failing or unreachable server raises: callers fall back or log on these.
ENGINE_ERRORS = (ApiError, TransportError, BulkIndexError)
BULK_CHUNK = 500
FACET_SIZE = 100
# Free tags are many: only the most used are offered, as on the database backend.
TAG_FACET_SIZE = 15
AUTOCOMPLETE_INPUTS = 10
TEXT_FIELDS = ("title^3", "summary^2", "body", "labels")
# A write-up's fields the document reads that change on its row without a new
# revision (experiences.models.pages.NON_REVISIONED_FIELDS): a check compares
# them as well as the revision.
ROW_FIELDS = ("reproduction_count", "maturity_review_on")
# The write-up's searched fields that have no boost, hence no document field of
# their own (the summary has one).
BODY_FIELDS = tuple(
    field for field in WRITE_UP_FIELDS if field.searched and field.search_boost is None
)
FILTER_FIELDS = {
    TYPE: "type",
    THEME: "themes",
    TERRITORY: "territories",
    AUDIENCE: "audiences",
    MATURITY: "maturity",
    REPRODUCED: "reproduced",
    TAG: "tags",
    YEAR: "year",
}
# Territory counts are shown per region; the filter still accepts any level.
FACET_FIELDS = {**FILTER_FIELDS, TERRITORY: "region"}
# Relevance is multiplied by 1 + these bonuses, so at most by 1.2: enough to order
# equally relevant pages, never enough to lift a poor match over a good one.
VALIDATED_BONUS = 0.1
RECENCY_BONUS = 0.1
# Private-use characters: they never reach the index (see plain_text), so they
# cannot be confused with page text when the highlight is turned into HTML.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

french_elision = token_filter(
    "labo_french_elision",
    "elision",
    articles_case=True,
    articles=[
        "l",
        "m",
        "t",
        "qu",
        "n",
        "s",
        "j",
        "d",
        "c",
        "jusqu",
        "quoiqu",
        "lorsqu",
        "puisqu",
    ],
)
french_analyzer = analyzer(
    "labo_french",
    tokenizer="standard",
    # Stop words are removed before folding: the French list carries accents.
    filter=[
        french_elision,
        "lowercase",
        token_filter("labo_french_stop", "stop", stopwords="_french_"),
        "asciifolding",
        token_filter("labo_french_stemmer", "stemmer", language="light_french"),
    ],
)
autocomplete_analyzer = analyzer(
    "labo_autocomplete",
    tokenizer="standard",
    filter=[french_elision, "lowercase", "asciifolding"],
)
# Corrections are offered as words people write, so no stemming nor folding.
spelling_analyzer = analyzer(
    "labo_spelling", tokenizer="standard", filter=[french_elision, "lowercase"]
)


class PageDocument(Document):
    """A public write-up, strategy note or collection as the index stores it."""

    page_id = Integer()
    type = Keyword()
    title = Text(analyzer=french_analyzer, copy_to="spelling")
    summary = Text(analyzer=french_analyzer, copy_to="spelling")
    body = Text(analyzer=french_analyzer, copy_to="spelling")
    labels = Text(analyzer=french_analyzer)
    spelling = Text(analyzer=spelling_analyzer)
    themes = Keyword(multi=True)
    territories = Keyword(multi=True)
    region = Keyword()
    audiences = Keyword(multi=True)
    maturity = Keyword()
    # "oui" once reproduced (the filter's one value), absent otherwise.
    reproduced = Keyword()
    reproduction_count = Integer()
    tags = Keyword(multi=True)
    year = Keyword()
    published_at = Date()
    indexed_revision = Integer()
    validated = Boolean()
    maturity_review_on = Date()
    url = Keyword(index=False)
    suggest = Completion(analyzer=autocomplete_analyzer)

    class Meta:
        dynamic = MetaField("strict")


def page_index(name):
    """The index definition (settings, analysis, mapping) under a concrete name."""
    index = Index(name)
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.mapping(PageDocument._doc_type.mapping)
    return index


def plain_text(*parts):
    """Plain strings joined, whitespace folded, highlight markers removed."""
    text = " ".join(part for part in parts if part)
    return " ".join(text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").split())


def rich_text(*parts):
    """Rich text HTML as plain text: tags stripped, entities decoded."""
    return plain_text(*(get_text_for_indexing(str(part)) for part in parts if part))


def stream_text(value):
    """The searchable text of a StreamField value."""
    return " ".join(value.stream_block.get_searchable_content(value))


def field_text(page, field):
    """The plain text of one of a write-up's fields."""
    value = getattr(page, field.name)
    match field.kind:
        case Kind.PARAGRAPHS | Kind.LIST:
            return rich_text(value)
        case Kind.STEPS | Kind.INDICATORS | Kind.RESOURCES:
            return stream_text(value)
    return value


def territory_chain(territory):
    """The territory and its ancestors, the region last."""
    chain = []
    while territory is not None and territory not in chain:
        chain.append(territory)
        territory = territory.parent
    return chain


def autocomplete_inputs(title):
    """The title and its endings from each word on, so any word can be completed."""
    words = title.split()
    return [" ".join(words[start:]) for start in range(len(words))][
        :AUTOCOMPLETE_INPUTS
    ]


def page_document(page):
    """The search document of a specific page, from its live content."""
    territories = territory_chain(getattr(page, "territory", None))
    themes = list(page.themes.all()) if hasattr(page, "themes") else []
    labels = [theme.name for theme in themes] + [t.name for t in territories]
    published = page.first_published_at
    values = {
        "summary": plain_text(getattr(page, "summary", "")),
        "themes": [theme.slug for theme in themes],
        "territories": [territory.key for territory in territories],
        "region": territories[-1].key if territories else None,
        "validated": False,
        "reproduction_count": 0,
    }
    if isinstance(page, ExperiencePage):
        tags = list(page.tags.all())
        labels += [tag.name for tag in tags]
        values |= {
            # The published follow-ups (« six mois après ») are part of the story.
            "body": plain_text(
                *(field_text(page, field) for field in BODY_FIELDS),
                page.follow_up_text(),
            ),
            "audiences": [audience.slug for audience in page.audiences.all()],
            "maturity": page.maturity,
            "tags": [tag.slug for tag in tags],
            "validated": page.maturity in VALIDATED_MATURITIES,
            "maturity_review_on": page.maturity_review_on,
            "reproduction_count": page.reproduction_count,
            "reproduced": REPRODUCED_YES if page.reproduction_count else None,
        }
    elif isinstance(page, StrategyNotePage):
        values["body"] = plain_text(stream_text(page.body))
    elif isinstance(page, CollectionPage):
        comments = [item.comment for item in page.items.all()]
        values["body"] = plain_text(page.intro, *comments)
    return PageDocument(
        meta={"id": page.pk},
        page_id=page.pk,
        type=TYPE_OF_MODEL[page._meta.label_lower],
        title=plain_text(page.title),
        labels=plain_text(*labels),
        year=str(timezone.localtime(published).year) if published else None,
        published_at=published,
        indexed_revision=page.live_revision_id,
        url=page.get_url(),
        suggest=autocomplete_inputs(page.title),
        **values,
    )


def indexable_ids(pages):
    """Ids of the given pages that are live, public and of an indexed type."""
    candidates = [page.pk for page in pages if isinstance(page, INDEXED_MODELS)]
    if not candidates:
        return set()
    return set(
        public_pages(Page.objects.filter(pk__in=candidates)).values_list(
            "pk", flat=True
        )
    )


def is_indexable(page):
    """False for drafts, unpublished pages and pages under a view restriction."""
    return page.pk in indexable_ids([page])


def bulk_actions(pages, *, index=None):
    """Bulk actions that bring the index in line with these specific pages."""
    index = index or index_alias()
    pages = list(pages)
    public = indexable_ids(pages)
    for page in pages:
        if page.pk in public:
            yield {
                "_op_type": "index",
                "_index": index,
                "_id": page.pk,
                "_source": page_document(page).to_dict(),
            }
        else:
            yield {"_op_type": "delete", "_index": index, "_id": page.pk}


def alias_swap_actions(alias, old_indices, new_index):
    """One atomic update_aliases body moving the alias onto the new index."""
    return [
        *({"remove": {"index": old, "alias": alias}} for old in sorted(old_indices)),
        {"add": {"index": new_index, "alias": alias}},
    ]


def page_queryset(model):
    """Pages of one indexed type, with what their documents read prefetched."""
    queryset = model.objects.order_by("pk")
    if model is ExperiencePage:
        return queryset.select_related("territory__parent__parent").prefetch_related(
            "themes",
            "audiences",
            "tags",
            ExperiencePage.published_follow_ups_prefetch(),
        )
    if model is StrategyNotePage:
        return queryset.select_related("territory__parent__parent").prefetch_related(
            "themes"
        )
    return queryset.prefetch_related("items")


def pages_by_id(page_ids):
    """The specific pages of indexed types among these ids, whatever their state."""
    return [
        page
        for model in INDEXED_MODELS
        for page in page_queryset(model).filter(pk__in=page_ids)
    ]


def safe_excerpt(fragment):
    """A highlighted fragment as HTML: page text escaped, only our <mark> kept."""
    html = escape(fragment).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
    # Safe: every character of the page text went through escape() above.
    return mark_safe(html)


def index_alias():
    return getattr(settings, "LABO_SEARCH_INDEX", "") or DEFAULT_INDEX


@functools.lru_cache(maxsize=4)
def _client(url):
    # One client per URL: it holds the connection pool shared by every request.
    # ELASTICSEARCH_URL may list several nodes of a cluster, comma-separated.
    nodes = [node.strip() for node in url.split(",") if node.strip()]
    return Elasticsearch(
        nodes, request_timeout=REQUEST_TIMEOUT, max_retries=0, retry_on_timeout=False
    )


class ElasticsearchBackend:
    """Searches, suggests and maintains the page index on an Elasticsearch server."""

    name = "elasticsearch"

    def __init__(self, *, url, index=None):
        self.url = url
        self.index = index or index_alias()
        self.client = _client(url)

    # Reading

    def build_search(self, query):
        """The request for a SearchQuery: hits under every filter (post_filter),
        each facet counted under every filter but its own."""
        search = Search(using=self.client, index=self.index)
        filters = {
            facet: Q("terms", **{FILTER_FIELDS[facet]: list(values)})
            for facet, values in query.filters.items()
            if facet in FILTER_FIELDS
        }
        if query.text:
            search = search.query(relevance_query(query.text, timezone.localdate()))
            search = search.highlight_options(
                pre_tags=[MARK_OPEN], post_tags=[MARK_CLOSE]
            )
            search = search.highlight("title", number_of_fragments=0)
            search = search.highlight("summary", number_of_fragments=0)
            search = search.highlight("body", fragment_size=200, number_of_fragments=1)
        order = [{"published_at": {"order": "desc"}}, {"page_id": {"order": "desc"}}]
        if query.text and query.sort != RECENT:
            order.insert(0, "_score")
            search = search.extra(track_scores=True)
        if query.sort == REPRODUCTIONS:
            # Notes and collections count 0 (see page_document), as on the database.
            order.insert(0, {"reproduction_count": {"order": "desc"}})
        search = search.sort(*order)
        if filters:
            search = search.post_filter(Q("bool", filter=list(filters.values())))
        for facet in FACETS:
            others = [q for name, q in filters.items() if name != facet]
            search.aggs.bucket(
                facet,
                "filter",
                filter=Q("bool", filter=others) if others else Q("match_all"),
            ).bucket(
                "counts",
                "terms",
                field=FACET_FIELDS[facet],
                size=TAG_FACET_SIZE if facet == TAG else FACET_SIZE,
            )
        search = search.extra(track_total_hits=True)
        return search[query.offset : query.offset + query.page_size]

    def build_count(self, query):
        """The request counting the pages that match `query`'s text and every
        filter (the post_filter of a search is a plain filter here)."""
        filters = [
            Q("terms", **{FILTER_FIELDS[facet]: list(values)})
            for facet, values in query.filters.items()
            if facet in FILTER_FIELDS
        ]
        must = [relevance_query(query.text, timezone.localdate())] if query.text else []
        return Search(using=self.client, index=self.index).query(
            Q("bool", must=must, filter=filters)
        )

    def count(self, query):
        return self.build_count(query).count()

    def search(self, query):
        data = self.build_search(query).execute().to_dict()
        hits = [
            SearchHit(
                page_id=int(hit["_id"]),
                score=hit.get("_score") or 0.0,
                excerpt=excerpt(hit.get("highlight", {})),
            )
            for hit in data["hits"]["hits"]
        ]
        total = data["hits"]["total"]["value"]
        facet_counts = {
            facet: {
                bucket["key"]: bucket["doc_count"]
                for bucket in data["aggregations"][facet]["counts"]["buckets"]
                if bucket["doc_count"]
            }
            for facet in FACETS
        }
        suggestion = self.suggest(query) if total == 0 and query.text else None
        return BackendResults(
            hits=hits, total=total, facet_counts=facet_counts, suggestion=suggestion
        )

    def suggestion_search(self, text):
        return (
            Search(using=self.client, index=self.index)
            .extra(size=0)
            .suggest(
                "correction",
                text,
                phrase={
                    "field": "spelling",
                    "size": 1,
                    "gram_size": 1,
                    "max_errors": 2,
                    "direct_generator": [
                        {"field": "spelling", "suggest_mode": "always"}
                    ],
                },
            )
        )

    def suggest(self, query):
        """The best spelling correction of the query's text, or None."""
        data = self.suggestion_search(query.text).execute().to_dict()
        for entry in data.get("suggest", {}).get("correction", []):
            for option in entry.get("options", []):
                if option["text"].lower() != query.text.lower():
                    return option["text"]
        return None

    def autocomplete_search(self, prefix, limit=8):
        return (
            Search(using=self.client, index=self.index)
            .source(["title"])
            .extra(size=0)
            .suggest(
                "titles",
                prefix,
                completion={"field": "suggest", "size": limit, "skip_duplicates": True},
            )
        )

    def autocomplete(self, prefix, limit=8):
        """Titles completing the prefix, best first."""
        prefix = " ".join(prefix.split())
        if not prefix:
            return []
        data = self.autocomplete_search(prefix, limit).execute().to_dict()
        titles = [
            option["_source"]["title"]
            for entry in data.get("suggest", {}).get("titles", [])
            for option in entry.get("options", [])
        ]
        return list(dict.fromkeys(titles))[:limit]

    # Writing

    def index_pages(self, pages, *, refresh=False):
        """Indexes the indexable pages, deletes the others' documents."""
        # require_alias: an update before the first rebuild must fail, not create
        # an index with guessed mappings under the alias's name.
        return bulk(
            self.client,
            bulk_actions(pages, index=self.index),
            chunk_size=BULK_CHUNK,
            ignore_status=(404,),
            require_alias=True,
            refresh=refresh,
        )

    def remove_pages(self, page_ids, *, refresh=False):
        actions = (
            {"_op_type": "delete", "_index": self.index, "_id": page_id}
            for page_id in page_ids
        )
        return bulk(self.client, actions, ignore_status=(404,), refresh=refresh)

    def sync_pages(self, page_ids):
        """Brings these pages' documents in line with the database, deleted pages
        included."""
        pages = pages_by_id(page_ids)
        found = {page.pk for page in pages}
        self.index_pages(pages)
        self.remove_pages([pk for pk in page_ids if pk not in found])

    def rebuild(self, progress=None, batch_size=BULK_CHUNK):
        """Indexes every public page into a new index, moves the alias onto it,
        then deletes the previous index and any left by an interrupted rebuild."""
        new_index = f"{self.index}-{timezone.now():%Y%m%d%H%M%S%f}"
        page_index(new_index).create(using=self.client)
        try:
            querysets = [public_pages(page_queryset(model)) for model in INDEXED_MODELS]
            total = sum(queryset.count() for queryset in querysets)
            done = 0
            if progress:
                progress(done, total)
            for queryset in querysets:
                for chunk in itertools.batched(
                    queryset.iterator(chunk_size=batch_size), batch_size
                ):
                    bulk(self.client, bulk_actions(chunk, index=new_index))
                    done += len(chunk)
                    if progress:
                        progress(done, total)
            self.client.indices.refresh(index=new_index)
            self.client.indices.update_aliases(
                actions=alias_swap_actions(self.index, self.alias_indices(), new_index)
            )
        except Exception:
            self.client.options(ignore_status=404).indices.delete(index=new_index)
            raise
        self.delete_indices([name for name in self.own_indices() if name != new_index])
        return new_index

    def own_indices(self):
        """{name: under the alias?} for every index a rebuild of this alias made."""
        pattern = re.compile(rf"{re.escape(self.index)}-\d{{20}}")
        found = self.client.indices.get_alias(index=f"{self.index}-*")
        return {
            name: self.index in data.get("aliases", {})
            for name, data in found.items()
            if pattern.fullmatch(name)
        }

    def orphan_indices(self):
        """Indices of this alias it does not point to: a rebuild was interrupted
        before its swap, or one is running now."""
        return sorted(name for name, live in self.own_indices().items() if not live)

    def delete_indices(self, names):
        if names:
            self.client.options(ignore_status=404).indices.delete(index=names)

    def alias_indices(self):
        """The concrete indices the alias points to now."""
        if not self.client.indices.exists_alias(name=self.index):
            return []
        return sorted(self.client.indices.get_alias(name=self.index))

    def check(self):
        """Compares the public pages in the database with the documents indexed."""
        expected = expected_states()
        indexed = {
            int(hit.meta.id): document_state(hit.to_dict())
            for hit in Search(using=self.client, index=self.index)
            .source(["indexed_revision", *ROW_FIELDS])
            .scan()
        }
        return IndexReport(
            missing=sorted(expected.keys() - indexed.keys()),
            stale=sorted(
                pk
                for pk in expected.keys() & indexed.keys()
                if expected[pk] != indexed[pk]
            ),
            extra=sorted(indexed.keys() - expected.keys()),
            orphans=self.orphan_indices(),
        )

    def repair(self, report):
        """Indexes the missing and stale pages, deletes the extra documents and
        the indices interrupted rebuilds left."""
        self.sync_pages([*report.missing, *report.stale])
        self.remove_pages(report.extra)
        self.delete_indices(report.orphans)


def expected_states():
    """{page id: its state as a document built now would carry it} for every
    public page of an indexed type: the live revision, and the write-up's row
    fields that change without a revision (see ROW_FIELDS)."""
    rows = {
        pk: fields
        for pk, *fields in public_pages(ExperiencePage.objects.all()).values_list(
            "pk", "reproduction_count", "maturity_review_on"
        )
    }
    return {
        pk: (revision, *rows.get(pk, (0, None)))
        for pk, revision in public_pages(
            Page.objects.type(*INDEXED_MODELS)
        ).values_list("pk", "live_revision_id")
    }


def document_state(source):
    """The same state read from an indexed document's source."""
    review_on = source.get("maturity_review_on")
    return (
        source.get("indexed_revision"),
        source.get("reproduction_count", 0),
        datetime.date.fromisoformat(review_on) if review_on else None,
    )


def relevance_query(text, today):
    """All words somewhere in the page, exact phrases first; pages whose
    validated maturity is in date on `today`, and recent pages, a little higher
    at equal relevance."""
    fields = list(TEXT_FIELDS)
    matched = Q(
        "bool",
        must=[
            Q(
                "multi_match",
                query=text,
                fields=fields,
                type="cross_fields",
                operator="and",
            )
        ],
        should=[Q("multi_match", query=text, fields=fields, type="phrase", boost=2)],
    )
    return Q(
        "function_score",
        query=matched,
        functions=[
            {"weight": 1},
            {"filter": in_date_validation(today), "weight": VALIDATED_BONUS},
            {
                "gauss": {"published_at": {"scale": "365d", "decay": 0.5}},
                "weight": RECENCY_BONUS,
            },
        ],
        score_mode="sum",
        boost_mode="multiply",
    )


def in_date_validation(today):
    """A validated maturity with no review date, or one not past on `today`: a
    stale label lifts nothing. The date is the caller's local day, not the
    server's UTC "now"."""
    return Q(
        "bool",
        filter=[Q("term", validated=True)],
        should=[
            Q("bool", must_not=[Q("exists", field="maturity_review_on")]),
            Q("range", maturity_review_on={"gte": today.isoformat()}),
        ],
        minimum_should_match=1,
    )


def excerpt(highlight):
    """The summary's or body's highlighted text, the title's as a last resort."""
    for name in ("summary", "body", "title"):
        if highlight.get(name):
            return safe_excerpt(" … ".join(highlight[name]))
    return ""


def backend_from_settings():
    """The configured Elasticsearch backend, or None when ELASTICSEARCH_URL is unset."""
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    return ElasticsearchBackend(url=url) if url else None
