"""The write-up's form in the Wagtail admin: a member's save is checked for
personal data of young people as the contribution form checks a sending, and
only the coordination sets the maturity."""

import re
from html import unescape

from django import forms
from django.utils.html import strip_tags

from experiences.fields import ESSENTIALS, FREE_TEXT_KINDS, WRITE_UP_FIELDS, Kind
from experiences.permissions import RegionalScopePageForm
from experiences.personal_data import personal_data_find
from labo.accounts.roles import COORDINATION, is_staff_account

TEXT_FIELDS = tuple(field for field in WRITE_UP_FIELDS if field.kind in FREE_TEXT_KINDS)
CONFIRM_LABEL = "J'ai vérifié : ce ne sont pas les données d'un jeune"
SIGNATURE_CHOICES = [
    ("coordination", "Au nom de la coordination (par défaut)"),
    ("name", "De mon nom"),
]
BLOCK_END = re.compile(r"</(?:p|li|h\d|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_text(html):
    """Rich text as it reads: one line per paragraph or list item."""
    text = unescape(strip_tags(BLOCK_END.sub("\n", str(html or ""))))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def value_text(kind, value):
    """The text of one of the write-up's values, from the page or the form."""
    if value is None:
        return ""
    match kind:
        case Kind.PARAGRAPHS | Kind.LIST:
            return html_text(getattr(value, "source", value))
        case Kind.STEPS | Kind.INDICATORS | Kind.RESOURCES:
            return "\n".join(
                " : ".join(str(part) for part in block.value.values() if part)
                for block in value
                if hasattr(block.value, "values")
            )
        case Kind.TAGS:
            names = value.all() if hasattr(value, "all") else value
            return ", ".join(getattr(tag, "name", str(tag)) for tag in names)
    return str(value)


def page_texts(page):
    """The free text of a write-up, by field name."""
    return {
        field.name: value_text(field.kind, getattr(page, field.name, None))
        for field in TEXT_FIELDS
    }


def form_texts(cleaned_data):
    return {
        field.name: value_text(field.kind, cleaned_data.get(field.name))
        for field in TEXT_FIELDS
        if field.name in cleaned_data
    }


def may_set_maturity(user):
    """Coordinators and the administrator; nobody else sets a write-up's maturity."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=COORDINATION).exists())
    )


def is_checked_on_save(user):
    """Members outside the staff (Contributeurs) confirm personal data; the
    coordination and the moderation read the panel instead."""
    return user is not None and not is_staff_account(user)


class ExperiencePageForm(RegionalScopePageForm):
    """A write-up's admin form: within a regional coordinator's region, and
    checked for personal data when a member saves it."""

    personal_data_confirmed = forms.BooleanField(label=CONFIRM_LABEL, required=False)
    # Offered to the coordination only; experiences.maturity keeps the choice.
    maturity_signature = forms.ChoiceField(
        label="Signer la validation d'une maturité « Évaluée » ou « Essaimée »",
        choices=SIGNATURE_CHOICES,
        initial="coordination",
        widget=forms.RadioSelect,
        required=False,
        help_text=(
            "Elle s'affiche avec la date de validation sur la fiche. Votre choix "
            "est gardé pour vos prochaines validations."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.instance.has_unpublished_changes:
            # The last update's line is in the history already: a new one starts
            # empty.
            self.initial["change_summary"] = ""
        self._maturity_fields_set()
        # What the check found in the submitted text, for the panel to show.
        self.personal_data_texts = {}
        self.personal_data_findings = []

    def _maturity_fields_set(self):
        """The label is the coordination's: shown to the others, never taken
        from what they post. Coordinators choose how a label they validate by
        publishing is signed (experiences.maturity keeps the choice)."""
        if "maturity" not in self.fields:
            del self.fields["maturity_signature"]
            return
        if not may_set_maturity(self.for_user):
            self.fields["maturity"].disabled = True
            self.fields["maturity"].help_text = "Indiquée par la coordination."
            del self.fields["maturity_signature"]
            return
        preference = getattr(self.for_user, "maturity_signature", None)
        if preference is not None and preference.with_name:
            self.fields["maturity_signature"].initial = "name"

    def clean(self):
        cleaned = super().clean()
        if not is_checked_on_save(self.for_user):
            return cleaned
        texts = form_texts(cleaned)
        findings = personal_data_find(texts)
        if not findings or cleaned.get("personal_data_confirmed"):
            return cleaned
        self.personal_data_texts = texts
        self.personal_data_findings = findings
        labels = {field.name: field.label or field.name for field in TEXT_FIELDS}
        self.add_error(
            None,
            "Données personnelles possibles : réécrivez les passages surlignés dans "
            "l'encadré « Données personnelles possibles » de l'onglet "
            f"« {ESSENTIALS.tab} », ou, s'ils ne concernent aucun jeune, "
            f"cochez « {CONFIRM_LABEL} » et enregistrez à nouveau.",
        )
        for finding in findings:
            self.add_error(
                None,
                f"{labels.get(finding.field, finding.field)} : {finding.label} "
                f"« {finding.text} ».",
            )
        return cleaned
