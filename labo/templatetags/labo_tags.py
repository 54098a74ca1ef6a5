from django import template

from labo.text import french_date as french_date_text
from search import query as search_query
from search.query import SearchQuery
from search.relax import empty_result_offers

register = template.Library()


@register.filter
def pages_around(paginator, number):
    """Page numbers to show around the current one; None marks a gap."""
    return [
        None if page == paginator.ELLIPSIS else page
        for page in paginator.get_elided_page_range(number, on_each_side=1, on_ends=1)
    ]


@register.filter
def plural_s(count):
    """French plural mark: "0 fiche", "1 fiche", "2 fiches"."""
    return "s" if count > 1 else ""


@register.filter(expects_localtime=True)
def french_date(value, option=""):
    """ "1er septembre 2026" (`|french_date`), "1er septembre 2026 à 14:05"
    (`|french_date:"heure"`); empty for no date."""
    if not value:
        return ""
    return french_date_text(value, with_time=option == "heure")


@register.filter
def opens_admin(user):
    """Whether the header links this account to the admin ("Mon espace"): whoever
    Wagtail lets in, which staff accounts are through their groups (experiences
    migration 0004). Wagtail's user bar asks the same permission on every page,
    so this costs no query of its own; roles.is_staff_account would cost one."""
    if not getattr(user, "is_authenticated", False):  # error pages have no user
        return False
    return user.has_perm("wagtailadmin.access_admin")


@register.filter
def verbose_name(instance):
    """The model's name as editors see it: "Fiche expérience", "Dossier"…"""
    return instance._meta.verbose_name


@register.filter
def breadcrumb_ancestors(page):
    """The page's ancestors from the home page down. A page found by the router
    already holds its parents, so this costs no query there."""
    ancestors = []
    parent = page.get_parent()
    while parent is not None and parent.depth >= 2:
        ancestors.append(parent)
        parent = parent.get_parent() if parent.depth > 2 else None
    return ancestors[::-1]


@register.simple_tag(takes_context=True)
def empty_listing_offers(context, listing):
    """For a listing its filters emptied: the write-ups it would show with one
    filter left out, as search offers them (see search.relax)."""
    filters, labels = {}, {}
    for active in listing.active_filters:
        filters.setdefault(active.name, []).append(active.value)
        labels[active.name, active.value] = active.label
    if not filters:
        return []
    query = SearchQuery(
        filters={
            **{name: tuple(values) for name, values in filters.items()},
            search_query.TYPE: ("fiche",),
        }
    )
    return empty_result_offers(
        query,
        params=context["request"].GET,
        labels=labels,
        facets=tuple(filters),
        noun=("fiche", "fiches"),
    )
