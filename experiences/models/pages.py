"""Write-ups and the pages that list, comment and curate them."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.rich_text import RichTextMaxLengthValidator
from wagtail.search import index

from experiences.admin_forms import ExperiencePageForm
from experiences.api_fields import (
    PublicPageField,
    PublicPageListField,
    TagNamesField,
    TermField,
    TerritoryField,
)
from experiences.blocks import IndicatorBlock, ResourceBlock, StepBlock
from experiences.fields import (
    ESSENTIALS,
    FURTHER,
    LONG_TEXT_LENGTH,
    MEDIUM_TEXT_LENGTH,
    OUTCOMES,
    STORY,
    SUMMARY_LENGTH,
    WRITE_UP_FIELDS,
    Kind,
)
from experiences.panels import PersonalDataPanel
from experiences.permissions import RegionalScopeMixin
from experiences.visibility import restricted_sections
from labo.blocks import BodyBlock
from labo.text import bounded_text, clean_title

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# How far the "reproduced from" chain is followed before it is cut short.
REPLICATION_CHAIN_LIMIT = 10


def rich_text_limit(length):
    return {"max_length": length, "validators": [RichTextMaxLengthValidator(length)]}


class Maturity(models.TextChoices):
    IDEA = "idea", "Idée"
    TESTING = "testing", "En test"
    EVALUATED = "evaluated", "Évaluée"
    SPREAD = "spread", "Essaimée"


# The labels the coordination vouches for, with a date and a review date.
VALIDATED_MATURITIES = (Maturity.EVALUATED, Maturity.SPREAD)


class ExperienceStatus(models.TextChoices):
    RUNNING = "running", "En cours"
    FINISHED = "finished", "Terminée"
    ABANDONED = "abandoned", "Abandonnée"


# The write-up's fields kept on its row, outside its revisions.
NON_REVISIONED_FIELDS = (
    "reproduction_count",
    "maturity_validated_on",
    "maturity_signed_as",
    "maturity_review_on",
)


def _selectors():
    """The content selectors. They query these page models, and Wagtail asks a page
    model for its own context (`Page.get_context`), so the import waits until a
    page is served: at module level it would be circular."""
    from experiences import selectors

    return selectors


class ViewRestrictionsMixin:
    """Wagtail's view restrictions of a page, without a query when no restricted
    section holds the page (experiences.visibility.restricted_sections, read once
    per request): Wagtail's own lookup costs two.

    Overrides Wagtail's method for tests/test_query_budgets.py: without it, the
    write-up, collection, listing and notes index pages cost two more queries."""

    def get_view_restrictions(self):
        if self.alias_of_id or any(
            self.path.startswith(path) for path in restricted_sections()
        ):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


class DiscussionMixin:
    """For page types that carry a discussion thread under their content; their
    templates show it with the discussions app's `{% discussion_thread page %}`."""

    has_discussion = True


class OneLineTitleMixin:
    """A page title is one line without bidi controls, whoever edits it: it goes
    into e-mail subjects, which cannot hold a line break, and into listings."""

    def full_clean(self, *args, **kwargs):
        self.title = clean_title(self.title or "")
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.title = clean_title(self.title or "")
        super().minimal_clean()


class SectionIndexMixin(ViewRestrictionsMixin):
    """A section listing one page type: its children are routed with one query on
    that type's table (with `child_related`) rather than Wagtail's two (the base
    page, then the specific one).

    Overrides Wagtail's `route` (and presets its private parent cache) for
    tests/test_query_budgets.py: without it, the write-up, strategy note and
    collection pages cost one or two more queries."""

    child_related = ()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        children = self.allowed_subpage_models()[0].objects.child_of(self)
        if self.child_related:
            children = children.select_related(*self.child_related)
        child = children.filter(slug=path_components[0]).first()
        if child is None:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


class ExperienceIndexPage(OneLineTitleMixin, SectionIndexMixin, Page):
    intro = models.TextField(
        "introduction", blank=True, **bounded_text(MEDIUM_TEXT_LENGTH)
    )

    child_related = ("territory",)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["labo.HomePage"]
    subpage_types = ["experiences.ExperiencePage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des expériences"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = _selectors().experience_listing(params=request.GET)
        return context


class ExperiencePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "experiences.ExperiencePage",
        related_name="tagged_items",
        on_delete=models.CASCADE,
    )


