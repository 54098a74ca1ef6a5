"""Six months later: the authors' follow-ups ("suivis") of their write-ups, the
invitations that ask for them and the authors' opt-outs."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from experiences.fields import MEDIUM_TEXT_LENGTH
from experiences.models import ExperienceStatus
from labo.text import bounded_text


class FollowUpOutcome(models.TextChoices):
    KEPT = "kept", "Nous la poursuivons telle quelle"
    CHANGED = "changed", "Nous la poursuivons en la modifiant"
    STOPPED = "stopped", "Nous l'avons arrêtée"


class FollowUpStatus(models.TextChoices):
    PENDING = "pending", "À relire"
    RETURNED = "returned", "Renvoyé à l'auteur"
    PUBLISHED = "published", "Publié"
    WITHDRAWN = "withdrawn", "Retiré"


class FollowUpQuerySet(models.QuerySet):
    def published(self):
        """The follow-ups readers see, newest first."""
        return self.filter(status=FollowUpStatus.PUBLISHED).order_by(
            "-published_at", "-pk"
        )

    def awaiting_review(self):
        return self.filter(status=FollowUpStatus.PENDING)

    def open(self):
        """The answer its author may still change: waiting for review or sent back."""
        return self.filter(status__in=(FollowUpStatus.PENDING, FollowUpStatus.RETURNED))


class FollowUp(models.Model):
    """An author's answer to « Six mois après, où en êtes-vous ? » about a write-up:
    published on it once the coordination has read it."""

    page = models.ForeignKey(
        "experiences.ExperiencePage",
        on_delete=models.CASCADE,
        related_name="follow_ups",
        verbose_name="fiche",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="auteur",
    )
    outcome = models.CharField(
        "et aujourd'hui ?", max_length=20, choices=FollowUpOutcome.choices
    )
    why = models.TextField("pourquoi", **bounded_text(MEDIUM_TEXT_LENGTH))
    advice = models.TextField(
        "ce que vous diriez à un·e collègue",
        blank=True,
        **bounded_text(MEDIUM_TEXT_LENGTH),
    )
    figures = models.TextField(
        "nouveaux chiffres", blank=True, **bounded_text(MEDIUM_TEXT_LENGTH)
    )
    experiment_status = models.CharField(
        "où en est l'expérience",
        max_length=20,
        choices=ExperienceStatus.choices,
    )
    status = models.CharField(
        "état",
        max_length=20,
        choices=FollowUpStatus.choices,
        default=FollowUpStatus.PENDING,
        db_index=True,
    )
    # What the personal-data check found and the author confirmed, for the
    # coordination's reading: [{"label": …, "text": …}, …].
    personal_data_findings = models.JSONField(default=list, blank=True)
    review_note = models.TextField(
        "note de la coordination", blank=True, **bounded_text(MEDIUM_TEXT_LENGTH)
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="relu par",
    )
    created_at = models.DateTimeField("écrit le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)
    published_at = models.DateTimeField("publié le", null=True, blank=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = "suivi « six mois après »"
        verbose_name_plural = "suivis « six mois après »"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "status", "-published_at"])]
        constraints = [
            # One answer open at a time: a second one edits it (a double submit,
            # a second tab).
            models.UniqueConstraint(
                fields=["page", "author"],
                condition=Q(status__in=["pending", "returned"]),
                name="follow_up_one_open_per_author",
            )
        ]

    def __str__(self):
        return f"Suivi de « {self.page.title} » ({self.get_outcome_display()})"


class InvitationKind(models.TextChoices):
    FIRST = "first", "Invitation"
    REMINDER = "reminder", "Rappel"


class FollowUpInvitation(models.Model):
    """An e-mail asking an author for a follow-up, recorded once: the unique
    constraint is the claim that keeps a rerun, or two runs at once, from sending
    it twice."""

    page = models.ForeignKey(
        "experiences.ExperiencePage",
        on_delete=models.CASCADE,
        related_name="follow_up_invitations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=InvitationKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "invitation à un suivi"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user", "kind"], name="follow_up_invitation_once"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} : {self.page_id} → {self.user_id}"


class FollowUpOptOut(models.Model):
    """An author who asked for no more « six mois après » e-mails: about one
    write-up, or about all of them when `page` is empty."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    page = models.ForeignKey(
        "experiences.ExperiencePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "refus des e-mails de suivi"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "page"], name="follow_up_opt_out_per_page"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(page__isnull=True),
                name="follow_up_opt_out_global",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} : {self.page_id or 'toutes les fiches'}"
