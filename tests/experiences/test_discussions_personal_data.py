"""The personal-data check where members write in a thread: posting, replying and
editing come back with the passages marked; sent anyway, a message waits for a
moderator, who sees the same passages in the queue."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experiences.discussions import services
from experiences.discussions.models import Comment, CommentStatus
from labo.accounts import roles
from tests.factories import approved_member, experience_page, totp_activate

pytestmark = pytest.mark.django_db

EMAIL = "kevin.durand@gmail.com"
PHONE = "06 12 34 56 78"
WITH_EMAIL = f"Vous pouvez écrire au jeune directement : {EMAIL}, il répond vite."
WITH_PHONE = f"Appelez-le au {PHONE} avant vendredi."
CLEAN = "Nous avons ouvert une permanence en visio le mardi matin."
QUEUE = "/admin/moderation/"
MARK = '<mark class="personal-data__mark">'
CONFIRM = "Envoyer quand même : la modération relira avant publication"


@pytest.fixture
def write_up(experience_index):
    return experience_page(experience_index)


@pytest.fixture
def trusted(settings):
    """A member past pre-moderation: a clean message is published at once."""
    settings.LABO_COMMENT_PREMODERATED = 0
    return approved_member(roles.CONTRIBUTORS, display_name="Camille")


@pytest.fixture
def moderator_client(client):
    moderator = approved_member(roles.MODERATION, display_name="Modération")
    totp_activate(moderator)
    client.force_login(moderator)
    return client


def committed():
    return TestCase.captureOnCommitCallbacks(execute=True)


def post(client, page, body, **data):
    with committed():
        return client.post(
            f"/discussions/{page.pk}/", {"kind": "other", "body": body, **data}
        )


def marked(html, passage):
    """Whether `passage` is inside a <mark> of the page, with its words for
    screen readers."""
    start = html.find(MARK)
    while start != -1:
        end = html.find("</mark>", start)
        if (
            passage in html[start:end]
            and "début du passage signalé" in (html[start:end])
        ):
            return True
        start = html.find(MARK, end)
    return False


# Posting


def test_a_message_with_personal_data_comes_back_marked_and_nothing_is_saved(
    client, write_up, trusted
):
    client.force_login(trusted)

    response = post(client, write_up, WITH_EMAIL)

    assert response.status_code == 200
    html = response.content.decode()
    assert not Comment.objects.exists()
    assert "contient peut-être des données personnelles d'un jeune" in html
    assert marked(html, EMAIL)
    assert "Réécrire" in html and CONFIRM in html
    # The text is kept in the box, ready to be rewritten.
    assert f"{WITH_EMAIL}</textarea>" in html


def test_a_rewritten_message_is_published(client, write_up, trusted):
    client.force_login(trusted)
    post(client, write_up, WITH_EMAIL)

    response = post(client, write_up, "Vous pouvez écrire au jeune par la plateforme.")

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.personal_data_findings == []


def test_a_confirmed_message_waits_for_a_moderator_even_from_a_trusted_member(
    client, write_up, trusted
):
    client.force_login(trusted)

    response = post(client, write_up, WITH_PHONE, personal_data_confirmed="1")

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert comment.published_at is None
    assert comment.held_for_personal_data
    (finding,) = comment.personal_data_findings
    assert finding["kind"] == "phone"
    assert comment.body[finding["start"] : finding["end"]] == PHONE
    # Kinds and offsets only: no copy of the passage outlives a correction.
    assert PHONE not in str(comment.personal_data_findings)

    own_view = client.get(write_up.url).content.decode()
    assert "En attente de relecture" in own_view
    assert "données personnelles" in own_view
    client.logout()
    assert PHONE not in client.get(write_up.url).content.decode()


def test_a_forged_confirmation_of_a_clean_message_changes_nothing(
    client, write_up, trusted
):
    client.force_login(trusted)

    post(client, write_up, CLEAN, personal_data_confirmed="1")

    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.personal_data_findings == []


def test_a_reply_is_checked_too(client, write_up, trusted):
    question = services.comment_post(user=trusted, page=write_up, body=CLEAN)
    replier = approved_member(roles.CONTRIBUTORS)
    client.force_login(replier)

    response = post(client, write_up, WITH_EMAIL, parent=question.pk)

    html = response.content.decode()
    assert response.status_code == 200
    assert marked(html, EMAIL)
    # The reply form under that message is the one shown open, with the button.
    assert f'id="reponse-{question.pk}-body"' in html and CONFIRM in html
    assert not Comment.objects.filter(parent=question).exists()

    post(
        client,
        write_up,
        WITH_EMAIL,
        parent=question.pk,
        personal_data_confirmed="1",
    )
    reply = Comment.objects.get(parent=question)
    assert reply.held_for_personal_data


def test_with_htmx_the_thread_comes_back_with_the_passages(client, write_up, trusted):
    client.force_login(trusted)

    with committed():
        response = client.post(
            f"/discussions/{write_up.pk}/",
            {"kind": "other", "body": WITH_EMAIL},
            HTTP_HX_REQUEST="true",
        )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="discussion"' in html and marked(html, EMAIL)


def test_the_service_refuses_unconfirmed_personal_data(write_up, trusted):
    with pytest.raises(services.PersonalDataFound) as refused:
        services.comment_post(user=trusted, page=write_up, body=WITH_EMAIL)
    assert [finding.kind for finding in refused.value.findings] == ["email"]
    assert not Comment.objects.exists()


# Editing


def edit(client, comment, body, **data):
    return client.post(
        f"/discussions/message/{comment.pk}/modifier/", {"body": body, **data}
    )


def test_an_edit_with_personal_data_comes_back_marked_and_the_text_is_unchanged(
    client, write_up, trusted
):
    comment = services.comment_post(user=trusted, page=write_up, body=CLEAN)
    client.force_login(trusted)

    response = edit(client, comment, WITH_PHONE)

    html = response.content.decode()
    assert response.status_code == 200
    assert marked(html, PHONE) and CONFIRM in html
    comment.refresh_from_db()
    assert comment.body == CLEAN
    assert comment.status == CommentStatus.PUBLISHED


def test_a_confirmed_edit_takes_a_published_message_back_to_the_queue(
    client, write_up, trusted
):
    comment = services.comment_post(user=trusted, page=write_up, body=CLEAN)
    client.force_login(trusted)

    response = edit(client, comment, WITH_PHONE, personal_data_confirmed="1")

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == WITH_PHONE
    assert comment.status == CommentStatus.PENDING
    assert comment.held_for_personal_data
    client.logout()
    assert PHONE not in client.get(write_up.url).content.decode()


def test_the_author_cannot_publish_a_held_message_by_editing_it(
    client, write_up, trusted
):
    client.force_login(trusted)
    post(client, write_up, WITH_PHONE, personal_data_confirmed="1")
    comment = Comment.objects.get()

    edit(client, comment, CLEAN, personal_data_confirmed="1")

    comment.refresh_from_db()
    assert comment.body == CLEAN
    assert comment.status == CommentStatus.PENDING
    assert comment.personal_data_findings == []


def test_an_edit_cannot_be_confirmed_once_the_window_is_over(client, write_up, trusted):
    comment = services.comment_post(user=trusted, page=write_up, body=CLEAN)
    long_ago = timezone.now() - datetime.timedelta(days=1)
    Comment.objects.filter(pk=comment.pk).update(created_at=long_ago)
    client.force_login(trusted)

    edit(client, comment, WITH_PHONE, personal_data_confirmed="1")

    comment.refresh_from_db()
    assert comment.body == CLEAN and comment.status == CommentStatus.PUBLISHED


# Moderation


def held(page, author, body=WITH_EMAIL):
    return services.comment_post(
        user=author, page=page, body=body, personal_data_confirmed=True
    )


def test_the_queue_lists_a_held_message_with_its_passage_marked(
    moderator_client, write_up, trusted
):
    comment = held(write_up, trusted)

    html = moderator_client.get(QUEUE).content.decode()

    assert f'href="{QUEUE}edit/{comment.pk}/"' in html
    assert "Retenu avant publication" in html
    assert marked(html, EMAIL)
    assert 'data-label="Données personnelles possibles"' in html


def test_the_decision_page_marks_the_passages_and_approval_publishes(
    moderator_client, write_up, trusted
):
    comment = held(write_up, trusted)

    html = moderator_client.get(f"{QUEUE}edit/{comment.pk}/").content.decode()

    assert "Données personnelles possibles" in html
    assert "Message retenu avant publication" in html
    assert marked(html, EMAIL)
    moderator_client.post(
        f"{QUEUE}edit/{comment.pk}/", {"action": "approve", "reason": ""}
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


def test_editing_out_the_passage_forgets_the_findings(
    moderator_client, write_up, trusted
):
    comment = held(write_up, trusted)

    moderator_client.post(
        f"{QUEUE}edit/{comment.pk}/",
        {
            "action": "edit_out",
            "reason": "Adresse d'un jeune retirée.",
            "body": "Vous pouvez écrire au jeune directement, il répond vite.",
        },
    )

    comment.refresh_from_db()
    assert comment.edited_by_moderation
    assert comment.personal_data_findings == []
    html = moderator_client.get(f"{QUEUE}edit/{comment.pk}/").content.decode()
    assert MARK not in html


def test_stale_offsets_mark_nothing(moderator_client, write_up, trusted):
    comment = held(write_up, trusted)
    Comment.objects.filter(pk=comment.pk).update(body="Court.")

    response = moderator_client.get(QUEUE)

    assert response.status_code == 200
    assert MARK not in response.content.decode()


def test_queue_queries_do_not_grow_with_the_number_of_held_messages(
    moderator_client, experience_index, trusted, settings
):
    settings.LABO_COMMENT_RATE_PER_MINUTE = 1000
    settings.LABO_COMMENT_RATE_PER_DAY = 1000

    def add(count):
        for _ in range(count):
            held(experience_page(experience_index), trusted)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = moderator_client.get(QUEUE)
        assert response.status_code == 200
        return len(captured), len(response.context["object_list"])

    add(3)
    moderator_client.get(QUEUE)  # caches warm up
    few, rows = queries()
    assert rows == 3
    add(12)
    many, rows = queries()
    assert rows == 15
    assert many == few


def test_a_moderator_is_held_too_when_confirming(client, write_up):
    moderator = approved_member(roles.MODERATION)
    moderator.groups.add(Group.objects.get(name=roles.MODERATION))

    comment = held(write_up, moderator)

    assert comment.status == CommentStatus.PENDING
