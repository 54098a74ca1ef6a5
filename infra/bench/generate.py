"""Bulk generation of varied, published write-ups with their discussions, authors
among generated members and search entries, for the benchmarks: `python -m
infra.bench generate --experiences N`. The vocabulary is in `vocabulary.json`;
the texts are the hand-written demo write-ups' sentences."""

import collections
import datetime
import itertools
import json
import random
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, reset_queries, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from modelsearch.backends.database.postgres.postgres import ObjectIndexer
from modelsearch.index import AutocompleteField
from modelsearch.utils import get_content_type_pk
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from experiences.discussions.models import (
    Comment,
    CommentKind,
    CommentStatus,
    ThreadSubscription,
)
from experiences.models import ExperiencePage, ExperiencePageTag, Maturity
from experiences.services import write_up_fill
from experiences.taxonomy.models import Audience, Territory, TerritoryKind, Theme
from infra.bench.rows import rows_insert
from labo.accounts import roles
from labo.accounts.models import Profile, ProfileStatus
from labo.demo.content import demo_content

# What the generated texts are made of. Names of people appear only in
# `member_first_names` and `member_last_names`, which generated members' names
# combine at random. `department_prefectures`: department code to (prefecture,
# population in thousands). A summary's second sentence (`summary_outcomes`) has
# {n} and {pct} drawn for each write-up.
WORDS = json.loads(
    (Path(__file__).parent / "vocabulary.json").read_text(encoding="utf-8")
)
MATURITY_WEIGHTS = {
    Maturity.IDEA: 15,
    Maturity.TESTING: 40,
    Maturity.EVALUATED: 35,
    Maturity.SPREAD: 10,
}
GENERATED_MEMBERS_DOMAIN = "membres.labo.example"
# One generated member per this many write-ups, within bounds: enough authors for
# every Mission locale at network scale, few for a test.
WRITE_UPS_PER_MEMBER = 40
MEMBERS_MIN = 60
MEMBERS_MAX = 2500
# Share of write-ups attached to the author's Mission locale (0), its department
# (1), its region (2).
TERRITORY_LEVEL_WEIGHTS = {0: 75, 1: 18, 2: 7}
THEME_COUNT_WEIGHTS = {1: 55, 2: 35, 3: 10}
AUDIENCE_COUNT_WEIGHTS = {0: 15, 1: 45, 2: 30, 3: 10}
TAG_COUNT_WEIGHTS = {1: 20, 2: 40, 3: 30, 4: 10}
STATUS_BY_MATURITY = {
    Maturity.IDEA: {"running": 90, "abandoned": 10},
    Maturity.TESTING: {"running": 70, "finished": 15, "abandoned": 15},
    Maturity.EVALUATED: {"running": 35, "finished": 60, "abandoned": 5},
    Maturity.SPREAD: {"running": 60, "finished": 40},
}
# Publication dates over seven years, more of them recent: the network grows.
PUBLISHED_SPAN_DAYS = 7 * 365
REPRODUCED_SHARE = 0.03
# Messages under a write-up: most have none or a few, about one in a hundred has a
# long thread. Keys are ranges of message counts.
THREAD_SIZE_WEIGHTS = {
    (0, 0): 42,
    (1, 1): 22,
    (2, 2): 14,
    (3, 3): 10,
    (4, 8): 9,
    (9, 20): 2,
    (30, 60): 1,
}
COMMENT_KIND_WEIGHTS = {
    CommentKind.QUESTION: 40,
    CommentKind.TESTED: 20,
    CommentKind.VIGILANCE: 10,
    CommentKind.OTHER: 30,
}
# Write-ups per add_bulk call: PostgreSQL's index insert takes about 50
# parameters a write-up, and a statement at most 65 535.
INDEX_CHUNK = 500


