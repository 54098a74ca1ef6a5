"""A write-up's history for its readers: publications, significant updates with
their line, minor corrections, follow-ups and maturity decisions, newest first;
never a draft nor a revision that was not published; the text of two published
versions compared; only for a write-up anyone may read."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageLogEntry, PageViewRestriction, Revision

from experiences import services
from experiences.follow_ups.models import FollowUp, FollowUpOutcome, FollowUpStatus
from experiences.history import selectors
from experiences.maturity.models import MaturityAction, MaturityDecision
from experiences.models import ExperienceStatus, Maturity
from labo.accounts import roles
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def write_up(experience_index):
    page = experience_page(
        experience_index,
        title="Des permanences en visio",
        summary="Des rendez-vous en visio pour les jeunes éloignés.",
    )
    page.refresh_from_db()
    return page


def publish(page, *, summary="", user=None, **changes):
    """A new version of the write-up, published: its revision."""
    draft = page.get_latest_revision_as_object()
    draft.change_summary = summary
    for name, value in changes.items():
        setattr(draft, name, value)
    revision = draft.save_revision(user=user)
    revision.publish(user=user)
    page.refresh_from_db()
    return revision


def history_of(client, page, query=""):
    response = client.get(f"/experiences/{page.slug}/historique/{query}")
    assert response.status_code == 200
    return response.content.decode()


def entries_in(html):
    return re.findall(r'class="history-entry history-entry--(\w+)"', html)


def compare_url(page, older, newer):
    return f"/experiences/{page.slug}/historique/comparer/?de={older}&a={newer}"


# The entries


def test_a_write_up_just_published_has_its_first_publication(client, write_up):
    html = history_of(client, write_up)
    assert entries_in(html) == ["first_publication"]
    assert "Première publication de la fiche" in html
    assert "Les brouillons n'y figurent jamais." in html


def test_a_significant_update_shows_its_line_and_links_to_its_diff(client, write_up):
    first = write_up.live_revision_id
    revision = publish(
        write_up,
        summary="Les chiffres de la deuxième année",
        results="<p>80 jeunes ont suivi au moins un rendez-vous.</p>",
    )
    html = history_of(client, write_up)
    assert entries_in(html) == ["update", "first_publication"]
    assert "Mise à jour importante" in html
    assert "Les chiffres de la deuxième année" in html
    assert f"?de={first}&amp;a={revision.pk}" in html


def test_a_publication_without_a_line_is_a_minor_correction(client, write_up):
    publish(write_up, summary="", tools="Zoom")
    html = history_of(client, write_up)
    assert entries_in(html) == ["correction", "first_publication"]
    assert "Petite correction" in html
    assert "Mise à jour importante" not in html


def test_a_line_kept_by_the_next_publication_is_announced_once(client, write_up):
    publish(write_up, summary="Une étape pour les mineurs")
    publish(write_up, summary="Une étape pour les mineurs", status="finished")
    html = history_of(client, write_up)
    assert entries_in(html) == ["correction", "update", "first_publication"]
    assert html.count("Une étape pour les mineurs") == 1


def test_the_line_of_an_update_is_escaped(client, write_up):
    publish(write_up, summary="<b>Nouveau</b> public")
    html = history_of(client, write_up)
    assert "&lt;b&gt;Nouveau&lt;/b&gt; public" in html
    assert "<b>Nouveau</b>" not in html


def test_drafts_and_revisions_never_published_are_absent(client, write_up):
    draft = write_up.get_latest_revision_as_object()
    draft.change_summary = "Un brouillon qui ne doit pas paraître"
    draft.summary = "Texte du brouillon"
    unpublished = draft.save_revision()
    html = history_of(client, write_up)
    assert entries_in(html) == ["first_publication"]
    assert "Un brouillon qui ne doit pas paraître" not in html
    # The draft's text cannot be compared either.
    response = client.get(
        compare_url(write_up, write_up.live_revision_id, unpublished.pk)
    )
    assert response.status_code == 404


def test_a_version_published_again_is_not_a_new_entry(client, write_up):
    revision = write_up.live_revision
    write_up.unpublish()
    revision.publish()
    assert (
        PageLogEntry.objects.filter(page=write_up, action="wagtail.publish").count()
        == 2
    )
    assert entries_in(history_of(client, write_up)) == ["first_publication"]


def test_an_approval_through_the_review_workflow_counts_as_a_publication(
    client, experience_index
):
    author = approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")
    coordinator = approved_member(roles.COORDINATION, email="coordination@ml.example")
    page = experience_page(experience_index, owner=author)
    draft = page.get_latest_revision_as_object()
    draft.change_summary = "Une étape ajoutée pour les mineurs"
    draft.save_revision(user=author)
    services.contribution_submit(user=author, page=page)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, coordinator, "approve")

    html = history_of(client, page)
    assert entries_in(html) == ["update", "first_publication"]
    assert "Une étape ajoutée pour les mineurs" in html


def test_a_scheduled_publication_counts_and_its_scheduling_does_not(client, write_up):
    draft = write_up.get_latest_revision_as_object()
    draft.change_summary = "Publiée à la date prévue"
    draft.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled = draft.save_revision()
    scheduled.publish()
    assert PageLogEntry.objects.filter(action="wagtail.publish.schedule").exists()
    assert entries_in(history_of(client, write_up)) == ["first_publication"]
    # The time has come: Wagtail's cron command publishes it.
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    assert PageLogEntry.objects.filter(action="wagtail.publish.scheduled").exists()
    html = history_of(client, write_up)
    assert entries_in(html) == ["update", "first_publication"]
    assert "Publiée à la date prévue" in html


def test_published_follow_ups_are_entries_and_others_are_not(client, write_up):
    for status in FollowUpStatus:
        FollowUp.objects.create(
            page=write_up,
            author=approved_member(roles.CONTRIBUTORS),
            outcome=FollowUpOutcome.CHANGED,
            why=f"Réponse {status.value}",
            experiment_status=ExperienceStatus.RUNNING,
            status=status,
            published_at=timezone.now() if status == FollowUpStatus.PUBLISHED else None,
        )
    html = history_of(client, write_up)
    assert entries_in(html) == ["follow_up", "first_publication"]
    assert "Nous la poursuivons en la modifiant" in html
    assert f'href="{write_up.url}#suivis"' in html


def test_public_maturity_decisions_are_entries_signed_as_the_site_signs_them(
    client, write_up
):
    for action in MaturityAction:
        MaturityDecision.objects.create(
            page=write_up,
            action=action,
            maturity=Maturity.EVALUATED,
            signed_as="la coordination Nouvelle-Aquitaine",
            review_on=datetime.date(2028, 6, 1),
            note="Message interne à l'auteur",
        )
    html = history_of(client, write_up)
    assert entries_in(html).count("maturity") == len(MaturityAction) - 1
    assert "Maturité validée : évaluée" in html
    assert "Par la coordination Nouvelle-Aquitaine, à revoir le 1er juin 2028." in html
    assert "Auteur sollicité" not in html
    assert "Message interne" not in html


def test_entries_of_every_kind_are_merged_newest_first(client, write_up):
    publish(write_up, summary="Une mise à jour")
    now = timezone.now()
    MaturityDecision.objects.create(
        page=write_up,
        action=MaturityAction.VALIDATED,
        maturity=Maturity.EVALUATED,
        decided_at=now + datetime.timedelta(days=2),
    )
    FollowUp.objects.create(
        page=write_up,
        outcome=FollowUpOutcome.KEPT,
        why="Tout va bien.",
        experiment_status=ExperienceStatus.RUNNING,
        status=FollowUpStatus.PUBLISHED,
        published_at=now + datetime.timedelta(days=1),
    )
    assert entries_in(history_of(client, write_up)) == [
        "maturity",
        "follow_up",
        "update",
        "first_publication",
    ]


def test_the_history_is_paginated(client, write_up):
    for number in range(24):
        publish(write_up, summary=f"Mise à jour numéro {number}")
    first = history_of(client, write_up)
    assert len(entries_in(first)) == selectors.HISTORY_PAGE_SIZE
    assert "Mise à jour numéro 23" in first
    assert 'rel="next"' in first
    second = history_of(client, write_up, "?page=2")
    assert entries_in(second) == ["update"] * 4 + ["first_publication"]
    # The last entry of a page still links to the publication before it, which
    # is on the next page.
    older = PageLogEntry.objects.filter(page=write_up, action="wagtail.publish")
    revisions = list(
        older.order_by("timestamp", "pk").values_list("revision", flat=True)
    )
    assert f"?de={revisions[4]}&amp;a={revisions[5]}" in first
    # A page number out of range or unreadable is the last or the first page.
    assert history_of(client, write_up, "?page=999") == second
    assert "Mise à jour numéro 23" in history_of(client, write_up, "?page=abc")
    assert "Mise à jour numéro 23" in history_of(
        client, write_up, "?page=" + "9" * 100_000
    )


# Who may read it


@pytest.mark.parametrize("suffix", ["", "comparer/?de=1&a=2"])
def test_a_private_write_up_has_no_history(client, write_up, suffix):
    PageViewRestriction.objects.create(page=write_up, restriction_type="login")
    response = client.get(f"/experiences/{write_up.slug}/historique/{suffix}")
    assert response.status_code == 404


def test_a_write_up_taken_offline_or_unknown_has_no_history(client, write_up):
    write_up.unpublish()
    assert client.get(f"/experiences/{write_up.slug}/historique/").status_code == 404
    assert client.get("/experiences/aucune-fiche/historique/").status_code == 404


def test_a_member_sees_no_more_than_anyone(client, write_up):
    draft = write_up.get_latest_revision_as_object()
    draft.change_summary = "Brouillon en cours"
    draft.save_revision(user=write_up.owner)
    client.force_login(approved_member(roles.COORDINATION))
    assert "Brouillon en cours" not in history_of(client, write_up)


# The comparison


def test_the_comparison_shows_words_added_and_removed_field_by_field(client, write_up):
    first = write_up.live_revision_id
    second = publish(
        write_up,
        summary="Nouveau titre",
        title="Des permanences en visio <script>alert(1)</script>",
        results="<p>40 jeunes ont suivi au moins deux rendez-vous.</p>",
    )
    response = client.get(compare_url(write_up, first, second.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 id="champ-1">Titre de la fiche</h2>' in html
    assert '<h2 id="champ-2">Résultats</h2>' in html
    # Unchanged fields are left out.
    assert "Contexte" not in html and "Résumé" not in html
    assert (
        '<ins><span class="visually-hidden">ajouté : </span> '
        "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    )
    assert "<script>alert(1)" not in html
    assert "Entre deux versions publiées le " in html
    assert '<del><span class="visually-hidden">retiré : </span>un' in html
    assert '<ins><span class="visually-hidden">ajouté : </span>deux' in html


def test_the_comparison_reads_either_way_round(client, write_up):
    first = write_up.live_revision_id
    second = publish(write_up, results="<p>Tout autre chose.</p>")
    forward = client.get(compare_url(write_up, first, second.pk)).content.decode()
    backward = client.get(compare_url(write_up, second.pk, first)).content.decode()
    comparison = re.compile(r"<h1>.*Retour", re.DOTALL)
    assert comparison.search(forward)[0] == comparison.search(backward)[0]
    assert '<del><span class="visually-hidden">retiré' in forward


def test_the_comparison_gives_the_dates_of_both_versions(client, write_up):
    first = write_up.live_revision_id
    PageLogEntry.objects.filter(page=write_up).update(
        timestamp=datetime.datetime(2025, 3, 3, 10, tzinfo=datetime.UTC)
    )
    second = publish(write_up, summary="Un an après", results="<p>Autre.</p>")
    html = client.get(compare_url(write_up, first, second.pk)).content.decode()
    assert "Entre la version publiée le 3 mars 2025 et celle publiée le " in html
    history = history_of(client, write_up)
    assert "3 mars 2025" in history


def test_a_long_unchanged_passage_is_folded(client, write_up):
    sentence = "Les jeunes viennent en visio depuis la mairie du village. "
    write_up_text = f"<p>{sentence * 20}Fin du premier texte.</p>"
    first = publish(write_up, context=write_up_text)
    second = publish(write_up, context=f"<p>{sentence * 20}Fin du second texte.</p>")
    html = client.get(compare_url(write_up, first.pk, second.pk)).content.decode()
    assert '<details class="history-diff__fold"><summary>Passage inchangé (' in html
    assert html.count(sentence.strip()) < 20


def test_versions_whose_text_is_the_same_say_so(client, write_up):
    first = write_up.live_revision_id
    second = publish(write_up, status=ExperienceStatus.FINISHED)
    html = client.get(compare_url(write_up, first, second.pk)).content.decode()
    assert "Le texte est le même dans ces deux versions" in html


def test_a_comparison_is_kept_until_the_write_up_changes(client, write_up, settings):
    settings.LABO_PAGE_CACHE_SECONDS = 600
    first = write_up.live_revision_id
    second = publish(write_up, results="<p>Tout autre chose.</p>")
    url = compare_url(write_up, first, second.pk)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert not [q for q in captured if "wagtailcore_revision" in q["sql"]]
    PageViewRestriction.objects.create(page=write_up, restriction_type="login")
    assert client.get(url).status_code == 404


def test_a_version_deleted_since_is_not_found(client, write_up):
    first = write_up.live_revision_id
    second = publish(write_up, results="<p>Tout autre chose.</p>")
    Revision.objects.filter(pk=first).delete()
    response = client.get(compare_url(write_up, first, second.pk))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?de=1",
        "?a=1",
        "?de=abc&a=1",
        "?de=1&a=12345678901234567890",
        "?de=-1&a=2",
        "?de=1.5&a=2",
        "?de=1&a=1",
        "?de=" + "9" * 100_000,
    ],
)
def test_unreadable_versions_are_a_bad_request(client, write_up, query):
    response = client.get(f"/experiences/{write_up.slug}/historique/comparer/{query}")
    assert response.status_code == 400
    assert "Comparaison impossible" in response.content.decode()


def test_a_nul_byte_in_a_version_is_a_bad_request(client, write_up):
    response = client.get(
        f"/experiences/{write_up.slug}/historique/comparer/?de=%00&a=1"
    )
    assert response.status_code == 400


def test_versions_of_another_write_up_or_unknown_are_not_found(
    client, experience_index, write_up
):
    other = experience_page(experience_index)
    other_revision = publish(other, summary="Ailleurs")
    mine = publish(write_up, summary="Ici")
    for older, newer in [
        (other.live_revision_id, mine.pk),
        (mine.pk, other_revision.pk),
        (mine.pk, 999_999_999),
    ]:
        response = client.get(compare_url(write_up, older, newer))
        assert response.status_code == 404


# On the write-up's page


def latest_block(page):
    return Template("{% load history %}{% write_up_history_latest page %}").render(
        Context({"page": page})
    )


def test_the_write_up_shows_its_last_three_entries_and_links_to_all(write_up):
    for number in range(4):
        publish(write_up, summary=f"Mise à jour numéro {number}")
    block = latest_block(write_up)
    assert entries_in(block) == ["update"] * 3
    assert "Mise à jour numéro 3" in block and "Mise à jour numéro 0" not in block
    assert f'href="/experiences/{write_up.slug}/historique/"' in block


def test_a_write_up_never_published_shows_no_history(write_up):
    draft = write_up.copy(update_attrs={"slug": "brouillon", "live": False})
    assert latest_block(draft).strip() == ""


def test_the_block_costs_one_query_per_source_with_1_or_30_publications(
    experience_index,
):
    """Publications, follow-ups, maturity decisions: three queries."""
    short = experience_page(experience_index)
    long = experience_page(experience_index)
    for number in range(29):
        publish(long, summary=f"Mise à jour {number}" if number % 2 else "")
    for page in (short, long):
        with CaptureQueriesContext(connection) as captured:
            latest_block(page)
        assert len(captured) == 3


def page_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("member", [False, True])
def test_the_history_costs_the_same_with_1_or_30_publications(
    client, experience_index, settings, member
):
    settings.LABO_PAGE_CACHE_SECONDS = 0
    if member:
        client.force_login(approved_member(roles.CONTRIBUTORS))
    short = experience_page(experience_index)
    long = experience_page(experience_index)
    for number in range(29):
        publish(long, summary=f"Mise à jour {number}" if number % 2 else "")
    assert len(entries_in(history_of(client, long))) == selectors.HISTORY_PAGE_SIZE
    for path in ("historique/", "historique/?page=2"):
        assert page_queries(client, short.url + path) == page_queries(
            client, long.url + path
        ), path
