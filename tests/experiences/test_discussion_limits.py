"""The discussions' limits hold against a member who looks for the way around
them: deleting, editing, linking, reporting, typing odd characters."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test.utils import override_settings

from experiences.discussions import services
from experiences.discussions.admin_forms import ModerationForm
from experiences.discussions.forms import CommentForm, ReportForm
from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    CommentStatus,
    Report,
)
from experiences.discussions.text import comment_html, link_count
from labo.accounts import roles
from tests.experiences.test_discussions import (
    committed,
    post,
    thread_html,
    trusted,
)
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def write_up(experience_index):
    author = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    return experience_page(experience_index, owner=author)


@pytest.fixture
def settled(settings):
    settings.LABO_COMMENT_PREMODERATED = 0


def delete(client, comment):
    response = client.post(f"/discussions/message/{comment.pk}/supprimer/")
    assert response.status_code == 302


# Deleting


@override_settings(LABO_COMMENT_RATE_PER_MINUTE=5)
def test_deleted_messages_still_count_toward_the_rate_limit(client, write_up, settled):
    member = trusted()
    client.force_login(member)
    mail.outbox.clear()
    for number in range(5):
        delete(client, post(member, write_up, f"Message {number}"))
    with pytest.raises(services.DiscussionRefused, match="attendez un peu"):
        post(member, write_up, "Un de trop")
    assert Comment.objects.filter(author=member).count() == 5


def test_a_deleted_message_without_replies_leaves_nothing_in_the_thread(
    client, write_up, settled
):
    member = trusted()
    comment = post(member, write_up, "Message regretté")
    client.force_login(member)
    delete(client, comment)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.DELETED and comment.body == ""
    for viewer in (member, trusted(), approved_member(roles.MODERATION), None):
        client.logout()
        if viewer:
            client.force_login(viewer)
        html = thread_html(client, write_up)
        assert f'id="message-{comment.pk}"' not in html
        assert "Message supprimé" not in html
        assert "0 message" in html


def test_a_deleted_pending_message_does_not_count_as_approved(write_up, settings):
    settings.LABO_COMMENT_PREMODERATED = 1
    newcomer = approved_member(roles.CONTRIBUTORS)
    first = post(newcomer, write_up, "Premier essai")
    assert first.status == CommentStatus.PENDING
    services.comment_delete(user=newcomer, comment=first)
    assert post(newcomer, write_up, "Second essai").status == CommentStatus.PENDING


def test_a_message_hidden_by_the_moderation_stays_as_it_was_for_them(
    client, write_up, settled
):
    member = trusted()
    comment = post(member, write_up, "Un message masqué par la modération")
    services.moderation_hide(
        moderator=approved_member(roles.MODERATION),
        comment=comment,
        reason="Hors charte",
    )
    client.force_login(member)
    delete(client, comment)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    assert comment.body == "Un message masqué par la modération"


# Links


LINKED_BY_URLIZE = [
    "https://a.example",
    "voir www.ex.org",
    "le site ex.org",
    "écrire à contact@ex.org",
    "(http://ex.org/page).",
]


@pytest.mark.parametrize("body", LINKED_BY_URLIZE)
def test_the_link_count_is_what_the_thread_renders_as_links(body):
    assert link_count(body) == comment_html(body).count("<a ") == 1


def test_new_members_may_not_post_bare_domains_and_addresses_past_the_link_limit(
    write_up, settings
):
    settings.LABO_COMMENT_PREMODERATED = 3
    newcomer = approved_member(roles.CONTRIBUTORS)
    with pytest.raises(services.DiscussionRefused, match="1 lien au plus"):
        post(newcomer, write_up, "ex.org, ex.net et contact@ex.org")
    assert not Comment.objects.exists()


# Editing under pre-moderation


def test_an_edit_by_a_member_under_pre_moderation_goes_back_to_the_queue(
    client, write_up, settings
):
    settings.LABO_COMMENT_PREMODERATED = 3
    newcomer = approved_member(roles.CONTRIBUTORS)
    moderator = approved_member(roles.MODERATION)
    comment = post(newcomer, write_up, "Bonjour à tous")
    with committed():
        services.moderation_approve(moderator=moderator, comment=comment)
    mail.outbox.clear()
    client.force_login(newcomer)
    client.post(f"/discussions/message/{comment.pk}/modifier/", {"body": "Voir ex.org"})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert comment.body == "Voir ex.org"
    client.logout()
    assert "ex.org" not in thread_html(client, write_up)
    with committed():
        services.moderation_approve(moderator=moderator, comment=comment)
    # Followers heard of the message when it was first published.
    assert mail.outbox == []


def test_an_edit_by_a_trusted_member_stays_published(write_up, settled):
    member = trusted()
    comment = post(member, write_up, "Bonjour")
    services.comment_edit(user=member, comment=comment, body="Bonjour à tous")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


# Reports


@override_settings(LABO_REPORT_RATE_PER_HOUR=3)
def test_reports_are_rate_limited_per_member(client, write_up, settled):
    comments = [post(trusted(), write_up, f"Message {number}") for number in range(4)]
    client.force_login(trusted())
    for comment in comments:
        response = client.post(
            f"/discussions/message/{comment.pk}/signaler/",
            {"reason": "spam"},
            follow=True,
        )
    assert Report.objects.count() == 3
    assert "3 signalements par heure" in response.content.decode()


# Free text


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Comment, "body"),
        (Comment, "moderation_reason"),
        (Report, "note"),
        (CommentingSuspension, "reason"),
    ],
)
def test_every_free_text_field_of_the_discussions_has_a_maximum_length(model, field):
    model_field = model._meta.get_field(field)
    assert model_field.max_length
    with pytest.raises(ValidationError):
        model_field.clean("x" * (model_field.max_length + 1), None)
    with pytest.raises(ValidationError):
        model_field.clean("a\x01b", None)


def moderation_form(comment, **data):
    return ModerationForm(
        {"action": "hide", "days": 7, **data}, comment=comment, reported=False
    )


@pytest.mark.parametrize("text", ["x" * 20_000, "bip\x07", "nul\x00"])
def test_the_forms_refuse_long_or_control_text_in_french(text, write_up, settled):
    comment = post(trusted(), write_up)
    forms = {
        "body": CommentForm({"kind": "other", "body": text}),
        "note": ReportForm({"reason": "other", "note": text}),
        "reason": moderation_form(comment, reason=text),
    }
    for field, form in forms.items():
        assert not form.is_valid()
        message = form.errors[field][0]
        assert any(word in message for word in ("caractère", "long", "nul")), message


@pytest.mark.parametrize("text", ["bip\x07", "nul\x00", "\x1b[31mrouge"])
def test_control_characters_in_a_message_are_refused_never_a_500(
    client, write_up, settled, text
):
    client.force_login(trusted())
    response = client.post(
        f"/discussions/{write_up.pk}/", {"kind": "other", "body": text}
    )
    assert response.status_code == 200
    assert "caractère" in response.content.decode()
    assert not Comment.objects.exists()
