"""The admin's « Membres » screen: coordinators see who asked to join, with their
address and dates, and validate accounts one by one or by selection. Who may
change or validate whose account is decided in labo.accounts.roles."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from labo.accounts import roles, services
from labo.accounts.models import Profile
from labo.text import french_date, plural

NOT_APPROVED = "pas encore validé"


def approval_text(profile):
    return french_date(profile.approved_at) if profile.approved_at else NOT_APPROVED


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


# What the coordinator reads under each field: the profile is the member's, so the
# member's own help texts (« Votre nom… ») would mislead.
STAFF_HELP_TEXTS = {
    "status": (
        "« validé » : le membre peut proposer des fiches et participer aux "
        "discussions ; un e-mail le lui annonce."
    ),
    "display_name": (
        "Le nom public choisi par le membre, affiché sur ses fiches et ses "
        "messages. Vide : le membre n'en a pas encore choisi."
    ),
    "mission_locale": (
        "La Mission locale indiquée par le membre : sa région décide quelle "
        "coordination régionale valide le compte."
    ),
    "bio": "La présentation écrite par le membre.",
}


class ProfileAdminForm(WagtailAdminModelForm):
    """Fields a coordinator may not change are disabled, so a posted value is
    ignored: status of staff accounts and of members outside a regional
    coordinator's region, review regions, other staff's details."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user, account = self.for_user, self.instance.user
        for name, help_text in STAFF_HELP_TEXTS.items():
            self.fields[name].help_text = help_text
        editable = set(self.fields)
        if not user.is_superuser:
            if roles.is_staff_account(account):
                editable.discard("status")
                if account.pk != user.pk:
                    editable = {"review_region"}
            elif not roles.may_approve(user, self.instance):
                editable.discard("status")
                self.fields["status"].help_text = (
                    "Ce membre n'indique pas de Mission locale de votre région : "
                    "la coordination nationale valide son compte."
                )
            if not roles.may_set_review_regions(user):
                editable.discard("review_region")
        for name, field in self.fields.items():
            field.disabled = name not in editable


class AccountPanel(Panel):
    """What the coordinator needs beside the profile: the address, whether it is
    confirmed, the dates of sign-up and validation."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "labo/accounts/admin/account_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            profile = self.instance
            context.update(
                account=profile.user,
                email_verified=profile.user.emailaddress_set.filter(
                    email__iexact=profile.user.email, verified=True
                ).exists(),
                joined=french_date(profile.user.date_joined),
                approved=approval_text(profile),
            )
            return context


class ProfileEditView(EditView):
    def get_object(self, queryset=None):
        profile = super().get_object(queryset)
        if not self.user_has_permission_for_instance("change", profile):
            raise PermissionDenied
        return profile

    def get_page_subtitle(self):
        return self.object.member_label()

    def save_instance(self):
        was_approved = Profile.objects.get(pk=self.object.pk).is_approved
        profile = super().save_instance()
        self.approval_change = None
        if profile.is_approved and not was_approved:
            services.profile_approve(profile=profile, by=self.request.user)
            self.approval_change = "approved"
        elif was_approved and not profile.is_approved:
            services.profile_unapprove(profile=profile, by=self.request.user)
            self.approval_change = "unapproved"
        return profile

    def get_success_message(self):
        label = self.object.member_label()
        if self.approval_change == "approved":
            return f"Le compte de {label} est validé : un e-mail le lui annonce."
        if self.approval_change == "unapproved":
            return f"Le compte de {label} est remis en attente de validation."
        return f"Le profil de {label} est enregistré."


class ProfileIndexView(IndexView):
    """Members lists every profile, with an edit link only where the coordinator
    may change it."""

    page_title = "Membres"

    def get_edit_url(self, instance):
        if self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            return super().get_edit_url(instance)
        return None


class ProfileViewSet(SnippetViewSet):
    """Coordinators validate pending accounts: one by one by setting the status to
    « validé », or by selection with the bulk action below."""

    model = Profile
    icon = "user"
    menu_label = "Membres"
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = ProfileIndexView
    edit_view_class = ProfileEditView
    list_display = [
        "member_label",
        Column("email", label="Adresse e-mail", accessor="user.email"),
        "mission_locale",
        "status",
        Column(
            "joined",
            label="Inscrit le",
            accessor=lambda profile: french_date(profile.user.date_joined),
        ),
        Column("approved", label="Validé le", accessor=approval_text),
    ]
    list_filter = ["status"]
    search_fields = ["display_name", "user__email"]
    search_backend_name = None
    # "pending" sorts after "approved": newest pending accounts come first.
    ordering = ["-status", "-user__date_joined"]
    edit_handler = ObjectList(
        [
            AccountPanel(heading="Compte"),
            FieldPanel("status"),
            FieldPanel("display_name"),
            FieldPanel("mission_locale"),
            FieldPanel("bio"),
            FieldPanel("review_region"),
        ],
        base_form_class=ProfileAdminForm,
    )

    def get_queryset(self, request):
        # The groups tell staff accounts apart for each row's edit link.
        return Profile.objects.select_related(
            "user", "mission_locale"
        ).prefetch_related("user__groups")


register_snippet(ProfileViewSet)


class ApproveBulkAction(SnippetBulkAction):
    """« Valider les comptes sélectionnés »: each account as the edit screen
    validates it (contributors group, e-mail to the member, audit log entry);
    accounts the coordinator may not validate are listed apart and left alone."""

    display_name = "Valider les comptes sélectionnés"
    action_type = "approve"
    aria_label = "Valider les comptes sélectionnés"
    template_name = "labo/accounts/admin/confirm_bulk_approve.html"
    action_priority = 10
    models = [Profile]

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(
            Profile.objects.filter(pk__in=object_ids)
            .select_related("user", "mission_locale__parent__parent")
            .prefetch_related("user__groups")
            .order_by("-user__date_joined")
        )

    def check_perm(self, profile):
        user = self.request.user
        return self.permission_policy.user_has_permission_for_instance(
            user, "change", profile
        ) and roles.may_approve(user, profile)

    def get_execution_context(self):
        return {"user": self.request.user, "action": self}

    @classmethod
    def execute_action(cls, objects, user=None, action=None, **kwargs):
        approved = services.profiles_approve(profiles=objects, by=user)
        if action is not None:
            action.approved = approved
        return len(approved), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 0:
            return "Les comptes sélectionnés étaient déjà validés."
        if num_parent_objects == 1:
            label = self.approved[0].member_label()
            return f"Le compte de {label} est validé : un e-mail le lui annonce."
        accounts = plural(num_parent_objects, "compte validé", "comptes validés")
        return f"{num_parent_objects} {accounts} : un e-mail l'annonce à chaque membre."


hooks.register("register_bulk_action", ApproveBulkAction)


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action(
        services.APPROVE_ACTION, "Compte validé", "Compte du membre validé"
    )
    actions.register_action(
        services.UNAPPROVE_ACTION,
        "Compte remis en attente",
        "Compte du membre remis en attente de validation",
    )
