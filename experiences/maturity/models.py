"""The coordination's decisions on a write-up's validated maturity."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from experiences.models import Maturity
from labo.text import bounded_text

NOTE_MAX_LENGTH = 2000


class MaturityAction(models.TextChoices):
    VALIDATED = "validated", "Maturité validée"
    CONFIRMED = "confirmed", "Maturité confirmée"
    CHANGED = "changed", "Maturité changée"
    REMOVED = "removed", "Maturité retirée"
    AUTHOR_ASKED = "author_asked", "Auteur sollicité"


# What readers see in a write-up's history; asking the author stays internal.
PUBLIC_ACTIONS = (
    MaturityAction.VALIDATED,
    MaturityAction.CONFIRMED,
    MaturityAction.CHANGED,
    MaturityAction.REMOVED,
)


class MaturityDecision(models.Model):
    """One decision of the coordination on a write-up's maturity: the label and
    the validation it left, by whom and when."""

    page = models.ForeignKey(
        "experiences.ExperiencePage",
        on_delete=models.CASCADE,
        related_name="maturity_decisions",
        verbose_name="fiche",
    )
    action = models.CharField("décision", max_length=20, choices=MaturityAction)
    # The label as the decision leaves it ("" once removed).
    maturity = models.CharField(
        "maturité",
        max_length=20,
        blank=True,
        choices=[("", "Non renseignée"), *Maturity.choices],
    )
    decided_at = models.DateTimeField("date", default=timezone.now, db_index=True)
    # Null once the account is deleted, or for a publication nobody signed in made
    # (a scheduled one).
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="par",
    )
    signed_as = models.CharField("signée", max_length=200, blank=True)
    review_on = models.DateField("à revoir le", null=True, blank=True)
    note = models.TextField("message", blank=True, **bounded_text(NOTE_MAX_LENGTH))

    class Meta:
        verbose_name = "décision sur la maturité"
        verbose_name_plural = "décisions sur la maturité"
        ordering = ["-decided_at", "-pk"]
        indexes = [
            models.Index(fields=["page", "-decided_at"], name="maturity_page_date_idx")
        ]

    def __str__(self):
        return f"{self.get_action_display()} : {self.page_id}"


class SignaturePreference(models.Model):
    """How a coordinator signs the maturities they validate: as the coordination
    (the default) or with their own name."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="maturity_signature",
        verbose_name="compte",
    )
    with_name = models.BooleanField("signer de mon nom", default=False)

    class Meta:
        verbose_name = "signature des maturités"
        verbose_name_plural = "signatures des maturités"

    def __str__(self):
        return f"{self.user_id} : {'nom' if self.with_name else 'coordination'}"