def api_field(field):
    """The public API's field for one of the write-up's fields."""
    match field.kind:
        case Kind.TERRITORY:
            return APIField(field.name, serializer=TerritoryField())
        case Kind.TERMS:
            return APIField(field.name, serializer=TermField(many=True))
        case Kind.TAGS:
            return APIField(field.name, serializer=TagNamesField())
        case Kind.PAGE:
            return APIField(field.name, serializer=PublicPageField())
    return APIField(field.name)


class ExperiencePage(
    OneLineTitleMixin,
    RegionalScopeMixin,
    DiscussionMixin,
    ViewRestrictionsMixin,
    Page,
):
    summary = models.TextField(
        "résumé",
        **bounded_text(SUMMARY_LENGTH),
        help_text=(
            "Deux phrases qui donnent envie de lire : ce qui a été fait, pour qui, "
            "avec quel résultat."
        ),
    )
    territory = models.ForeignKey(
        "taxonomy.Territory",
        verbose_name="territoire",
        on_delete=models.PROTECT,
        related_name="experience_pages",
        help_text="La Mission locale, le département ou la région concernés.",
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        verbose_name="thèmes",
        related_name="experience_pages",
        help_text="Au moins un thème.",
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience",
        verbose_name="publics",
        related_name="experience_pages",
        blank=True,
        help_text="Pour qui la pratique a été pensée.",
    )
    tags = ClusterTaggableManager(
        through=ExperiencePageTag,
        verbose_name="mots-clés",
        blank=True,
        help_text="Mots-clés libres, séparés par des virgules (ex. visio, pix).",
    )
    tools = models.CharField(
        "outils utilisés",
        max_length=255,
        blank=True,
        help_text="Par exemple : Zoom, WhatsApp Business, Google Agenda.",
    )
    maturity = models.CharField(
        "maturité",
        max_length=20,
        # Empty until a coordinator judges it: no label shows meanwhile.
        choices=[("", "Non renseignée"), *Maturity.choices],
        blank=True,
        default="",
        db_index=True,
        help_text=(
            "Renseignée par la coordination. Idée : pas encore testée. En test : "
            "premiers essais. Évaluée : résultats mesurés. Essaimée : reprise par "
            "d'autres Missions locales."
        ),
    )
    status = models.CharField(
        "statut",
        max_length=20,
        choices=ExperienceStatus.choices,
        default=ExperienceStatus.RUNNING,
    )
    start_date = models.DateField("début", help_text="Date de démarrage.")
    end_date = models.DateField(
        "fin", null=True, blank=True, help_text="Vide si l'expérience continue."
    )
    context = RichTextField(
        "contexte",
        features=RICH_TEXT_FEATURES,
        **rich_text_limit(LONG_TEXT_LENGTH),
        help_text="Pourquoi cette expérience : la situation de départ, le besoin.",
    )
    objectives = RichTextField(
        "objectifs",
        features=RICH_TEXT_FEATURES,
        **rich_text_limit(LONG_TEXT_LENGTH),
        help_text="Ce que vous cherchiez à obtenir, idéalement en liste.",
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name="étapes",
        help_text="Les grandes étapes, dans l'ordre, pour que d'autres refassent.",
    )
    staff_time = models.CharField(
        "temps de travail",
        max_length=255,
        blank=True,
        help_text="Par exemple : 2 conseillers à 10 % pendant 6 mois.",
    )
    cost = models.CharField(
        "coût",
        max_length=255,
        blank=True,
        help_text="Par exemple : 1 200 € de licences, ou « aucun coût ».",
    )
    partners = models.TextField(
        "partenaires",
        blank=True,
        **bounded_text(MEDIUM_TEXT_LENGTH),
        help_text="Structures associées : département, médiathèque, association…",
    )
    results = RichTextField(
        "résultats",
        features=RICH_TEXT_FEATURES,
        **rich_text_limit(LONG_TEXT_LENGTH),
        help_text="Ce qui a changé, chiffres agrégés à l'appui (jamais nominatifs).",
    )
    indicators = StreamField(
        [("indicator", IndicatorBlock())],
        verbose_name="indicateurs",
        blank=True,
        help_text="Deux ou trois chiffres clés.",
    )
    difficulties = RichTextField(
        "ce qui n'a pas marché",
        features=RICH_TEXT_FEATURES,
        blank=True,
        **rich_text_limit(LONG_TEXT_LENGTH),
        help_text="Les obstacles et les erreurs : c'est ce qui aide le plus.",
    )
    reproduction_conditions = RichTextField(
        "conditions pour reproduire",
        features=RICH_TEXT_FEATURES,
        blank=True,
        **rich_text_limit(LONG_TEXT_LENGTH),
        help_text="Ce qu'il faut réunir pour refaire ailleurs.",
    )
    resources = StreamField(
        ResourceBlock(),
        verbose_name="ressources",
        blank=True,
        help_text="Documents et liens utiles (supports, tutoriels, modèles).",
    )
    team = models.TextField(
        "équipe",
        blank=True,
        **bounded_text(MEDIUM_TEXT_LENGTH),
        help_text=(
            "Qui a porté l'expérience (fonctions, pas de données sur les jeunes)."
        ),
    )
    contact_email = models.EmailField(
        "contact",
        blank=True,
        help_text="Une adresse d'équipe de préférence (ex. numerique@ml-exemple.fr).",
    )
    reproduced_from = models.ForeignKey(
        "self",
        verbose_name="reproduite à partir de",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reproductions",
        help_text="La fiche dont cette expérience s'est inspirée, s'il y en a une.",
    )
    reproduction_changes = RichTextField(
        "ce que nous avons changé",
        features=RICH_TEXT_FEATURES,
        blank=True,
        **rich_text_limit(MEDIUM_TEXT_LENGTH),
        help_text=(
            "Pour une fiche reproduite : ce qui diffère de la fiche d'origine "
            "(public, outils, durée…)."
        ),
    )
    change_summary = models.CharField(
        "ce qui change, en une ligne",
        max_length=200,
        blank=True,
        help_text=(
            "Pour une mise à jour importante : une phrase que les lecteurs verront "
            "dans l'historique de la fiche. Laissez vide pour une correction mineure."
        ),
    )

    # Kept on the page's row, outside its revisions (see NON_REVISIONED_FIELDS):
    # the number of readable write-ups that descend from this one, and the
    # coordination's validation of an "évaluée" or "essaimée" maturity.
    reproduction_count = models.PositiveIntegerField(
        "reproductions publiées", default=0, editable=False, db_index=True
    )
    maturity_validated_on = models.DateField(
        "maturité validée le", null=True, blank=True, editable=False
    )
    maturity_signed_as = models.CharField(
        "maturité validée par", max_length=200, blank=True, editable=False
    )
    maturity_review_on = models.DateField(
        "maturité à revoir le", null=True, blank=True, editable=False, db_index=True
    )

    search_fields = [
        *Page.search_fields,
        *(
            index.SearchField(field.name, boost=field.search_boost)
            for field in WRITE_UP_FIELDS
            if field.searched and field.database_search
        ),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("territory", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("territory"),
        index.FilterField("maturity"),
        index.FilterField("status"),
        index.FilterField("start_date"),
        index.SearchField("follow_up_text"),
    ]
    # The team, its contact address and the documents stay on the site: the API
    # carries no member's personal data, and the discussion thread is not part of
    # it.
    api_fields = [api_field(field) for field in WRITE_UP_FIELDS if field.in_api]

    # The editors' layout, written by hand to group and pair fields: every field of
    # the declaration (experiences.fields) is in one of the tabs
    # (tests/experiences/test_pages.py checks that none is left out).
    content_panels = [
        PersonalDataPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("change_summary"),
        MultiFieldPanel(
            [
                FieldPanel("territory"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("tools"),
            ],
            heading="Classement",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("maturity"), FieldPanel("status")]),
                # The coordination's alone (experiences.admin_forms).
                FieldPanel("maturity_signature"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading="Avancement",
        ),
    ]
    story_panels = [
        FieldPanel("context"),
        FieldPanel("objectives"),
        FieldPanel("steps"),
    ]
    outcome_panels = [
        MultiFieldPanel(
            [FieldPanel("staff_time"), FieldPanel("cost"), FieldPanel("partners")],
            heading="Moyens",
        ),
        FieldPanel("results"),
        FieldPanel("indicators"),
        FieldPanel("difficulties"),
        FieldPanel("reproduction_conditions"),
    ]
    further_panels = [
        FieldPanel("resources"),
        FieldPanel("team"),
        FieldPanel("contact_email"),
        PageChooserPanel("reproduced_from", "experiences.ExperiencePage"),
        FieldPanel("reproduction_changes"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=ESSENTIALS.tab),
            ObjectList(story_panels, heading=STORY.tab),
            ObjectList(outcome_panels, heading=OUTCOMES.tab),
            ObjectList(further_panels, heading=FURTHER.tab),
            ObjectList(Page.promote_panels, heading="Référencement"),
            ObjectList(Page.settings_panels, heading="Paramètres"),
        ]
    )
    # A member's save is checked for personal data (experiences.admin_forms).
    base_form_class = ExperiencePageForm

    parent_page_types = ["experiences.ExperienceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "fiche expérience"
        verbose_name_plural = "fiches expériences"
        # Covers what search's filters and facets read per write-up, so the
        # database never reads the wide rows of the story fields for it.
        indexes = [
            models.Index(
                fields=["page_ptr", "territory", "maturity"],
                name="experience_facets_idx",
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "La date de fin doit suivre la date de début."
        if self.pk and any(source.pk == self.pk for source in self.iter_sources()):
            errors["reproduced_from"] = (
                "Une fiche ne peut pas être reproduite à partir d'elle-même "
                "ou d'une fiche qui la reproduit."
            )
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """A revision's content on this page, the fields kept outside revisions
        taken from the page as it stands: publishing an older revision never
        brings back an older count or validation."""
        page = super().with_content_json(content)
        for name in NON_REVISIONED_FIELDS:
            setattr(page, name, getattr(self, name))
        return page

    @property
    def maturity_is_validated(self):
        """An "évaluée" or "essaimée" label, which the coordination vouches for."""
        return self.maturity in VALIDATED_MATURITIES

    @property
    def maturity_is_stale(self):
        """A validated label past its review date: shown as « à revoir »."""
        return (
            self.maturity_is_validated
            and self.maturity_review_on is not None
            and self.maturity_review_on < timezone.localdate()
        )

    @classmethod
    def published_follow_ups_prefetch(cls):
        """Prefetches what `follow_up_text` reads, for a queryset of write-ups to
        index: one query for all of them rather than one each."""
        follow_ups = cls._meta.get_field("follow_ups").related_model
        return models.Prefetch(
            "follow_ups",
            queryset=follow_ups.objects.published(),
            to_attr="published_follow_ups",
        )

    @classmethod
    def get_indexed_objects(cls):
        # What Wagtail's index reads, when it (re)builds, in a fixed number of
        # queries.
        return (
            super()
            .get_indexed_objects()
            .prefetch_related(cls.published_follow_ups_prefetch())
        )

    def follow_up_text(self):
        """The published « six mois après » answers, for the search indexes: those
        prefetched by `published_follow_ups_prefetch` when a caller indexing many
        write-ups did, else read now."""
        follow_ups = getattr(self, "published_follow_ups", None)
        if follow_ups is None:
            follow_ups = self.follow_ups.published()
        return "\n".join(
            f"{follow_up.get_outcome_display()}\n{follow_up.why}\n"
            f"{follow_up.advice}\n{follow_up.figures}"
            for follow_up in follow_ups
        )

    def iter_sources(self):
        """Follow the "reproduced from" links upwards, a bounded number of steps."""
        source = self.reproduced_from
        for _step in range(REPLICATION_CHAIN_LIMIT):
            if source is None:
                return
            yield source
            source = source.reproduced_from

    @property
    def replication_chain(self):
        """The readable write-ups this one descends from, the original first."""
        return _selectors().replication_chain(page=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            _selectors().experience_detail_context(
                page=self, preview=getattr(request, "is_preview", False)
            )
        )
        return context


class StrategyNoteIndexPage(OneLineTitleMixin, SectionIndexMixin, Page):
    intro = models.TextField(
        "introduction", blank=True, **bounded_text(MEDIUM_TEXT_LENGTH)
    )

    child_related = ("territory",)

    template = "experiences/section_index.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["labo.HomePage"]
    subpage_types = ["experiences.StrategyNotePage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des notes stratégiques"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = _selectors().child_page_listing(
            parent=self, model=StrategyNotePage, page_number=request.GET.get("page")
        )
        return context


class StrategyNotePage(
    OneLineTitleMixin, RegionalScopeMixin, DiscussionMixin, ViewRestrictionsMixin, Page
):
    summary = models.TextField("résumé", **bounded_text(SUMMARY_LENGTH))
    territory = models.ForeignKey(
        "taxonomy.Territory",
        verbose_name="territoire",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="strategy_notes",
        help_text="La région concernée ; laissez vide pour une note nationale.",
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        verbose_name="thèmes",
        related_name="strategy_notes",
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name="contenu")

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("territory"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("territory", serializer=TerritoryField()),
        APIField("themes", serializer=TermField(many=True)),
        APIField("body"),
        APIField("last_published_at"),
        APIField(
            "experiences",
            serializer=PublicPageListField(
                source="experience_links", page_field="experience"
            ),
        ),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("territory"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel(
            "experience_links",
            heading="Fiches sur lesquelles s'appuie la note",
            label="Fiche",
        ),
    ]
    parent_page_types = ["experiences.StrategyNoteIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "note stratégique"
        verbose_name_plural = "notes stratégiques"
        indexes = [
            models.Index(fields=["page_ptr", "territory"], name="note_facets_idx")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sources"] = _selectors().note_sources(note=self)
        return context


class StrategyNoteExperience(Orderable):
    note = ParentalKey(
        StrategyNotePage, on_delete=models.CASCADE, related_name="experience_links"
    )
    experience = models.ForeignKey(
        ExperiencePage,
        verbose_name="fiche",
        on_delete=models.CASCADE,
        related_name="strategy_note_links",
    )

    panels = [PageChooserPanel("experience", "experiences.ExperiencePage")]


class CollectionIndexPage(OneLineTitleMixin, SectionIndexMixin, Page):
    intro = models.TextField(
        "introduction", blank=True, **bounded_text(MEDIUM_TEXT_LENGTH)
    )

    template = "experiences/section_index.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["labo.HomePage"]
    subpage_types = ["experiences.CollectionPage"]
    max_count = 1

    class Meta:
        verbose_name = "liste des dossiers"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = _selectors().child_page_listing(
            parent=self, model=CollectionPage, page_number=request.GET.get("page")
        )
        return context


class CollectionPage(OneLineTitleMixin, DiscussionMixin, ViewRestrictionsMixin, Page):
    intro = models.TextField("introduction", **bounded_text(MEDIUM_TEXT_LENGTH))
    featured = models.BooleanField(
        "mis en avant sur l'accueil", default=False, db_index=True
    )

    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2)]
    api_fields = [
        APIField("intro"),
        APIField("featured"),
        APIField("last_published_at"),
        APIField(
            "items",
            serializer=PublicPageListField(page_field="page", comment_field="comment"),
        ),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured"),
        InlinePanel(
            "items",
            heading="Sélection",
            label="Élément",
            min_num=1,
            help_text="Dans l'ordre de lecture conseillé.",
        ),
    ]
    parent_page_types = ["experiences.CollectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "dossier"
        verbose_name_plural = "dossiers"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = _selectors().collection_entries(collection=self)
        return context


class CollectionItem(Orderable):
    collection = ParentalKey(
        CollectionPage, on_delete=models.CASCADE, related_name="items"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="fiche ou note",
        on_delete=models.CASCADE,
        related_name="+",
    )
    comment = models.CharField(
        "commentaire",
        max_length=300,
        help_text="Une phrase : pourquoi lire cette page, et à quel moment.",
    )

    panels = [
        PageChooserPanel(
            "page", ["experiences.ExperiencePage", "experiences.StrategyNotePage"]
        ),
        FieldPanel("comment"),
    ]
