"""The demo site: one account per role, the hand-written write-ups, strategy notes
and collections, and a short discussion under the first write-up."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry
from wagtail.rich_text import RichText

from experiences.discussions.models import Comment, CommentKind
from experiences.follow_ups import services as follow_ups
from experiences.follow_ups.models import FollowUpOutcome
from experiences.maturity.dates import review_date
from experiences.maturity.models import MaturityDecision
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
    # Its history (experiences.history) tells the same date as the page.
    PageLogEntry.objects.filter(page=page).update(timestamp=published_at)


def _published_at(start_date):
    moment = datetime.datetime.combine(
        start_date + datetime.timedelta(days=60), datetime.time(10)
    )
    return min(timezone.make_aware(moment), timezone.now())


def demo_experiences_ensure(*, index, author, publisher):
    """The hand-written write-ups, written by `author` and published by `publisher`.
    Their fields are stored as the contribution form's cleaned data (steps keep a
    duration, which the form does not ask), besides the Mission locale and the
    maturity, which editors set."""
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
        page = ExperiencePage(slug=slug, owner=author, maturity=data["maturity"])
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
                "reproduced_from": pages_by_title.get(data["reproduced_from"]),
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


def _demo_write_up(number):
    """The demo write-up at that place in experiences.json."""
    return ExperiencePage.objects.get(
        slug=slugify(demo_content("experiences")[number]["title"])[:80]
    )


DEMO_UPDATE = (
    datetime.datetime(2023, 9, 14, 10),
    "Le bilan de la deuxième année et ce que nous ferions autrement",
    "<p>La deuxième année, 74 jeunes ont eu au moins un rendez-vous le samedi. "
    "Les rendez-vous de 20 minutes suffisent pour un point d'étape ; les premiers "
    "entretiens restent en semaine, dans nos locaux.</p>",
)
DEMO_FOLLOW_UPS = [
    # (write-up's place in experiences.json, the answer, published)
    (
        1,
        {
            "outcome": FollowUpOutcome.CHANGED,
            "why": (
                "Le compte vit toujours, mais les jeunes volontaires ont changé : "
                "nous formons maintenant chaque nouvelle équipe en une matinée, avec "
                "une charte d'une page sur ce qu'on publie et ce qu'on ne publie pas."
            ),
            "advice": (
                "Commencez par trois publications par semaine, pas plus, et gardez "
                "un conseiller référent pour répondre aux messages."
            ),
            "figures": "1 450 abonnés, 38 jeunes venus à l'accueil grâce au compte.",
            "experiment_status": "",
        },
        True,
    ),
    (
        3,
        {
            "outcome": FollowUpOutcome.KEPT,
            "why": (
                "La permanence continue deux matinées par semaine ; les volontaires "
                "en service civique se relaient sans difficulté."
            ),
            "advice": "Prévoyez un temps d'échange mensuel avec les volontaires.",
            "figures": "",
            "experiment_status": "",
        },
        False,
    ),
]
# A « J'ai testé » message by the advisor, which she may turn into a write-up:
# (write-up's place in experiences.json, text).
DEMO_TESTED = (
    9,
    "Nous avons repris l'idée à Bordeaux avec une charte plus courte, écrite en "
    "une seule réunion d'équipe. Elle tient sur une page et tout le monde l'a "
    "signée.",
)
# The validated label shown « à revoir »: validated that many days ago.
DEMO_STALE_LABEL = (8, 600, "Coordination Centre-Val de Loire")


def demo_lifecycle_ensure(*, accounts):
    """What happens after publication, once each: a significant update in a
    write-up's history, a published and a pending « six mois après » answer, a
    « J'ai testé » message its author may turn into a write-up, and a validated
    maturity past its review date."""
    author = accounts[roles.CONTRIBUTORS]
    coordinator = accounts[roles.COORDINATION]
    updated = _demo_write_up(0)
    if (
        not PageLogEntry.objects.filter(page=updated, action="wagtail.publish")
        .exclude(revision=updated.live_revision_id)
        .exists()
    ):
        moment, summary, results = DEMO_UPDATE
        draft = updated.get_latest_revision_as_object()
        draft.change_summary = summary
        draft.results = f"{draft.results}{results}"
        revision = draft.save_revision(user=coordinator, log_action=True)
        revision.publish(user=coordinator)
        moment = timezone.make_aware(moment)
        PageLogEntry.objects.filter(revision=revision).update(timestamp=moment)
        Page.objects.filter(pk=updated.pk).update(last_published_at=moment)
    for number, answer, published in DEMO_FOLLOW_UPS:
        page = _demo_write_up(number)
        if page.follow_ups.exists():
            continue
        follow_up = follow_ups.follow_up_answer(
            user=author, page=page, cleaned_data=answer
        )
        if published:
            follow_ups.follow_up_decide(
                follow_up=follow_up, reviewer=coordinator, action=follow_ups.PUBLISH
            )
    number, text = DEMO_TESTED
    tested_page = _demo_write_up(number)
    if not Comment.objects.filter(page=tested_page, kind=CommentKind.TESTED).exists():
        Comment.objects.create(
            page=tested_page,
            author=author,
            kind=CommentKind.TESTED,
            territory=author.profile.mission_locale,
            body=text,
            last_activity_at=timezone.now(),
        )
    number, days_ago, signed_as = DEMO_STALE_LABEL
    stale = _demo_write_up(number)
    decisions = MaturityDecision.objects.filter(page=stale)
    if decisions.count() == 1:
        validated_on = timezone.localdate() - datetime.timedelta(days=days_ago)
        ExperiencePage.objects.filter(pk=stale.pk).update(
            maturity_validated_on=validated_on,
            maturity_signed_as=signed_as,
            maturity_review_on=review_date(validated_on),
        )
        decisions.update(
            decided_at=timezone.make_aware(
                datetime.datetime.combine(validated_on, datetime.time(10))
            ),
            signed_as=signed_as,
            review_on=review_date(validated_on),
        )
