"""The moderation queue in the Wagtail admin: the list of messages to look at, one
decision page per message, and the audit-log formatters of its history."""

from django import forms
from django.contrib.admin.utils import quote
from django.db import transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from django_filters import ChoiceFilter, ModelChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import ActionColumn, HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy

from experiences.discussions import services
from experiences.discussions.selectors import suspension_of
from experiences.models import (
    Comment,
    CommentStatus,
    ExperiencePage,
    Report,
    ReportReason,
    ReportStatus,
    StrategyNotePage,
    Territory,
    TerritoryKind,
)
from experiences.models.discussions import COMMENT_MAX_LENGTH, REASON_MAX_LENGTH
from labo.text import validate_no_control_characters

FORMER_MEMBER = _("Ancien membre")

# The queue


def _open_reports():
    return Report.objects.filter(comment=OuterRef("pk"), status=ReportStatus.OPEN)


def to_treat():
    """Messages that wait for a moderator's decision: held back before publication,
    or reported and not yet decided on (published, or hidden automatically after
    reports). A message a moderator hid has been decided on; the « Masqués »
    filter still lists it."""
    return Q(status=CommentStatus.PENDING) | (
        Q(Exists(_open_reports()))
        & Q(status__in=[CommentStatus.PUBLISHED, CommentStatus.HIDDEN])
    )


def moderation_queryset():
    """Messages with what the queue shows, in a number of queries that does not
    grow with the number of rows."""
    open_report_count = (
        _open_reports()
        .order_by()
        .values("comment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Comment.objects.select_related("page", "author__profile")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(status=ReportStatus.OPEN).order_by(
                    "created_at", "pk"
                ),
                to_attr="open_reports",
            )
        )
        .annotate(
            open_report_count=Coalesce(
                Subquery(open_report_count, output_field=IntegerField()), 0
            ),
            queue_rank=Case(When(to_treat(), then=Value(0)), default=Value(1)),
        )
    )


def member_name(user):
    """The name the Labo shows for a member; « Ancien membre » once the account is
    gone."""
    if user is None:
        return FORMER_MEMBER
    profile = getattr(user, "profile", None)
    return str(profile) if profile is not None else user.get_username()


def author_name(comment):
    return member_name(comment.author)


def open_reports_summary(comment):
    reports = comment.open_reports
    if not reports:
        return "—"
    reasons = sorted({report.get_reason_display() for report in reports})
    return f"{len(reports)} : {', '.join(reasons)}"


TO_TREAT = "a_traiter"
ALL = "tous"
STATUS_CHOICES = [
    (TO_TREAT, _("À traiter")),
    (CommentStatus.PENDING, _("En attente de modération")),
    (CommentStatus.PUBLISHED, _("Publiés")),
    (CommentStatus.HIDDEN, _("Masqués")),
    (CommentStatus.DELETED, _("Supprimés par leur auteur")),
    (ALL, _("Tous")),
]


class ModerationFilterSet(WagtailFilterSet):
    status = ChoiceFilter(
        label=_("Statut"),
        choices=STATUS_CHOICES,
        empty_label=None,
        initial=TO_TREAT,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    reason = ChoiceFilter(
        label=_("Signalé pour (signalements à traiter)"),
        choices=ReportReason.choices,
        empty_label=_("Tous les motifs"),
        method="filter_reason",
        widget=forms.RadioSelect,
    )
    region = ModelChoiceFilter(
        label=_("Région de la page"),
        queryset=Territory.objects.filter(kind=TerritoryKind.REGION).order_by("name"),
        empty_label=_("Toutes les régions"),
        method="filter_region",
    )

    class Meta:
        model = Comment
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # Without a choice the queue shows what is left to do.
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = TO_TREAT
        super().__init__(data, queryset, request=request, prefix=prefix)

    def filter_status(self, queryset, name, value):
        if value == TO_TREAT:
            return queryset.filter(to_treat())
        if value == ALL:
            return queryset
        return queryset.filter(status=value)

    def filter_reason(self, queryset, name, value):
        return queryset.filter(Exists(_open_reports().filter(reason=value)))

    def filter_region(self, queryset, name, value):
        territories = Territory.objects.within(value)
        pages = ExperiencePage.objects.filter(territory__in=territories).values("pk")
        notes = StrategyNotePage.objects.filter(territory__in=territories).values("pk")
        return queryset.filter(Q(page_id__in=pages) | Q(page_id__in=notes))


class PageLinkColumn(TitleColumn):
    """The page's title, linked to the page as the public sees it."""

    def get_link_url(self, instance, parent_context):
        return instance.page.get_url(request=parent_context.get("request"))


class ModerationIndexView(IndexView):
    page_title = _("Modération des discussions")
    any_permission_required = ["change"]
    history_url_name = None

    def get_base_queryset(self):
        return moderation_queryset()

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Modérer"),
                url=self.get_edit_url(instance),
                icon_name="edit",
                priority=10,
            ),
            MenuItem(
                _("Historique"),
                url=reverse(self.history_url_name, args=(quote(instance.pk),)),
                icon_name="history",
                priority=20,
            ),
        ]


