"""The contribution form: a write-up in plain French, without the admin."""

import re
from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _

from experiences.blocks import StepBlock
from experiences.models import (
    Audience,
    ExperiencePage,
    ExperienceStatus,
    Territory,
    Theme,
)
from experiences.models.pages import LONG_TEXT_LENGTH, MEDIUM_TEXT_LENGTH
from labo.text import clean_title, validate_no_control_characters

# The form's sections, in order: (title, what the section is for, field names).
SECTIONS = [
    (
        _("L'essentiel"),
        _("De quoi parle votre fiche, où et pour qui."),
        ["title", "summary", "territory", "themes", "audiences", "tags", "tools"],
    ),
    (
        _("Le déroulé"),
        _("Pourquoi vous l'avez fait et comment, pour que d'autres puissent refaire."),
        ["status", "start_date", "end_date", "context", "objectives", "steps"],
    ),
    (
        _("Moyens et résultats"),
        _("Ce que cela a demandé et ce que cela a donné, y compris ce qui a raté."),
        [
            "staff_time",
            "cost",
            "partners",
            "results",
            "indicators",
            "difficulties",
            "reproduction_conditions",
        ],
    ),
    (
        _("Pour aller plus loin"),
        _("Les ressources utiles et qui contacter."),
        ["resources", "team", "contact_email"],
    ),
]
# Free text the personal-data check reads (the contact address is asked for).
FREE_TEXT = [
    "title",
    "summary",
    "tags",
    "tools",
    "context",
    "objectives",
    "steps",
    "staff_time",
    "cost",
    "partners",
    "results",
    "indicators",
    "difficulties",
    "reproduction_conditions",
    "resources",
    "team",
]
# The fields a draft needs before it can be saved at all.
DRAFT_REQUIRED = {"title", "territory"}
# Fields an author may leave empty even when sending for review.
OPTIONAL = {
    "audiences",
    "tags",
    "tools",
    "end_date",
    "staff_time",
    "cost",
    "partners",
    "indicators",
    "difficulties",
    "reproduction_conditions",
    "resources",
    "team",
    "contact_email",
}


def textarea(rows=5):
    return forms.Textarea(attrs={"rows": rows})


def model_length(name):
    """The write-up's own bound for a field, so that form and model agree."""
    return ExperiencePage._meta.get_field(name).max_length


STEP_DESCRIPTION_LENGTH = StepBlock.base_blocks["description"].field.max_length


