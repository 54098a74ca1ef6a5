"""« Suivis à relire »: the coordination's queue, its regional scope, its
decisions, and what a published follow-up changes on its write-up."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from experiences.follow_ups import selectors, services
from experiences.follow_ups.models import FollowUp, FollowUpStatus
from experiences.follow_ups.signals import follow_ups_changed
from experiences.models import ExperiencePage, ExperienceStatus
from labo.accounts import roles
from tests.factories import approved_member, department, experience_page, staff_member

pytestmark = pytest.mark.django_db

QUEUE = "/admin/suivis/"


def committed():
    return TestCase.captureOnCommitCallbacks(execute=True)


def answer(
    page, *, author=None, outcome="kept", status=ExperienceStatus.RUNNING, **fields
):
    """A follow-up waiting for review, by a new member unless `author` is given
    (one answer per author stays open)."""
    return FollowUp.objects.create(
        page=page,
        author=author or approved_member(roles.CONTRIBUTORS),
        outcome=outcome,
        why=fields.pop("why", "Les jeunes viennent toujours."),
        experiment_status=status,
        **fields,
    )


def decision_path(follow_up):
    return f"/admin/suivis/{follow_up.pk}/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def author(site_tree):
    return approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")


@pytest.fixture
def gironde(experience_index, author):
    """A write-up in Nouvelle-Aquitaine (Gironde, region 75)."""
    return experience_page(
        experience_index,
        owner=author,
        title="Visio en Gironde",
        territory=department("33"),
    )


@pytest.fixture
def paris(experience_index, author):
    """A write-up in Île-de-France (Paris, region 11)."""
    return experience_page(
        experience_index,
        owner=author,
        title="Visio à Paris",
        territory=department("75"),
    )


@pytest.fixture
def national():
    return staff_member(roles.COORDINATION)


@pytest.fixture
def aquitaine():
    """A coordinator whose work is limited to Nouvelle-Aquitaine."""
    return staff_member(roles.COORDINATION, review_region="75")


# Who sees the queue


def test_the_menu_and_the_queue_are_for_the_coordination_only(gironde, national):
    answer(gironde)
    html = signed_in(national).get(QUEUE).content.decode()
    assert "Visio en Gironde" in html
    assert "/admin/suivis/" in signed_in(national).get("/admin/").content.decode()
    moderator = staff_member(roles.MODERATION)
    # Wagtail sends a refused admin page back to the dashboard.
    assert signed_in(moderator).get(QUEUE).status_code == 302
    assert "/admin/suivis/" not in signed_in(moderator).get("/admin/").content.decode()
    assert (
        signed_in(moderator)
        .post(decision_path(FollowUp.objects.get()), {"action": "publish"})
        .status_code
        == 302
    )
    assert FollowUp.objects.get().status == FollowUpStatus.PENDING


def test_members_and_visitors_never_reach_the_queue(gironde, author):
    follow_up = answer(gironde)
    assert Client().get(QUEUE).status_code == 302
    assert signed_in(author).get(QUEUE).status_code in (302, 403)
    response = signed_in(author).post(decision_path(follow_up), {"action": "publish"})
    assert response.status_code in (302, 403)
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.PENDING


def test_a_superuser_reviews_everything(gironde, paris):
    answer(gironde), answer(paris)
    admin = staff_member(is_superuser=True)
    html = signed_in(admin).get(QUEUE).content.decode()
    assert "Visio en Gironde" in html and "Visio à Paris" in html


def test_a_regional_coordinator_sees_and_decides_only_their_region(
    gironde, paris, aquitaine
):
    inside, outside = answer(gironde), answer(paris)
    client = signed_in(aquitaine)
    html = client.get(QUEUE).content.decode()
    assert "Visio en Gironde" in html
    assert "Visio à Paris" not in html
    assert client.get(decision_path(outside)).status_code == 404
    response = client.post(decision_path(outside), {"action": "publish"})
    assert response.status_code == 404
    outside.refresh_from_db()
    assert outside.status == FollowUpStatus.PENDING
    assert client.post(decision_path(inside), {"action": "publish"}).status_code == 302
    inside.refresh_from_db()
    assert inside.status == FollowUpStatus.PUBLISHED


def test_the_queue_lists_what_waits_only_and_paginates(gironde, national):
    answer(gironde)
    published = answer(gironde)
    services.follow_up_decide(
        follow_up=published, reviewer=national, action=services.PUBLISH
    )
    assert selectors.review_queue(user=national).paginator.count == 1
    for _ in range(selectors.QUEUE_PER_PAGE):
        answer(gironde)
    client = signed_in(national)
    first = client.get(QUEUE).content.decode()
    assert 'aria-label="Pagination"' in first
    assert client.get(QUEUE + "?p=2").status_code == 200
    assert client.get(QUEUE + "?p=abc").status_code == 200
    assert client.get(QUEUE + "?p=99999").status_code == 200


def test_the_queue_needs_the_same_queries_for_one_or_many(
    gironde, national, django_assert_max_num_queries
):
    client = signed_in(national)
    answer(gironde)
    client.get(QUEUE)
    for _ in range(10):
        answer(gironde)
    with django_assert_max_num_queries(20) as few:
        client.get(QUEUE)
    count = len(few.captured_queries)
    for _ in range(10):
        answer(gironde)
    with django_assert_max_num_queries(count):
        client.get(QUEUE)


# Decisions


def test_publishing_shows_the_dated_block_and_logs_it(gironde, national):
    follow_up = answer(gironde, advice="Commencez petit.", figures="80 jeunes.")
    response = signed_in(national).post(decision_path(follow_up), {"action": "publish"})
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.PUBLISHED
    assert follow_up.published_at is not None
    html = Client().get(gironde.url).content.decode()
    assert "Six mois après" in html
    assert "Nous la poursuivons telle quelle" in html
    assert "Commencez petit." in html and "80 jeunes." in html
    entry = ModelLogEntry.objects.get(action="labo.follow_up.publish")
    assert entry.user == national
    assert entry.object_id == str(follow_up.pk)


def test_sending_back_needs_a_note_which_the_author_receives(gironde, national):
    follow_up = answer(gironde, author=gironde.owner)
    client = signed_in(national)
    html = client.post(decision_path(follow_up), {"action": "return"}).content.decode()
    assert "Écrivez une note" in html
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.PENDING
    with committed():
        client.post(
            decision_path(follow_up),
            {"action": "return", "note": "Précisez les chiffres, s'il vous plaît."},
        )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.RETURNED
    [email] = mail.outbox
    assert email.to == ["autrice@ml.example"]
    assert "Précisez les chiffres" in email.body
    assert f"/contribuer/{gironde.pk}/suivi/" in email.body
    assert ModelLogEntry.objects.filter(action="labo.follow_up.return").exists()
    # The author sees the note above the form and sends a new version.
    author_client = signed_in(gironde.owner)
    form = author_client.get(f"/contribuer/{gironde.pk}/suivi/").content.decode()
    assert "Précisez les chiffres" in form
    author_client.post(
        f"/contribuer/{gironde.pk}/suivi/",
        {"outcome": "kept", "why": "Avec les chiffres : 80 jeunes."},
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.PENDING
    assert FollowUp.objects.count() == 1


def test_a_decision_taken_twice_is_refused_the_second_time(gironde, national):
    follow_up = answer(gironde)
    client = signed_in(national)
    client.post(decision_path(follow_up), {"action": "publish"})
    response = client.post(decision_path(follow_up), {"action": "return", "note": "x"})
    assert "déjà été traité" in response.content.decode()
    assert ModelLogEntry.objects.filter(action="labo.follow_up.publish").count() == 1


def test_withdrawing_takes_it_off_the_write_up(gironde, national):
    follow_up = answer(gironde, why="Un texte à retirer.")
    client = signed_in(national)
    client.post(decision_path(follow_up), {"action": "publish"})
    assert "Un texte à retirer." in Client().get(gironde.url).content.decode()
    client.post(decision_path(follow_up), {"action": "withdraw", "note": "Doublon."})
    assert "Un texte à retirer." not in Client().get(gironde.url).content.decode()
    assert ModelLogEntry.objects.filter(action="labo.follow_up.withdraw").exists()


def test_a_bad_action_is_an_error_not_a_crash(gironde, national):
    follow_up = answer(gironde)
    response = signed_in(national).post(decision_path(follow_up), {"action": "drop"})
    assert response.status_code == 200
    assert signed_in(national).get("/admin/suivis/999999/").status_code == 404


def test_the_signal_tells_search_on_publication_and_withdrawal(gironde, national):
    received = []

    def receiver(sender, page_id, **kwargs):
        received.append((sender, page_id))

    follow_ups_changed.connect(receiver)
    try:
        follow_up = answer(gironde)
        services.follow_up_decide(
            follow_up=follow_up, reviewer=national, action=services.PUBLISH
        )
        services.follow_up_decide(
            follow_up=follow_up, reviewer=national, action=services.WITHDRAW, note="x"
        )
    finally:
        follow_ups_changed.disconnect(receiver)
    assert received == [(FollowUp, gironde.pk), (FollowUp, gironde.pk)]


def test_the_published_answer_is_in_the_write_ups_search_text(gironde, national):
    follow_up = answer(gironde, why="Le créneau du samedi matin reste plein.")
    assert "samedi matin" not in gironde.follow_up_text()
    services.follow_up_decide(
        follow_up=follow_up, reviewer=national, action=services.PUBLISH
    )
    assert "samedi matin" in gironde.follow_up_text()


# The write-up's status follows the answer


def live(page):
    return ExperiencePage.objects.get(pk=page.pk)


def test_kept_on_a_running_write_up_makes_no_new_revision(gironde, national):
    revisions = gironde.revisions.count()
    services.follow_up_decide(
        follow_up=answer(gironde), reviewer=national, action=services.PUBLISH
    )
    assert gironde.revisions.count() == revisions


def test_stopped_finishes_the_write_up_with_the_answers_date(gironde, national):
    follow_up = answer(gironde, outcome="stopped", status=ExperienceStatus.FINISHED)
    FollowUp.objects.filter(pk=follow_up.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2026, 6, 3, 10))
    )
    follow_up.refresh_from_db()
    services.follow_up_decide(
        follow_up=follow_up, reviewer=national, action=services.PUBLISH
    )
    page = live(gironde)
    assert page.status == ExperienceStatus.FINISHED
    assert page.end_date == datetime.date(2026, 6, 3)
    assert not page.has_unpublished_changes
    assert page.live_revision.as_object().status == ExperienceStatus.FINISHED
    assert PageLogEntry.objects.filter(
        page=gironde, action="wagtail.publish", user=national
    ).exists()
    assert "Terminée" in Client().get(gironde.url).content.decode()


def test_an_end_date_already_given_is_kept(gironde, national):
    ExperiencePage.objects.filter(pk=gironde.pk).update(
        end_date=datetime.date(2026, 1, 31)
    )
    follow_up = answer(gironde, outcome="stopped", status=ExperienceStatus.ABANDONED)
    services.follow_up_decide(
        follow_up=follow_up, reviewer=national, action=services.PUBLISH
    )
    page = live(gironde)
    assert page.status == ExperienceStatus.ABANDONED
    assert page.end_date == datetime.date(2026, 1, 31)


def test_a_newer_draft_is_kept_unpublished_with_the_new_status(gironde, national):
    draft = live(gironde)
    draft.summary = "Un résumé en cours de réécriture."
    draft.save_revision(user=gironde.owner)
    follow_up = answer(gironde, outcome="stopped", status=ExperienceStatus.ABANDONED)
    services.follow_up_decide(
        follow_up=follow_up, reviewer=national, action=services.PUBLISH
    )
    page = live(gironde)
    # The live version: the new status, the old summary.
    assert page.status == ExperienceStatus.ABANDONED
    assert page.summary != "Un résumé en cours de réécriture."
    assert page.live_revision.as_object().summary != "Un résumé en cours de réécriture."
    # The author's draft: still there, unpublished, with the new status.
    assert page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    assert latest.summary == "Un résumé en cours de réécriture."
    assert latest.status == ExperienceStatus.ABANDONED
    assert latest.end_date == page.end_date
    html = Client().get(gironde.url).content.decode()
    assert "Un résumé en cours de réécriture." not in html
    assert "Abandonnée" in html


def test_kept_on_a_finished_write_up_runs_it_again(gironde, national):
    ExperiencePage.objects.filter(pk=gironde.pk).update(
        status=ExperienceStatus.FINISHED, end_date=datetime.date(2026, 11, 1)
    )
    services.follow_up_decide(
        follow_up=answer(gironde), reviewer=national, action=services.PUBLISH
    )
    assert live(gironde).status == ExperienceStatus.RUNNING


# The block on the write-up


def test_no_block_without_a_published_follow_up(gironde):
    answer(gironde, why="En attente de relecture.")
    html = Client().get(gironde.url).content.decode()
    assert 'id="suivis"' not in html
    assert "En attente de relecture." not in html


def test_the_block_lists_the_newest_first(gironde, national):
    for why in ("Le premier suivi.", "Le second suivi."):
        services.follow_up_decide(
            follow_up=answer(gironde, why=why),
            reviewer=national,
            action=services.PUBLISH,
        )
    html = Client().get(gironde.url).content.decode()
    assert html.index("Le second suivi.") < html.index("Le premier suivi.")


def test_the_block_takes_one_query_whatever_the_number(
    gironde, national, django_assert_num_queries
):
    from django.template import Context, Template

    block = Template("{% load follow_ups %}{% follow_ups page %}")
    with django_assert_num_queries(1):
        block.render(Context({"page": gironde}))
    for number in range(5):
        follow_up = answer(gironde, why=f"Suivi {number}")
        FollowUp.objects.filter(pk=follow_up.pk).update(
            status=FollowUpStatus.PUBLISHED, published_at=timezone.now()
        )
    with django_assert_num_queries(1):
        html = block.render(Context({"page": gironde}))
    assert html.count('class="follow-up"') == 5


def page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_write_up_page_costs_the_same_with_none_or_many(
    experience_index, gironde, national, settings
):
    settings.LABO_PAGE_CACHE_SECONDS = 0
    client = Client()
    client.get(gironde.url)  # as a running site: Wagtail's caches warm
    without = page_queries(client, gironde.url)
    for number in range(3):
        services.follow_up_decide(
            follow_up=answer(gironde, why=f"Suivi {number}"),
            reviewer=national,
            action=services.PUBLISH,
        )
    assert page_queries(client, gironde.url) == without


def test_the_page_cache_shows_a_follow_up_published_without_status_change(
    gironde, national, settings
):
    """Anonymous readers are served from the page cache: a follow-up that changes
    no status (so publishes no revision) still replaces what it keeps."""
    settings.LABO_PAGE_CACHE_SECONDS = 600
    follow_up = answer(gironde, why="Toujours complet le samedi.")
    Client().get(gironde.url)  # now kept in the cache
    with committed():
        services.follow_up_decide(
            follow_up=follow_up, reviewer=national, action=services.PUBLISH
        )
    assert "Toujours complet le samedi." in Client().get(gironde.url).content.decode()
    with committed():
        services.follow_up_decide(
            follow_up=follow_up, reviewer=national, action=services.WITHDRAW, note="x"
        )
    html = Client().get(gironde.url).content.decode()
    assert "Toujours complet le samedi." not in html


def test_the_published_tab_leads_to_withdrawal_within_the_region(
    gironde, paris, national, aquitaine
):
    for page in (gironde, paris):
        services.follow_up_decide(
            follow_up=answer(page), reviewer=national, action=services.PUBLISH
        )
    client = signed_in(aquitaine)
    assert "Visio en Gironde" not in client.get(QUEUE).content.decode()
    html = client.get(QUEUE + "?etat=publies").content.decode()
    assert "Visio en Gironde" in html
    assert "Visio à Paris" not in html
    inside = FollowUp.objects.get(page=gironde)
    assert "Retirer de la fiche" in client.get(decision_path(inside)).content.decode()


def test_the_decisions_read_in_french_in_the_admins_site_history(gironde, national):
    follow_up = answer(gironde)
    services.follow_up_decide(
        follow_up=follow_up,
        reviewer=national,
        action=services.RETURN,
        note="Ajoutez un chiffre.",
    )
    admin = staff_member(is_superuser=True)
    html = signed_in(admin).get("/admin/reports/site-history/").content.decode()
    assert "Suivi «\u00a0six mois après\u00a0» renvoyé à l&#x27;auteur" in html
    entry = ModelLogEntry.objects.get(action="labo.follow_up.return")
    assert entry.data == {"note": "Ajoutez un chiffre."}
