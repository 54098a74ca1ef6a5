"""The filters of the moderation queue."""

from django import forms
from django_filters import ChoiceFilter, ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet

from experiences.discussions import selectors
from experiences.discussions.models import Comment, CommentStatus, ReportReason
from experiences.taxonomy.models import Territory, TerritoryKind

TO_TREAT = "a_traiter"
ALL = "tous"
STATUS_CHOICES = [
    (TO_TREAT, "À traiter"),
    (CommentStatus.PENDING, "En attente de modération"),
    (CommentStatus.PUBLISHED, "Publiés"),
    (CommentStatus.HIDDEN, "Masqués"),
    (CommentStatus.DELETED, "Supprimés par leur auteur"),
    (ALL, "Tous"),
]


class ModerationFilterSet(WagtailFilterSet):
    status = ChoiceFilter(
        label="Statut",
        choices=STATUS_CHOICES,
        empty_label=None,
        initial=TO_TREAT,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    reason = ChoiceFilter(
        label="Signalé pour (signalements à traiter)",
        choices=ReportReason.choices,
        empty_label="Tous les motifs",
        method="filter_reason",
        widget=forms.RadioSelect,
    )
    region = ModelChoiceFilter(
        label="Région de la page",
        queryset=Territory.objects.filter(kind=TerritoryKind.REGION).order_by("name"),
        empty_label="Toutes les régions",
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
            return queryset.filter(selectors.awaiting_decision())
        if value == ALL:
            return queryset
        return queryset.filter(status=value)

    def filter_reason(self, queryset, name, value):
        return queryset.filter(selectors.reported_for(value))

    def filter_region(self, queryset, name, value):
        return queryset.filter(selectors.on_pages_of(value))
