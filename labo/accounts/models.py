"""The member profile and the outbox of e-mails to members."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from labo.accounts import roles
from labo.accounts.names import imitates_staff
from labo.text import bounded_text, clean_title, validate_no_control_characters


class ProfileStatus(models.TextChoices):
    PENDING = "pending", "en attente de validation"
    APPROVED = "approved", "validé"


class Profile(models.Model):
    """What the Labo knows about a member beyond the login: public name, Mission
    locale, and whether the coordination has approved the account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name="compte",
    )
    display_name = models.CharField(
        "nom affiché",
        max_length=80,
        blank=True,
        validators=[validate_no_control_characters],
        error_messages={
            "max_length": "Le nom affiché fait au plus %(limit_value)d caractères."
        },
        help_text=(
            "Votre nom ou un pseudonyme. Il apparaît sur vos fiches et vos messages "
            "à la place de votre adresse e-mail."
        ),
    )
    mission_locale = models.ForeignKey(
        "taxonomy.Territory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "mission_locale"},
        verbose_name="Mission locale",
    )
    bio = models.TextField(
        "présentation",
        blank=True,
        **bounded_text(500),
        error_messages={
            "max_length": "La présentation fait au plus %(limit_value)d caractères."
        },
        help_text="Quelques mots sur votre métier, 500 caractères au plus.",
    )
    status = models.CharField(
        "statut",
        max_length=20,
        choices=ProfileStatus.choices,
        default=ProfileStatus.PENDING,
    )
    approved_at = models.DateTimeField("validé le", null=True, blank=True)
    review_region = models.ForeignKey(
        "taxonomy.Territory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "region"},
        verbose_name="relecture limitée à la région",
        help_text=(
            "Pour une coordination régionale : elle ne relit que les fiches de sa "
            "région. Vide : toutes les fiches."
        ),
    )

    class Meta:
        # The table predates the app: the model moved from labo.
        db_table = "labo_profile"
        verbose_name = "profil"
        verbose_name_plural = "profils"

    def __str__(self):
        return self.display_name or "Membre du Labo"

    def save(self, *args, **kwargs):
        self.display_name = clean_title(self.display_name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.display_name = clean_title(self.display_name)
        if (
            imitates_staff(self.display_name)
            and self.user_id
            and not roles.is_staff_account(self.user)
        ):
            raise ValidationError(
                {
                    "display_name": (
                        "Ce nom est réservé à l'équipe du Labo (coordination, "
                        "modération, administration) : choisissez votre nom ou un "
                        "pseudonyme."
                    )
                }
            )

    @property
    def is_approved(self):
        return self.status == ProfileStatus.APPROVED

    def member_label(self):
        """How staff screens name the member: the display name, else the e-mail."""
        return self.display_name or self.user.email or "Membre sans nom ni adresse"

    member_label.short_description = "membre"


class OutgoingEmailStatus(models.TextChoices):
    PENDING = "pending", "en attente"
    SENT = "sent", "envoyé"
    FAILED = "failed", "abandonné"


class OutgoingEmail(models.Model):
    """An e-mail to a member, saved with the action that causes it and kept until
    the mail server takes it (see labo.accounts.outbox)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="destinataire",
    )
    to = models.EmailField("adresse")
    subject = models.TextField("objet")
    body = models.TextField("texte")
    headers = models.JSONField("en-têtes", default=dict, blank=True)
    status = models.CharField(
        "statut",
        max_length=10,
        choices=OutgoingEmailStatus.choices,
        default=OutgoingEmailStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField("tentatives", default=0)
    last_error = models.TextField("dernière erreur", blank=True)
    next_attempt_at = models.DateTimeField("prochaine tentative", default=timezone.now)
    sent_at = models.DateTimeField("envoyé le", null=True, blank=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    class Meta:
        db_table = "labo_outgoingemail"
        verbose_name = "e-mail sortant"
        verbose_name_plural = "e-mails sortants"
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject
