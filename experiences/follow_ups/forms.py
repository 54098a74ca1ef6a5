"""The author's « six mois après » form and the coordination's decision form."""

from django import forms

from experiences.follow_ups import services
from experiences.follow_ups.models import FollowUp, FollowUpOutcome
from experiences.forms import ContributionForm
from experiences.models import ExperienceStatus
from labo.text import validate_no_control_characters

STOPPED_STATUSES = [
    (ExperienceStatus.FINISHED, "Terminée : elle est allée à son terme"),
    (ExperienceStatus.ABANDONED, "Abandonnée : nous l'avons arrêtée en cours de route"),
]
# The fields the personal-data check reads: they are published.
FREE_TEXT_FIELDS = ("why", "advice", "figures")


def _text_field(name, *, required, rows, help_text):
    model_field = FollowUp._meta.get_field(name)
    return forms.CharField(
        label=model_field.verbose_name.capitalize(),
        required=required,
        max_length=model_field.max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
        validators=[validate_no_control_characters],
    )


class FollowUpForm(forms.Form):
    """Kept, changed or stopped, why, a word for a colleague, new figures; where
    the experiment stands when stopped; then the author's confirmation about
    personal data."""

    outcome = forms.ChoiceField(
        label="Six mois après, l'expérience…",
        choices=FollowUpOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Dites si vous la poursuivez ou l'avez arrêtée."},
    )
    why = _text_field(
        "why",
        required=True,
        rows=5,
        help_text="Ce qui a marché, ce qui a coincé, ce qui vous a fait décider.",
    )
    advice = _text_field(
        "advice",
        required=False,
        rows=4,
        help_text="Le conseil que vous donneriez à une Mission locale qui se lance.",
    )
    figures = _text_field(
        "figures",
        required=False,
        rows=3,
        help_text=(
            "Facultatif. Par exemple : « 120 jeunes reçus en visio depuis "
            "janvier, 8 sur 10 revenus au rendez-vous suivant »."
        ),
    )
    experiment_status = forms.ChoiceField(
        label="Si vous l'avez arrêtée, elle est…",
        choices=STOPPED_STATUSES,
        initial=ExperienceStatus.FINISHED,
        required=False,
        widget=forms.RadioSelect,
        help_text=(
            "La fiche indiquera ce statut, avec la date de votre réponse comme "
            "date de fin si elle n'en a pas. Poursuivie, elle reste « En cours »."
        ),
    )
    personal_data_confirmed = forms.BooleanField(
        label=(
            "J'ai relu les passages signalés : ils ne concernent aucun jeune "
            "accompagné."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["why"].error_messages["required"] = (
            "Expliquez en quelques mots pourquoi : c'est ce qui aide les autres."
        )
        for name in FREE_TEXT_FIELDS:
            limit = self.fields[name].max_length
            self.fields[name].error_messages["max_length"] = (
                f"Ce texte est trop long : {limit} caractères au plus "
                "(il en compte %(show_value)d)."
            )

    @classmethod
    def initial_from(cls, follow_up):
        """The form filled with an answer still open."""
        return {
            "outcome": follow_up.outcome,
            "why": follow_up.why,
            "advice": follow_up.advice,
            "figures": follow_up.figures,
            "experiment_status": (
                follow_up.experiment_status
                if follow_up.experiment_status != ExperienceStatus.RUNNING
                else ExperienceStatus.FINISHED
            ),
        }

    def free_text(self):
        """What the author typed in the published fields, by field name."""
        return {name: self.data.get(name, "") for name in FREE_TEXT_FIELDS}

    # The error summary at the top reads as the contribution form's.
    problems = ContributionForm.problems
    problems_title = ContributionForm.problems_title


class DecisionForm(forms.Form):
    """The coordination's decision on a follow-up."""

    action = forms.ChoiceField(
        choices=[
            (services.PUBLISH, "Publier"),
            (services.RETURN, "Renvoyer à l'auteur"),
            (services.WITHDRAW, "Retirer de la fiche"),
        ]
    )
    note = forms.CharField(
        label="Note à l'auteur",
        required=False,
        max_length=FollowUp._meta.get_field("review_note").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[validate_no_control_characters],
        help_text=(
            "Obligatoire pour renvoyer ou retirer le suivi : dites pourquoi. "
            "L'auteur la reçoit par e-mail."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("action") in (services.RETURN, services.WITHDRAW)
            and not (cleaned.get("note") or "").strip()
        ):
            self.add_error("note", "Écrivez une note : elle explique la décision.")
        return cleaned
