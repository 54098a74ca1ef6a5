"""CSRF: every form carries its token, every POST without one is refused with a
page that explains what happened, and nothing is stored from it."""

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from PIL import Image as PILImage
from rest_framework.views import APIView
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.test.utils.form_data import streamfield as stream_data

from experiences.discussions.models import (
    Comment,
    CommentKind,
    CommentStatus,
    Report,
    ThreadSubscription,
)
from experiences.discussions.notifications import unsubscribe_token
from experiences.models import ExperiencePage
from labo.accounts import roles
from labo.models import StandardPage
from tests.factories import (
    approved_member,
    department,
    experience_page,
    staff_with_mfa,
    totp_activate,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Un mot de passe solide 2026"
TOKEN = "csrfmiddlewaretoken"
REFUSAL = "Ce formulaire a expiré"
HEADER = "HTTP_X_CSRFTOKEN"
# Wagtail's editing-session form, which its script posts with the token in the
# X-CSRFToken header rather than in a field.
SCRIPTED = "data-w-swap-src-value"


class FormCollector(HTMLParser):
    """The POST forms of a page, with their hidden token, and every htmx element
    that posts."""

    def __init__(self):
        super().__init__()
        self.forms = []  # [action, has_token, URL the admin's script posts to]
        self.htmx_posts = []  # (tag, is_post_form)
        self.in_post_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        is_post_form = tag == "form" and (attrs.get("method") or "").lower() == "post"
        if is_post_form:
            self.forms.append([attrs.get("action", ""), False, attrs.get(SCRIPTED)])
            self.in_post_form = True
        elif tag == "form":
            self.in_post_form = False
        if "hx-post" in attrs:
            self.htmx_posts.append((tag, is_post_form))
        if (
            tag == "input"
            and attrs.get("name") == TOKEN
            and attrs.get("value")
            and self.in_post_form
        ):
            self.forms[-1][1] = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_post_form = False


def post_forms(html):
    collector = FormCollector()
    collector.feed(html)
    return collector


def token_of(client, url):
    """The token of the first POST form on the page, as the browser would send it."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    start = html.index(f'name="{TOKEN}" value="') + len(f'name="{TOKEN}" value="')
    return html[start : html.index('"', start)]


def member(*groups, email):
    """An approved member whose e-mail is verified, so that allauth lets them in."""
    user = approved_member(roles.CONTRIBUTORS, *groups, username=email, email=email)
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def sign_in(client, user):
    """A real sign-in through allauth's form (with its token), so that pages asking
    for a recent authentication open."""
    token = token_of(client, "/accounts/login/")
    response = client.post(
        "/accounts/login/", {"login": user.email, "password": PASSWORD, TOKEN: token}
    )
    assert response.status_code == 302


def reauthenticate(client):
    """allauth asks for the password again before adding a second factor."""
    token = token_of(client, "/accounts/reauthenticate/")
    response = client.post(
        "/accounts/reauthenticate/", {"password": PASSWORD, TOKEN: token}
    )
    assert response.status_code == 302


def png_upload(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def page_form_data(page, **overrides):
    """A standard page as the Wagtail editor posts it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": "Un chapeau revu.",
        "body": stream_data([("paragraph", rich_text("<p>Le texte de la page.</p>"))]),
        "comments": inline_formset([]),
        **overrides,
    }
    return nested_form_data(data)


def message(page, **fields):
    return Comment.objects.create(page=page, last_activity_at=timezone.now(), **fields)


@pytest.fixture
def world(site_tree, settings):
    """A published write-up with a thread, its author, a member who took part,
    a moderator, an administrator, and the member's draft."""
    settings.LABO_COMMENT_PREMODERATED = 0
    author = member(email="auteur@ml.example")
    camille = member(email="camille@ml.example")
    moderator = member(roles.MODERATION, email="moderation@ml.example")
    totp_activate(moderator)
    write_up = experience_page(site_tree["experiences"], owner=author)
    question = message(
        write_up,
        author=camille,
        kind=CommentKind.QUESTION,
        body="Combien de jeunes sont venus ?",
    )
    reply = message(
        write_up,
        author=camille,
        parent=question,
        body="Une quarantaine.",
    )
    by_author = message(
        write_up,
        author=author,
        body="Merci de vos retours.",
    )
    pending = message(
        write_up,
        author=camille,
        body="Un message en attente.",
        status=CommentStatus.PENDING,
    )
    writer = Client()
    writer.force_login(camille)
    writer.post(
        "/contribuer/nouvelle/",
        {"title": "Mon brouillon", "territory": department("33").pk, "action": "save"},
    )
    draft = ExperiencePage.objects.get(owner=camille)
    return {
        "author": author,
        "camille": camille,
        "moderator": moderator,
        "admin": staff_with_mfa(is_superuser=True, email="admin@ml.example"),
        "write_up": write_up,
        "question": question,
        "reply": reply,
        "by_author": by_author,
        "pending": pending,
        "draft": draft,
        "charter": StandardPage.objects.get(slug="charte"),
    }


