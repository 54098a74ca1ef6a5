"""Read paths of the content domain: listings, filters and page contexts."""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    Value,
)
from taggit.models import Tag
from wagtail.models import WorkflowState

from experiences import services
from experiences.fields import WRITE_UP_FIELDS
from experiences.models import (
    CollectionItem,
    CollectionPage,
    ExperiencePage,
    ExperiencePageTag,
    Maturity,
    StrategyNoteExperience,
    StrategyNotePage,
)
from experiences.models.pages import REPLICATION_CHAIN_LIMIT
from experiences.reproductions import descendant_ids, source_ids
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme
from experiences.visibility import public_q, visible_pages
from labo import memo

LISTING_PAGE_SIZE = 12
LISTING_ORDER = ("-first_published_at", "-id")
# The listing's orders, by the `tri` value search uses too; the first is the
# default.
LISTING_SORTS = {
    "recent": ("Les plus récentes", LISTING_ORDER),
    "reproductions": (
        "Les plus reproduites",
        ("-experiencepage__reproduction_count", *LISTING_ORDER),
    ),
}
# The one value of the `reproduite` filter: reproduced at least once.
REPRODUCED_YES = "oui"
HOME_LATEST_COUNT = 6
HOME_FEATURED_COLLECTIONS = 3
# Filter values are slugs or keys; anything else is dropped before any query.
FILTER_VALUE = re.compile(r"[-a-zA-Z0-9_]{1,80}")
MAX_FILTER_VALUES = 20
# The long story fields of a write-up, which no card or link shows.
STORY_FIELDS = tuple(field.name for field in WRITE_UP_FIELDS if field.story)


def visible_experiences():
    """Write-ups anyone may read."""
    return visible_pages(ExperiencePage)


def experience_keys():
    """Ids of the write-ups anyone may read, newest first.

    Read from Wagtail's page table alone, so that the database walks its
    (content type, live, first publication) index (experiences migration 0008) and
    stops after the page it needs, instead of sorting every write-up. Filter
    with `pk__in`, then fetch a slice's cards with `experience_cards`.
    """
    return (
        visible_pages().exact_type(ExperiencePage).order_by(*LISTING_ORDER).values("pk")
    )


def visible_tags():
    """Tags of the write-ups anyone may read: a tag that only drafts or private
    pages carry stays unknown to visitors, as if it did not exist."""
    return Tag.objects.filter(
        pk__in=ExperiencePageTag.objects.filter(
            content_object_id__in=experience_keys().order_by()
        ).values("tag_id")
    )


def experience_cards(keys, *, order=LISTING_ORDER):
    """The write-ups of `keys` (a slice of `experience_keys`), ready for cards,
    in the keys' `order`."""
    order = [name.replace("experiencepage__", "") for name in order]
    return with_card_data(ExperiencePage.objects.filter(pk__in=keys)).order_by(*order)


def with_card_data(queryset):
    """What a write-up card shows, fetched in a fixed number of queries."""
    return (
        queryset.defer(*STORY_FIELDS)
        .select_related("territory")
        .prefetch_related("themes")
    )


@dataclass
class ActiveFilter:
    label: str
    remove_url: str
    name: str = ""  # the query-string parameter and value, as search names them
    value: str = ""


@dataclass
class ExperienceListing:
    page_obj: object
    themes: list
    audiences: list
    regions: list
    maturities: list
    selected: dict
    active_filters: list = field(default_factory=list)
    sort: str = "recent"
    sorts: list = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(self.active_filters)


def _requested(params, name):
    values = [v for v in params.getlist(name) if FILTER_VALUE.fullmatch(v)]
    return list(dict.fromkeys(values))[:MAX_FILTER_VALUES]


def url_without(params, name, value):
    """The query string of `params` less one filter value, back on page one."""
    remaining = params.copy()
    remaining.setlist(name, [v for v in params.getlist(name) if v != value])
    remaining.pop("page", None)
    query = remaining.urlencode()
    return f"?{query}" if query else "?"


