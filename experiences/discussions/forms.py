"""The forms of a discussion thread, with their messages in French."""

from django import forms

from experiences.discussions.models import (
    COMMENT_MAX_LENGTH,
    REPORT_NOTE_MAX_LENGTH,
    CommentKind,
    ReportReason,
)
from experiences.taxonomy.models import Territory
from labo.text import validate_no_control_characters

BODY_ERRORS = {
    "required": "Écrivez votre message avant de l'envoyer.",
    "max_length": (
        f"Votre message est trop long : {COMMENT_MAX_LENGTH} caractères au plus "
        "(il en compte %(show_value)d)."
    ),
}


def body_field(label="Votre message"):
    return forms.CharField(
        label=label,
        max_length=COMMENT_MAX_LENGTH,
        strip=True,
        error_messages=BODY_ERRORS,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Texte simple ; les adresses web deviennent des liens. Aucune "
        "donnée personnelle sur un jeune.",
    )


class PersonalDataMixin(forms.Form):
    """The author's « send anyway » after the personal-data check, posted by a
    button of its own; `personal_data` holds the review the form shows again."""

    CONFIRM_LABEL = "Envoyer quand même : la modération relira avant publication"

    personal_data_confirmed = forms.BooleanField(required=False)
    personal_data = None


class HoneypotMixin(PersonalDataMixin):
    # Hidden from people by the template; robots that fill every field give
    # themselves away.
    website = forms.CharField(
        label="Ne pas remplir ce champ",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError("Ce message ressemble à un envoi automatique.")
        return cleaned


class CommentForm(HoneypotMixin):
    kind = forms.ChoiceField(
        label="Type de message",
        choices=CommentKind.choices,
        initial=CommentKind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisissez le type de votre message."},
    )
    territory = forms.ModelChoiceField(
        label="Où l'avez-vous testé ?",
        queryset=Territory.objects.order_by("kind", "name"),
        required=False,
        help_text="Pour « J'ai testé » : votre Mission locale, département ou région.",
    )
    body = body_field()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == CommentKind.TESTED and not cleaned.get("territory"):
            self.add_error(
                "territory", "Indiquez le territoire où vous avez testé la pratique."
            )
        return cleaned


class ReplyForm(HoneypotMixin):
    body = body_field("Votre réponse")

    @classmethod
    def for_comment(cls, comment_id, data=None):
        """Ids unique on a page that shows one reply form per message."""
        return cls(data, auto_id=f"reponse-{comment_id}-%s")


class EditForm(PersonalDataMixin):
    body = body_field()


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="Pourquoi signalez-vous ce message ?",
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisissez la raison du signalement."},
    )
    note = forms.CharField(
        label="Précisez (facultatif, sauf pour « Autre raison »)",
        max_length=REPORT_NOTE_MAX_LENGTH,
        required=False,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": "1 000 caractères au plus."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == ReportReason.OTHER and not cleaned.get("note"):
            self.add_error("note", "Précisez la raison du signalement.")
        return cleaned