# One message


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Every view of the queue needs the moderation permission; messages are never
    added or deleted from the admin (moderation hides rather than deletes)."""

    permission = "experiences.moderate_comment"

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return user.has_perm(self.permission)

    def users_with_any_permission(self, actions):
        if not set(actions) - {"add", "delete"}:
            return super().users_with_any_permission([])
        return self._get_users_with_any_permission_codenames(["moderate_comment"])


APPROVE, HIDE, RESTORE, EDIT_OUT, WARN, SUSPEND = (
    "approve",
    "hide",
    "restore",
    "edit_out",
    "warn",
    "suspend",
)
NEEDS_REASON = {HIDE, EDIT_OUT, WARN, SUSPEND}


def available_actions(comment, *, reported):
    """The decisions that make sense for the message as it stands, with their
    labels."""
    status = comment.status
    actions = []
    if status == CommentStatus.PENDING:
        actions.append((APPROVE, _("Approuver : publier le message")))
    elif status == CommentStatus.PUBLISHED and reported:
        actions.append(
            (APPROVE, _("Garder le message publié et classer les signalements"))
        )
    if status in (CommentStatus.PENDING, CommentStatus.PUBLISHED):
        actions.append((HIDE, _("Masquer le message")))
    if status == CommentStatus.HIDDEN:
        actions.append((RESTORE, _("Rétablir le message (le republier)")))
        if reported:
            actions.append(
                (HIDE, _("Confirmer le masquage et classer les signalements"))
            )
    if status != CommentStatus.DELETED and comment.body:
        actions.append(
            (EDIT_OUT, _("Retirer une donnée personnelle (corriger le texte)"))
        )
    if comment.author_id:
        actions.append((WARN, _("Avertir le membre par e-mail")))
        actions.append((SUSPEND, _("Suspendre le membre des discussions")))
    return actions


class ModerationForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Décision"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez une décision."),
            "invalid_choice": _(
                "Cette décision n'est plus possible pour ce message : il a "
                "peut-être été traité entre-temps. Rechargez la page."
            ),
        },
    )
    reason = forms.CharField(
        label=_("Motif"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Le motif dépasse %(limit_value)d caractères.")
        },
        help_text=_(
            "Obligatoire pour masquer, corriger, avertir ou suspendre. Le motif "
            "d'un masquage, d'un avertissement ou d'une suspension est montré au "
            "membre : écrivez-le pour lui."
        ),
    )
    body = forms.CharField(
        label=_("Texte corrigé (pour retirer une donnée personnelle)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "max_length": _("Le texte dépasse %(limit_value)d caractères.")
        },
    )
    days = forms.IntegerField(
        label=_("Durée de la suspension, en jours (de 1 à 365)"),
        required=False,
        min_value=1,
        max_value=365,
        initial=7,
        error_messages={
            "invalid": _("Indiquez un nombre de jours."),
            "min_value": _("Une suspension dure de 1 à 365 jours."),
            "max_value": _("Une suspension dure de 1 à 365 jours."),
        },
    )

    def __init__(self, *args, comment, reported, **kwargs):
        super().__init__(*args, **kwargs)
        self.comment = comment
        self.fields["action"].choices = available_actions(comment, reported=reported)
        self.fields["body"].initial = comment.body

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if action in NEEDS_REASON and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Indiquez le motif de cette décision."))
        if action == EDIT_OUT and "body" in cleaned:
            body = cleaned["body"].strip()
            if not body:
                self.add_error(
                    "body",
                    _(
                        "Le texte corrigé ne peut pas être vide : masquez plutôt "
                        "le message."
                    ),
                )
            elif body == self.comment.body.strip():
                self.add_error(
                    "body",
                    _(
                        "Le texte n'a pas changé : retirez la donnée personnelle "
                        "avant d'enregistrer."
                    ),
                )
        if action == SUSPEND and "days" in cleaned and cleaned["days"] is None:
            self.add_error("days", _("Indiquez la durée de la suspension."))
        return cleaned

    def decide(self, *, moderator):
        """Applies the chosen decision through the discussions' services; returns
        the confirmation for the moderator."""
        data = self.cleaned_data
        action, reason, comment = data["action"], data["reason"].strip(), self.comment
        if action == APPROVE:
            was_pending = comment.status == CommentStatus.PENDING
            services.moderation_approve(
                moderator=moderator, comment=comment, reason=reason
            )
            if was_pending:
                return _("Message approuvé : il est publié.")
            return _("Signalements classés : le message reste publié.")
        if action == HIDE:
            services.moderation_hide(
                moderator=moderator, comment=comment, reason=reason
            )
            return _("Message masqué. Son auteur voit le motif.")
        if action == RESTORE:
            services.moderation_restore(
                moderator=moderator, comment=comment, reason=reason
            )
            return _("Message rétabli : il est de nouveau publié.")
        if action == EDIT_OUT:
            services.moderation_edit_out(
                moderator=moderator, comment=comment, body=data["body"], reason=reason
            )
            return _("Texte du message corrigé.")
        if action == WARN:
            services.moderation_warn(
                moderator=moderator, comment=comment, reason=reason
            )
            return _("Avertissement envoyé au membre.")
        services.moderation_suspend(
            moderator=moderator, comment=comment, reason=reason, days=data["days"]
        )
        return ngettext(
            "Membre suspendu des discussions pour %(days)d jour.",
            "Membre suspendu des discussions pour %(days)d jours.",
            data["days"],
        ) % {"days": data["days"]}


class ModerationView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, FormView
):
    """A message in its context, its reports, and the form of the decision."""

    model = Comment
    permission_required = "change"
    form_class = ModerationForm
    template_name = "experiences/admin/moderation.html"
    header_icon = "warning"
    index_url_name = None
    edit_url_name = None
    history_url_name = None

    def get_base_object_queryset(self):
        return Comment.objects.select_related(
            "page",
            "territory",
            "author__profile__mission_locale",
            "parent__author__profile",
        )

    @cached_property
    def reports(self):
        # Moderators see who reported: it lets them notice a member who reports
        # another one again and again. The author of the message never sees it.
        return list(
            self.object.reports.select_related("reporter__profile").order_by(
                "-created_at", "-pk"
            )
        )

    @cached_property
    def is_reported(self):
        return any(report.status == ReportStatus.OPEN for report in self.reports)

    def get_page_title(self):
        return _("Modérer un message")

    def get_page_subtitle(self):
        return str(self.object)

    def get_header_title(self):
        return f"{self.get_page_title()} : {self.get_page_subtitle()}"

    @cached_property
    def index_url(self):
        return reverse(self.index_url_name)

    @cached_property
    def history_url(self):
        return reverse(self.history_url_name, args=(quote(self.object.pk),))

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": _("Modération")},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(_("Historique"), url=self.history_url, icon_name="history")
        ]

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "comment": self.object,
            "reported": self.is_reported,
        }

    def form_valid(self, form):
        try:
            with transaction.atomic():
                confirmation = form.decide(moderator=self.request.user)
        except services.DiscussionRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(self.request, confirmation)
        return redirect(self.index_url)

    def get_context_data(self, **kwargs):
        comment = self.object
        author = comment.author
        return super().get_context_data(
            comment=comment,
            page_url=comment.page.get_url(request=self.request),
            author_name=author_name(comment),
            mission_locale=getattr(
                getattr(author, "profile", None), "mission_locale", None
            ),
            suspension=suspension_of(author) if author else None,
            parent_author_name=author_name(comment.parent) if comment.parent else "",
            reports=[(report, member_name(report.reporter)) for report in self.reports],
            history_url=self.history_url,
            index_url=self.index_url,
            **kwargs,
        )


class ReasonActionColumn(ActionColumn):
    """The action, with the moderator's reason under it."""

    cell_template_name = "experiences/admin/history_action_cell.html"