def experiences_generate(*, index, count, seed=2026, batch_size=1000):
    """Add `count` varied, published write-ups under `index` in bulk, with their
    discussions, authors among generated demo members, and their search entries.

    Rows are inserted the way `Model.save()` inserts one (the page row, then the
    write-up row), many per statement, instead of going through `add_child` and
    revisions, which would take hours at benchmark sizes. Each batch is one
    transaction holding its pages, messages and index entries, so an interrupted
    run leaves a sound tree and an index in step with it."""
    rng = random.Random(seed + index.numchild)
    vocabulary = _GenerationVocabulary(
        rng=rng,
        members=min(MEMBERS_MAX, max(MEMBERS_MIN, count // WRITE_UPS_PER_MEMBER)),
    )
    backend = get_search_backend()
    created = 0
    while created < count:
        size = min(batch_size, count - created)
        with transaction.atomic():
            index.refresh_from_db()
            pages = _generated_batch(index=index, size=size, rng=rng, vocab=vocabulary)
            _generated_discussions(pages=pages, rng=rng, vocab=vocabulary)
            for start in range(0, size, INDEX_CHUNK):
                _index_entries_write(pages[start : start + INDEX_CHUNK], backend)
        # With DEBUG on, Django keeps the last 9 000 statements, here large ones.
        reset_queries()
        created += size
    return created


def generated_missions_locales_ensure():
    """Missions locales in every department, in proportion to its population: the
    prefecture's, then sectors of the department."""
    departments = {
        territory.code: territory
        for territory in Territory.objects.filter(kind=TerritoryKind.DEPARTMENT)
    }
    keys = set(
        Territory.objects.filter(kind=TerritoryKind.MISSION_LOCALE).values_list(
            "key", flat=True
        )
    )
    missing = []
    for code, (prefecture, population) in WORDS["department_prefectures"].items():
        department = departments.get(code)
        if department is None:
            continue
        extra = max(0, round(population / 160) - 1)
        names = [f"Mission locale {_of_place(prefecture)}"] + [
            f"Mission locale {department.name} {sector}"
            for sector in WORDS["mission_locale_sectors"][:extra]
        ]
        for name in names:
            territory = Territory(
                kind=TerritoryKind.MISSION_LOCALE, name=name, parent=department
            )
            territory.key = territory.build_key()
            if territory.key not in keys:
                keys.add(territory.key)
                missing.append(territory)
    Territory.objects.bulk_create(missing)
    return len(missing)


def _of_place(name):
    """« de Laval », « d'Angers », « du Mans »."""
    if name.startswith("Le "):
        return f"du {name[3:]}"
    if name[0] in "AEIOUÉÈÂ":
        return f"d'{name}"
    return f"de {name}"


def demo_members_ensure(*, count, missions_locales, rng):
    """At least `count` generated members: approved contributors with a verified
    address, a made-up name and a Mission locale, every region having some."""
    generated = (
        get_user_model()
        .objects.filter(
            email__endswith=f"@{GENERATED_MEMBERS_DOMAIN}",
            profile__mission_locale__isnull=False,
        )
        .select_related("profile__mission_locale__parent__parent")
        .order_by("pk")
    )
    members = list(generated)
    missing = count - len(members)
    if missing <= 0:
        return members
    # A generator of its own, so that names never shift the rest of the data.
    names = random.Random(rng.random())
    # One Mission locale per region in turn, then the rest by population.
    by_region = {}
    for territory in rng.sample(missions_locales, len(missions_locales)):
        by_region.setdefault(territory.parent.parent_id, []).append(territory)
    spread = [
        territory
        for rank in range(max(map(len, by_region.values())))
        for territory in (
            group[rank] for group in by_region.values() if rank < len(group)
        )
    ]
    places = (spread * (1 + missing // len(spread)))[:missing]
    user_model = get_user_model()
    # Numbers above every generated member's key are free, even after deletions:
    # each member's number is at most its key.
    last_key = user_model.objects.filter(
        email__endswith=f"@{GENERATED_MEMBERS_DOMAIN}"
    ).aggregate(last=Max("pk", default=0))["last"]
    first_number = last_key + 1
    users = []
    for number in range(first_number, first_number + missing):
        email = f"membre-{number:05d}@{GENERATED_MEMBERS_DOMAIN}"
        users.append(
            user_model(
                username=email,
                email=email,
                first_name=names.choice(WORDS["member_first_names"]),
                last_name=names.choice(WORDS["member_last_names"]),
                password=make_password(None),
            )
        )
    user_model.objects.bulk_create(users)
    now = timezone.now()
    Profile.objects.bulk_create(
        Profile(
            user=user,
            display_name=f"{user.first_name} {user.last_name[0]}.",
            mission_locale=place,
            status=ProfileStatus.APPROVED,
            approved_at=now,
        )
        for user, place in zip(users, places, strict=True)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users
    )
    contributors = Group.objects.filter(name=roles.CONTRIBUTORS).first()
    if contributors:
        contributors.user_set.through.objects.bulk_create(
            contributors.user_set.through(user_id=user.pk, group_id=contributors.pk)
            for user in users
        )
    return list(generated.all())


class _Weighted:
    """A weighted choice, its cumulative weights computed once."""

    def __init__(self, weights):
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def draw(self, rng):
        return rng.choices(self.items, cum_weights=self.cumulative)[0]

    def sample(self, rng, count):
        """`count` distinct items, the heavier ones more often."""
        chosen = []
        while len(chosen) < min(count, len(self.items)):
            item = self.draw(rng)
            if item not in chosen:
                chosen.append(item)
        return chosen


class _GenerationVocabulary:
    """Everything the generator draws from, read once per run."""

    def __init__(self, *, rng, members):
        generated_missions_locales_ensure()
        missions_locales = list(
            Territory.objects.filter(kind=TerritoryKind.MISSION_LOCALE).select_related(
                "parent__parent"
            )
        )
        populations = {
            code: population
            for code, (_, population) in WORDS["department_prefectures"].items()
        }
        per_department = collections.Counter(t.parent_id for t in missions_locales)
        self.members = demo_members_ensure(
            count=members, missions_locales=missions_locales, rng=rng
        )
        # A few members write most of the write-ups, as in any network; the
        # Mission locale's population weighs in too.
        self.authors = _Weighted(
            {
                member: rng.paretovariate(1.2)
                * populations.get(member.profile.mission_locale.parent.code, 300)
                / per_department[member.profile.mission_locale.parent_id]
                for member in self.members
            }
        )
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.themes = _Weighted(
            {
                theme: WORDS["theme_weights"].get(slug, 3)
                for slug, theme in themes.items()
            }
        )
        self.audiences = _Weighted(
            {
                audience: WORDS["audience_weights"].get(audience.slug, 5)
                for audience in Audience.objects.all()
            }
        )
        self.maturities = _Weighted(MATURITY_WEIGHTS)
        self.statuses = {
            maturity: _Weighted(weights)
            for maturity, weights in STATUS_BY_MATURITY.items()
        }
        self.levels = _Weighted(TERRITORY_LEVEL_WEIGHTS)
        self.theme_counts = _Weighted(THEME_COUNT_WEIGHTS)
        self.audience_counts = _Weighted(AUDIENCE_COUNT_WEIGHTS)
        self.tag_counts = _Weighted(TAG_COUNT_WEIGHTS)
        self.thread_sizes = _Weighted(THREAD_SIZE_WEIGHTS)
        self.comment_kinds = _Weighted(COMMENT_KIND_WEIGHTS)
        experiences = demo_content("experiences")
        tags = {
            name: Tag.objects.get_or_create(
                slug=slugify(name), defaults={"name": name}
            )[0]
            for data in experiences
            for name in data["tags"]
        }
        # Per theme, the hand-written write-ups' tags, sentences, objectives,
        # steps and tools; key None holds them all.
        self.tags = collections.defaultdict(collections.Counter)
        self.texts = collections.defaultdict(lambda: collections.defaultdict(list))
        for data in experiences:
            for key in (*data["themes"], None):
                self.tags[key].update(tags[name] for name in data["tags"])
                texts = self.texts[key]
                for field in (
                    "context",
                    "results",
                    "difficulties",
                    "reproduction_conditions",
                ):
                    texts[field] += _sentences(data[field])
                texts["objectives"] += data["objectives"].splitlines()
                texts["steps"] += data["steps"]
                texts["tools"] += [tool.strip() for tool in data["tools"].split(",")]
        self.tags = {key: _Weighted(counter) for key, counter in self.tags.items()}
        self.titles = [data["title"] for data in experiences]
        self.generated_ids = []

    def texts_for(self, theme, field, rng):
        """Hand-written pieces on the theme, now and then from any theme."""
        texts = self.texts.get(theme.slug) if rng.random() < 0.8 else None
        return (texts or self.texts[None])[field]


def _sentences(text):
    return [s.strip() + "." for s in text.rstrip(".").split(". ") if s.strip()]


def _filled(template, rng):
    return template.format(n=rng.randint(8, 240), pct=rng.randint(15, 90))


def _title(*, themes, audiences, rng, vocab):
    actions = WORDS["title_actions"].get(themes[0].slug)
    if not actions:
        return rng.choice(vocab.titles), rng.choice(vocab.titles)
    action = rng.choice(actions)
    parts = [action, rng.choice(WORDS["title_purposes"][themes[0].slug])]
    audience = WORDS["audience_phrases"].get(audiences[0].slug, "") if audiences else ""
    # « pour … pour … » reads badly: a purpose with « pour » keeps the title short.
    if audience.split(" ")[0] != parts[1].split(" ")[0] and rng.random() < 0.4:
        parts.append(audience)
    if rng.random() < 0.3:
        parts.append(rng.choice(WORDS["title_qualifiers"]))
    return " ".join(part for part in parts if part), action


def _dates(rng, now):
    published_at = now - datetime.timedelta(
        days=rng.triangular(0, PUBLISHED_SPAN_DAYS, 0), seconds=rng.randrange(86400)
    )
    start = published_at.date() - datetime.timedelta(days=rng.randint(20, 420))
    return published_at, start


def _generated_batch(*, index, size, rng, vocab):
    last_child = index.get_last_child()
    # Path steps are numbers written in the tree's alphabet, `steplen` wide.
    steps = Page.numconv_obj()
    first_step = (
        steps.str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    )
    depth = index.depth + 1
    now = timezone.now()
    pages = []
    stories = []
    for number in range(first_step, first_step + size):
        author = vocab.authors.draw(rng)
        place = author.profile.mission_locale
        territory = (place, place.parent, place.parent.parent)[vocab.levels.draw(rng)]
        themes = vocab.themes.sample(rng, vocab.theme_counts.draw(rng))
        audiences = vocab.audiences.sample(rng, vocab.audience_counts.draw(rng))
        tags = vocab.tags.get(themes[0].slug, vocab.tags[None]).sample(
            rng, vocab.tag_counts.draw(rng)
        )
        maturity = vocab.maturities.draw(rng)
        status = vocab.statuses[maturity].draw(rng)
        published_at, start = _dates(rng, now)
        end = None
        if status != "running":
            end = min(start + datetime.timedelta(days=rng.randint(60, 500)), now.date())
        title, action = _title(themes=themes, audiences=audiences, rng=rng, vocab=vocab)
        slug = f"{slugify(title)[:60]}-{number}"
        theme = themes[0]
        story = {
            field: _picked(rng, vocab.texts_for(theme, field, rng), count)
            for field, count in (
                ("context", rng.randint(3, 5)),
                ("objectives", 3),
                ("results", rng.randint(2, 4)),
                ("difficulties", 2),
                ("reproduction_conditions", 2),
            )
        }
        page = ExperiencePage(
            slug=slug,
            path=index.path
            + steps.int2str(number).rjust(Page.steplen, Page.alphabet[0]),
            depth=depth,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published_at,
            last_published_at=published_at,
            locale_id=index.locale_id,
            owner=author,
            maturity=maturity,
        )
        # The fields as the contribution form's cleaned data holds them (tags as
        # Tag objects rather than names, which would cost a query a page); themes,
        # audiences and tags stay on the page for the search index.
        write_up_fill(
            page,
            {
                "title": title,
                "summary": (
                    f"{territory.name} : {action[0].lower()}{action[1:]}. "
                    f"{_filled(rng.choice(WORDS['summary_outcomes']), rng)}"
                ),
                "territory": territory,
                "themes": themes,
                "audiences": audiences,
                "tags": tags,
                "tools": ", ".join(
                    _picked(
                        rng, vocab.texts_for(theme, "tools", rng), rng.randint(1, 3)
                    )
                ),
                "status": status,
                "start_date": start,
                "end_date": end,
                "context": "\n\n".join(story["context"]),
                "objectives": "\n".join(story["objectives"]),
                "steps": _picked(
                    rng, vocab.texts_for(theme, "steps", rng), rng.randint(2, 4)
                ),
                "staff_time": _filled(rng.choice(WORDS["staff_times"]), rng),
                "cost": _filled(rng.choice(WORDS["costs"]), rng),
                "partners": ", ".join(rng.sample(WORDS["partners"], rng.randint(1, 3))),
                "results": "\n\n".join(story["results"]),
                "indicators": [
                    {"label": label, "value": str(rng.randint(5, 400))}
                    for label in rng.sample(
                        WORDS["indicator_labels"], rng.randint(1, 3)
                    )
                ],
                "difficulties": "\n\n".join(story["difficulties"]),
                "reproduction_conditions": "\n\n".join(
                    story["reproduction_conditions"]
                ),
                "team": rng.choice(WORDS["teams"]),
                "contact_email": f"{territory.key}@labo.example",
            },
        )
        pages.append(page)
        stories.append(story)

    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    for page, (pk,) in zip(
        pages,
        rows_insert(Page, pages, fields=page_fields, returning=True),
        strict=True,
    ):
        page.id = page.page_ptr_id = pk
    for position, page in enumerate(pages):
        sources = vocab.generated_ids or [p.pk for p in pages[:position]]
        if sources and rng.random() < REPRODUCED_SHARE:
            page.reproduced_from_id = rng.choice(sources)
    rows_insert(
        ExperiencePage, pages, fields=ExperiencePage._meta.local_concrete_fields
    )
    vocab.generated_ids += [page.pk for page in pages]

    ExperiencePage.themes.through.objects.bulk_create(
        ExperiencePage.themes.through(experiencepage_id=page.pk, theme=theme)
        for page in pages
        for theme in page.themes.all()
    )
    ExperiencePage.audiences.through.objects.bulk_create(
        ExperiencePage.audiences.through(experiencepage_id=page.pk, audience=audience)
        for page in pages
        for audience in page.audiences.all()
    )
    ExperiencePageTag.objects.bulk_create(
        ExperiencePageTag(content_object_id=page.pk, tag=item.tag)
        for page in pages
        for item in page.tagged_items.all()
    )
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + size)
    # The pages go to the search index as they are, with their themes, tags and
    # territory: nothing is read back. The index holds a rich text field's plain
    # text, here the generated sentences joined by spaces; the pages carry them,
    # sparing the indexer the HTML parsing it does for each field three (SQLite)
    # to five (PostgreSQL) times. tests/labo/test_seed_demo.py compares the
    # entries with a reindex from the database.
    for page, story in zip(pages, stories, strict=True):
        for field, texts in story.items():
            setattr(page, field, " ".join(texts))
    return pages


def _picked(rng, items, count):
    return rng.sample(items, min(count, len(items)))


def _index_entries_write(pages, backend):
    """The pages' entries in Wagtail's database search index.

    On PostgreSQL, modelsearch's own bulk insert builds one Django `SearchVector`
    expression per field and page and compiles each through the ORM: two thirds
    of the generation time. Here the same SQL (each field's text to a tsvector of
    the field's weight, the vectors concatenated) is written directly, the texts
    and weights taken from modelsearch's own `ObjectIndexer`."""
    if connection.vendor != "postgresql":
        backend.add_bulk(ExperiencePage, pages)
        return
    content_type = get_content_type_pk(ExperiencePage)
    rows = []
    params = []
    for page in pages:
        indexer = ObjectIndexer(page, backend)
        texts = {"title": [], "autocomplete": [], "body": []}
        for search_field in indexer.search_fields:
            for field, weight, value in indexer.prepare_field(page, search_field):
                if isinstance(field, AutocompleteField):
                    part = "autocomplete"
                else:
                    part = "title" if field.field_name == "title" else "body"
                texts[part].append((value.strip(), weight))
        vectors = []
        row_params = [content_type, str(page.pk)]
        for part, config in (
            ("title", backend.config),
            ("autocomplete", backend.autocomplete_config),
            ("body", backend.config),
        ):
            sql, vector_params = _tsvector_sql(texts[part], config)
            vectors.append(sql)
            row_params += vector_params
        rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        params += row_params
        params += [
            " ".join(text for text, _ in texts[part] if text)
            for part in ("title", "body")
        ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, "
            "title, autocomplete, body, title_norm, title_text, body_text) "
            f"VALUES {', '.join(rows)}",
            params,
        )
    # What modelsearch does after each insert: new titles weighed against the
    # average title length.
    backend.get_index_for_model(ExperiencePage)._refresh_title_norms()


def _tsvector_sql(texts, config):
    """SQL and parameters of the tsvector modelsearch writes for these (text,
    weight) pairs: empty texts left out, each text weighted, all concatenated."""
    texts = [(text, weight) for text, weight in texts if text]
    if not texts:
        return "''::tsvector", []
    function = "to_tsvector(%s::regconfig, %s)" if config else "to_tsvector(%s)"
    sql = " || ".join(f"setweight({function}, %s)" for _ in texts)
    params = [
        value
        for text, weight in texts
        for value in ((config, text, weight) if config else (text, weight))
    ]
    return sql, params


def _generated_discussions(*, pages, rng, vocab):
    """Threads under the new pages, as members would have written them: questions
    answered by the page's author, « J'ai testé » with the member's Mission
    locale; every writer follows the thread."""
    now = timezone.now()
    threads = []
    followers = set()
    for page in pages:
        low, high = vocab.thread_sizes.draw(rng)
        remaining = rng.randint(low, high)
        while remaining:
            kind = vocab.comment_kinds.draw(rng)
            author = vocab.members[rng.randrange(len(vocab.members))]
            span = (now - page.first_published_at).total_seconds()
            posted = page.first_published_at + datetime.timedelta(
                seconds=span * rng.random() ** 2
            )
            message = Comment(
                page_id=page.pk,
                author=author,
                kind=kind,
                territory=author.profile.mission_locale
                if kind == CommentKind.TESTED
                else None,
                body=_comment_body(kind, rng),
                status=CommentStatus.PUBLISHED,
                created_at=posted,
                last_activity_at=posted,
            )
            remaining -= 1
            reply_count = min(remaining, _reply_count(kind, high, rng))
            remaining -= reply_count
            replies = _replies(
                message, page=page, count=reply_count, rng=rng, vocab=vocab, now=now
            )
            if replies:
                message.last_activity_at = replies[-1].created_at
            threads.append((message, replies))
            followers.update(
                (writer.author_id, page.pk)
                for writer in (message, *replies)
                if writer.author_id != page.owner_id
            )
    fields = [f for f in Comment._meta.local_concrete_fields if not f.primary_key]
    messages = [message for message, _ in threads]
    for message, (pk,) in zip(
        messages,
        rows_insert(Comment, messages, fields=fields, returning=True),
        strict=True,
    ):
        message.pk = pk
    replies = []
    for message, thread_replies in threads:
        for reply in thread_replies:
            reply.parent_id = message.pk
            replies.append(reply)
    rows_insert(Comment, replies, fields=fields)
    ThreadSubscription.objects.bulk_create(
        ThreadSubscription(user_id=user_id, page_id=page_id)
        for user_id, page_id in followers
    )


def _reply_count(kind, thread_size, rng):
    if thread_size >= 30:
        return rng.randint(1, 6)
    if kind == CommentKind.QUESTION:
        return rng.choice((0, 1, 1, 1, 2, 3))
    return rng.choice((0, 0, 0, 1, 2))


def _replies(message, *, page, count, rng, vocab, now):
    replies = []
    posted = message.created_at
    for position in range(count):
        by_owner = (
            message.kind == CommentKind.QUESTION
            and position == 0
            and rng.random() < 0.7
        )
        posted = min(
            now, posted + datetime.timedelta(minutes=rng.randint(30, 14 * 24 * 60))
        )
        replies.append(
            Comment(
                page_id=page.pk,
                author=page.owner
                if by_owner
                else vocab.members[rng.randrange(len(vocab.members))],
                kind=CommentKind.OTHER,
                body=rng.choice(
                    WORDS["comment_answers"] if by_owner else WORDS["comment_replies"]
                ),
                status=CommentStatus.PUBLISHED,
                is_answer=by_owner and rng.random() < 0.6,
                created_at=posted,
                last_activity_at=posted,
            )
        )
    return replies


def _comment_body(kind, rng):
    if kind == CommentKind.QUESTION:
        opener = rng.choice(WORDS["comment_openers"])
        return f"{opener} {rng.choice(WORDS['comment_questions'])}".strip()
    texts = {
        CommentKind.TESTED: WORDS["comment_tested"],
        CommentKind.VIGILANCE: WORDS["comment_vigilance"],
    }.get(kind, WORDS["comment_others"])
    return rng.choice(texts)
