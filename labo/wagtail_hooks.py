from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from labo.accounts import services
from labo.models import Profile


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """Profiles come and go with their accounts: the admin only edits them."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Profile, ProfilePermissionPolicy(Profile))


class ProfileEditView(EditView):
    def save_instance(self):
        was_approved = Profile.objects.get(pk=self.object.pk).is_approved
        profile = super().save_instance()
        if profile.is_approved and not was_approved:
            services.profile_approve(profile=profile)
        elif was_approved and not profile.is_approved:
            services.profile_unapprove(profile=profile)
        return profile


class ProfileViewSet(SnippetViewSet):
    """Coordinators approve pending accounts by setting their status to « validé »."""

    model = Profile
    icon = "user"
    menu_label = _("Membres")
    add_to_admin_menu = True
    menu_order = 250
    edit_view_class = ProfileEditView
    list_display = [
        "display_name",
        Column("email", label=_("adresse e-mail"), accessor="user.email"),
        "mission_locale",
        "status",
    ]
    list_filter = ["status"]
    search_fields = ["display_name", "user__email"]
    search_backend_name = None
    # "pending" sorts after "approved": newest pending accounts come first.
    ordering = ["-status", "-user__date_joined"]
    panels = [
        FieldPanel("status"),
        FieldPanel("display_name"),
        FieldPanel("mission_locale"),
        FieldPanel("bio"),
        FieldPanel("review_region"),
        FieldPanel("approved_at", read_only=True),
    ]

    def get_queryset(self, request):
        return Profile.objects.select_related("user", "mission_locale")


register_snippet(ProfileViewSet)
