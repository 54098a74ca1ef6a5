"""Followers' e-mails: sent only while the page is visible, readable by mail
clients as sent, never stopped by an odd title, and an unsubscribe link that a
link scanner cannot click for the member."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from experiences.discussions import services
from experiences.discussions.models import ThreadSubscription
from experiences.discussions.notifications import unsubscribe_token
from labo.accounts import outbox, roles
from labo.accounts.models import OutgoingEmail, OutgoingEmailStatus
from tests.experiences.test_discussions import committed, post, trusted
from tests.factories import approved_member, experience_page

pytestmark = pytest.mark.django_db

CLOSED_SMTP = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
    }
}


@pytest.fixture
def write_up(experience_index, settings):
    settings.LABO_COMMENT_PREMODERATED = 0
    author = approved_member(
        roles.CONTRIBUTORS, display_name="Camille", email="autrice@ml.example"
    )
    return experience_page(experience_index, owner=author)


def unsubscribe_path(page, user):
    token = unsubscribe_token(user_id=user.pk, page_id=page.pk)
    return f"/discussions/desabonnement/{token}/"


def follows(page, user):
    subscription = ThreadSubscription.objects.filter(page=page, user=user).first()
    return subscription.following if subscription else page.owner_id == user.pk


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def make_unpublished(page):
    page.unpublish()


# Visibility, checked when the e-mail leaves


@pytest.mark.parametrize("hide", [make_private, make_unpublished])
def test_followers_get_no_e_mail_about_a_page_that_is_no_longer_visible(
    write_up, hide, settings
):
    settings.MAILERS = CLOSED_SMTP
    post(trusted(), write_up, "Un message confidentiel")
    waiting = OutgoingEmail.objects.filter(status=OutgoingEmailStatus.PENDING)
    assert waiting.count() == 1  # to the page's author, while the mail server fails
    hide(write_up)
    settings.MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    }
    mail.outbox.clear()
    waiting.update(next_attempt_at=timezone.now())
    outbox.emails_send_due()
    assert mail.outbox == []
    assert not OutgoingEmail.objects.filter(status=OutgoingEmailStatus.PENDING).exists()


def test_a_member_who_stopped_following_gets_no_e_mail_still_waiting(
    write_up, settings
):
    settings.MAILERS = CLOSED_SMTP
    post(trusted(), write_up, "Bonjour")
    services.thread_follow(user=write_up.owner, page=write_up, following=False)
    settings.MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    }
    mail.outbox.clear()
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    outbox.emails_send_due()
    assert mail.outbox == []


def test_a_message_approved_on_a_page_gone_private_mails_nobody(write_up, settings):
    settings.LABO_COMMENT_PREMODERATED = 3
    comment = post(approved_member(roles.CONTRIBUTORS), write_up, "En attente")
    make_private(write_up)
    mail.outbox.clear()
    with committed():
        services.moderation_approve(
            moderator=approved_member(roles.MODERATION), comment=comment
        )
    assert mail.outbox == []


# Headers as sent


def test_list_unsubscribe_headers_are_readable_in_the_message_as_sent(write_up):
    mail.outbox.clear()
    post(trusted(), write_up, "Bonjour")
    (message,) = mail.outbox
    link = re.search(r"http://\S+/discussions/desabonnement/\S+/", message.body)[0]
    sent = message.message().as_bytes().decode()
    assert f"\nList-Unsubscribe: <{link}>\n" in sent
    assert "\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n" in sent


def test_a_line_break_in_a_page_title_does_not_stop_follower_e_mails(write_up):
    Page.objects.filter(pk=write_up.pk).update(title="Ateliers\r\nBcc: x@ex.org")
    mail.outbox.clear()
    post(trusted(), write_up, "Bonjour")
    (message,) = mail.outbox
    assert message.subject == "Nouveau message sur « Ateliers Bcc: x@ex.org »"
    assert message.message()["Bcc"] is None
    assert OutgoingEmail.objects.get().status == OutgoingEmailStatus.SENT


# Unsubscribing


def test_opening_the_unsubscribe_link_asks_and_changes_nothing(write_up):
    client = Client()
    path = unsubscribe_path(write_up, write_up.owner)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'method="post"' in html and "Ne plus suivre" in html
    assert client.head(path).status_code == 200
    assert follows(write_up, write_up.owner)


def test_the_one_click_post_of_a_mail_client_unsubscribes_without_csrf_token(
    write_up,
):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        unsubscribe_path(write_up, write_up.owner),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "Vous ne suivez plus cette discussion" in response.content.decode()
    assert not follows(write_up, write_up.owner)


def test_the_confirmation_button_unsubscribes(write_up):
    member = trusted()
    services.thread_follow(user=member, page=write_up)
    client = Client(enforce_csrf_checks=True)
    client.post(unsubscribe_path(write_up, member))
    assert not follows(write_up, member)


def test_a_forged_unsubscribe_link_changes_nothing_on_get_or_post(write_up):
    client = Client()
    path = unsubscribe_path(write_up, write_up.owner)[:-2] + "x/"
    assert client.get(path).status_code == 400
    assert client.post(path).status_code == 400
    assert follows(write_up, write_up.owner)
