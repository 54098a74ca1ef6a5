"""What anyone may read: the one definition of a public page.

Listings, search, the API, the sitemap and e-mails all ask this module. It reads
only Wagtail's tables, so the page models can ask it too (for their view
restrictions) without importing the content selectors.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from labo import memo


def restricted_sections():
    """Paths of the pages whose view restrictions cover them and everything below
    them; an alias follows its source page's restrictions, as in Wagtail."""
    return memo.memoize(
        "restricted-sections",
        lambda: list(_restricted_paths()),
    )


def _restricted_paths():
    # Two indexed lookups from the few restrictions (the aliases through a partial
    # index, experiences migration 0008), in one statement, rather than one OR
    # across joins that reads every page.
    restricted = PageViewRestriction.objects.values("page_id")
    paths = Page.objects.order_by().values_list("path", flat=True)
    return paths.filter(pk__in=restricted, alias_of__isnull=True).union(
        paths.filter(alias_of__in=restricted)
    )


def public_q():
    """Pages outside every private section, as Wagtail's `.public()`, from the
    restricted sections read once per request (and kept in the shared cache until
    the next change) rather than once per queryset. The one definition of a page
    anyone may read, with `public_pages` and `is_public`."""
    public = Q()
    for path in restricted_sections():
        public &= ~Q(path__startswith=path)
    return public


def public_pages(queryset):
    """The pages of `queryset` anyone may read: published and not behind a
    privacy restriction."""
    return queryset.live().filter(public_q())


def is_public(page):
    """Whether anyone may read this page, as `public_pages` decides."""
    return page.live and not page.path.startswith(tuple(restricted_sections()))


def visible_pages(model=Page):
    """Pages of `model` anyone may read."""
    return public_pages(model.objects.all())
