"""Regional scope: a coordinator limited to a region acts only on the pages of
that region, in every admin view and in the review task."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester

from experiences.taxonomy.models import Territory
from labo.accounts.roles import review_region


def page_in_scope(*, user, page):
    """Whether the page lies in the region the user's work is limited to. A page
    without a territory is national: outside every region."""
    region = None if user.is_superuser else review_region(user)
    if region is None:
        return True
    territory_id = getattr(page, "territory_id", None)
    return (
        territory_id is not None
        and Territory.objects.within(region).filter(pk=territory_id).exists()
    )


class RegionalPagePermissionTester(PagePermissionTester):
    """Outside the user's region, the group page permissions do not apply; the
    review task, asked by Wagtail for a page in review, follows the same rule."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if hasattr(self, "permissions") and not page_in_scope(user=user, page=page):
            self.permissions = set()


class RegionalScopePageForm(WagtailAdminPageForm):
    """A coordinator limited to a region chooses territories of that region."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        region = review_region(self.for_user)
        if region is not None and not self.for_user.is_superuser:
            field = self.fields["territory"]
            field.queryset = field.queryset.filter(
                pk__in=Territory.objects.within(region)
            )


class RegionalScopeMixin:
    """For the page models that carry a territory."""

    base_form_class = RegionalScopePageForm

    def permissions_for_user(self, user):
        return RegionalPagePermissionTester(user, self)
