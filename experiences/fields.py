"""The write-up's fields, declared once: the contribution form, its export, the
editors' panels, the API and the search document all derive from WRITE_UP_FIELDS.

The model (experiences.models.pages.ExperiencePage) holds each field's storage:
column type, limits, the editors' label and help. This list says what each field
is for and where it shows; its order is the form's, the admin's and the API's.
"""

import enum
from dataclasses import dataclass

# Lengths of free text, in characters (rich text counts its text, not its tags).
SUMMARY_LENGTH = 500
MEDIUM_TEXT_LENGTH = 2_000
LONG_TEXT_LENGTH = 20_000


class Kind(enum.Enum):
    """What a field holds: how the form asks for it and how the page stores it."""

    PLAIN = "plain"  # text, stored as typed
    PARAGRAPHS = "paragraphs"  # paragraphs, stored as rich text
    LIST = "list"  # one item a line, stored as a rich-text list
    STEPS = "steps"  # paragraphs (title line, then text), stored as step blocks
    INDICATORS = "indicators"  # "label : value" lines, stored as blocks
    RESOURCES = "resources"  # "title : address" lines, stored as link blocks
    TAGS = "tags"  # comma-separated free tags
    TERRITORY = "territory"
    TERMS = "terms"  # themes or audiences, ticked
    CHOICE = "choice"
    DATE = "date"
    EMAIL = "email"
    PAGE = "page"  # a link to another write-up
    NUMBER = "number"


# Kinds of free text, which the personal-data check reads (the contact address is
# asked for, so an e-mail field is not among them).
FREE_TEXT_KINDS = frozenset(
    {
        Kind.PLAIN,
        Kind.PARAGRAPHS,
        Kind.LIST,
        Kind.STEPS,
        Kind.INDICATORS,
        Kind.RESOURCES,
        Kind.TAGS,
    }
)


class Needed(enum.Enum):
    """When the contribution form asks for a field."""

    ALWAYS = "always"  # even a draft cannot be saved without it
    TO_SEND = "to_send"  # before the write-up is sent for review
    NEVER = "never"  # may stay empty


@dataclass(frozen=True)
class Section:
    """A part of the write-up: a section of the contribution form (title and
    intro) and a tab of the editors' form."""

    title: str
    intro: str
    tab: str


@dataclass(frozen=True)
class WriteUpField:
    name: str
    kind: Kind
    # None: shown in neither form (a date Wagtail sets, for the API).
    section: Section | None
    # The contribution form: label, help, text area height (0: one line), length
    # (None: the page field's own).
    label: str = ""
    help_text: str = ""
    rows: int = 0
    max_length: int | None = None
    needed: Needed = Needed.TO_SEND
    # False: set by editors only (in the admin, never in the contribution form
    # nor its export).
    in_form: bool = True
    # False: kept out of the public API (members' personal data, documents).
    in_api: bool = True
    # Its text is in the search document (the title is, as Wagtail's own field);
    # a boosted field weighs more in the database index and has a field of its own
    # in Elasticsearch's, the others make up the body.
    searched: bool = False
    search_boost: float | None = None
    # False: Elasticsearch's body only; the database index has never held it.
    database_search: bool = True
    # Long text no card nor link shows: listings leave it unread.
    story: bool = False


ESSENTIALS = Section(
    title="L'essentiel",
    intro="De quoi parle votre fiche, où et pour qui.",
    tab="Fiche",
)
STORY = Section(
    title="Le déroulé",
    intro="Pourquoi vous l'avez fait et comment, pour que d'autres puissent refaire.",
    tab="Récit",
)
OUTCOMES = Section(
    title="Moyens et résultats",
    intro="Ce que cela a demandé et ce que cela a donné, y compris ce qui a raté.",
    tab="Moyens et résultats",
)
FURTHER = Section(
    title="Pour aller plus loin",
    intro="Les ressources utiles et qui contacter.",
    tab="Ressources et contact",
)
SECTIONS = (ESSENTIALS, STORY, OUTCOMES, FURTHER)

