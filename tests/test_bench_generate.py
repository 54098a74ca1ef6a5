"""The bulk generator of the benchmarks (`python -m infra.bench generate`)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Max
from django.utils import timezone
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from experiences.discussions.models import (
    Comment,
    CommentKind,
    CommentStatus,
    ThreadSubscription,
)
from experiences.discussions.text import comment_html
from experiences.models import ExperienceIndexPage, ExperiencePage
from experiences.taxonomy.models import TerritoryKind
from infra.bench.commands import generate
from infra.bench.generate import experiences_generate
from labo.accounts.selectors import user_is_approved
from labo.demo.content import demo_content
from search.query import SearchQuery
from search.service import search_pages

pytestmark = pytest.mark.django_db

HAND_WRITTEN = len(demo_content("experiences"))

GENERATED = 120


@pytest.fixture
def generated(experience_index):
    """GENERATED write-ups made by the bulk generator under the bare page tree."""
    experiences_generate(index=experience_index, count=GENERATED)
    return ExperiencePage.objects.order_by("pk")


def test_generated_write_ups_are_published_searchable_and_keep_the_tree_sound():
    call_command(generate.Command(), experiences=25, stdout=io.StringIO())
    call_command(generate.Command(), experiences=25, stdout=io.StringIO())

    assert ExperiencePage.objects.live().public().count() == HAND_WRITTEN + 50
    assert all(not problems for problems in Page.find_problems())
    index = ExperienceIndexPage.objects.get()
    assert index.numchild == index.get_children().count() == HAND_WRITTEN + 50
    for page in ExperiencePage.objects.all():
        assert page.url_path == f"{index.url_path}{page.slug}/"
    generated = ExperiencePage.objects.order_by("-pk").first()
    assert generated.themes.exists()
    assert generated.url.startswith("/experiences/")
    word = max(generated.title.split(), key=len)
    results = get_search_backend().search(word, ExperiencePage)
    assert generated in list(results[:200])


def test_generated_write_ups_vary_in_text_and_spread_over_the_taxonomy(generated):
    titles = [page.title for page in generated]
    assert len(set(titles)) >= 0.9 * GENERATED
    assert len({page.summary for page in generated}) >= 0.9 * GENERATED
    territories = {page.territory for page in generated.select_related("territory")}
    assert {territory.kind for territory in territories} == set(TerritoryKind)
    themes = ExperiencePage.themes.through.objects.values("theme").annotate(
        n=Count("pk")
    )
    counts = sorted(row["n"] for row in themes)
    assert len(counts) >= 8
    assert counts[-1] >= 3 * counts[0]
    assert ExperiencePage.tags.through.objects.count() >= GENERATED
    assert not any(page.end_date for page in generated if page.status == "running"), (
        "a running experiment has no end date"
    )


def test_generated_pages_are_found_by_the_search_service(generated):
    word = max(generated.last().title.split(), key=len)
    expected = {page.pk for page in generated if word in page.title.split()}

    found = search_pages(SearchQuery(text=word, page_size=GENERATED + 50))

    assert expected
    assert expected <= {hit.page_id for hit in found.hits}


def test_generated_discussions_have_the_shape_members_would_give_them(
    generated, client
):
    comments = Comment.objects.filter(page__in=generated)
    assert comments.count() >= GENERATED
    assert not comments.exclude(status=CommentStatus.PUBLISHED).exists()
    now = timezone.now()
    for comment in comments.select_related("parent", "page", "territory"):
        assert comment.page.first_published_at <= comment.created_at <= now
        if comment.parent:
            assert comment.parent.parent_id is None
            assert comment.parent.page_id == comment.page_id
            assert comment.kind == CommentKind.OTHER and comment.territory is None
            assert comment.created_at >= comment.parent.created_at
            if comment.is_answer:
                assert comment.parent.kind == CommentKind.QUESTION
        elif comment.kind == CommentKind.TESTED:
            assert comment.territory.kind == TerritoryKind.MISSION_LOCALE
        else:
            assert comment.territory is None
    for top in comments.filter(parent=None).annotate(latest=Max("replies__created_at")):
        assert top.last_activity_at == max(top.created_at, top.latest or top.created_at)
    assert (
        comments.filter(is_answer=True)
        .values("parent")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
        == 0
    )
    # Questions get answers from the page's author.
    assert comments.filter(
        parent__kind=CommentKind.QUESTION, author_id=F("page__owner_id")
    ).exists()
    for writer in {comment.author for comment in comments.select_related("author")}:
        assert user_is_approved(writer)
        assert writer.profile.display_name and writer.profile.mission_locale
    for comment in comments:
        if comment.author_id != comment.page.owner_id:
            assert ThreadSubscription.objects.filter(
                user_id=comment.author_id, page_id=comment.page_id, following=True
            ).exists()
    sizes = [
        page.n
        for page in Page.objects.filter(pk__in=generated.values("pk")).annotate(
            n=Count("discussion_comments")
        )
    ]
    assert sizes.count(0) >= GENERATED // 5
    assert max(sizes) <= 60

    busiest = max(generated, key=lambda page: page.discussion_comments.count())
    response = client.get(busiest.url)
    assert response.status_code == 200
    shown = response.context["thread"]
    assert shown.message_count == busiest.discussion_comments.count()
    last_reply = Comment.objects.filter(page=busiest, parent__isnull=False).last()
    assert comment_html(last_reply.body) in response.content.decode()


def test_generated_index_entries_are_what_a_reindex_from_the_database_writes(
    generated,
):
    written = _index_entries(generated)
    get_search_backend().add_bulk(
        ExperiencePage,
        list(generated.select_related("territory").prefetch_related("themes", "tags")),
    )

    assert len(written) == GENERATED
    assert written == _index_entries(generated)


def _index_entries(pages):
    """Each page's index entry: the words of its texts, and on PostgreSQL the
    lexemes of each vector by weight. Themes and tags come in no fixed order, so
    word order and lexeme positions are left out."""
    ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    if connection.vendor != "postgresql":
        rows = IndexEntry.objects.filter(
            content_type_id=get_content_type_pk(ExperiencePage), object_id__in=ids
        ).values_list("object_id", "title", "autocomplete", "body")
        return {pk: [sorted(text.split()) for text in texts] for pk, *texts in rows}
    vectors = [
        f"strip(ts_filter({column}, '{{{weight}}}'))::text"
        for column in ("title", "autocomplete", "body")
        for weight in "abcd"
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, title_text, body_text, {', '.join(vectors)}, "
            f"title_norm FROM {IndexEntry._meta.db_table} "
            "WHERE content_type_id = %s AND object_id = ANY(%s)",
            [get_content_type_pk(ExperiencePage), ids],
        )
        return {
            pk: [sorted(title.split()), sorted(body.split()), *rest]
            for pk, title, body, *rest in cursor.fetchall()
        }