def experience_listing(*, params):
    """Filter and paginate published write-ups from a listing's query string.

    Unknown values are ignored rather than refused, so a stale or mistyped link
    still shows a useful list.
    """
    requested = {
        name: _requested(params, name)
        for name in ("theme", "territoire", "public", "maturite", "tag")
    }
    reproduced = params.get("reproduite") == REPRODUCED_YES
    sort = params.get("tri")
    if sort not in LISTING_SORTS:
        sort = next(iter(LISTING_SORTS))
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    territories = list(
        Territory.objects.filter(
            Q(kind__in=[TerritoryKind.REGION, TerritoryKind.DEPARTMENT])
            | Q(key__in=requested["territoire"])
        ).order_by("name")
    )
    tags = (
        list(visible_tags().filter(slug__in=requested["tag"]))
        if requested["tag"]
        else []
    )

    chosen = {
        "theme": [t for t in themes if t.slug in requested["theme"]],
        "public": [a for a in audiences if a.slug in requested["public"]],
        "territoire": [t for t in territories if t.key in requested["territoire"]],
        "maturite": [m for m in Maturity if m.value in requested["maturite"]],
        "tag": tags,
    }
    keys = experience_keys()
    if chosen["theme"]:
        keys = keys.filter(
            pk__in=ExperiencePage.themes.through.objects.filter(
                theme__in=chosen["theme"]
            ).values("experiencepage_id")
        )
    if chosen["public"]:
        keys = keys.filter(
            pk__in=ExperiencePage.audiences.through.objects.filter(
                audience__in=chosen["public"]
            ).values("experiencepage_id")
        )
    if chosen["territoire"]:
        within_any = Q()
        for territory in chosen["territoire"]:
            within_any |= (
                Q(pk=territory.pk) | Q(parent=territory) | Q(parent__parent=territory)
            )
        keys = keys.filter(
            pk__in=ExperiencePage.objects.filter(
                territory__in=Territory.objects.filter(within_any)
            ).values("pk")
        )
    if chosen["maturite"]:
        keys = keys.filter(
            pk__in=ExperiencePage.objects.filter(
                maturity__in=chosen["maturite"]
            ).values("pk")
        )
    if chosen["tag"]:
        keys = keys.filter(
            pk__in=ExperiencePageTag.objects.filter(tag__in=chosen["tag"]).values(
                "content_object_id"
            )
        )
    if reproduced:
        keys = keys.filter(experiencepage__reproduction_count__gt=0)
    order = LISTING_SORTS[sort][1]
    paginator = Paginator(keys.order_by(*order), LISTING_PAGE_SIZE)
    # Counting reads every matching write-up: kept per set of filters until the
    # next change that can show on a page.
    filters = sorted(
        (name, _filter_value(name, value))
        for name, values in chosen.items()
        for value in values
    )
    if reproduced:
        filters.append(("reproduite", REPRODUCED_YES))
    paginator.count = memo.memoize(f"listing-count:{filters}", keys.count)
    page_obj = paginator.get_page(params.get("page"))
    page_obj.object_list = experience_cards(page_obj.object_list, order=order)

    active_filters = [
        ActiveFilter(
            label=_filter_label(name, value),
            remove_url=url_without(params, name, _filter_value(name, value)),
            name=name,
            value=_filter_value(name, value),
        )
        for name, values in chosen.items()
        for value in values
    ]
    if reproduced:
        active_filters.append(
            ActiveFilter(
                label="Reproduite ailleurs",
                remove_url=url_without(params, "reproduite", REPRODUCED_YES),
                name="reproduite",
                value=REPRODUCED_YES,
            )
        )
    departments_by_region = {}
    for territory in territories:
        if territory.kind == TerritoryKind.DEPARTMENT:
            departments_by_region.setdefault(territory.parent_id, []).append(territory)
    regions = [
        (region, departments_by_region.get(region.pk, []))
        for region in territories
        if region.kind == TerritoryKind.REGION
    ]
    return ExperienceListing(
        page_obj=page_obj,
        themes=themes,
        audiences=audiences,
        regions=regions,
        maturities=list(Maturity),
        selected={
            name: {_filter_value(name, value) for value in values}
            for name, values in chosen.items()
        }
        | {"reproduite": reproduced},
        active_filters=active_filters,
        sort=sort,
        sorts=[(value, label) for value, (label, _order) in LISTING_SORTS.items()],
    )


