"""The demo site: one account per role, the hand-written write-ups, strategy notes
and collections, and a short discussion under the first write-up."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.rich_text import RichText

from experiences.discussions.models import Comment, CommentKind
from experiences.models import (
    CollectionItem,
    CollectionPage,
    ExperiencePage,
    StrategyNoteExperience,
    StrategyNotePage,
)
from experiences.services import write_up_fill
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme
from labo.accounts import roles
from labo.accounts.services import account_trust
from labo.demo.content import demo_content
from labo.site_tree import paragraphs

DEMO_USERS = [
    (roles.CONTRIBUTORS, "contributrice@labo.example", "Camille (ML de Bordeaux)"),
    (roles.COORDINATION, "coordination@labo.example", "Coordination nationale"),
    (roles.MODERATION, "moderation@labo.example", "Équipe de modération"),
    (None, "admin@labo.example", "Administration du Labo"),
]
# The advisor's Mission locale, as her name says: (name, department code).
DEMO_MISSIONS_LOCALES = {
    "contributrice@labo.example": ("Mission locale de Bordeaux", "33"),
}


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
        if email in DEMO_MISSIONS_LOCALES and not user.profile.mission_locale_id:
            name, department_code = DEMO_MISSIONS_LOCALES[email]
            user.profile.mission_locale = mission_locale_ensure(
                name=name, department_code=department_code
            )
            user.profile.save(update_fields=["mission_locale"])
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
    """The hand-written write-ups, written by `author` and published by `publisher`.
    Their fields are stored as the contribution form's cleaned data (steps keep a
    duration, which the form does not ask), besides the Mission locale, the
    maturity and the write-up reproduced, which editors set."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    audiences = {audience.slug: audience for audience in Audience.objects.all()}
    created = 0
    pages_by_title = {}
    for data in demo_content("experiences"):
        slug = slugify(data["title"])[:80]
        existing = ExperiencePage.objects.filter(slug=slug).first()
        if existing:
            pages_by_title[data["title"]] = existing
            continue
        start = datetime.date.fromisoformat(data["start_date"])
        page = ExperiencePage(
            slug=slug,
            owner=author,
            maturity=data["maturity"],
            reproduced_from=pages_by_title.get(data["reproduced_from"]),
        )
        write_up_fill(
            page,
            {
                **data,
                "territory": mission_locale_ensure(
                    name=data["mission_locale"], department_code=data["department"]
                ),
                "themes": [themes[name] for name in data["themes"]],
                "audiences": [audiences[name] for name in data["audiences"]],
                "start_date": start,
                "end_date": data["end_date"]
                and datetime.date.fromisoformat(data["end_date"]),
            },
        )
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
    for data in demo_content("strategy_notes"):
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
    for data in demo_content("collections"):
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
        slug=slugify(demo_content("experiences")[0]["title"])[:80]
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
    # `created_at` is set on insert; the thread is dated in the past.
    Comment.objects.filter(page=page).update(created_at=F("last_activity_at"))
    return created