class ContributionForm(forms.Form):
    title = forms.CharField(
        label=_("Titre de la fiche"),
        max_length=model_length("title"),
        help_text=_(
            "Ce que vous avez fait, en une ligne. Exemple : « Des rendez-vous en visio "
            "le samedi matin pour les jeunes en emploi »."
        ),
    )
    summary = forms.CharField(
        label=_("Résumé"),
        max_length=model_length("summary"),
        widget=textarea(3),
        help_text=_("Deux phrases : ce qui a été fait, pour qui, avec quel résultat."),
    )
    territory = forms.ModelChoiceField(
        label=_("Territoire"),
        queryset=Territory.objects.order_by("kind", "name"),
        help_text=_("Votre Mission locale, ou le département ou la région concernés."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thèmes"),
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Au moins un."),
    )
    audiences = forms.ModelMultipleChoiceField(
        label=_("Publics"),
        queryset=Audience.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    tags = forms.CharField(
        label=_("Mots-clés"),
        max_length=255,
        help_text=_("Séparés par des virgules. Exemple : visio, whatsapp, pix."),
    )
    tools = forms.CharField(
        label=_("Outils utilisés"),
        max_length=model_length("tools"),
        help_text=_("Exemple : Zoom, WhatsApp Business, Google Agenda."),
    )
    status = forms.ChoiceField(
        label=_("Où en est l'expérience ?"), choices=ExperienceStatus.choices
    )
    start_date = forms.DateField(
        label=_("Date de début"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end_date = forms.DateField(
        label=_("Date de fin"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Laissez vide si elle continue."),
    )
    context = forms.CharField(
        label=_("Contexte"),
        max_length=model_length("context"),
        widget=textarea(),
        help_text=_(
            "La situation de départ et le besoin. Exemple : « Beaucoup de jeunes "
            "habitent à plus d'une heure de l'antenne, sans voiture. »"
        ),
    )
    objectives = forms.CharField(
        label=_("Objectifs"),
        max_length=model_length("objectives"),
        widget=textarea(4),
        help_text=_("Un objectif par ligne."),
    )
    steps = forms.CharField(
        label=_("Étapes"),
        max_length=LONG_TEXT_LENGTH,
        widget=textarea(8),
        help_text=_(
            "Une étape par paragraphe, séparés par une ligne vide : la première ligne "
            "est le titre de l'étape, les suivantes disent ce qui a été fait."
        ),
    )
    staff_time = forms.CharField(
        label=_("Temps de travail"),
        max_length=model_length("staff_time"),
        help_text=_("Exemple : 2 conseillers à 10 % pendant 6 mois."),
    )
    cost = forms.CharField(
        label=_("Coût"),
        max_length=model_length("cost"),
        help_text=_("Exemple : 1 200 € de licences, ou « aucun coût »."),
    )
    partners = forms.CharField(
        label=_("Partenaires"), max_length=model_length("partners"), widget=textarea(2)
    )
    results = forms.CharField(
        label=_("Résultats"),
        max_length=model_length("results"),
        widget=textarea(),
        help_text=_("Ce qui a changé, avec des chiffres globaux, jamais nominatifs."),
    )
    indicators = forms.CharField(
        label=_("Chiffres clés"),
        max_length=MEDIUM_TEXT_LENGTH,
        widget=textarea(3),
        help_text=_("Un par ligne, sous la forme « Jeunes accompagnés : 84 »."),
    )
    difficulties = forms.CharField(
        label=_("Ce qui n'a pas marché"),
        max_length=model_length("difficulties"),
        widget=textarea(4),
        help_text=_("Les obstacles et les erreurs : c'est ce qui aide le plus."),
    )
    reproduction_conditions = forms.CharField(
        label=_("Pour reproduire ailleurs"),
        max_length=model_length("reproduction_conditions"),
        widget=textarea(3),
    )
    resources = forms.CharField(
        label=_("Liens utiles"),
        max_length=MEDIUM_TEXT_LENGTH,
        widget=textarea(3),
        help_text=_(
            "Un par ligne, sous la forme « Titre : https://… ». Exemple : "
            "« Tutoriel Pix : https://pix.fr/ »."
        ),
    )
    team = forms.CharField(
        label=_("Équipe"),
        max_length=model_length("team"),
        widget=textarea(2),
        help_text=_(
            "Les fonctions de celles et ceux qui l'ont porté, sans nom de jeune."
        ),
    )
    contact_email = forms.EmailField(
        label=_("Adresse de contact"),
        help_text=_("Une adresse d'équipe de préférence."),
    )
    personal_data_confirmed = forms.BooleanField(
        label=_(
            "J'ai relu les passages signalés : ils ne concernent aucun jeune "
            "accompagné."
        ),
        required=False,
    )

    def __init__(self, *args, for_submission=False, new_draft_refused=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_submission = for_submission
        self.new_draft_refused = new_draft_refused
        for name, field in self.fields.items():
            field.required = name in DRAFT_REQUIRED or (
                for_submission
                and name not in OPTIONAL
                and name != "personal_data_confirmed"
            )
            if isinstance(field, forms.CharField):
                field.validators.append(validate_no_control_characters)
        self.fields["territory"].label_from_instance = territory_label

    @property
    def draft_limit_message(self):
        """Why a pending account cannot start one more write-up, if it cannot."""
        if not self.new_draft_refused:
            return ""
        return _(
            "Votre compte attend sa validation par la coordination : d'ici là, vous "
            "pouvez préparer %(limit)s fiches au plus. Complétez l'une d'elles "
            "depuis « Mes contributions »."
        ) % {"limit": settings.LABO_PENDING_DRAFT_LIMIT}

    def sections(self):
        return [
            (title, intro, [self[name] for name in names])
            for title, intro, names in SECTIONS
        ]

    def free_text(self):
        """What the author typed in the free-text fields, by field name."""
        return {name: self.data.get(name, "") for name in FREE_TEXT}

    def clean_title(self):
        title = clean_title(self.cleaned_data["title"])
        if not title:
            raise ValidationError(self.fields["title"].error_messages["required"])
        return title

    def clean_tags(self):
        return [
            tag.strip() for tag in self.cleaned_data["tags"].split(",") if tag.strip()
        ]

    def clean_steps(self):
        steps = []
        for block in re.split(r"\n\s*\n", self.cleaned_data["steps"].strip()):
            title, _newline, description = block.strip().partition("\n")
            if len(description.strip()) > STEP_DESCRIPTION_LENGTH:
                raise ValidationError(
                    _(
                        "L'étape « %(title)s » dépasse %(limit)s caractères : "
                        "découpez-la en plusieurs étapes."
                    )
                    % {"title": title.strip()[:60], "limit": STEP_DESCRIPTION_LENGTH}
                )
            if title:
                steps.append(
                    {"title": title.strip()[:150], "description": description.strip()}
                )
        return steps

    def clean_indicators(self):
        indicators = []
        for number, line in enumerate(_lines(self.cleaned_data["indicators"]), 1):
            label, separator, value = line.rpartition(":")
            if not separator or not label.strip() or not value.strip():
                raise ValidationError(
                    _("Ligne %(number)s : écrivez « Libellé : valeur ».")
                    % {"number": number}
                )
            indicators.append(
                {"label": label.strip()[:120], "value": value.strip()[:60]}
            )
        return indicators

    def clean_resources(self):
        resources = []
        for number, line in enumerate(_lines(self.cleaned_data["resources"]), 1):
            title, _colon, url = line.partition(": ")
            url = (url or title).strip()
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                raise ValidationError(
                    _("Ligne %(number)s : l'adresse doit commencer par https://.")
                    % {"number": number}
                ) from None
            resources.append(
                {"title": (title if url != title else url)[:200], "url": url}
            )
        return resources

    def clean(self):
        cleaned = super().clean()
        if self.new_draft_refused:
            raise ValidationError(self.draft_limit_message)
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error(
                "end_date", _("La date de fin doit suivre la date de début.")
            )
        return cleaned


def territory_label(territory):
    return f"{territory} — {territory.get_kind_display()}"


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraphs_html(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in _blocks(text))


def list_html(text):
    items = _lines(text)
    return (
        "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
        if items
        else ""
    )


def _blocks(text):
    return [part for part in re.split(r"\n\s*\n", text or "") if part.strip()]


def html_to_text(html):
    """Rich text back to what the author typed: one paragraph or item per block."""
    html = re.sub(r"</(p|li|h\d)>", "\n\n", html or "")
    return unescape(strip_tags(html)).strip()