def _filter_value(name, value):
    if name == "territoire":
        return value.key
    if name == "maturite":
        return value.value
    return value.slug


def _filter_label(name, value):
    if name == "maturite":
        return f"Maturité : {value.label}"
    if name == "tag":
        return f"#{value.name}"
    return str(value)


def home_counts():
    """Published write-ups in all, and per theme for the themes that have any.

    Read through the page table's (type, live) index alone, not the write-ups'
    own wide rows."""
    keys = experience_keys().order_by()
    counts = dict(
        ExperiencePage.themes.through.objects.filter(experiencepage__in=keys)
        .values_list("theme")
        .annotate(count=Count("pk"))
        .order_by()
    )
    per_theme = [
        (theme, counts[theme.pk]) for theme in Theme.objects.all() if theme.pk in counts
    ]
    return keys.count(), per_theme


def home_page_context():
    # Counting every write-up is the home page's one cost that grows with the
    # catalogue: kept until the next publication or taxonomy change.
    experience_count, theme_counts = memo.memoize("home-counts", home_counts)
    return {
        "latest_experiences": experience_cards(experience_keys()[:HOME_LATEST_COUNT]),
        "featured_collections": visible_pages(CollectionPage)
        .filter(featured=True)
        .order_by("-first_published_at")[:HOME_FEATURED_COLLECTIONS],
        "theme_counts": theme_counts,
        "experience_count": experience_count,
    }


def experience_detail_context(*, page, preview=False):
    related = related_pages(page=page)
    return {
        "terms": experience_terms(page=page, preview=preview),
        "replication_chain": replication_chain(page=page),
        "reproductions": reproductions_among(related),
        "strategy_notes": [p for p in related if p.specific_class is StrategyNotePage],
        "collections": [p for p in related if p.specific_class is CollectionPage],
    }


@dataclass
class Term:
    name: str
    slug: str


def experience_terms(*, page, preview=False):
    """The write-up's themes and audiences (by name) and tags (as entered), each
    with a name and a slug, in one query; a preview shows the ones being edited."""
    if preview:
        return {
            "themes": list(page.themes.all()),
            "audiences": list(page.audiences.all()),
            "tags": list(page.tags.all()),
        }
    columns = ("kind", "name", "slug", "pk")
    themes = (
        ExperiencePage.themes.through.objects.filter(experiencepage_id=page.pk)
        .annotate(kind=Value("themes"), name=F("theme__name"), slug=F("theme__slug"))
        .values_list(*columns)
    )
    audiences = (
        ExperiencePage.audiences.through.objects.filter(experiencepage_id=page.pk)
        .annotate(
            kind=Value("audiences"),
            name=F("audience__name"),
            slug=F("audience__slug"),
        )
        .values_list(*columns)
    )
    tags = (
        ExperiencePageTag.objects.filter(content_object_id=page.pk)
        .annotate(kind=Value("tags"), name=F("tag__name"), slug=F("tag__slug"))
        .values_list(*columns)
    )
    rows = sorted(themes.union(audiences, tags, all=True), key=lambda row: row[3])
    terms = {"themes": [], "audiences": [], "tags": []}
    for kind, name, slug, _pk in rows:
        terms[kind].append(Term(name=name, slug=slug))
    terms["themes"].sort(key=lambda term: term.name)
    terms["audiences"].sort(key=lambda term: term.name)
    return terms


def related_pages(*, page):
    """Readable pages that point at this write-up: write-ups descending from it
    (reproductions, and reproductions of those, up to REPLICATION_CHAIN_LIMIT
    links), strategy notes relying on it, collections holding it; one query,
    base pages (with, for write-ups, the territory's name and the id of the
    write-up reproduced)."""
    # One list of ids (a UNION), so the database looks the few pages up by key;
    # an OR of three subqueries made PostgreSQL read every page (50 ms at 100 000).
    pointing = (
        ExperiencePage.objects.filter(pk__in=descendant_ids(page.pk))
        .order_by()
        .values("pk")
        .union(
            StrategyNoteExperience.objects.filter(experience=page.pk)
            .order_by()
            .values("note_id"),
            CollectionItem.objects.filter(page=page.pk)
            .order_by()
            .values("collection_id"),
        )
    )
    return list(
        visible_pages()
        .filter(pk__in=pointing)
        .annotate(
            territory_name=F("experiencepage__territory__name"),
            source_id=F("experiencepage__reproduced_from"),
        )
        .order_by("path")
    )


