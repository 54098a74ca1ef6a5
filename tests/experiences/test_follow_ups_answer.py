"""The author's « six mois après » form: who may open it, what it checks, what a
second answer does."""

import html
import threading

import pytest
from django.db import connection
from django.test import Client

from experiences.follow_ups import services
from experiences.follow_ups.models import FollowUp, FollowUpStatus
from experiences.models import ExperienceStatus
from labo.accounts import roles
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"

ANSWER = {
    "outcome": "changed",
    "why": (
        "Les jeunes préféraient le téléphone le matin : nous avons déplacé "
        "les créneaux."
    ),
    "advice": "Commencez par deux conseillers volontaires.",
    "figures": "120 rendez-vous en six mois.",
}


@pytest.fixture
def author(site_tree):
    return approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")


@pytest.fixture
def write_up(experience_index, author):
    return experience_page(experience_index, owner=author, title="Visio du samedi")


def text(response):
    """The page as read, HTML entities decoded."""
    return html.unescape(response.content.decode())


def form_path(page):
    return f"/contribuer/{page.pk}/suivi/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


# Who may answer


def test_anonymous_visitors_are_sent_to_sign_in(write_up):
    response = Client().get(form_path(write_up))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    "who", [roles.CONTRIBUTORS, roles.COORDINATION, roles.MODERATION, "superuser"]
)
def test_only_the_author_sees_the_form(write_up, who):
    if who == "superuser":
        other = approved_member(is_superuser=True)
    else:
        other = approved_member(who)
    client = signed_in(other)
    assert client.get(form_path(write_up)).status_code == 404
    assert client.post(form_path(write_up), ANSWER).status_code == 404
    assert not FollowUp.objects.exists()


def test_an_unpublished_or_missing_write_up_has_no_form(write_up, author):
    client = signed_in(author)
    assert client.get("/contribuer/999999/suivi/").status_code == 404
    write_up.unpublish()
    assert client.get(form_path(write_up)).status_code == 404


def test_the_form_asks_the_four_questions(write_up, author):
    html = text(signed_in(author).get(form_path(write_up)))
    assert "Six mois après, où en êtes-vous ?" in html
    for label in (
        "Nous la poursuivons telle quelle",
        "Pourquoi",
        "collègue",
        "chiffres",
    ):
        assert label in html


# What the answer becomes


def test_a_contributors_answer_waits_for_the_coordination(write_up, author):
    response = signed_in(author).post(form_path(write_up), ANSWER, follow=True)
    follow_up = FollowUp.objects.get()
    assert follow_up.status == FollowUpStatus.PENDING
    assert follow_up.author == author
    assert follow_up.experiment_status == ExperienceStatus.RUNNING
    assert "envoyé à la coordination" in text(response)
    write_up.refresh_from_db()
    assert "120 rendez-vous" not in Client().get(write_up.url).content.decode()


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("", ExperienceStatus.FINISHED),
        (ExperienceStatus.FINISHED, ExperienceStatus.FINISHED),
        (ExperienceStatus.ABANDONED, ExperienceStatus.ABANDONED),
    ],
)
def test_a_stopped_experiment_is_finished_or_abandoned(
    write_up, author, chosen, expected
):
    answer = {**ANSWER, "outcome": "stopped", "experiment_status": chosen}
    signed_in(author).post(form_path(write_up), answer)
    assert FollowUp.objects.get().experiment_status == expected


def test_kept_or_changed_keeps_it_running_whatever_the_stopped_choice(write_up, author):
    answer = {**ANSWER, "outcome": "kept", "experiment_status": "abandoned"}
    signed_in(author).post(form_path(write_up), answer)
    assert FollowUp.objects.get().experiment_status == ExperienceStatus.RUNNING


