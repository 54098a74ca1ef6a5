"""The form of a moderator's decision on a message."""

from django import forms

from experiences.discussions import services
from experiences.discussions.models import (
    COMMENT_MAX_LENGTH,
    REASON_MAX_LENGTH,
    CommentStatus,
)
from experiences.discussions.services import (
    APPROVE,
    EDIT_OUT,
    HIDE,
    RESTORE,
    SUSPEND,
    WARN,
)
from labo.text import validate_no_control_characters

NEEDS_REASON = {HIDE, EDIT_OUT, WARN, SUSPEND}


def available_actions(comment, *, reported):
    """The decisions that make sense for the message as it stands, with their
    labels."""
    status = comment.status
    actions = []
    if status == CommentStatus.PENDING:
        actions.append((APPROVE, "Approuver : publier le message"))
    elif status == CommentStatus.PUBLISHED and reported:
        actions.append(
            (APPROVE, "Garder le message publié et classer les signalements")
        )
    if status in (CommentStatus.PENDING, CommentStatus.PUBLISHED):
        actions.append((HIDE, "Masquer le message"))
    if status == CommentStatus.HIDDEN:
        actions.append((RESTORE, "Rétablir le message (le republier)"))
        if reported:
            actions.append((HIDE, "Confirmer le masquage et classer les signalements"))
    if status != CommentStatus.DELETED and comment.body:
        actions.append((EDIT_OUT, "Retirer une donnée personnelle (corriger le texte)"))
    if comment.author_id:
        actions.append((WARN, "Avertir le membre par e-mail"))
        actions.append((SUSPEND, "Suspendre le membre des discussions"))
    return actions


class ModerationForm(forms.Form):
    action = forms.ChoiceField(
        label="Décision",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choisissez une décision.",
            "invalid_choice": (
                "Cette décision n'est plus possible pour ce message : il a "
                "peut-être été traité entre-temps. Rechargez la page."
            ),
        },
    )
    reason = forms.CharField(
        label="Motif",
        required=False,
        max_length=REASON_MAX_LENGTH,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Le motif dépasse %(limit_value)d caractères."},
        help_text=(
            "Obligatoire pour masquer, corriger, avertir ou suspendre. Le motif "
            "d'un masquage, d'un avertissement ou d'une suspension est montré au "
            "membre : écrivez-le pour lui."
        ),
    )
    body = forms.CharField(
        label="Texte corrigé (pour retirer une donnée personnelle)",
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        validators=[validate_no_control_characters],
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"max_length": "Le texte dépasse %(limit_value)d caractères."},
    )
    days = forms.IntegerField(
        label="Durée de la suspension, en jours (de 1 à 365)",
        required=False,
        min_value=1,
        max_value=365,
        initial=7,
        error_messages={
            "invalid": "Indiquez un nombre de jours.",
            "min_value": "Une suspension dure de 1 à 365 jours.",
            "max_value": "Une suspension dure de 1 à 365 jours.",
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
            self.add_error("reason", "Indiquez le motif de cette décision.")
        if action == EDIT_OUT and "body" in cleaned:
            body = cleaned["body"].strip()
            if not body:
                self.add_error(
                    "body",
                    (
                        "Le texte corrigé ne peut pas être vide : masquez plutôt "
                        "le message."
                    ),
                )
            elif body == self.comment.body.strip():
                self.add_error(
                    "body",
                    (
                        "Le texte n'a pas changé : retirez la donnée personnelle "
                        "avant d'enregistrer."
                    ),
                )
        if action == SUSPEND and "days" in cleaned and cleaned["days"] is None:
            self.add_error("days", "Indiquez la durée de la suspension.")
        return cleaned

    def decide(self, *, moderator):
        """Applies the chosen decision through the discussions' services."""
        data = self.cleaned_data
        services.moderation_decide(
            moderator=moderator,
            comment=self.comment,
            action=data["action"],
            reason=data["reason"].strip(),
            body=data["body"],
            days=data["days"],
        )
