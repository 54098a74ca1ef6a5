"""The coordinators' forms: the queue's filters, the confirmation of a label and
the request to its author."""

from django import forms
from django.conf import settings

from experiences.admin_forms import SIGNATURE_CHOICES
from experiences.maturity.dates import review_date
from experiences.maturity.models import NOTE_MAX_LENGTH
from experiences.maturity.services import review_on_bounds
from experiences.taxonomy.models import Theme
from labo.text import french_date, validate_no_control_characters


class QueueFilterForm(forms.Form):
    """Read from the query string; a value that names nothing is left aside."""

    region = forms.ModelChoiceField(
        label="Région",
        queryset=None,
        to_field_name="key",
        required=False,
        empty_label="Toutes",
    )
    theme = forms.ModelChoiceField(
        label="Thème",
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="Tous",
    )

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        if not regions.exists():
            del self.fields["region"]

    def chosen(self):
        """The valid filters, each None when absent or unknown."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name)
            for name in ("region", "theme")
            if name in self.fields
        }


class DecisionForm(forms.Form):
    """Carries the id of the page's latest decision when the form was shown."""

    seen = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class ConfirmForm(DecisionForm):
    review_on = forms.DateField(
        label="Prochaine revue le",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    signature = forms.ChoiceField(
        label="Signature",
        choices=SIGNATURE_CHOICES,
        widget=forms.RadioSelect,
        help_text="Votre choix est gardé pour vos prochaines validations.",
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review_on"].initial = review_date(today)
        self.fields[
            "review_on"
        ].help_text = f"Par défaut dans {settings.LABO_MATURITY_REVIEW_MONTHS} mois."
        self.fields["review_on"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]

    def clean_review_on(self):
        review_on = self.cleaned_data["review_on"]
        earliest, latest = review_on_bounds()
        if not earliest <= review_on <= latest:
            raise forms.ValidationError(
                f"Choisissez une date entre le {french_date(earliest)} et le "
                f"{french_date(latest)}."
            )
        return review_on


class AuthorAskForm(DecisionForm):
    message = forms.CharField(
        label="Votre message (facultatif)",
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        validators=[validate_no_control_characters],
        help_text=(
            "Il s'ajoute au courriel envoyé à l'auteur : par exemple, ce que vous "
            "aimeriez savoir pour confirmer la maturité."
        ),
    )
