"""The page tree every Labo site needs: home, section indexes, standard pages."""

from html import escape

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from experiences.models import (
    CollectionIndexPage,
    ExperienceIndexPage,
    StrategyNoteIndexPage,
)
from labo.models import HomePage, StandardPage

STANDARD_PAGES = [
    (
        "charte",
        "Charte des discussions",
        "Les fils de discussion servent à apprendre les uns des autres.",
        [
            "Parlez des pratiques, jamais des personnes : aucune donnée sur un jeune "
            "(nom, téléphone, adresse, situation) ne doit apparaître.",
            "Restez bienveillant : on discute d'une expérience, pas de la personne "
            "qui l'a écrite.",
            "Signalez un message qui pose problème : l'équipe de modération le "
            "relit et décide.",
        ],
    ),
    (
        "accessibilite",
        "Accessibilité",
        "Le Labo vise la conformité au RGAA 4.1, soit le niveau AA des WCAG 2.1. "
        "État : partiellement conforme, faute d'audit complet par un organisme tiers.",
        [
            "À chaque modification du Labo, des tests automatiques ouvrent chaque type "
            "de page publique dans un vrai navigateur (Chromium) : accueil, liste des "
            "fiches, fiche, note, dossier, recherche avec et sans résultat, page "
            "introuvable, connexion, inscription, formulaire de contribution. "
            "L'outil axe-core n'y relève aucune anomalie grave ou critique.",
            "Ces tests vérifient aussi qu'une recherche complète se fait au "
            "clavier seul, avec un lien « Aller au contenu » et un focus toujours "
            "visible ; que chaque page s'affiche sur un écran de 320 pixels "
            "sans défilement horizontal ; que la recherche et les filtres "
            "fonctionnent sans JavaScript.",
            "Ce qui n'est pas encore vérifié : l'espace d'administration (Wagtail), "
            "les documents joints aux fiches (PDF, diaporamas), qui peuvent ne pas "
            "être accessibles, et la restitution avec chaque lecteur d'écran.",
            "Une difficulté ? Écrivez à accessibilite@labo.example : nous vous "
            "répondons et corrigeons. Sans réponse satisfaisante, vous pouvez saisir "
            "le Défenseur des droits.",
        ],
    ),
    (
        "mentions-legales",
        "Mentions légales",
        "Qui édite le Labo, qui en répond, qui l'héberge, et ce qu'il fait des "
        "données.",
        [
            "Les fiches sont écrites par les Missions locales et relues par la "
            "coordination du réseau avant leur publication.",
            "Aucune donnée personnelle de jeune accompagné n'est publiée : le "
            "formulaire de contribution et les discussions repèrent les noms, "
            "adresses, téléphones et numéros qui pourraient en être.",
            "Données des membres : vous pouvez télécharger vos données et supprimer "
            "votre compte depuis votre profil, ou écrire à l'éditeur pour exercer "
            "vos autres droits. En cas de désaccord, vous pouvez saisir la CNIL.",
            "Cookies : le Labo n'utilise que les cookies nécessaires à la connexion "
            "et à la protection des formulaires, sans mesure d'audience ni publicité.",
        ],
    ),
    (
        "a-propos",
        "À propos du Labo",
        "Le Labo rassemble les expériences numériques des Missions locales.",
        [
            "Conseillères et conseillers y racontent ce qu'ils ont essayé, ce qui a "
            "marché et ce qui n'a pas marché, pour que d'autres puissent refaire.",
            "La coordination du réseau relit les fiches, indique leur maturité et "
            "les rassemble en dossiers.",
        ],
    ),
]


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def site_tree_ensure():
    """The home page, the three section indexes and the standard pages."""
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = root.add_child(
            instance=HomePage(
                title="Le Labo des Missions locales",
                slug="accueil",
                intro=(
                    "Les pratiques numériques testées par les Missions locales, "
                    "racontées par celles et ceux qui les ont menées."
                ),
            )
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "port": 80},
        )
        Page.objects.filter(depth=2, content_type=_plain_page_type()).delete()
    sections = {
        "experiences": (
            ExperienceIndexPage,
            "Expériences",
            "Toutes les fiches expériences du réseau, de l'idée à la pratique "
            "essaimée. Filtrez par thème, territoire, public ou maturité.",
        ),
        "notes": (
            StrategyNoteIndexPage,
            "Notes stratégiques",
            "Les analyses de la coordination du réseau, appuyées sur les fiches.",
        ),
        "dossiers": (
            CollectionIndexPage,
            "Dossiers",
            "Des sélections commentées pour découvrir un sujet pas à pas.",
        ),
    }
    pages = {"home": home}
    for slug, (model, title, intro) in sections.items():
        page = model.objects.first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
        pages[slug] = page
    for slug, title, intro, texts in STANDARD_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            home.add_child(
                instance=StandardPage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    body=[("paragraph", RichText(paragraphs(*texts)))],
                )
            )
    return pages


def _plain_page_type():
    return ContentType.objects.get_for_model(Page)
