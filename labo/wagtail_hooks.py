from django.core.exceptions import PermissionDenied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from labo.accounts import roles, services
from labo.accounts.models import Profile


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """Profiles come and go with their accounts: the admin only edits them, and
    a coordinator only those roles.may_change_account allows."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            action == "view" or roles.may_change_account(user, instance.user)
        )


register_permission_policy(Profile, ProfilePermissionPolicy(Profile))


class ProfileAdminForm(WagtailAdminModelForm):
    """Fields a coordinator may not change are disabled, so a posted value is
    ignored: status of staff accounts, review regions, other staff's details."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user, account = self.for_user, self.instance.user
        editable = set(self.fields)
        if not user.is_superuser:
            if roles.is_staff_account(account):
                editable.discard("status")
                if account.pk != user.pk:
                    editable = {"review_region"}
            if not roles.may_set_review_regions(user):
                editable.discard("review_region")
        for name, field in self.fields.items():
            field.disabled = name not in editable


class ProfileEditView(EditView):
    def get_object(self, queryset=None):
        profile = super().get_object(queryset)
        if not self.user_has_permission_for_instance("change", profile):
            raise PermissionDenied
        return profile

    def save_instance(self):
        was_approved = Profile.objects.get(pk=self.object.pk).is_approved
        profile = super().save_instance()
        if profile.is_approved and not was_approved:
            services.profile_approve(profile=profile)
        elif was_approved and not profile.is_approved:
            services.profile_unapprove(profile=profile)
        return profile


class ProfileIndexView(IndexView):
    """Members lists every profile, with an edit link only where the coordinator
    may change it."""

    def get_edit_url(self, instance):
        if self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            return super().get_edit_url(instance)
        return None


class ProfileViewSet(SnippetViewSet):
    """Coordinators approve pending accounts by setting their status to « validé »."""

    model = Profile
    icon = "user"
    menu_label = "Membres"
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = ProfileIndexView
    edit_view_class = ProfileEditView
    list_display = [
        "display_name",
        Column("email", label="adresse e-mail", accessor="user.email"),
        "mission_locale",
        "status",
    ]
    list_filter = ["status"]
    search_fields = ["display_name", "user__email"]
    search_backend_name = None
    # "pending" sorts after "approved": newest pending accounts come first.
    ordering = ["-status", "-user__date_joined"]
    edit_handler = ObjectList(
        [
            FieldPanel("status"),
            FieldPanel("display_name"),
            FieldPanel("mission_locale"),
            FieldPanel("bio"),
            FieldPanel("review_region"),
            FieldPanel("approved_at", read_only=True),
        ],
        base_form_class=ProfileAdminForm,
    )

    def get_queryset(self, request):
        # The groups tell staff accounts apart for each row's edit link.
        return Profile.objects.select_related(
            "user", "mission_locale"
        ).prefetch_related("user__groups")


register_snippet(ProfileViewSet)
