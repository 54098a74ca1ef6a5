"""Discussion threads under pages, members' reports and thread subscriptions."""

from django.conf import settings
from django.db import models

from labo.text import bounded_text

COMMENT_MAX_LENGTH = 4000
REPORT_NOTE_MAX_LENGTH = 1000
REASON_MAX_LENGTH = 2000


class CommentKind(models.TextChoices):
    QUESTION = "question", "Question à l'auteur"
    TESTED = "tested", "J'ai testé"
    VIGILANCE = "vigilance", "Point de vigilance"
    OTHER = "other", "Autre"


class CommentStatus(models.TextChoices):
    PENDING = "pending", "en attente de modération"
    PUBLISHED = "published", "publié"
    HIDDEN = "hidden", "masqué"
    DELETED = "deleted", "supprimé par son auteur"


class Comment(models.Model):
    """A message in a page's thread, or a reply to one (one level only)."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="discussion_comments",
        verbose_name="page",
    )
    # Null once the member has deleted their account: shown as « ancien membre ».
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="labo_comments",
        verbose_name="auteur",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name="en réponse à",
    )
    kind = models.CharField(
        "type", max_length=20, choices=CommentKind.choices, default=CommentKind.OTHER
    )
    territory = models.ForeignKey(
        "taxonomy.Territory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="territoire où la pratique a été testée",
    )
    body = models.TextField(
        "message",
        **bounded_text(COMMENT_MAX_LENGTH),
    )
    status = models.CharField(
        "statut",
        max_length=20,
        choices=CommentStatus.choices,
        default=CommentStatus.PUBLISHED,
        db_index=True,
    )
    # Shown to the author when a moderator hides the message.
    moderation_reason = models.TextField(
        "motif de modération",
        blank=True,
        **bounded_text(REASON_MAX_LENGTH),
    )
    edited_by_moderation = models.BooleanField(
        "modifié par la modération", default=False
    )
    is_answer = models.BooleanField("réponse retenue", default=False)
    # What the personal-data check found in the text its author chose to send
    # anyway: kind, label and offsets in `body` (never the passages themselves,
    # so that no copy of them outlives a correction). Set, the message waits for
    # a moderator.
    personal_data_findings = models.JSONField(
        "données personnelles possibles", default=list, blank=True, editable=False
    )
    created_at = models.DateTimeField("écrit le", auto_now_add=True)
    # When the message was first shown to everyone; a member's deleted or
    # re-edited messages count as approved only if set.
    published_at = models.DateTimeField("publié le", null=True, blank=True)
    edited_at = models.DateTimeField("modifié le", null=True, blank=True)
    # The thread's "latest activity" order: a reply moves its parent up.
    last_activity_at = models.DateTimeField("dernière activité", db_index=True)

    class Meta:
        # The table keeps the name it had when the model lived in `experiences`.
        db_table = "experiences_comment"
        verbose_name = "message"
        verbose_name_plural = "messages"
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["page", "parent", "status"], name="comment_thread_idx"
            ),
            models.Index(fields=["author", "created_at"], name="comment_author_idx"),
        ]
        permissions = [("moderate_comment", "Peut modérer les discussions")]

    def __str__(self):
        excerpt = self.body if len(self.body) <= 60 else f"{self.body[:59]}…"
        return excerpt

    @property
    def is_visible(self):
        return self.status == CommentStatus.PUBLISHED

    @property
    def is_question(self):
        return self.kind == CommentKind.QUESTION

    @property
    def held_for_personal_data(self):
        return self.status == CommentStatus.PENDING and bool(
            self.personal_data_findings
        )


class ReportReason(models.TextChoices):
    SPAM = "spam", "Publicité ou spam"
    OFFENSIVE = "offensive", "Propos blessants ou irrespectueux"
    PERSONAL_DATA = "personal_data", "Donnée personnelle d'un jeune"
    OFF_TOPIC = "off_topic", "Hors sujet"
    OTHER = "other", "Autre raison"


class ReportStatus(models.TextChoices):
    OPEN = "open", "à traiter"
    CLOSED = "closed", "traité"


class Report(models.Model):
    """A member's report of a message; one per member and message."""

    comment = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name="message",
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="labo_reports",
        verbose_name="signalé par",
    )
    reason = models.CharField("raison", max_length=20, choices=ReportReason.choices)
    note = models.TextField(
        "précision",
        blank=True,
        **bounded_text(REPORT_NOTE_MAX_LENGTH),
    )
    status = models.CharField(
        "statut",
        max_length=20,
        choices=ReportStatus.choices,
        default=ReportStatus.OPEN,
    )
    created_at = models.DateTimeField("signalé le", auto_now_add=True)

    class Meta:
        # The table keeps the name it had when the model lived in `experiences`.
        db_table = "experiences_report"
        verbose_name = "signalement"
        verbose_name_plural = "signalements"
        indexes = [
            models.Index(fields=["reporter", "created_at"], name="report_reporter_idx")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="report_once_per_member"
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} — {self.comment}"


class ThreadSubscription(models.Model):
    """A member's choice to follow a thread, or (following=False) to stop
    following one they would otherwise follow as the page's author."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="labo_thread_subscriptions",
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    following = models.BooleanField(default=True)

    class Meta:
        # The table keeps the name it had when the model lived in `experiences`.
        db_table = "experiences_threadsubscription"
        verbose_name = "abonnement à une discussion"
        verbose_name_plural = "abonnements aux discussions"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "page"], name="subscription_once_per_page"
            )
        ]

    def __str__(self):
        choice = "suit" if self.following else "ne suit plus"
        return f"{self.user} {choice} {self.page}"


class CommentingSuspension(models.Model):
    """A moderator's decision that a member may not post until a date."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="labo_suspensions",
        verbose_name="membre",
    )
    until = models.DateTimeField("jusqu'au")
    reason = models.TextField(
        "motif",
        **bounded_text(REASON_MAX_LENGTH),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # The table keeps the name it had when the model lived in `experiences`.
        db_table = "experiences_commentingsuspension"
        verbose_name = "suspension des discussions"
        verbose_name_plural = "suspensions des discussions"
        indexes = [models.Index(fields=["user", "until"], name="suspension_idx")]

    def __str__(self):
        return f"{self.user} — jusqu'au {self.until:%d/%m/%Y}"