@dataclass
class Case:
    """A form: who fills it in, where it is shown, where it posts, what it sends,
    and what it changes in the database."""

    user: str | None
    form: str
    data: Callable[[], dict]
    stored: Callable[[Client], Any]
    action: str = ""
    real_sign_in: bool = False
    extra: dict = field(default_factory=dict)


def last_revision_title(page):
    return Page.objects.get(pk=page.pk).get_latest_revision().as_object().title


def case_for(name, world):
    page, camille = world["write_up"], world["camille"]
    users = get_user_model().objects
    thread = f"/discussions/{page.pk}/"
    draft = world["draft"]
    charter = world["charter"]
    cases = {
        "login": Case(
            user=None,
            form="/accounts/login/",
            data=lambda: {"login": camille.email, "password": PASSWORD},
            stored=lambda client: users.get(pk=camille.pk).last_login,
        ),
        "signup": Case(
            user=None,
            form="/accounts/signup/",
            data=lambda: {
                "email": "nouveau@ml.example",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
            stored=lambda client: users.filter(email="nouveau@ml.example").count(),
        ),
        "password reset": Case(
            user=None,
            form="/accounts/password/reset/",
            data=lambda: {"email": camille.email},
            stored=lambda client: len(mail.outbox),
        ),
        "logout": Case(
            user="camille",
            form="/accounts/logout/",
            data=dict,
            stored=lambda client: client.session.get("_auth_user_id"),
        ),
        "e-mail address": Case(
            user="camille",
            real_sign_in=True,
            form="/accounts/email/",
            data=lambda: {"action_add": "", "email": "camille@unml.info"},
            stored=lambda client: EmailAddress.objects.filter(user=camille).count(),
        ),
        "password change": Case(
            user="camille",
            real_sign_in=True,
            form="/accounts/password/change/",
            data=lambda: {
                "oldpassword": PASSWORD,
                "password1": "Une autre phrase secrète 2027",
                "password2": "Une autre phrase secrète 2027",
            },
            stored=lambda client: users.get(pk=camille.pk).password,
        ),
        "profile": Case(
            user="camille",
            form="/profil/",
            data=lambda: {"display_name": "Camille B.", "bio": ""},
            stored=lambda client: users.get(pk=camille.pk).profile.display_name,
        ),
        "account deletion": Case(
            user="camille",
            form="/profil/supprimer/",
            data=lambda: {"confirm": "on", "password": PASSWORD},
            stored=lambda client: users.filter(pk=camille.pk).exists(),
        ),
        "contribution create": Case(
            user="camille",
            form="/contribuer/nouvelle/",
            data=lambda: {
                "title": "Une nouvelle fiche",
                "territory": department("33").pk,
                "action": "save",
            },
            stored=lambda client: ExperiencePage.objects.count(),
        ),
        "contribution edit": Case(
            user="camille",
            form=f"/contribuer/{draft.pk}/",
            data=lambda: {
                "title": "Mon brouillon revu",
                "territory": department("33").pk,
                "action": "save",
            },
            stored=lambda client: last_revision_title(draft),
        ),
        "contribution autosave": Case(
            user="camille",
            form=f"/contribuer/{draft.pk}/",
            action=f"/contribuer/{draft.pk}/autosave/",
            data=lambda: {"title": "Repris", "territory": department("33").pk},
            stored=lambda client: last_revision_title(draft),
        ),
        "comment": Case(
            user="camille",
            form=page.url,
            action=thread,
            data=lambda: {"kind": "other", "body": "Un nouveau message."},
            stored=lambda client: Comment.objects.count(),
        ),
        "reply": Case(
            user="camille",
            form=page.url,
            action=thread,
            data=lambda: {"parent": world["question"].pk, "body": "Une précision."},
            stored=lambda client: world["question"].replies.count(),
        ),
        "follow": Case(
            user="camille",
            form=page.url,
            action=f"{thread}suivre/",
            data=lambda: {"suivre": "1"},
            stored=lambda client: ThreadSubscription.objects.filter(
                user=camille, following=True
            ).count(),
        ),
        "comment edit": Case(
            user="camille",
            form=f"/discussions/message/{world['reply'].pk}/modifier/",
            data=lambda: {"body": "Une quarantaine, en six mois."},
            stored=lambda client: Comment.objects.get(pk=world["reply"].pk).body,
        ),
        "comment delete": Case(
            user="camille",
            form=f"/discussions/message/{world['reply'].pk}/supprimer/",
            data=dict,
            stored=lambda client: list(
                Comment.objects.filter(pk=world["reply"].pk).values("status", "body")
            ),
        ),
        "report": Case(
            user="camille",
            form=f"/discussions/message/{world['by_author'].pk}/signaler/",
            data=lambda: {"reason": "off_topic", "note": ""},
            stored=lambda client: Report.objects.count(),
        ),
        "mark answer": Case(
            user="author",
            form=page.url,
            action=f"/discussions/message/{world['reply'].pk}/reponse/",
            data=lambda: {"is_answer": "1"},
            stored=lambda client: Comment.objects.get(pk=world["reply"].pk).is_answer,
        ),
        "moderation decision": Case(
            user="moderator",
            form=f"/admin/moderation/edit/{world['pending'].pk}/",
            data=lambda: {"action": "approve", "reason": ""},
            stored=lambda client: Comment.objects.get(pk=world["pending"].pk).status,
        ),
        "admin page edit": Case(
            user="admin",
            form=f"/admin/pages/{charter.pk}/edit/",
            data=lambda: page_form_data(charter),
            stored=lambda client: charter.revisions.count(),
        ),
        "admin page action API": Case(
            user="admin",
            form=f"/admin/pages/{charter.pk}/edit/",
            action=f"/admin/api/main/pages/{charter.pk}/action/unpublish/",
            data=dict,
            stored=lambda client: Page.objects.get(pk=charter.pk).live,
            extra={"content_type": "application/json"},
        ),
        "image upload": Case(
            user="admin",
            form="/admin/images/add/",
            data=lambda: {"title": "Atelier", "file": png_upload()},
            stored=lambda client: get_image_model().objects.count(),
        ),
        "document upload": Case(
            user="admin",
            form="/admin/documents/add/",
            data=lambda: {
                "title": "Guide",
                "file": SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n%guide\n"),
            },
            stored=lambda client: get_document_model().objects.count(),
        ),
    }
    return cases[name]


CASE_NAMES = [
    "login",
    "signup",
    "password reset",
    "logout",
    "e-mail address",
    "password change",
    "profile",
    "account deletion",
    "contribution create",
    "contribution edit",
    "contribution autosave",
    "comment",
    "reply",
    "follow",
    "comment edit",
    "comment delete",
    "report",
    "mark answer",
    "moderation decision",
    "admin page edit",
    "admin page action API",
    "image upload",
    "document upload",
]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_a_post_without_its_token_is_refused_and_stores_nothing(name, world):
    case = case_for(name, world)
    client = Client(enforce_csrf_checks=True)
    if case.real_sign_in:
        sign_in(client, world[case.user])
    elif case.user:
        client.force_login(world[case.user])
    action = case.action or case.form
    before = case.stored(client)

    refused = client.post(action, case.data(), **case.extra)

    assert refused.status_code == 403
    assert case.stored(client) == before

    token = token_of(client, case.form)
    if case.extra:
        accepted = client.post(action, case.data(), **case.extra, **{HEADER: token})
    else:
        accepted = client.post(action, {**case.data(), TOKEN: token})
    assert accepted.status_code in (200, 302), accepted.content.decode()[:2000]
    assert case.stored(client) != before


def test_the_refusal_page_explains_what_happened_in_french(client, world):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(world["camille"])
    before = Comment.objects.count()

    response = strict.post(
        f"/discussions/{world['write_up'].pk}/", {"kind": "other", "body": "Perdu ?"}
    )

    html = response.content.decode()
    assert response.status_code == 403
    assert REFUSAL in html
    assert "rien de ce que vous venez d'envoyer n'a été enregistré" in html
    assert "Rechargez-la, puis envoyez de nouveau le formulaire" in html
    assert 'class="site-header"' in html and "Mon profil" in html
    assert "CSRF" not in html
    assert Comment.objects.count() == before


def test_the_refusal_page_also_shows_when_the_cookie_is_missing(world):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/accounts/login/",
        {"login": "x@ml.example", "password": "x", TOKEN: "a" * 32},
    )
    assert response.status_code == 403
    assert REFUSAL in response.content.decode()


def form_pages(world):
    """Every page that shows a POST form, and who sees it."""
    page, reply = world["write_up"], world["reply"]
    return [
        (None, "/accounts/login/"),
        (None, "/accounts/signup/"),
        (None, "/accounts/password/reset/"),
        ("camille", "/"),
        ("camille", page.url),
        ("camille", f"{page.url}?ordre=date&discussion=1"),
        ("author", page.url),
        ("camille", "/profil/"),
        ("camille", "/profil/supprimer/"),
        ("camille", "/contribuer/"),
        ("camille", "/contribuer/nouvelle/"),
        ("camille", f"/contribuer/{world['draft'].pk}/"),
        ("camille", f"/discussions/message/{reply.pk}/modifier/"),
        ("camille", f"/discussions/message/{reply.pk}/supprimer/"),
        ("camille", f"/discussions/message/{world['by_author'].pk}/signaler/"),
        ("camille", "/accounts/logout/"),
        ("camille", "/accounts/email/"),
        ("camille", "/accounts/password/change/"),
        ("camille", "/accounts/reauthenticate/"),
        ("camille", "/accounts/2fa/"),
        ("camille, again", "/accounts/2fa/totp/activate/"),
        ("moderator", f"/admin/moderation/edit/{world['pending'].pk}/"),
        ("admin", f"/admin/pages/{world['charter'].pk}/edit/"),
        ("admin", f"/admin/pages/{page.pk}/edit/"),
        ("admin", "/admin/images/add/"),
        ("admin", "/admin/images/multiple/add/"),
        ("admin", "/admin/documents/add/"),
        ("admin", "/admin/documents/multiple/add/"),
        (
            "admin",
            f"/admin/snippets/accounts/profile/edit/{world['camille'].profile.pk}/",
        ),
    ]


def test_every_post_form_carries_its_token(world):
    checked = 0
    for user, url in form_pages(world):
        client = Client()
        if user == "camille":
            sign_in(client, world[user])
        elif user == "camille, again":
            sign_in(client, world["camille"])
            reauthenticate(client)
        elif user:
            client.force_login(world[user])
        response = client.get(url)
        assert response.status_code == 200, url
        found = post_forms(response.content.decode())
        assert found.forms, f"{url} shows no POST form"
        for action, has_token, scripted in found.forms:
            checked += 1
            if has_token:
                continue
            assert scripted, f"a form on {url} (action {action!r}) has no token"
            strict = Client(enforce_csrf_checks=True)
            strict.force_login(world[user])
            assert strict.post(scripted, {"is_editing": "1"}).status_code == 403
        for tag, is_post_form in found.htmx_posts:
            assert is_post_form, f"<{tag} hx-post> on {url} is not a POST form"
    assert checked >= 40


def test_only_known_views_skip_djangos_own_check():
    """The unsubscribe links of e-mails, from a thread and from the « six mois
    après » e-mails (RFC 8058: the mail client posts without a token; the signed
    link is the authorization, and stopping is harmless to repeat) and the API
    views, where Django REST framework checks the token itself for signed-in
    members."""

    def views(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from views(pattern.url_patterns)
            else:
                yield pattern.callback

    exempt = {
        view.__name__
        for view in views(get_resolver().url_patterns)
        if getattr(view, "csrf_exempt", False)
        and not issubclass(getattr(view, "cls", object), APIView)
    }
    assert exempt == {"thread_unsubscribe", "follow_up_opt_out"}


def test_the_exempt_unsubscribe_link_only_ever_stops_notifications(world):
    camille, page = world["camille"], world["write_up"]
    ThreadSubscription.objects.create(user=camille, page=page)
    token = unsubscribe_token(user_id=camille.pk, page_id=page.pk)
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(f"/discussions/desabonnement/{token}/")

    assert response.status_code == 200
    assert not ThreadSubscription.objects.get(user=camille, page=page).following
