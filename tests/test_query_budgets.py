"""Every page type costs a fixed number of SQL queries, whatever the amount of
content: measured with 2 and with 30 of what each page lists (write-ups, notes,
collection entries, contributions), and with 0 and 50 messages in a thread.

The budgets are exact, so a new query shows up here. They are what a page costs
to build: the page cache is off, and each page is requested once beforehand, as
a running site would have (Wagtail's site root paths, content types, the search
statistics row).
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experiences.discussions.models import Comment, CommentKind
from experiences.models import (
    CollectionItem,
    CollectionPage,
    StrategyNoteExperience,
    StrategyNotePage,
)
from labo.accounts import roles
from tests.factories import (
    AudienceFactory,
    ThemeFactory,
    approved_member,
    experience_page,
)

# A member's pages read their profile once for the account menu (a pending account
# says so on every page); the write-up, note, collection and profile read it anyway.
BUDGETS = {
    "home": (11, 16),
    "listing, page 1": (11, 16),
    "listing, page 3": (11, 16),
    "write-up": (16, 25),
    "strategy note": (11, 21),
    "collection": (12, 22),
    "standard page": (6, 11),
    "notes index": (7, 12),
    "search with filters": (11, 16),
    "search suggestions": (2, 2),
    "contribution list": (None, 9),
    "profile": (None, 7),
}


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.LABO_PAGE_CACHE_SECONDS = 0


def content(site_tree, size):
    """`size` write-ups by one member, each in a strategy note and in a
    collection; the first one reproduced from the second."""
    theme = ThemeFactory(slug="visio", name="Visio")
    member = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    write_ups = [
        experience_page(
            site_tree["experiences"],
            title=f"Visio numéro {number}",
            owner=member,
            themes=[theme, ThemeFactory()],
            audiences=[AudienceFactory()],
            tags=["visio", f"mot-{number}"],
        )
        for number in range(size)
    ]
    subject = write_ups[0]
    subject.reproduced_from = write_ups[1]
    subject.save_revision().publish()
    for number in range(size):
        note = StrategyNotePage(
            title=f"Note {number}",
            summary="Ce que disent les fiches.",
            body=[("paragraph", "<p>Constat.</p>")],
        )
        note.experience_links = [
            StrategyNoteExperience(experience=write_up) for write_up in write_ups
        ]
        site_tree["notes"].add_child(instance=note)
        note.save_revision().publish()
    collection = CollectionPage(title="Premiers pas", intro="Pour commencer.")
    collection.items = [
        CollectionItem(page=write_up, comment="À lire.") for write_up in write_ups
    ]
    site_tree["dossiers"].add_child(instance=collection)
    collection.save_revision().publish()
    return member, subject, note, collection


def messages_add(page, count):
    """`count` messages: questions, each answered, by five members."""
    authors = [approved_member(roles.CONTRIBUTORS) for _ in range(5)]
    now = timezone.now()
    for number in range(count // 2):
        question = Comment.objects.create(
            page=page,
            author=authors[number % 5],
            kind=CommentKind.QUESTION,
            body=f"Question {number} : https://exemple.org/{number}",
            last_activity_at=now - datetime.timedelta(minutes=number),
        )
        Comment.objects.create(
            page=page,
            author=authors[(number + 1) % 5],
            parent=question,
            body="Réponse",
            is_answer=number % 2 == 0,
            last_activity_at=now,
        )


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def measured(client, member, urls):
    """{page: (anonymous queries, member queries)}; None where anonymous visitors
    are sent to the login page."""
    counts = {}
    for name, url in urls.items():
        client.logout()
        anonymous = None if BUDGETS[name][0] is None else queries(client, url)
        client.force_login(member)
        counts[name] = (anonymous, queries(client, url))
    return counts


@pytest.mark.slow
@pytest.mark.parametrize("size", [2, 30])
def test_every_page_costs_a_fixed_number_of_queries(client, site_tree, size):
    member, subject, note, collection = content(site_tree, size)
    urls = {
        "home": "/",
        "listing, page 1": "/experiences/",
        "listing, page 3": "/experiences/?theme=visio&public=&page=3",
        "write-up": subject.url,
        "strategy note": note.url,
        "collection": collection.url,
        "standard page": "/charte/",
        "notes index": "/notes/",
        "search with filters": "/recherche/?q=visio&theme=visio&territoire=region-75",
        "search suggestions": "/recherche/suggestions/?q=Visio",
        "contribution list": "/contribuer/",
        "profile": "/profil/",
    }
    assert measured(client, member, urls) == BUDGETS

    messages_add(subject, 50)
    assert Comment.objects.filter(page=subject).count() == 50
    assert measured(client, member, {"write-up": subject.url}) == {
        "write-up": BUDGETS["write-up"]
    }