WRITE_UP_FIELDS = (
    WriteUpField(
        "title",
        Kind.PLAIN,
        ESSENTIALS,
        label="Titre de la fiche",
        help_text=(
            "Ce que vous avez fait, en une ligne. Exemple : « Des rendez-vous en visio "
            "le samedi matin pour les jeunes en emploi »."
        ),
        needed=Needed.ALWAYS,
    ),
    WriteUpField(
        "summary",
        Kind.PLAIN,
        ESSENTIALS,
        label="Résumé",
        help_text="Deux phrases : ce qui a été fait, pour qui, avec quel résultat.",
        rows=3,
        searched=True,
        search_boost=2,
    ),
    WriteUpField(
        "territory",
        Kind.TERRITORY,
        ESSENTIALS,
        label="Territoire",
        help_text="Votre Mission locale, ou le département ou la région concernés.",
        needed=Needed.ALWAYS,
    ),
    WriteUpField(
        "themes",
        Kind.TERMS,
        ESSENTIALS,
        label="Thèmes",
        help_text="Au moins un.",
    ),
    WriteUpField(
        "audiences",
        Kind.TERMS,
        ESSENTIALS,
        label="Publics",
        needed=Needed.NEVER,
    ),
    WriteUpField(
        "tags",
        Kind.TAGS,
        ESSENTIALS,
        label="Mots-clés",
        help_text="Séparés par des virgules. Exemple : visio, whatsapp, pix.",
        max_length=255,
        needed=Needed.NEVER,
    ),
    WriteUpField(
        "tools",
        Kind.PLAIN,
        ESSENTIALS,
        label="Outils utilisés",
        help_text="Exemple : Zoom, WhatsApp Business, Google Agenda.",
        needed=Needed.NEVER,
        searched=True,
    ),
    WriteUpField("maturity", Kind.CHOICE, ESSENTIALS, in_form=False),
    WriteUpField(
        "status",
        Kind.CHOICE,
        STORY,
        label="Où en est l'expérience ?",
    ),
    WriteUpField("start_date", Kind.DATE, STORY, label="Date de début"),
    WriteUpField(
        "end_date",
        Kind.DATE,
        STORY,
        label="Date de fin",
        help_text="Laissez vide si elle continue.",
        needed=Needed.NEVER,
    ),
    WriteUpField("last_published_at", Kind.DATE, None, in_form=False),
    WriteUpField(
        "context",
        Kind.PARAGRAPHS,
        STORY,
        label="Contexte",
        help_text=(
            "La situation de départ et le besoin. Exemple : « Beaucoup de jeunes "
            "habitent à plus d'une heure de l'antenne, sans voiture. »"
        ),
        rows=5,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "objectives",
        Kind.LIST,
        STORY,
        label="Objectifs",
        help_text="Un objectif par ligne.",
        rows=4,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "steps",
        Kind.STEPS,
        STORY,
        label="Étapes",
        help_text=(
            "Une étape par paragraphe, séparés par une ligne vide : la première ligne "
            "est le titre de l'étape, les suivantes disent ce qui a été fait."
        ),
        rows=8,
        max_length=LONG_TEXT_LENGTH,
        searched=True,
        database_search=False,
        story=True,
    ),
    WriteUpField(
        "staff_time",
        Kind.PLAIN,
        OUTCOMES,
        label="Temps de travail",
        help_text="Exemple : 2 conseillers à 10 % pendant 6 mois.",
        needed=Needed.NEVER,
    ),
    WriteUpField(
        "cost",
        Kind.PLAIN,
        OUTCOMES,
        label="Coût",
        help_text="Exemple : 1 200 € de licences, ou « aucun coût ».",
        needed=Needed.NEVER,
    ),
    WriteUpField(
        "partners",
        Kind.PLAIN,
        OUTCOMES,
        label="Partenaires",
        rows=2,
        needed=Needed.NEVER,
        story=True,
    ),
    WriteUpField(
        "results",
        Kind.PARAGRAPHS,
        OUTCOMES,
        label="Résultats",
        help_text="Ce qui a changé, avec des chiffres globaux, jamais nominatifs.",
        rows=5,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "indicators",
        Kind.INDICATORS,
        OUTCOMES,
        label="Chiffres clés",
        help_text="Un par ligne, sous la forme « Jeunes accompagnés : 84 ».",
        rows=3,
        max_length=MEDIUM_TEXT_LENGTH,
        needed=Needed.NEVER,
        story=True,
    ),
    WriteUpField(
        "difficulties",
        Kind.PARAGRAPHS,
        OUTCOMES,
        label="Ce qui n'a pas marché",
        help_text="Les obstacles et les erreurs : c'est ce qui aide le plus.",
        rows=4,
        needed=Needed.NEVER,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "reproduction_conditions",
        Kind.PARAGRAPHS,
        OUTCOMES,
        label="Pour reproduire ailleurs",
        rows=3,
        needed=Needed.NEVER,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "resources",
        Kind.RESOURCES,
        FURTHER,
        label="Liens utiles",
        help_text=(
            "Un par ligne, sous la forme « Titre : https://… ». Exemple : "
            "« Tutoriel Pix : https://pix.fr/ »."
        ),
        rows=3,
        max_length=MEDIUM_TEXT_LENGTH,
        needed=Needed.NEVER,
        in_api=False,
        story=True,
    ),
    WriteUpField(
        "team",
        Kind.PLAIN,
        FURTHER,
        label="Équipe",
        help_text="Les fonctions de celles et ceux qui l'ont porté, sans nom de jeune.",
        rows=2,
        needed=Needed.NEVER,
        in_api=False,
        story=True,
    ),
    WriteUpField(
        "contact_email",
        Kind.EMAIL,
        FURTHER,
        label="Adresse de contact",
        help_text="Une adresse d'équipe de préférence.",
        needed=Needed.NEVER,
        in_api=False,
    ),
    # Set by « Je la reproduis » (a hidden field of the contribution form) or by
    # editors in the admin.
    WriteUpField(
        "reproduced_from",
        Kind.PAGE,
        ESSENTIALS,
        label="Fiche reproduite",
        needed=Needed.NEVER,
    ),
    WriteUpField(
        "reproduction_changes",
        Kind.PARAGRAPHS,
        ESSENTIALS,
        label="Ce que nous avons changé",
        help_text=(
            "Ce qui diffère de la fiche d'origine : le public, les outils, la durée, "
            "l'organisation…"
        ),
        rows=4,
        # Asked, and needed, only for a write-up reproduced from another one.
        needed=Needed.NEVER,
        searched=True,
        story=True,
    ),
    WriteUpField(
        "change_summary",
        Kind.PLAIN,
        ESSENTIALS,
        label="Ce qui change, en une ligne",
        help_text=(
            "Pour une mise à jour importante d'une fiche publiée : les lecteurs la "
            "verront dans l'historique. Laissez vide pour une petite correction."
        ),
        # Asked only when a published write-up is updated.
        needed=Needed.NEVER,
        in_api=False,
    ),
    WriteUpField("reproduction_count", Kind.NUMBER, None, in_form=False),
    WriteUpField("maturity_validated_on", Kind.DATE, None, in_form=False),
    WriteUpField("maturity_review_on", Kind.DATE, None, in_form=False),
)
# What the contribution form asks, in its order.
FORM_FIELDS = tuple(field for field in WRITE_UP_FIELDS if field.in_form)
