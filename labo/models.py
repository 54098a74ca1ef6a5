"""Site-wide pages (the home page, plain editorial pages), the member profile and
the outbox of e-mails."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from labo import roles
from labo.accounts.names import imitates_staff
from labo.blocks import BodyBlock
from labo.text import bounded_text, clean_title, validate_no_control_characters


class HomePage(Page):
    intro = models.TextField(
        _("accroche"),
        blank=True,
        help_text=_("Une ou deux phrases sous le titre de l'accueil."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "experiences.ExperienceIndexPage",
        "experiences.StrategyNoteIndexPage",
        "experiences.CollectionIndexPage",
        "labo.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("accueil")

    def get_context(self, request, *args, **kwargs):
        from experiences.selectors import home_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context())
        return context


class StandardPage(Page):
    intro = models.TextField(_("chapeau"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("contenu"))

    search_fields = [*Page.search_fields, index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["labo.HomePage", "labo.StandardPage"]
    subpage_types = ["labo.StandardPage"]

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


class ProfileStatus(models.TextChoices):
    PENDING = "pending", _("en attente de validation")
    APPROVED = "approved", _("validé")


class Profile(models.Model):
    """What the Labo knows about a member beyond the login: public name, Mission
    locale, and whether the coordination has approved the account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("compte"),
    )
    display_name = models.CharField(
        _("nom affiché"),
        max_length=80,
        blank=True,
        validators=[validate_no_control_characters],
        error_messages={
            "max_length": _("Le nom affiché fait au plus %(limit_value)d caractères.")
        },
        help_text=_(
            "Votre nom ou un pseudonyme. Il apparaît sur vos fiches et vos messages "
            "à la place de votre adresse e-mail."
        ),
    )
    mission_locale = models.ForeignKey(
        "experiences.Territory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "mission_locale"},
        verbose_name=_("Mission locale"),
    )
    bio = models.TextField(
        _("présentation"),
        blank=True,
        **bounded_text(500),
        error_messages={
            "max_length": _("La présentation fait au plus %(limit_value)d caractères.")
        },
        help_text=_("Quelques mots sur votre métier, 500 caractères au plus."),
    )
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=ProfileStatus.choices,
        default=ProfileStatus.PENDING,
    )
    approved_at = models.DateTimeField(_("validé le"), null=True, blank=True)
    review_region = models.ForeignKey(
        "experiences.Territory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "region"},
        verbose_name=_("relecture limitée à la région"),
        help_text=_(
            "Pour une coordination régionale : elle ne relit que les fiches de sa "
            "région. Vide : toutes les fiches."
        ),
    )

    class Meta:
        verbose_name = _("profil")
        verbose_name_plural = _("profils")

    def __str__(self):
        return self.display_name or str(_("Membre du Labo"))

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
                    "display_name": _(
                        "Ce nom est réservé à l'équipe du Labo (coordination, "
                        "modération, administration) : choisissez votre nom ou un "
                        "pseudonyme."
                    )
                }
            )

    @property
    def is_approved(self):
        return self.status == ProfileStatus.APPROVED


class OutgoingEmailStatus(models.TextChoices):
    PENDING = "pending", _("en attente")
    SENT = "sent", _("envoyé")
    FAILED = "failed", _("abandonné")


class OutgoingEmail(models.Model):
    """An e-mail to a member, saved with the action that causes it and kept until
    the mail server takes it (see labo.outbox)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("destinataire"),
    )
    to = models.EmailField(_("adresse"))
    subject = models.TextField(_("objet"))
    body = models.TextField(_("texte"))
    headers = models.JSONField(_("en-têtes"), default=dict, blank=True)
    status = models.CharField(
        _("statut"),
        max_length=10,
        choices=OutgoingEmailStatus.choices,
        default=OutgoingEmailStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    last_error = models.TextField(_("dernière erreur"), blank=True)
    next_attempt_at = models.DateTimeField(
        _("prochaine tentative"), default=timezone.now
    )
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("e-mail sortant")
        verbose_name_plural = _("e-mails sortants")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject
