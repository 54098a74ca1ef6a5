"""Discussion threads: posting, replies, answers, editing, reporting, following,
and what each kind of visitor sees."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from django.utils.html import escape, urlize
from wagtail.models import ModelLogEntry

from experiences.discussions import services
from experiences.discussions.models import (
    Comment,
    CommentingSuspension,
    CommentKind,
    CommentStatus,
    Report,
    ThreadSubscription,
)
from experiences.discussions.notifications import unsubscribe_token
from experiences.discussions.text import linkify
from labo.accounts import roles
from labo.accounts.services import account_delete
from labo.member_data import personal_data_export
from search.query import SearchQuery
from search.service import search_pages
from tests.factories import UserFactory, approved_member, department, experience_page

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">clic</a>',
    "<a href='jav&#x09;ascript:alert(1)'>clic</a>",
    "javascript:alert(1)",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<base href=javascript:alert(1)//>",
    "<isindex action=javascript:alert(1) type=image>",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    '<a href="https://ex.org" onclick="alert(1)">lien</a>',
    'https://ex.org/"onmouseover="alert(1)',
    "www.ex.org/<script>alert(1)</script>",
    "<textarea></textarea><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]


class MarkupCollector(HTMLParser):
    """Every tag and attribute inside the message bodies of a page."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # > 0 while inside a comment body
        self.tags = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in {"br"}
            self.tags.append((tag, dict(attrs)))
        elif ("class", "comment__body") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag != "br":
            self.depth -= 1


@pytest.fixture
def write_up(experience_index):
    author = approved_member(roles.CONTRIBUTORS, display_name="Camille")
    return experience_page(experience_index, owner=author)


def trusted(*groups, **fields):
    """A member past pre-moderation: their messages are published at once."""
    return approved_member(roles.CONTRIBUTORS, *groups, **fields)


@pytest.fixture
def settled(settings):
    settings.LABO_COMMENT_PREMODERATED = 0


def post(user, page, body="Combien de jeunes sont venus ?", **fields):
    with committed():
        return services.comment_post(user=user, page=page, body=body, **fields)


def committed():
    """Runs what waits for the commit (e-mail tasks) when the block ends: tests
    run inside a transaction that is never committed."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def thread_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


# Posting, replies, kinds, answers


def test_a_member_posts_through_the_form_and_is_back_on_the_page(
    client, write_up, settled
):
    member = trusted()
    client.force_login(member)
    response = client.post(
        f"/discussions/{write_up.pk}/",
        {"kind": "tested", "territory": department("33").pk, "body": "Testé ici."},
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{write_up.url}#message-{comment.pk}"
    assert comment.kind == CommentKind.TESTED
    assert comment.territory == department("33")
    html = thread_html(client, write_up)
    assert "Testé ici." in html and "Testé à : Gironde" in html


def test_form_errors_are_in_french_and_the_text_is_kept(client, write_up, settled):
    client.force_login(trusted())
    response = client.post(
        f"/discussions/{write_up.pk}/", {"kind": "tested", "body": "Mon texte gardé"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Indiquez le territoire où vous avez testé la pratique." in html
    assert "Mon texte gardé" in html
    assert not Comment.objects.exists()

    too_long = client.post(
        f"/discussions/{write_up.pk}/", {"kind": "other", "body": "x" * 4001}
    )
    assert "Votre message est trop long : 4000 caractères au plus" in (
        too_long.content.decode()
    )
    empty = client.post(f"/discussions/{write_up.pk}/", {"kind": "other", "body": ""})
    assert "Écrivez votre message avant de l&#x27;envoyer." in empty.content.decode()
    assert not Comment.objects.exists()


def test_the_honeypot_stops_robots(client, write_up, settled):
    client.force_login(trusted())
    response = client.post(
        f"/discussions/{write_up.pk}/",
        {"kind": "other", "body": "Achetez !", "website": "http://spam.example"},
    )
    assert "ressemble à un envoi automatique" in response.content.decode()
    assert not Comment.objects.exists()


def test_replies_have_one_level_and_move_the_thread_up(write_up, settled):
    first = post(trusted(), write_up, "Premier fil")
    second = post(trusted(), write_up, "Second fil")
    reply = post(trusted(), write_up, "Une réponse", parent=first)
    first.refresh_from_db()
    assert reply.parent == first and reply.kind == CommentKind.OTHER
    assert first.last_activity_at >= second.last_activity_at
    with pytest.raises(services.DiscussionRefused):
        post(trusted(), write_up, "Réponse à une réponse", parent=reply)
    other_page = experience_page(write_up.get_parent())
    with pytest.raises(services.DiscussionRefused):
        post(trusted(), other_page, "Ailleurs", parent=first)


def test_threads_sort_by_activity_or_date_and_the_choice_is_remembered(
    client, write_up, settled
):
    old = post(trusted(), write_up, "Ancien fil")
    post(trusted(), write_up, "Récent fil")
    post(trusted(), write_up, "Réponse qui remonte l'ancien", parent=old)
    html = thread_html(client, write_up)
    assert html.index("Ancien fil") < html.index("Récent fil")
    html = client.get(f"{write_up.url}?ordre=chronologique").content.decode()
    assert html.index("Ancien fil") < html.index("Récent fil")
    Comment.objects.filter(pk=old.pk).update(
        created_at=timezone.now() + datetime.timedelta(hours=1)
    )
    remembered = thread_html(client, write_up)
    assert remembered.index("Récent fil") < remembered.index("Ancien fil")
    assert '<strong aria-current="true">Ordre chronologique</strong>' in remembered
    # A made-up order falls back to the default instead of failing.
    assert client.get(f"{write_up.url}?ordre=nimportequoi").status_code == 200


def test_the_thread_paginates_past_fifty(client, write_up, settled):
    member = trusted()
    Comment.objects.bulk_create(
        Comment(
            page=write_up,
            author=member,
            body=f"Fil numéro {n}",
            last_activity_at=timezone.now() - datetime.timedelta(minutes=n),
        )
        for n in range(55)
    )
    first = thread_html(client, write_up)
    assert "Fil numéro 49<" in first and "Fil numéro 50<" not in first
    assert "Page 1 sur 2" in first
    second = client.get(f"{write_up.url}?discussion=2").content.decode()
    assert "Fil numéro 54<" in second and "Fil numéro 0<" not in second
    assert client.get(f"{write_up.url}?discussion=abc").status_code == 200


def test_the_page_author_or_a_coordinator_marks_the_answer(client, write_up, settled):
    question = post(trusted(), write_up, "Quel outil ?", kind=CommentKind.QUESTION)
    first = post(trusted(), write_up, "Peut-être Teams", parent=question)
    second = post(trusted(), write_up, "Nous, Webex", parent=question)
    with pytest.raises(services.DiscussionRefused):
        services.comment_mark_answer(user=trusted(), comment=first)

    client.force_login(write_up.owner)
    client.post(f"/discussions/message/{first.pk}/reponse/", {"is_answer": "1"})
    first.refresh_from_db()
    assert first.is_answer
    assert "Répondue" in thread_html(client, write_up)

    coordinator = trusted(roles.COORDINATION)
    services.comment_mark_answer(user=coordinator, comment=second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.is_answer and not first.is_answer  # one answer per question

    other = post(trusted(), write_up, "Remarque", kind=CommentKind.OTHER)
    reply = post(trusted(), write_up, "Réponse", parent=other)
    with pytest.raises(services.DiscussionRefused):
        services.comment_mark_answer(user=write_up.owner, comment=reply)


# Editing and deleting


def test_the_author_edits_within_the_window_and_the_edit_shows(
    client, write_up, settled
):
    member = trusted()
    comment = post(member, write_up, "Premièr version")
    client.force_login(member)
    client.post(f"/discussions/message/{comment.pk}/modifier/", {"body": "Version"})
    comment.refresh_from_db()
    assert comment.body == "Version" and comment.edited_at is not None
    assert "· modifié" in thread_html(client, write_up)

    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=16)
    )
    response = client.post(
        f"/discussions/message/{comment.pk}/modifier/", {"body": "Trop tard"}
    )
    assert "ne se modifie que pendant 15 minutes" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Version"


def test_someone_elses_message_cannot_be_edited_or_deleted(client, write_up, settled):
    comment = post(trusted(), write_up, "Le mien")
    client.force_login(trusted())
    for action in ("modifier", "supprimer"):
        url = f"/discussions/message/{comment.pk}/{action}/"
        assert client.post(url, {"body": "Pris"}).status_code == 404
    assert Comment.objects.get().body == "Le mien"


def test_deleting_keeps_a_placeholder_when_there_are_replies(client, write_up, settled):
    member = trusted()
    lonely = post(member, write_up, "Sans réponse")
    answered = post(member, write_up, "Avec réponse")
    post(trusted(), write_up, "La réponse", parent=answered)
    client.force_login(member)
    client.post(f"/discussions/message/{lonely.pk}/supprimer/")
    client.post(f"/discussions/message/{answered.pk}/supprimer/")
    for comment in (lonely, answered):
        comment.refresh_from_db()
        assert comment.status == CommentStatus.DELETED and comment.body == ""
    html = thread_html(client, write_up)
    assert html.count("Message supprimé par son auteur.") == 1
    assert "La réponse" in html and f'id="message-{lonely.pk}"' not in html


# Escaping


def test_no_payload_ever_renders_as_markup(client, write_up, settled):
    assert len(XSS_PAYLOADS) >= 30
    member = trusted()
    for payload in XSS_PAYLOADS:
        Comment.objects.create(
            page=write_up,
            author=member,
            body=f"Essai {payload} fin",
            last_activity_at=timezone.now(),
        )
    html = thread_html(client, write_up)
    assert html.count("Essai ") == len(XSS_PAYLOADS)
    collector = MarkupCollector()
    collector.feed(html)
    for tag, attrs in collector.tags:
        assert tag in {"p", "br", "a"}, (tag, attrs)
        assert set(attrs) <= {"href", "rel"}, (tag, attrs)
        assert attrs.get("href", "https:").startswith(("https:", "http:")), attrs
    # Plain links still work, with a rel that gives them no weight.
    post(trusted(), write_up, "Voir https://www.education.gouv.fr/guide")
    assert (
        '<a href="https://www.education.gouv.fr/guide" rel="nofollow ugc noopener">'
        in thread_html(client, write_up)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Un atelier sans lien, avec ponctuation : « oui » ; (non) !",
        "Voir https://www.education.gouv.fr/guide.",
        "Écrire à contact@ml-exemple.fr ou passer par www.1jeune1solution.gouv.fr",
        "Le site exemple.org (et http://a.b/c?d=1&e=2) <b>gras</b>",
        "Deux lignes\nsans adresse",
    ],
)
def test_comment_text_reads_the_same_whether_urlize_is_skipped_or_not(text):
    # The fast path skips urlize only where urlize would change nothing.
    escaped = escape(text)
    assert linkify(escaped) == urlize(escaped, trim_url_limit=60, nofollow=False)


# Pre-moderation, reports


def test_a_new_members_first_messages_wait_for_moderation(client, write_up, settings):
    settings.LABO_COMMENT_PREMODERATED = 3
    newcomer = approved_member(roles.CONTRIBUTORS)
    moderator = approved_member(roles.MODERATION)
    statuses = []
    for number in range(4):
        comment = post(newcomer, write_up, f"Message {number}")
        statuses.append(comment.status)
        if comment.status == CommentStatus.PENDING:
            services.moderation_approve(moderator=moderator, comment=comment)
    assert statuses == [CommentStatus.PENDING] * 3 + [CommentStatus.PUBLISHED]
    # Editorial roles skip pre-moderation.
    assert post(approved_member(roles.COORDINATION), write_up).is_visible
    assert post(moderator, write_up).is_visible


def test_pending_and_hidden_messages_show_only_to_their_author_and_moderators(
    client, write_up, settings
):
    settings.LABO_COMMENT_PREMODERATED = 1
    author = approved_member(roles.CONTRIBUTORS)
    pending = post(author, write_up, "Message en attente")
    hidden = post(trusted(), write_up, "Message masqué")
    services.moderation_hide(
        moderator=approved_member(roles.MODERATION),
        comment=hidden,
        reason="Hors sujet",
    )
    anonymous = thread_html(client, write_up)
    assert "Message en attente" not in anonymous and "Message masqué" not in anonymous
    client.force_login(trusted())
    other = thread_html(client, write_up)
    assert "Message en attente" not in other and "Message masqué" not in other

    client.force_login(author)
    own = thread_html(client, write_up)
    assert "Message en attente" in own and "En attente de modération" in own
    client.force_login(hidden.author)
    assert "Masqué par la modération : Hors sujet" in thread_html(client, write_up)
    client.force_login(approved_member(roles.MODERATION))
    moderator = thread_html(client, write_up)
    assert "Message en attente" in moderator and "Message masqué" in moderator
    # Nor can anyone else reach them by their URL.
    client.force_login(trusted())
    assert client.get(f"/discussions/message/{pending.pk}/signaler/").status_code == 404
    # Search does not index messages at all: neither shows up there.
    for words in ("attente", "masqué"):
        results = search_pages(SearchQuery(text=f"Message {words}"))
        assert all("Message" not in hit.title for hit in results.hits)


def test_three_distinct_reports_hide_a_message_and_a_member_reports_once(
    client, write_up, settled
):
    comment = post(trusted(), write_up, "Message litigieux")
    reporters = [trusted() for _ in range(3)]
    client.force_login(reporters[0])
    client.post(f"/discussions/message/{comment.pk}/signaler/", {"reason": "off_topic"})
    response = client.post(
        f"/discussions/message/{comment.pk}/signaler/",
        {"reason": "spam"},
        follow=True,
    )
    assert "Vous avez déjà signalé ce message." in response.content.decode()
    assert Report.objects.count() == 1
    services.comment_report(user=reporters[1], comment=comment, reason="spam")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    services.comment_report(
        user=reporters[2], comment=comment, reason="personal_data", note="Un nom"
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    entry = ModelLogEntry.objects.get(action="labo.comment.auto_hide")
    assert entry.object_id == str(comment.pk) and entry.user is None
    assert "Message litigieux" not in thread_html(client.__class__(), write_up)


def test_reporting_rules(client, write_up, settled):
    author = trusted()
    comment = post(author, write_up, "Mon message")
    with pytest.raises(services.DiscussionRefused, match="propre message"):
        services.comment_report(user=author, comment=comment, reason="spam")
    pending_account = UserFactory()
    with pytest.raises(services.DiscussionRefused, match="validé"):
        services.comment_report(user=pending_account, comment=comment, reason="spam")
    client.force_login(trusted())
    response = client.post(
        f"/discussions/message/{comment.pk}/signaler/", {"reason": "other"}
    )
    assert "Précisez la raison du signalement." in response.content.decode()
    assert not Report.objects.exists()


# Who may post


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 302),
        ("pending", 200),
        ("member", 302),
        ("author", 302),
        ("moderator", 302),
        ("suspended", 200),
    ],
)
def test_who_may_post(client, write_up, settled, who, expected):
    accounts = {
        "anonymous": None,
        "pending": UserFactory(),
        "member": trusted(),
        "author": write_up.owner,
        "moderator": approved_member(roles.MODERATION),
        "suspended": trusted(),
    }
    user = accounts[who]
    if who == "suspended":
        CommentingSuspension.objects.create(
            user=user,
            until=timezone.now() + datetime.timedelta(days=3),
            reason="Propos blessants",
        )
    if user:
        client.force_login(user)
    response = client.post(
        f"/discussions/{write_up.pk}/", {"kind": "other", "body": "Bonjour"}
    )
    assert response.status_code == expected
    stored = Comment.objects.exists()
    assert stored == (who in {"member", "author", "moderator"})
    if who == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    if who == "pending":
        assert "attend sa validation" in response.content.decode()
    if who == "suspended":
        assert "suspendue jusqu&#x27;au" in response.content.decode()
        assert "Propos blessants" in response.content.decode()


def test_drafts_and_unknown_pages_have_no_thread(client, write_up, settled):
    client.force_login(trusted())
    write_up.unpublish()
    assert client.post(f"/discussions/{write_up.pk}/", {"body": "x"}).status_code == (
        404
    )
    assert client.post("/discussions/999999/", {"body": "x"}).status_code == 404
    home = write_up.get_parent().get_parent()
    assert client.post(f"/discussions/{home.pk}/", {"body": "x"}).status_code == 404
    assert client.get(f"/discussions/{write_up.pk}/").status_code == 405


@override_settings(LABO_COMMENT_RATE_PER_MINUTE=2, LABO_COMMENT_RATE_PER_DAY=3)
def test_rate_limits_give_a_clear_message(client, write_up, settled):
    member = trusted()
    post(member, write_up)
    post(member, write_up)
    with pytest.raises(services.DiscussionRefused, match="attendez un peu"):
        post(member, write_up)
    Comment.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    post(member, write_up)
    client.force_login(member)
    response = client.post(
        f"/discussions/{write_up.pk}/", {"kind": "other", "body": "Encore"}
    )
    assert "limite de 3 messages par jour" in response.content.decode()
    assert Comment.objects.count() == 3


def test_new_members_may_post_one_link(write_up, settings):
    settings.LABO_COMMENT_PREMODERATED = 3
    newcomer = approved_member(roles.CONTRIBUTORS)
    post(newcomer, write_up, "Voir https://ex.org")
    with pytest.raises(services.DiscussionRefused, match="1 lien au plus"):
        post(newcomer, write_up, "https://a.example et https://b.example")
    settings.LABO_COMMENT_PREMODERATED = 0
    post(newcomer, write_up, "https://a.example et https://b.example")


def test_every_comment_form_links_the_charter(client, write_up, settled):
    client.force_login(trusted())
    assert 'href="/charte/">charte des discussions</a>' in thread_html(client, write_up)


# Following and notifications


def test_followers_get_an_email_with_a_one_click_unsubscribe(client, write_up, settled):
    follower = trusted(email="suiveur@ml.example")
    services.thread_follow(user=follower, page=write_up)
    writer = trusted(email="ecrivain@ml.example")
    mail.outbox.clear()
    post(writer, write_up, "Nous l'avons testé à Pau.")
    recipients = sorted(message.to[0] for message in mail.outbox)
    # The page's author follows their own write-up; the writer is not told.
    assert recipients == sorted([follower.email, write_up.owner.email])
    message = next(m for m in mail.outbox if m.to == [follower.email])
    assert "Nous l'avons testé à Pau." in message.body
    assert message.subject == f"Nouveau message sur « {write_up.title} »"
    link = re.search(r"http://\S+/discussions/desabonnement/\S+/", message.body)[0]
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"

    # The link asks first (see test_discussion_emails); the confirmation posts.
    response = client.post(link.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    assert "Vous ne suivez plus cette discussion" in response.content.decode()
    mail.outbox.clear()
    post(writer, write_up, "Un autre message")
    assert [m.to for m in mail.outbox] == [[write_up.owner.email]]


def test_unsubscribe_links_cannot_be_forged(client, write_up):
    token = unsubscribe_token(user_id=write_up.owner_id, page_id=write_up.pk)
    assert client.get(f"/discussions/desabonnement/{token}x/").status_code == 400
    assert client.get("/discussions/desabonnement/nimportequoi/").status_code == 400
    assert not ThreadSubscription.objects.exists()
    # A mail client's one-click POST works without a CSRF token.
    client.post(f"/discussions/desabonnement/{token}/")
    assert not ThreadSubscription.objects.get(user=write_up.owner).following


def test_follow_and_unfollow_from_the_page(client, write_up, settled):
    member = trusted()
    client.force_login(member)
    client.post(f"/discussions/{write_up.pk}/suivre/", {"suivre": "1"})
    assert "Ne plus suivre cette discussion" in thread_html(client, write_up)
    client.post(f"/discussions/{write_up.pk}/suivre/", {"suivre": "0"})
    assert "Suivre cette discussion" in thread_html(client, write_up)
    mail.outbox.clear()
    first_writer = trusted()
    post(first_writer, write_up)
    assert [m.to for m in mail.outbox] == [[write_up.owner.email]]
    # The author can stop following their own write-up too; whoever writes in a
    # thread follows it.
    services.thread_follow(user=write_up.owner, page=write_up, following=False)
    mail.outbox.clear()
    post(trusted(), write_up)
    assert [m.to for m in mail.outbox] == [[first_writer.email]]


def test_pending_messages_notify_only_once_approved(write_up, settings):
    settings.LABO_COMMENT_PREMODERATED = 3
    mail.outbox.clear()
    comment = post(approved_member(roles.CONTRIBUTORS), write_up)
    assert mail.outbox == []
    with committed():
        services.moderation_approve(
            moderator=approved_member(roles.MODERATION), comment=comment
        )
    assert [m.to for m in mail.outbox] == [[write_up.owner.email]]


@override_settings(
    MAILERS={
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
)
def test_a_mail_server_failure_loses_no_message(client, write_up, settled, caplog):
    client.force_login(trusted())
    with committed():
        response = client.post(
            f"/discussions/{write_up.pk}/", {"kind": "other", "body": "Toujours là"}
        )
    assert response.status_code == 302
    assert Comment.objects.get().body == "Toujours là"
    assert "E-mail not sent" in caplog.text


# Personal data


def test_export_lists_messages_and_reports_and_deletion_keeps_them_anonymous(
    client, write_up, settled
):
    member = trusted()
    comment = post(member, write_up, "Mon retour d'expérience")
    services.comment_report(
        user=member, comment=post(trusted(), write_up, "Autre"), reason="spam"
    )
    data = personal_data_export(user=member)
    assert data["messages"][0]["message"] == "Mon retour d'expérience"
    assert data["signalements"][0]["raison"] == "Publicité ou spam"
    account_delete(user=member)
    comment.refresh_from_db()
    assert comment.author is None
    assert "Ancien membre" in thread_html(client, write_up)


# Performance


def test_thread_queries_do_not_grow_with_the_number_of_messages(
    client, write_up, settled
):
    member = trusted()
    client.force_login(member)

    def add(count):
        authors = [trusted() for _ in range(5)]
        for number in range(count):
            parent = Comment.objects.create(
                page=write_up,
                author=authors[number % 5],
                kind=CommentKind.QUESTION,
                body=f"Question {number}",
                last_activity_at=timezone.now(),
            )
            Comment.objects.create(
                page=write_up,
                author=authors[(number + 1) % 5],
                parent=parent,
                body="Réponse",
                last_activity_at=timezone.now(),
            )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(write_up.url).status_code == 200
        return len(captured)

    add(5)
    queries()  # the first request also looks up the site, then cached
    few = queries()
    add(95)  # 100 threads and 100 replies: 200 messages
    assert queries() == few
