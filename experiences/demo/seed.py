"""Demo content: the page tree, one account per role, hand-written write-ups, notes
and collections, and fast generation of many more write-ups for benchmarks."""

import datetime
import random
import uuid
from html import escape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page, Site
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from experiences.demo.content import COLLECTIONS, EXPERIENCES, STRATEGY_NOTES
from experiences.models import (
    Audience,
    CollectionIndexPage,
    CollectionItem,
    CollectionPage,
    Comment,
    CommentKind,
    ExperienceIndexPage,
    ExperiencePage,
    ExperiencePageTag,
    Maturity,
    StrategyNoteExperience,
    StrategyNoteIndexPage,
    StrategyNotePage,
    Territory,
    TerritoryKind,
    Theme,
)
from labo import roles
from labo.accounts.services import account_trust
from labo.models import HomePage, StandardPage

DEMO_USERS = [
    (roles.CONTRIBUTORS, "contributrice@labo.example", "Camille (ML de Bordeaux)"),
    (roles.COORDINATION, "coordination@labo.example", "Coordination nationale"),
    (roles.MODERATION, "moderation@labo.example", "Équipe de modération"),
    (None, "admin@labo.example", "Administration du Labo"),
]

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
            "clavier seul, avec un lien « Aller au contenu » et un focus toujours "
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
        "Le Labo est édité pour le réseau des Missions locales.",
        [
            "Les fiches sont publiées par les Missions locales qui les ont écrites "
            "et relues par la coordination du réseau.",
            "Aucune donnée personnelle de jeune accompagné n'est publiée.",
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

MATURITY_WEIGHTS = {
    Maturity.IDEA: 15,
    Maturity.TESTING: 40,
    Maturity.EVALUATED: 35,
    Maturity.SPREAD: 10,
}


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


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


def demo_users_ensure(*, password):
    """One account per role, all with the given password, keyed by role name."""
    groups = {group.name: group for group in Group.objects.filter(name__in=roles.ROLES)}
    user_model = get_user_model()
    accounts = {}
    for group_name, email, display_name in DEMO_USERS:
        first_name, _, last_name = display_name.partition(" ")
        user, created = user_model.objects.get_or_create(
            username=email,
            defaults={"email": email, "first_name": first_name, "last_name": last_name},
        )
        if created:
            user.set_password(password)
            user.is_superuser = user.is_staff = group_name is None
            user.save()
        if group_name:
            user.groups.add(groups[group_name])
        account_trust(user=user, display_name=display_name)
        accounts[group_name or "Administration"] = user
    return accounts


def mission_locale_ensure(*, name, department_code):
    department = Territory.objects.get(
        kind=TerritoryKind.DEPARTMENT, code=department_code
    )
    territory = Territory(
        kind=TerritoryKind.MISSION_LOCALE, name=name, parent=department
    )
    existing = Territory.objects.filter(key=territory.build_key()).first()
    if existing:
        return existing
    territory.save()
    return territory


def _publish(page, *, author, publisher, published_at):
    page.save_revision(user=author, log_action=True).publish(user=publisher)
    Page.objects.filter(pk=page.pk).update(
        first_published_at=published_at, last_published_at=published_at
    )


def _published_at(start_date):
    moment = datetime.datetime.combine(
        start_date + datetime.timedelta(days=60), datetime.time(10)
    )
    return min(timezone.make_aware(moment), timezone.now())


def demo_experiences_ensure(*, index, author, publisher):
    """The hand-written write-ups, written by `author` and published by `publisher`."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    created = 0
    pages_by_title = {}
    for data in EXPERIENCES:
        slug = slugify(data["title"])[:80]
        existing = ExperiencePage.objects.filter(slug=slug).first()
        if existing:
            pages_by_title[data["title"]] = existing
            continue
        start = datetime.date.fromisoformat(data["start"])
        page = ExperiencePage(
            title=data["title"],
            slug=slug,
            owner=author,
            summary=data["summary"],
            territory=mission_locale_ensure(
                name=data["mission_locale"], department_code=data["department"]
            ),
            tools=data["tools"],
            maturity=data["maturity"],
            status=data["status"],
            start_date=start,
            end_date=data["end"] and datetime.date.fromisoformat(data["end"]),
            context=paragraphs(data["context"]),
            objectives=bullet_list(data["objectives"]),
            steps=[("step", step) for step in data["steps"]],
            staff_time=data["staff_time"],
            cost=data["cost"],
            partners=data["partners"],
            results=paragraphs(data["results"]),
            indicators=[("indicator", item) for item in data["indicators"]],
            difficulties=paragraphs(data["difficulties"]),
            reproduction_conditions=paragraphs(data["conditions"]),
            resources=[("link", link) for link in data["resources"]],
            team=data["team"],
            contact_email=data["contact"],
            reproduced_from=pages_by_title.get(data["reproduced_from"]),
        )
        page.themes = [themes[slug] for slug in data["themes"]]
        page.audiences = [audiences[slug] for slug in data["audiences"]]
        page.tags.set(data["tags"])
        index.add_child(instance=page)
        _publish(
            page,
            author=author,
            publisher=publisher,
            published_at=_published_at(start),
        )
        pages_by_title[data["title"]] = page
        created += 1
    return created


def demo_notes_ensure(*, index, author):
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    created = 0
    for data in STRATEGY_NOTES:
        slug = slugify(data["title"])[:80]
        if StrategyNotePage.objects.filter(slug=slug).exists():
            continue
        note = StrategyNotePage(
            title=data["title"],
            slug=slug,
            owner=author,
            summary=data["summary"],
            territory=data["region"]
            and Territory.objects.get(kind=TerritoryKind.REGION, code=data["region"]),
            body=[("paragraph", RichText(paragraphs(text))) for text in data["body"]],
        )
        note.themes = [themes[slug] for slug in data["themes"]]
        note.experience_links = [
            StrategyNoteExperience(experience=ExperiencePage.objects.get(title=title))
            for title in data["experiences"]
        ]
        index.add_child(instance=note)
        _publish(note, author=author, publisher=author, published_at=timezone.now())
        created += 1
    return created


def demo_collections_ensure(*, index, author):
    created = 0
    for data in COLLECTIONS:
        slug = slugify(data["title"])[:80]
        if CollectionPage.objects.filter(slug=slug).exists():
            continue
        collection = CollectionPage(
            title=data["title"],
            slug=slug,
            owner=author,
            intro=data["intro"],
            featured=data["featured"],
        )
        collection.items = [
            CollectionItem(
                page=Page.objects.get(title=item["title"], depth=4),
                comment=item["comment"],
            )
            for item in data["items"]
        ]
        index.add_child(instance=collection)
        _publish(
            collection, author=author, publisher=author, published_at=timezone.now()
        )
        created += 1
    return created


DEMO_DISCUSSION = [
    # (role of the writer, kind, text, replies as (role, text, is the answer))
    (
        roles.COORDINATION,
        CommentKind.QUESTION,
        "Combien de temps de préparation faut-il compter avant le premier samedi ?",
        [
            (
                roles.CONTRIBUTORS,
                "Une demi-journée pour caler l'outil et les créneaux, puis une heure "
                "par semaine pour relancer les jeunes la veille.",
                True,
            )
        ],
    ),
    (
        roles.COORDINATION,
        CommentKind.VIGILANCE,
        "Pensez à l'accord du CSE avant d'ouvrir des permanences le samedi : "
        "c'est du temps de travail hors horaires habituels.",
        [],
    ),
]


def demo_discussion_ensure(*, accounts):
    """A short thread under the first write-up, so the discussions show at once."""
    page = ExperiencePage.objects.filter(
        slug=slugify(EXPERIENCES[0]["title"])[:80]
    ).first()
    if page is None or Comment.objects.filter(page=page).exists():
        return 0
    now = timezone.now()
    created = 0
    for number, (role, kind, text, replies) in enumerate(DEMO_DISCUSSION):
        posted = now - datetime.timedelta(days=10 - number)
        comment = Comment.objects.create(
            page=page,
            author=accounts[role],
            kind=kind,
            body=text,
            last_activity_at=posted,
        )
        for reply_role, reply_text, is_answer in replies:
            Comment.objects.create(
                page=page,
                author=accounts[reply_role],
                parent=comment,
                body=reply_text,
                is_answer=is_answer,
                last_activity_at=posted,
            )
            created += 1
        created += 1
    return created


def experiences_generate(*, index, count, seed=2026, batch_size=2000):
    """Add `count` varied, published write-ups under `index` in bulk.

    Rows are inserted directly (tree paths computed here, one insert per table
    row, related rows in bulk) instead of going through `add_child` and revisions,
    which would take hours at benchmark sizes. The search index is then filled in
    bulk.
    """
    rng = random.Random(seed + index.numchild)
    vocabulary = _GenerationVocabulary()
    created = 0
    while created < count:
        size = min(batch_size, count - created)
        with transaction.atomic():
            index.refresh_from_db()
            pages = _generated_batch(index=index, size=size, rng=rng, vocab=vocabulary)
        get_search_backend().add_bulk(
            ExperiencePage,
            list(
                ExperiencePage.objects.filter(pk__in=[page.pk for page in pages])
                .select_related("territory")
                .prefetch_related("themes", "tags")
            ),
        )
        created += size
    return created


class _GenerationVocabulary:
    def __init__(self):
        self.themes = list(Theme.objects.all())
        self.audiences = list(Audience.objects.all())
        self.departments = list(Territory.objects.filter(kind=TerritoryKind.DEPARTMENT))
        self.missions_locales = list(
            Territory.objects.filter(kind=TerritoryKind.MISSION_LOCALE)
        )
        self.tags = {
            name: Tag.objects.get_or_create(
                slug=slugify(name), defaults={"name": name}
            )[0]
            for data in EXPERIENCES
            for name in data["tags"]
        }
        self.sentences = {
            key: [s for data in EXPERIENCES for s in _sentences(data[key])]
            for key in ("context", "results", "difficulties", "conditions")
        }
        self.titles = [data["title"] for data in EXPERIENCES]
        self.summaries = [data["summary"] for data in EXPERIENCES]
        self.steps = [step for data in EXPERIENCES for step in data["steps"]]
        self.objectives = [o for data in EXPERIENCES for o in data["objectives"]]


def _sentences(text):
    return [s.strip() + "." for s in text.split(". ") if s.strip()]


def _generated_batch(*, index, size, rng, vocab):
    content_type = ContentType.objects.get_for_model(ExperiencePage)
    last_child = index.get_last_child()
    first_step = ExperiencePage._str2int(last_child.path[-4:]) + 1 if last_child else 1
    depth = index.depth + 1
    now = timezone.now()
    pages = []
    details = []
    for offset in range(size):
        number = first_step + offset
        territory = rng.choice(
            vocab.missions_locales if rng.random() < 0.3 else vocab.departments
        )
        title = f"{rng.choice(vocab.titles)} — {territory.name}"[:255]
        slug = f"{slugify(title)[:60]}-{number}"
        start = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(2700))
        published_at = min(
            now,
            timezone.make_aware(
                datetime.datetime.combine(start, datetime.time(9))
                + datetime.timedelta(days=rng.randrange(30, 400))
            ),
        )
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=ExperiencePage._get_path(index.path, depth, number),
                depth=depth,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published_at,
                last_published_at=published_at,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
        details.append((territory, start))
    Page.objects.bulk_create(pages)

    for page, (territory, start) in zip(pages, details, strict=True):
        experience = ExperiencePage(
            page_ptr_id=page.pk,
            summary=rng.choice(vocab.summaries),
            territory=territory,
            tools=", ".join(rng.sample(sorted(vocab.tags), 2)),
            maturity=rng.choices(
                list(MATURITY_WEIGHTS), weights=list(MATURITY_WEIGHTS.values())
            )[0],
            status=rng.choice(["running", "running", "finished", "abandoned"]),
            start_date=start,
            end_date=start + datetime.timedelta(days=rng.randrange(60, 500)),
            context=paragraphs(*rng.sample(vocab.sentences["context"], 4)),
            objectives=bullet_list(rng.sample(vocab.objectives, 3)),
            steps=[("step", step) for step in rng.sample(vocab.steps, 3)],
            staff_time="Un conseiller à 20 % pendant six mois",
            cost=rng.choice(["Aucun coût supplémentaire", "800 € de licences"]),
            partners=rng.choice(["Conseil départemental", "Médiathèque", "CCAS"]),
            results=paragraphs(*rng.sample(vocab.sentences["results"], 3)),
            indicators=[("indicator", {"label": "Jeunes accompagnés", "value": "40"})],
            difficulties=paragraphs(*rng.sample(vocab.sentences["difficulties"], 2)),
            reproduction_conditions=paragraphs(
                *rng.sample(vocab.sentences["conditions"], 2)
            ),
            team="Deux conseillers et le référent numérique",
        )
        # raw: only this model's table is written; the Page row exists already.
        experience.save_base(raw=True, force_insert=True)

    ExperiencePage.themes.through.objects.bulk_create(
        ExperiencePage.themes.through(experiencepage_id=page.pk, theme=theme)
        for page in pages
        for theme in rng.sample(vocab.themes, rng.randint(1, 3))
    )
    ExperiencePage.audiences.through.objects.bulk_create(
        ExperiencePage.audiences.through(experiencepage_id=page.pk, audience=audience)
        for page in pages
        for audience in rng.sample(vocab.audiences, rng.randint(0, 2))
    )
    ExperiencePageTag.objects.bulk_create(
        ExperiencePageTag(content_object_id=page.pk, tag=tag)
        for page in pages
        for tag in rng.sample(list(vocab.tags.values()), rng.randint(1, 3))
    )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + size)
    return pages
