"""The contribution form: a write-up in plain French, without the admin."""

import re
from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.html import escape, strip_tags

from experiences.blocks import StepBlock
from experiences.fields import FORM_FIELDS, FREE_TEXT_KINDS, SECTIONS, Kind, Needed
from experiences.models import ExperiencePage
from experiences.reproductions import sources_sql
from experiences.taxonomy.forms import TerritoryChoiceField
from experiences.taxonomy.models import Territory
from experiences.visibility import public_q
from labo.text import clean_title, plural, validate_no_control_characters


def textarea(rows=5):
    return forms.Textarea(attrs={"rows": rows})


def model_length(name):
    """The write-up's own bound for a field, so that form and model agree."""
    return ExperiencePage._meta.get_field(name).max_length


# An id beyond any database's integer is no write-up.
MAX_ID_DIGITS = 18


class WriteUpChoiceField(forms.ModelChoiceField):
    """A write-up by its id, which is looked up only if it can be one: a forged
    value gets the field's error, never a database error (SQLite refuses an
    integer beyond 64 bits)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not str(value).isdigit() or len(str(value)) > MAX_ID_DIGITS:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


def form_field(field):
    """The contribution form's field for one of the write-up's fields."""
    texts = {"label": field.label, "help_text": field.help_text}
    match field.kind:
        case Kind.TERRITORY:
            return TerritoryChoiceField(
                queryset=Territory.objects.all(),
                empty_label="Choisissez un territoire",
                **texts,
            )
        case Kind.TERMS:
            terms = ExperiencePage._meta.get_field(field.name).related_model
            return forms.ModelMultipleChoiceField(
                queryset=terms.objects.all(),
                widget=forms.CheckboxSelectMultiple,
                **texts,
            )
        case Kind.CHOICE:
            choices = ExperiencePage._meta.get_field(field.name).choices
            return forms.ChoiceField(choices=choices, **texts)
        case Kind.DATE:
            return forms.DateField(
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                **texts,
            )
        case Kind.EMAIL:
            return forms.EmailField(**texts)
        case Kind.PAGE:
            # Narrowed to the readable write-ups by the form (ContributionForm).
            return WriteUpChoiceField(
                queryset=ExperiencePage.objects.none(),
                widget=forms.HiddenInput,
                error_messages={"invalid_choice": UNREADABLE_SOURCE},
                **texts,
            )
    return forms.CharField(
        max_length=field.max_length or model_length(field.name),
        widget=textarea(field.rows) if field.rows else None,
        **texts,
    )


STEP_DESCRIPTION_LENGTH = StepBlock.base_blocks["description"].field.max_length
UNREADABLE_SOURCE = (
    "La fiche que vous reproduisez n'est pas publiée : revenez à une fiche publiée "
    "et cliquez sur « Je la reproduis »."
)


class ContributionForm(forms.Form):
    """The write-up's fields (experiences.fields.FORM_FIELDS, added below the
    class), then the author's confirmation about personal data."""

    personal_data_confirmed = forms.BooleanField(
        label=(
            "J'ai relu les passages signalés : ils ne concernent aucun jeune "
            "accompagné."
        ),
        required=False,
    )

    def __init__(
        self,
        *args,
        for_submission=False,
        new_draft_refused=False,
        updating_published=False,
        page=None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        if not updating_published:
            # The line for the readers' history is asked only of an update.
            del self.fields["change_summary"]
        self.page = page
        # A readable write-up, or the one the page already reproduces, even if it
        # has been unpublished since: its author can still save their draft.
        self.fields["reproduced_from"].queryset = ExperiencePage.objects.filter(
            (Q(live=True) & public_q())
            | Q(pk=page.reproduced_from_id if page else None)
        )
        send_required = SEND_REQUIRED
        if self.reproducing:
            send_required = SEND_REQUIRED | {"reproduction_changes"}
        else:
            # Asked only of a write-up reproduced from another one.
            del self.fields["reproduction_changes"]
        self.for_submission = for_submission
        self.new_draft_refused = new_draft_refused
        for name, field in self.fields.items():
            field.required = name in DRAFT_REQUIRED or (
                for_submission and name in send_required
            )
            # Marked for the author from the start; a draft may still be saved
            # without them, so only the fields every draft needs get `required`.
            field.needed_to_send = name in send_required
            field.error_messages["required"] = required_message(name, field)
            if field.needed_to_send and not isinstance(
                field.widget, forms.CheckboxSelectMultiple
            ):
                field.widget.attrs["aria-required"] = "true"
            if isinstance(field, forms.CharField):
                field.validators.append(validate_no_control_characters)

    @property
    def reproducing(self):
        """Whether the write-up says which one it reproduces (the hidden field)."""
        if self.is_bound:
            return bool(self.data.get(self.add_prefix("reproduced_from")))
        return bool(self.initial.get("reproduced_from"))

    def reproduction_source(self):
        """The write-up this one reproduces (its id in the hidden field), once
        checked: readable, or the one already saved."""
        if self.is_bound:
            return getattr(self, "cleaned_data", {}).get("reproduced_from")
        source_id = self.initial.get("reproduced_from")
        queryset = self.fields["reproduced_from"].queryset
        return queryset.filter(pk=source_id).first() if source_id else None

    @property
    def draft_limit_message(self):
        """Why a pending account cannot start one more write-up, if it cannot."""
        if not self.new_draft_refused:
            return ""
        limit = settings.LABO_PENDING_DRAFT_LIMIT
        return (
            "Votre compte attend sa validation par la coordination : d'ici là, vous "
            f"pouvez préparer {limit} fiches au plus. Complétez l'une d'elles "
            "depuis « Mes contributions »."
        )

    def sections(self):
        """(title, what the section is for, bound fields) of each section."""
        return [
            (
                section.title,
                section.intro,
                [
                    self[field.name]
                    for field in FORM_FIELDS
                    if field.section is section
                    and field.name in self.fields
                    and not self[field.name].is_hidden
                ],
            )
            for section in SECTIONS
        ]

    def problems(self):
        """Every error, in the form's order: (id of the input it is about, or "",
        the field's label, the message), for the summary at the top."""
        listed = []
        for bound in self:
            # A hidden input is nothing to go to.
            target = (
                "" if bound.is_hidden else bound.id_for_label or f"{bound.auto_id}_0"
            )
            listed.extend((target, bound.label, error) for error in bound.errors)
        listed.extend(("", "", error) for error in self.non_field_errors())
        return listed

    def problems_title(self):
        count = len(self.problems())
        return f"{count} {plural(count, 'point à corriger', 'points à corriger')}"

    def free_text(self):
        """What the author typed in the free-text fields, by field name."""
        return {
            field.name: self.data.get(field.name, "")
            for field in FORM_FIELDS
            if field.kind in FREE_TEXT_KINDS
        }

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
                    f"L'étape « {title.strip()[:60]} » dépasse "
                    f"{STEP_DESCRIPTION_LENGTH} caractères : découpez-la en plusieurs "
                    "étapes."
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
                raise ValidationError(f"Ligne {number} : écrivez « Libellé : valeur ».")
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
                    f"Ligne {number} : l'adresse doit commencer par https://."
                ) from None
            resources.append(
                {"title": (title if url != title else url)[:200], "url": url}
            )
        return resources

    def clean_reproduced_from(self):
        source = self.cleaned_data["reproduced_from"]
        if (
            source is not None
            and self.page is not None
            and ExperiencePage.objects.filter(
                pk=self.page.pk, id__in=RawSQL(sources_sql("%s"), (source.pk,))
            ).exists()
        ):
            raise ValidationError(
                "Une fiche ne peut pas reproduire elle-même ni une fiche qui la "
                "reproduit."
            )
        return source

    def clean(self):
        cleaned = super().clean()
        if self.new_draft_refused:
            raise ValidationError(self.draft_limit_message)
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "La date de fin doit suivre la date de début.")
        return cleaned


# The write-up's fields first, in the declaration's order.
ContributionForm.base_fields = ContributionForm.declared_fields = {
    **{field.name: form_field(field) for field in FORM_FIELDS},
    **ContributionForm.declared_fields,
}
# The fields a draft needs before it can be saved at all, and before it is sent.
DRAFT_REQUIRED = {field.name for field in FORM_FIELDS if field.needed == Needed.ALWAYS}
SEND_REQUIRED = {field.name for field in FORM_FIELDS if field.needed != Needed.NEVER}


def required_message(name, field):
    """What to do about an empty required field, said for the author."""
    if isinstance(field.widget, forms.CheckboxSelectMultiple):
        return "Cochez-en au moins un pour envoyer la fiche."
    if name in DRAFT_REQUIRED:
        what = (
            "Choisissez-le"
            if isinstance(field.widget, forms.Select)
            else "Remplissez-le"
        )
        return f"{what} : même un brouillon en a besoin."
    if isinstance(field.widget, forms.Select):
        return "Choisissez dans la liste pour envoyer la fiche."
    return "À remplir pour envoyer la fiche."


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
