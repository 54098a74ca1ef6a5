"""The search contract shared by the service, its backends, the views and the API."""

import re
from dataclasses import dataclass, field

# Facets, by the query-string name the public URLs use (see DESIGN.md).
TYPE = "type"
THEME = "theme"
TERRITORY = "territoire"
AUDIENCE = "public"
MATURITY = "maturite"
REPRODUCED = "reproduite"
TAG = "tag"
YEAR = "annee"
FACETS = (TYPE, THEME, TERRITORY, AUDIENCE, MATURITY, REPRODUCED, TAG, YEAR)
# The one value of the "reproduite" filter: write-ups reproduced at least once.
REPRODUCED_YES = "oui"

# Content types a visitor can filter on, by URL value.
CONTENT_TYPES = {
    "fiche": "experiences.experiencepage",
    "note": "experiences.strategynotepage",
    "dossier": "experiences.collectionpage",
}
RELEVANCE = "pertinence"
RECENT = "recent"
# Most reproduced first, then by relevance (or, without words, the latest first).
REPRODUCTIONS = "reproductions"
SORTS = (RELEVANCE, RECENT, REPRODUCTIONS)

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_PAGE = 1000
PAGE_SIZE = 10
FILTER_VALUE = re.compile(r"[-a-zA-Z0-9_]{1,80}")


def clean_text(raw):
    """Words only, whitespace folded, length bounded.

    Punctuation is dropped: a stray quote or parenthesis would otherwise reach a
    full-text engine as query syntax and fail there.
    """
    return " ".join(re.sub(r"[^\w'-]+", " ", raw).split())[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class SearchQuery:
    """What a visitor asked for, already cleaned: safe to hand to any backend."""

    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> tuple of values
    sort: str = RELEVANCE
    page: int = 1
    page_size: int = PAGE_SIZE

    @classmethod
    def from_params(cls, params):
        """Builds a query from a QueryDict; malformed values are dropped, never
        raised, so a mistyped or stale link still gives a page."""
        filters = {}
        for name in FACETS:
            values = [v for v in params.getlist(name) if FILTER_VALUE.fullmatch(v)]
            values = list(dict.fromkeys(values))[:MAX_VALUES_PER_FACET]
            if name == TYPE:
                values = [v for v in values if v in CONTENT_TYPES]
            if name == YEAR:
                values = [v for v in values if v.isdigit() and len(v) == 4]
            if name == REPRODUCED:
                values = [v for v in values if v == REPRODUCED_YES]
            if values:
                filters[name] = tuple(values)
        sort = params.get("tri")
        try:
            page = min(max(int(params.get("page", "1")), 1), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(
            text=clean_text(params.get("q", "")),
            filters=filters,
            sort=sort if sort in SORTS else RELEVANCE,
            page=page,
        )

    def selected(self, facet):
        return self.filters.get(facet, ())

    def without(self, facet):
        """The same query with one facet's filter removed (for its own counts)."""
        return SearchQuery(
            text=self.text,
            filters={k: v for k, v in self.filters.items() if k != facet},
            sort=self.sort,
            page=self.page,
            page_size=self.page_size,
        )

    @property
    def offset(self):
        return (self.page - 1) * self.page_size


@dataclass
class SearchHit:
    page_id: int
    score: float
    excerpt: str = ""  # safe HTML: escaped text with <mark> around matched terms
    promoted: bool = False
    page: object = None  # the specific page, attached by the service


@dataclass
class BackendResults:
    """What a backend answers: the service adds labels, pages and promotions."""

    hits: list
    total: int
    facet_counts: dict  # facet name -> {value: count}, zero counts left out
    suggestion: str | None = None


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list
    total: int
    facets: dict  # facet name -> [FacetValue]
    suggestion: str | None
    backend: str
    active_filters: list = field(default_factory=list)  # [(facet, value, label)]

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.query.page_size))