def reproductions_among(related):
    """The write-ups of `related_pages`, oldest first, each reproducing another
    of them with that one as `via`."""
    reproductions = sorted(
        (page for page in related if page.specific_class is ExperiencePage),
        key=lambda page: (page.first_published_at, page.pk),
    )
    by_id = {reproduction.pk: reproduction for reproduction in reproductions}
    for reproduction in reproductions:
        reproduction.via = by_id.get(reproduction.source_id)
    return reproductions


def replication_chain(*, page):
    """The readable write-ups this one descends from, the original first.

    The "reproduced from" links are followed in the database (a recursive query,
    at most REPLICATION_CHAIN_LIMIT steps), so the chain costs one query whatever
    its length.
    """
    if page.reproduced_from_id is None:
        return []
    sources = {
        source.pk: source
        for source in ExperiencePage.objects.filter(
            pk__in=source_ids(page.reproduced_from_id)
        )
        .defer(*STORY_FIELDS)
        .select_related("territory")
        .annotate(
            readable=ExpressionWrapper(
                Q(live=True) & public_q(), output_field=BooleanField()
            )
        )
    }
    chain = []
    source = sources.get(page.reproduced_from_id)
    for _step in range(REPLICATION_CHAIN_LIMIT):
        if source is None or source.pk == page.pk:
            break
        if source.readable:
            chain.append(source)
        source = sources.get(source.reproduced_from_id)
    return chain[::-1]


def note_sources(*, note):
    """The published write-ups a strategy note relies on, in the note's order."""
    return (
        visible_experiences()
        .filter(strategy_note_links__note=note)
        .defer(*STORY_FIELDS)
        .select_related("territory")
        .order_by("strategy_note_links__sort_order")
    )


def collection_entries(*, collection):
    """The collection's readable items in the curator's order, with their comments."""
    items = list(collection.items.all())
    page_ids = [item.page_id for item in items]
    pages = {
        page.pk: page
        for queryset in (
            visible_experiences().filter(pk__in=page_ids).defer(*STORY_FIELDS),
            visible_pages(StrategyNotePage).filter(pk__in=page_ids).defer("body"),
        )
        for page in queryset
    }
    return [
        (pages[item.page_id], item.comment) for item in items if item.page_id in pages
    ]


def child_page_listing(*, parent, model, page_number):
    queryset = (
        visible_pages(model).child_of(parent).order_by("-first_published_at", "-pk")
    )
    return Paginator(queryset, LISTING_PAGE_SIZE).get_page(page_number)


def contributions_of(user, *, page_number=None):
    """The user's write-ups, last edited first, a page at a time, each with its
    review state and the reviewer's comment when changes are requested."""
    # Wagtail's `prefetch_workflow_states()` expects base pages (or `.specific()`)
    # and finds nothing on a concrete model's queryset: the same prefetch, through
    # the relation Wagtail uses for specific pages (the contribution list's budget
    # in tests/test_query_budgets.py).
    workflow_states = Prefetch(
        "_specific_workflow_states",
        queryset=WorkflowState.objects.active().select_related(
            "current_task_state__task"
        ),
        to_attr="_current_workflow_states",
    )
    pages = (
        ExperiencePage.objects.filter(owner=user)
        .defer(*STORY_FIELDS)
        .prefetch_related(workflow_states)
        .order_by("-latest_revision_created_at", "-pk")
    )
    page_obj = Paginator(pages, LISTING_PAGE_SIZE).get_page(page_number)
    page_obj.contributions = []
    for page in page_obj:
        state, comment = services.contribution_state(page)
        page_obj.contributions.append(
            (page, services.STATE_LABELS[state], state, comment)
        )
    return page_obj