def test_a_second_answer_edits_the_one_waiting(write_up, author):
    client = signed_in(author)
    client.post(form_path(write_up), ANSWER)
    html = text(client.get(form_path(write_up)))
    assert "attend la relecture" in html
    assert "nous avons déplacé les créneaux" in html  # prefilled
    client.post(form_path(write_up), {**ANSWER, "why": "Version corrigée."})
    client.post(form_path(write_up), {**ANSWER, "why": "Version corrigée."})
    follow_up = FollowUp.objects.get()
    assert follow_up.why == "Version corrigée."


def test_a_coordinators_own_answer_is_published_at_once(experience_index):
    coordinator = approved_member(roles.COORDINATION)
    page = experience_page(experience_index, owner=coordinator)
    response = signed_in(coordinator).post(form_path(page), ANSWER)
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert FollowUp.objects.get().status == FollowUpStatus.PUBLISHED
    assert "120 rendez-vous" in Client().get(page.url).content.decode()


# What the form refuses, in French


def test_missing_answers_are_explained(write_up, author):
    response = signed_in(author).post(form_path(write_up), {"why": "  "})
    html = text(response)
    assert response.status_code == 200
    assert "Dites si vous la poursuivez ou l'avez arrêtée." in html
    assert "Expliquez en quelques mots pourquoi" in html
    assert "2 points à corriger" in html
    assert not FollowUp.objects.exists()


def test_too_long_a_text_is_refused(write_up, author):
    answer = {**ANSWER, "why": "x" * 100_000}
    html = text(signed_in(author).post(form_path(write_up), answer))
    assert "Ce texte est trop long : 2000 caractères au plus" in html
    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("character", ["\x00", "\x07"])
def test_control_characters_are_refused(write_up, author, character):
    answer = {**ANSWER, "advice": f"Un conseil{character} caché."}
    response = signed_in(author).post(form_path(write_up), answer)
    assert response.status_code == 200
    assert "à corriger" in text(response)
    assert not FollowUp.objects.exists()


def test_a_wrong_choice_is_an_error_not_a_crash(write_up, author):
    answer = {**ANSWER, "outcome": "perhaps", "experiment_status": "<script>"}
    response = signed_in(author).post(form_path(write_up), answer)
    assert response.status_code == 200
    assert not FollowUp.objects.exists()


# Personal data


def test_personal_data_is_shown_and_waits_for_the_authors_confirmation(
    write_up, author
):
    answer = {
        **ANSWER,
        "why": "Le jeune Kevin Dupont nous a rappelés au 06 12 34 56 78.",
    }
    client = signed_in(author)
    html = text(client.post(form_path(write_up), answer))
    assert "Donnée personnelle possible" in html
    assert "« 06 12 34 56 78 »" in html
    assert "J'ai relu les passages signalés" in html
    assert not FollowUp.objects.exists()
    client.post(form_path(write_up), {**answer, "personal_data_confirmed": "on"})
    follow_up = FollowUp.objects.get()
    texts = [finding["text"] for finding in follow_up.personal_data_findings]
    assert "06 12 34 56 78" in texts


def test_an_answer_without_personal_data_needs_no_confirmation(write_up, author):
    signed_in(author).post(form_path(write_up), ANSWER)
    assert FollowUp.objects.get().personal_data_findings == []


# Committed for real, so that two connections see the rows; the migrations' data
# (the root page, territories, groups) is reloaded before the test, another
# committed test having emptied the database.
@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite serialises every writer")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sendings_at_once_make_one_answer(experience_index):
    author = approved_member(roles.CONTRIBUTORS)
    page = experience_page(experience_index, owner=author)
    start = threading.Barrier(2)

    def send(why):
        start.wait()
        try:
            services.follow_up_answer(
                user=author, page=page, cleaned_data={**ANSWER, "why": why}
            )
        finally:
            connection.close()

    threads = [
        threading.Thread(target=send, args=(why,)) for why in ("Premier.", "Second.")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    follow_up = FollowUp.objects.get(page=page)
    assert follow_up.why in ("Premier.", "Second.")
    assert follow_up.status == FollowUpStatus.PENDING
