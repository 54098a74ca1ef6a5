"""The moderation queue in the Wagtail admin: the list of messages to look at, one
decision page per message, and its history."""

from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import ActionColumn, HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from experiences.discussions import selectors, services
from experiences.discussions.admin_forms import ModerationForm
from experiences.discussions.filters import ModerationFilterSet
from experiences.discussions.models import Comment, CommentStatus, ReportStatus
from experiences.discussions.permissions import MODERATE
from experiences.discussions.personal_data import stored_review
from labo.text import plural

FORMER_MEMBER = "Ancien membre"


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


def confirmation(action, *, was_pending, days):
    """What the moderator reads once the decision is applied."""
    if action == services.APPROVE:
        if was_pending:
            return "Message approuvé : il est publié."
        return "Signalements classés : le message reste publié."
    if action == services.SUSPEND:
        days_text = plural(days, "jour", "jours")
        return f"Membre suspendu des discussions pour {days} {days_text}."
    return {
        services.HIDE: "Message masqué. Son auteur voit le motif.",
        services.RESTORE: "Message rétabli : il est de nouveau publié.",
        services.EDIT_OUT: "Texte du message corrigé.",
        services.WARN: "Avertissement envoyé au membre.",
    }[action]


class LabelledCell:
    """Gives each cell its column's label (data-label), which the queue shows in
    front of the value when its narrow layout stacks a row into a card."""

    def render_cell_html(self, instance, parent_context):
        html = super().render_cell_html(instance, parent_context)
        labelled = f'<td data-label="{escape(self.label)}"'
        return mark_safe(html.replace("<td", labelled, 1))


class LabelledColumn(LabelledCell, Column):
    pass


class LabelledStatusTagColumn(LabelledCell, StatusTagColumn):
    pass


class LabelledDateColumn(LabelledCell, DateColumn):
    pass


class PageLinkColumn(LabelledCell, TitleColumn):
    """The page's title, linked to the page as the public sees it."""

    def get_link_url(self, instance, parent_context):
        return instance.page.get_url(request=parent_context.get("request"))


class PersonalDataColumn(LabelledColumn):
    """The passages the personal-data check found, read from what the message
    stored (the detector does not run while the queue is shown)."""

    cell_template_name = "experiences/admin/personal_data_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        return {
            **super().get_cell_context_data(instance, parent_context),
            "review": stored_review(instance),
            "held": instance.held_for_personal_data,
        }


class ModerationIndexView(IndexView):
    page_title = "Modération des discussions"
    # The same listing, with a layout that stacks each row under 50em.
    template_name = "experiences/admin/moderation_index.html"
    any_permission_required = ["change"]
    history_url_name = None

    def get_base_queryset(self):
        return selectors.moderation_queue()

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                "Modérer",
                url=self.get_edit_url(instance),
                icon_name="edit",
                priority=10,
            ),
            MenuItem(
                "Historique",
                url=reverse(self.history_url_name, args=(quote(instance.pk),)),
                icon_name="history",
                priority=20,
            ),
        ]


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
        return selectors.moderation_subjects()

    @cached_property
    def reports(self):
        # Moderators see who reported: it lets them notice a member who reports
        # another one again and again. The author of the message never sees it.
        return selectors.reports_of(self.object)

    @cached_property
    def is_reported(self):
        return any(report.status == ReportStatus.OPEN for report in self.reports)

    def get_page_title(self):
        return "Modérer un message"

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
            {"url": self.index_url, "label": "Modération"},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]

    def get_header_buttons(self):
        return [HeaderButton("Historique", url=self.history_url, icon_name="history")]

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "comment": self.object,
            "reported": self.is_reported,
        }

    def form_valid(self, form):
        was_pending = self.object.status == CommentStatus.PENDING
        try:
            form.decide(moderator=self.request.user)
        except services.DiscussionRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(
            self.request,
            confirmation(
                form.cleaned_data["action"],
                was_pending=was_pending,
                days=form.cleaned_data["days"],
            ),
        )
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
            suspension=selectors.suspension_of(author) if author else None,
            parent_author_name=author_name(comment.parent) if comment.parent else "",
            personal_data=stored_review(comment),
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
        items[1]["label"] = "Modération"
        return items

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label="Modérer",
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
    menu_label = "Modération"
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
        PageLinkColumn("page", label="Page", accessor="page.title"),
        LabelledColumn("author", label="Auteur", accessor=author_name),
        LabelledColumn("kind", label="Type", accessor="get_kind_display"),
        LabelledStatusTagColumn(
            "status",
            label="Statut",
            accessor="get_status_display",
            primary=lambda comment: comment.status == CommentStatus.PENDING,
        ),
        LabelledColumn(
            "open_reports",
            label="Signalements à traiter",
            accessor=open_reports_summary,
            sort_key="open_report_count",
        ),
        PersonalDataColumn("personal_data", label="Données personnelles possibles"),
        LabelledDateColumn("created_at", label="Écrit le", sort_key="created_at"),
    ]

    def get_edit_view_kwargs(self, **kwargs):
        return {"template_name": "experiences/admin/moderation.html", **kwargs}

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename=MODERATE)

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