class ModerationHistoryView(HistoryView):
    @cached_property
    def columns(self):
        action, *others = super().columns
        return [
            ReasonActionColumn(
                action.name,
                label=action.label,
                object=self.object,
                url_names=action.url_names,
                user_can_unschedule=False,
            ),
            *others,
        ]

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items[1]["label"] = _("Modération")
        return items

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label=_("Modérer"),
                url=self.get_edit_url(self.object),
                icon_name="edit",
            )
        ]


class ModerationViewSet(ModelViewSet):
    """The moderators' queue: /admin/moderation/, one message at
    /admin/moderation/edit/<pk>/, its history at /admin/moderation/history/<pk>/."""

    model = Comment
    name = "moderation"
    icon = "warning"
    menu_label = _("Modération")
    menu_name = "moderation"
    add_to_admin_menu = True
    menu_order = 260
    index_view_class = ModerationIndexView
    edit_view_class = ModerationView
    history_view_class = ModerationHistoryView
    filterset_class = ModerationFilterSet
    copy_view_enabled = False
    # Saving a message must not touch Wagtail's reference index.
    add_to_reference_index = False
    list_per_page = 50
    search_fields = ["body"]
    search_backend_name = None
    ordering = ["queue_rank", "-open_report_count", "-created_at", "-pk"]
    list_display = [
        "__str__",
        PageLinkColumn("page", label=_("Page"), accessor="page.title"),
        Column("author", label=_("Auteur"), accessor=author_name),
        Column("kind", label=_("Type"), accessor="get_kind_display"),
        StatusTagColumn(
            "status",
            label=_("Statut"),
            accessor="get_status_display",
            primary=lambda comment: comment.status == CommentStatus.PENDING,
        ),
        Column(
            "open_reports",
            label=_("Signalements à traiter"),
            accessor=open_reports_summary,
            sort_key="open_report_count",
        ),
        DateColumn("created_at", label=_("Écrit le"), sort_key="created_at"),
    ]

    def get_edit_view_kwargs(self, **kwargs):
        return {"template_name": "experiences/admin/moderation.html", **kwargs}

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="moderate_comment")

    def get_urlpatterns(self):
        # No creation, deletion or usage pages: messages come from the threads.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path(
                "history-results/<int:pk>/",
                self.history_results_view,
                name="history_results",
            ),
        ]


# The audit log


class ModerationLogFormatter(LogFormatter):
    """A moderation decision; its comment is the moderator's reason."""

    def format_message(self, log_entry):
        return self.label

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("reason", "")


class SuspensionLogFormatter(ModerationLogFormatter):
    label = _("Membre suspendu")

    def format_message(self, log_entry):
        days = (log_entry.data or {}).get("days")
        if days is None:
            return self.label
        return ngettext(
            "Membre suspendu %(days)d jour", "Membre suspendu %(days)d jours", days
        ) % {"days": days}


def _formatter(label):
    return type("ModerationLogFormatter", (ModerationLogFormatter,), {"label": label})


LOG_FORMATTERS = {
    "labo.comment.approve": _formatter(_("Message approuvé")),
    "labo.comment.hide": _formatter(_("Message masqué")),
    "labo.comment.restore": _formatter(_("Message rétabli")),
    "labo.comment.edit_out": _formatter(_("Donnée personnelle retirée")),
    "labo.comment.warn": _formatter(_("Membre averti")),
    "labo.comment.suspend": SuspensionLogFormatter,
    "labo.comment.auto_hide": _formatter(
        _("Masqué automatiquement après signalements")
    ),
}
