"""The read-only public API, /api/v2/: Wagtail's pages endpoint, in JSON, for
anonymous readers, serving only live pages that no view restriction protects."""

from django.core.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from experiences.models import CollectionPage, ExperiencePage, StrategyNotePage
from experiences.visibility import public_pages

# Far beyond the catalogue, and within what the databases accept in OFFSET: an
# offset of 10^20 would otherwise overflow SQLite's and PostgreSQL's integers.
OFFSET_MAX = 100_000
# What each page type's API fields read, fetched for a whole listing at once so
# that 50 write-ups cost the same few queries as one.
RELATED = {
    ExperiencePage: (
        ["territory", "reproduced_from"],
        ["themes", "audiences", "tags"],
    ),
    StrategyNotePage: (["territory"], ["themes", "experience_links__experience"]),
    CollectionPage: ([], ["items__page"]),
}


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail refuses it with its own message.
        if offset > OFFSET_MAX:
            raise BadRequestError(f"offset cannot be higher than {OFFSET_MAX}")
        return super().paginate_queryset(queryset, request, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # No browsable API (its HTML would need inline scripts), no session nor
    # password authentication: everyone reads the same public pages.
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    pagination_class = BoundedPagination
    # An alias could point at a draft or a private page; the Labo makes none.
    meta_fields = [name for name in PagesAPIViewSet.meta_fields if name != "alias_of"]

    def get_base_queryset(self):
        # Wagtail keeps the pages that this session unlocked with a password;
        # the public API serves only what anyone may read.
        return public_pages(super().get_base_queryset())

    def get_queryset(self):
        queryset = super().get_queryset()
        joined, prefetched = RELATED.get(queryset.model, ((), ()))
        return queryset.select_related("locale", *joined).prefetch_related(*prefetched)

    def filter_queryset(self, queryset):
        # A field filter given a value of the wrong type (a date, a theme id)
        # fails while the lookup is built.
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError) as error:
            raise BadRequestError("field filter error: invalid value") from error

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValidationError, ValueError) as error:
            raise BadRequestError("id must be a positive integer") from error


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
