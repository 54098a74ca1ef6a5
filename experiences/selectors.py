"""Read paths of the content domain: listings, filters and page contexts."""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from taggit.models import Tag

from experiences import services
from experiences.models import (
    Audience,
    CollectionPage,
    ExperiencePage,
    ExperiencePageTag,
    Maturity,
    StrategyNotePage,
    Territory,
    TerritoryKind,
    Theme,
)

LISTING_PAGE_SIZE = 12
HOME_LATEST_COUNT = 6
HOME_FEATURED_COLLECTIONS = 3
# Filter values are slugs or keys; anything else is dropped before any query.
FILTER_VALUE = re.compile(r"[-a-zA-Z0-9_]{1,80}")
MAX_FILTER_VALUES = 20


def visible_experiences():
    """Write-ups anyone may read: published and not behind a privacy restriction."""
    return ExperiencePage.objects.live().public()


def with_card_data(queryset):
    """What a write-up card shows, fetched in a fixed number of queries."""
    return queryset.select_related("territory").prefetch_related("themes", "tags")


@dataclass
class ActiveFilter:
    label: str
    remove_url: str


@dataclass
class ExperienceListing:
    page_obj: object
    themes: list
    audiences: list
    regions: list
    maturities: list
    selected: dict
    active_filters: list = field(default_factory=list)

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
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    territories = list(
        Territory.objects.filter(
            Q(kind__in=[TerritoryKind.REGION, TerritoryKind.DEPARTMENT])
            | Q(key__in=requested["territoire"])
        ).order_by("name")
    )
    tags = (
        list(Tag.objects.filter(slug__in=requested["tag"])) if requested["tag"] else []
    )

    chosen = {
        "theme": [t for t in themes if t.slug in requested["theme"]],
        "public": [a for a in audiences if a.slug in requested["public"]],
        "territoire": [t for t in territories if t.key in requested["territoire"]],
        "maturite": [m for m in Maturity if m.value in requested["maturite"]],
        "tag": tags,
    }
    queryset = visible_experiences()
    if chosen["theme"]:
        queryset = queryset.filter(
            pk__in=ExperiencePage.themes.through.objects.filter(
                theme__in=chosen["theme"]
            ).values("experiencepage_id")
        )
    if chosen["public"]:
        queryset = queryset.filter(
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
        queryset = queryset.filter(territory__in=Territory.objects.filter(within_any))
    if chosen["maturite"]:
        queryset = queryset.filter(maturity__in=chosen["maturite"])
    if chosen["tag"]:
        queryset = queryset.filter(
            pk__in=ExperiencePageTag.objects.filter(tag__in=chosen["tag"]).values(
                "content_object_id"
            )
        )
    queryset = with_card_data(queryset.order_by("-first_published_at", "-pk"))
    page_obj = Paginator(queryset, LISTING_PAGE_SIZE).get_page(params.get("page"))

    active_filters = [
        ActiveFilter(
            label=_filter_label(name, value),
            remove_url=url_without(params, name, _filter_value(name, value)),
        )
        for name, values in chosen.items()
        for value in values
    ]
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
        },
        active_filters=active_filters,
    )


def _filter_value(name, value):
    if name == "territoire":
        return value.key
    if name == "maturite":
        return value.value
    return value.slug


def _filter_label(name, value):
    if name == "maturite":
        return _("Maturité : %(label)s") % {"label": value.label}
    if name == "tag":
        return f"#{value.name}"
    return str(value)


def theme_counts():
    """Published write-ups per theme, for themes that have any."""
    counts = dict(
        ExperiencePage.themes.through.objects.filter(
            experiencepage__in=visible_experiences()
        )
        .values_list("theme")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [
        (theme, counts[theme.pk]) for theme in Theme.objects.all() if theme.pk in counts
    ]


def home_page_context():
    return {
        "latest_experiences": with_card_data(
            visible_experiences().order_by("-first_published_at", "-pk")
        )[:HOME_LATEST_COUNT],
        "featured_collections": CollectionPage.objects.live()
        .public()
        .filter(featured=True)
        .order_by("-first_published_at")[:HOME_FEATURED_COLLECTIONS],
        "theme_counts": theme_counts(),
        "experience_count": visible_experiences().count(),
    }


def experience_detail_context(*, page):
    return {
        "replication_chain": page.replication_chain,
        "reproductions": visible_experiences()
        .filter(reproduced_from=page)
        .select_related("territory"),
        "strategy_notes": StrategyNotePage.objects.live()
        .public()
        .filter(experience_links__experience=page)
        .distinct(),
        "collections": CollectionPage.objects.live()
        .public()
        .filter(items__page=page)
        .distinct(),
    }


def note_sources(*, note):
    """The published write-ups a strategy note relies on, in the note's order."""
    return (
        visible_experiences()
        .filter(strategy_note_links__note=note)
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
            with_card_data(visible_experiences().filter(pk__in=page_ids)),
            StrategyNotePage.objects.live().public().filter(pk__in=page_ids),
        )
        for page in queryset
    }
    return [
        (pages[item.page_id], item.comment) for item in items if item.page_id in pages
    ]


def child_page_listing(*, parent, model, page_number):
    queryset = (
        model.objects.child_of(parent)
        .live()
        .public()
        .order_by("-first_published_at", "-pk")
    )
    return Paginator(queryset, LISTING_PAGE_SIZE).get_page(page_number)


def contributions_of(user, *, page_number=None):
    """The user's write-ups, last edited first, a page at a time, each with its
    review state and the reviewer's comment when changes are requested."""
    pages = ExperiencePage.objects.filter(owner=user).order_by(
        "-latest_revision_created_at", "-pk"
    )
    page_obj = Paginator(pages, LISTING_PAGE_SIZE).get_page(page_number)
    page_obj.contributions = []
    for page in page_obj:
        state, comment = services.contribution_state(page)
        page_obj.contributions.append(
            (page, services.STATE_LABELS[state], state, comment)
        )
    return page_obj
