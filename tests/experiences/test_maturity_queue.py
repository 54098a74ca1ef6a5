"""The coordinators' queue « Maturités à revoir »: what it lists and to whom,
its filters, and its actions (confirm, ask the author), each checked on the
server, recorded as a decision and in the audit log."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry

from experiences.maturity.models import MaturityDecision
from experiences.models import ExperiencePage, Maturity
from labo.accounts import roles
from tests.factories import (
    ThemeFactory,
    approved_member,
    department,
    experience_page,
    staff_member,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/maturites/"
NBSP = "\u00a0"


def days(count):
    return timezone.localdate() + datetime.timedelta(days=count)


def validated(index, *, review_in, title, **fields):
    """A write-up validated « Évaluée » whose review date is `review_in` days
    away (negative: past)."""
    page = experience_page(index, title=title, maturity=Maturity.EVALUATED, **fields)
    ExperiencePage.objects.filter(pk=page.pk).update(
        maturity_validated_on=datetime.date(2025, 3, 12),
        maturity_review_on=days(review_in),
        maturity_signed_as="Coordination nationale",
    )
    return ExperiencePage.objects.get(pk=page.pk)


@pytest.fixture
def author(site_tree):
    return approved_member(
        roles.CONTRIBUTORS, email="autrice@ml.example", display_name="Camille"
    )


@pytest.fixture
def queue_pages(experience_index, author):
    visio = ThemeFactory(slug="visio", name="Visio")
    return {
        "stale": validated(
            experience_index,
            review_in=-30,
            title="Visio passée",
            territory=department("33"),
            themes=[visio],
            owner=author,
        ),
        "near": validated(
            experience_index,
            review_in=20,
            title="Proche en Bretagne",
            territory=department("29"),
        ),
        "far": validated(experience_index, review_in=200, title="Lointaine"),
        "testing": experience_page(
            experience_index, title="En test", maturity=Maturity.TESTING
        ),
    }


def listed(client):
    html = BeautifulSoup(client.get(QUEUE).content, "html.parser")
    return [row.find("a").get_text(strip=True) for row in html.select("tbody tr")]


def listed_with(client, query):
    html = BeautifulSoup(client.get(QUEUE + query).content, "html.parser")
    return [row.find("a").get_text(strip=True) for row in html.select("tbody tr")]


def test_the_queue_lists_past_and_near_reviews_soonest_first(
    client, queue_pages, national
):
    client.force_login(national)

    assert listed(client) == ["Visio passée", "Proche en Bretagne"]
    # The admin's menu, given to its script as JSON.
    assert '"url": "/admin/maturites/"' in client.get("/admin/").content.decode()


def test_the_queue_filters_by_region_and_theme_and_ignores_bad_values(
    client, queue_pages, national
):
    client.force_login(national)

    assert listed_with(client, "?region=region-53") == ["Proche en Bretagne"]
    assert listed_with(client, "?theme=visio") == ["Visio passée"]
    assert listed_with(client, "?region=region-53&theme=visio") == []
    for bad in ("?region=nulle-part", "?theme=%00", "?p=abc", "?p=999", "?region="):
        response = client.get(QUEUE + bad)
        # A NUL byte is refused by the site's middleware (400), the rest ignored.
        assert response.status_code in (200, 400), bad
    assert listed_with(client, "?region=nulle-part&theme=visio") == ["Visio passée"]


def test_the_queue_paginates(client, experience_index, national):
    for number in range(27):
        validated(experience_index, review_in=-number, title=f"Fiche {number:02}")
    client.force_login(national)

    first = listed(client)
    second = listed_with(client, "?p=2")
    assert len(first) == 25 and len(second) == 2
    assert first[0] == "Fiche 26" and second[-1] == "Fiche 00"


def test_a_regional_coordinator_sees_and_acts_only_in_their_region(
    client, queue_pages, regional
):
    client.force_login(regional)
    outside = queue_pages["near"]  # Finistère, Bretagne

    assert listed(client) == ["Visio passée"]
    assert 'name="region"' not in client.get(QUEUE).content.decode()
    for url in (
        f"/admin/maturites/{outside.pk}/confirmer/",
        f"/admin/maturites/{outside.pk}/demander-a-l-auteur/",
    ):
        assert client.get(url).status_code == 302
        response = client.post(
            url, {"seen": 0, "review_on": days(300).isoformat(), "signature": "name"}
        )
        assert response.status_code == 302 and response.url == "/admin/"
    assert (
        not MaturityDecision.objects.filter(page=outside)
        .exclude(action="validated")
        .exists()
    )
    assert ExperiencePage.objects.get(pk=outside.pk).maturity_review_on == days(20)
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["anonymous", "contributor", "moderator"])
def test_others_are_refused_the_queue_and_its_actions(client, queue_pages, who):
    if who != "anonymous":
        group = roles.CONTRIBUTORS if who == "contributor" else roles.MODERATION
        client.force_login(staff_member(group))
    page = queue_pages["stale"]

    for url in (
        QUEUE,
        f"/admin/maturites/{page.pk}/confirmer/",
        f"/admin/maturites/{page.pk}/demander-a-l-auteur/",
    ):
        assert client.get(url).status_code == 302, url
        client.post(url, {"seen": 0, "review_on": days(300).isoformat()})
    assert (
        not MaturityDecision.objects.filter(page=page)
        .exclude(action="validated")
        .exists()
    )


def confirm(client, page, **values):
    url = f"/admin/maturites/{page.pk}/confirmer/"
    form = BeautifulSoup(client.get(url).content, "html.parser")
    seen = form.find("input", {"name": "seen"})["value"]
    return client.post(
        url,
        {
            "seen": seen,
            "review_on": days(400).isoformat(),
            "signature": "coordination",
            **values,
        },
    )


def test_confirming_a_stale_label_validates_it_again(client, queue_pages, regional):
    page = queue_pages["stale"]
    client.force_login(regional)
    assert "Maturité à revoir" in client.get(page.url).content.decode()

    response = confirm(client, page)

    assert response.status_code == 302 and response.url == QUEUE
    page = ExperiencePage.objects.get(pk=page.pk)
    assert page.maturity_validated_on == timezone.localdate()
    assert page.maturity_review_on == days(400)
    assert page.maturity_signed_as == "Coordination Nouvelle-Aquitaine"
    assert not page.maturity_is_stale
    decision = MaturityDecision.objects.get(page=page, action="confirmed")
    assert decision.decided_by == regional and decision.review_on == days(400)
    entry = PageLogEntry.objects.get(page=page, action="labo.maturity.confirmed")
    assert entry.user == regional
    assert "Maturité confirmée" in entry.message
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Maturité à revoir" not in html
    assert f"(signature{NBSP}: Coordination Nouvelle-Aquitaine)" in html
    assert listed_after_login(client, regional) == []


def listed_after_login(client, user):
    client.force_login(user)
    return listed(client)


def test_a_confirmation_signed_with_a_name_is_kept_for_the_next(
    client, queue_pages, national
):
    client.force_login(national)

    confirm(client, queue_pages["stale"], signature="name")

    page = ExperiencePage.objects.get(pk=queue_pages["stale"].pk)
    assert page.maturity_signed_as == "Aïcha Benali"
    form = BeautifulSoup(
        client.get(f"/admin/maturites/{queue_pages['near'].pk}/confirmer/").content,
        "html.parser",
    )
    assert form.find("input", {"name": "signature", "checked": True})["value"] == (
        "name"
    )


@pytest.mark.parametrize(
    ("review_on", "error"),
    [
        ("", "Champ requis."),
        ("pas une date", "Saisissez une date valide."),
        ("hier", "Saisissez une date valide."),
        ("yesterday", None),
        ("2099-01-01", None),
    ],
)
def test_a_confirmation_date_out_of_bounds_is_explained(
    client, queue_pages, national, review_on, error
):
    client.force_login(national)
    if review_on == "yesterday":
        review_on = days(-1).isoformat()
    elif review_on == "2099-01-01" and days(0).year + 5 >= 2099:
        pytest.skip("the bound reaches 2099")

    response = confirm(client, queue_pages["stale"], review_on=review_on)

    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert (error or "Choisissez une date entre le") in text
    assert not MaturityDecision.objects.filter(action="confirmed").exists()


def test_a_double_submission_confirms_once(client, queue_pages, national):
    page = queue_pages["stale"]
    client.force_login(national)
    url = f"/admin/maturites/{page.pk}/confirmer/"
    seen = BeautifulSoup(client.get(url).content, "html.parser").find(
        "input", {"name": "seen"}
    )["value"]
    data = {
        "seen": seen,
        "review_on": days(400).isoformat(),
        "signature": "coordination",
    }

    client.post(url, data)
    response = client.post(
        url, {**data, "review_on": days(500).isoformat()}, follow=True
    )

    assert MaturityDecision.objects.filter(action="confirmed").count() == 1
    assert ExperiencePage.objects.get(pk=page.pk).maturity_review_on == days(400)
    assert "une décision vient d" in response.content.decode()


def test_a_label_no_longer_validated_is_not_confirmed(client, queue_pages, national):
    client.force_login(national)
    page = queue_pages["testing"]

    response = client.post(
        f"/admin/maturites/{page.pk}/confirmer/",
        {"seen": 0, "review_on": days(400).isoformat(), "signature": "name"},
    )

    assert response.status_code == 302 and response.url == QUEUE
    assert not MaturityDecision.objects.filter(page=page).exists()
    assert client.get("/admin/maturites/0/confirmer/").status_code == 404
    assert client.get("/admin/maturites/99999999/confirmer/").status_code == 404


def ask(client, page, message):
    url = f"/admin/maturites/{page.pk}/demander-a-l-auteur/"
    seen = BeautifulSoup(client.get(url).content, "html.parser").find(
        "input", {"name": "seen"}
    )["value"]
    return client.post(url, {"seen": seen, "message": message})


def test_asking_the_author_mails_them_through_the_outbox(
    client, queue_pages, regional, author, django_capture_on_commit_callbacks
):
    page = queue_pages["stale"]
    client.force_login(regional)

    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, page, "Avez-vous de nouveaux chiffres ?")

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["autrice@ml.example"]
    assert f"«{NBSP}Visio passée{NBSP}»" in message.subject
    assert "Avez-vous de nouveaux chiffres ?" in message.body
    assert f"/contribuer/{page.pk}/" in message.body
    assert "Coordination Nouvelle-Aquitaine" in message.body
    assert "Reply-To" not in message.extra_headers
    decision = MaturityDecision.objects.get(page=page, action="author_asked")
    assert decision.note == "Avez-vous de nouveaux chiffres ?"
    assert PageLogEntry.objects.filter(
        page=page, action="labo.maturity.author_asked", user=regional
    ).exists()
    # An internal decision: the label is still to review.
    assert ExperiencePage.objects.get(pk=page.pk).maturity_is_stale


def test_a_message_to_the_author_is_bounded(client, queue_pages, national):
    client.force_login(national)

    for message in ("a" * 2001, "Bonjour\x00"):
        response = ask(client, queue_pages["stale"], message)
        assert response.status_code == 200
    assert mail.outbox == []
    assert not MaturityDecision.objects.filter(action="author_asked").exists()


def test_a_write_up_without_author_offers_no_mail(client, experience_index, national):
    page = validated(experience_index, review_in=-1, title="Orpheline")
    client.force_login(national)

    html = client.get(f"/admin/maturites/{page.pk}/demander-a-l-auteur/")

    assert "plus d'auteur joignable" in html.content.decode()
    response = client.post(
        f"/admin/maturites/{page.pk}/demander-a-l-auteur/", {"seen": 0}
    )
    assert response.status_code == 302
    assert mail.outbox == []
    assert not MaturityDecision.objects.filter(action="author_asked").exists()


def test_the_queue_costs_the_same_for_many_write_ups(
    client, experience_index, national, django_assert_max_num_queries
):
    for number in range(3):
        validated(experience_index, review_in=-number, title=f"Fiche {number}")
    client.force_login(national)
    client.get(QUEUE)
    with django_assert_max_num_queries(30) as few:
        client.get(QUEUE)
    for number in range(3, 20):
        validated(experience_index, review_in=-number, title=f"Fiche {number}")

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(QUEUE)


def test_a_confirmation_starts_a_new_page_cache_generation(
    queue_pages, national, django_capture_on_commit_callbacks
):
    from experiences.maturity import services
    from labo import memo

    before = memo.generation()
    with django_capture_on_commit_callbacks(execute=True):
        services.maturity_confirm(
            page=queue_pages["stale"],
            user=national,
            review_on=days(300),
            with_name=False,
        )

    assert memo.generation() != before
