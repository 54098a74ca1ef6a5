"""The territory picker: one <select> grouped by region, which a small script
(labo/static/labo/js/picker.js) turns into a type-ahead list when JavaScript runs."""

from django import forms
from django.forms.models import ModelChoiceIterator

from experiences.taxonomy.models import TerritoryKind

OTHER_GROUP = "Autres territoires"


def territory_label(territory):
    """How a territory reads in the picker, under its region's heading."""
    match territory.kind:
        case TerritoryKind.REGION:
            return f"{territory.name} — toute la région"
        case TerritoryKind.DEPARTMENT:
            return f"{territory} — tout le département"
    return territory.name


def _ancestry(territory):
    """The territory and its parents, itself first (parents already loaded)."""
    chain = [territory]
    while chain[-1].parent_id is not None and len(chain) < 3:
        chain.append(chain[-1].parent)
    return chain


def _place(territory):
    """(region name, sort key inside the region): the region first, then each
    department followed by its Missions locales, departments by name."""
    chain = _ancestry(territory)
    top = chain[-1]
    region = top.name if top.kind == TerritoryKind.REGION else OTHER_GROUP
    match territory.kind:
        case TerritoryKind.REGION:
            key = ("", 0, "")
        case TerritoryKind.DEPARTMENT:
            key = (territory.name, 0, "")
        case _:
            department = chain[1].name if len(chain) > 1 else ""
            key = (department, 1, territory.name)
    return region, key


def territory_groups(territories):
    """[(region name, [territory, …]), …], regions by name, territories in the
    order of _place; "Autres territoires" last, for any outside a region."""
    groups = {}
    for territory in territories:
        region, key = _place(territory)
        groups.setdefault(region, []).append((key, territory))
    names = sorted(name for name in groups if name != OTHER_GROUP)
    if OTHER_GROUP in groups:
        names.append(OTHER_GROUP)
    return [
        (name, [pair[1] for pair in sorted(groups[name], key=lambda pair: pair[0])])
        for name in names
    ]


class GroupedTerritoryIterator(ModelChoiceIterator):
    """The field's choices as <optgroup>s, read with one query when rendered."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for region, territories in territory_groups(list(self.queryset)):
            yield (region, [self.choice(territory) for territory in territories])

    def __len__(self):
        return self.queryset.count() + (self.field.empty_label is not None)


class TerritorySelect(forms.Select):
    """A <select> whose options say their kind and a Mission locale's
    department, for the type-ahead to show and find them under it."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"data-picker": "territory", **(attrs or {})}, choices)

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            option["attrs"]["data-kind"] = instance.kind
            if instance.kind == TerritoryKind.MISSION_LOCALE and instance.parent_id:
                # Typing the department's name or number finds its Missions locales.
                department = instance.parent
                option["attrs"]["data-within"] = f"{department.name} {department.code}"
        return option


class TerritoryChoiceField(forms.ModelChoiceField):
    """A territory, chosen in a list grouped by region (<optgroup>), readable
    without JavaScript and filtered as one types with it."""

    widget = TerritorySelect
    iterator = GroupedTerritoryIterator

    def label_from_instance(self, obj):
        return territory_label(obj)

    def _set_queryset(self, queryset):
        # Grouping reads each territory's parents: loaded with it, whatever
        # queryset a form sets.
        if queryset is not None:
            queryset = queryset.select_related("parent__parent")
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)
