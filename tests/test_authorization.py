"""Every URL of the site against every role, with the exact answer expected.

Each row is one request (a method and a URL); each role gets the status code,
and for a redirect its exact target. Every request runs in a savepoint rolled
back afterwards, so a deletion or a decision in one row never changes the next.
The site's own URL patterns and allauth's must each have a row; the Wagtail
admin's hundreds of patterns are covered by a representative set (home, page
editor, users, members, the moderation queue and decision page).
"""

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

from experiences import services
from experiences.discussions.models import Comment, CommentKind, CommentStatus
from experiences.discussions.notifications import unsubscribe_token
from experiences.follow_ups.notifications import opt_out_token
from experiences.forms import ContributionForm
from experiences.models import CollectionItem, CollectionPage, StrategyNotePage
from labo.accounts import roles
from labo.models import StandardPage
from tests.factories import (
    UserFactory,
    approved_member,
    department,
    experience_page,
    region,
    totp_activate,
)

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "pending",
    "contributor",
    "other contributor",
    "coordinator",
    "moderator",
    "admin",
    "regional coordinator",
)
# The Wagtail admin: covered by the representative rows whose names start so.
ADMIN_PREFIX = "admin/"
LOGIN_PATH = "/accounts/login/"
# Wagtail's own sign-in form, replaced by a redirect to allauth's (labo/urls.py).
SHADOWED = {"wagtailcore_login"}
STAFF = ("coordinator", "moderator", "admin", "regional coordinator")
# The regional coordinator works on Nouvelle-Aquitaine: {write_up} (Gironde) is
# inside, {outside_write_up} (Paris) outside.
REGIONAL = "regional coordinator"


@dataclass(frozen=True)
class Redirect:
    """A 302 to this address (formatted with the world; the #fragment is not
    compared)."""

    to: str


@dataclass(frozen=True)
class RedirectMatching:
    """A 302 to an address matching this regular expression (for a page
    created by the request, whose id the database picks)."""

    pattern: str


@dataclass(frozen=True)
class Login:
    """A 302 to a sign-in page, with `next` bringing the member back here."""

    path: str = LOGIN_PATH


LOGIN = Login()
# Wagtail's, for restricted pages; it forwards to allauth's (see labo/urls.py).
WAGTAIL_LOGIN = Login("/_util/login/")


@dataclass(frozen=True)
class Row:
    name: str  # the URL pattern's name, or its route when it has none
    method: str
    url: str  # formatted with the world
    expected: tuple  # one answer per role, in the order of ROLES
    data: dict = field(default_factory=dict)

    def __post_init__(self):
        assert len(self.expected) == len(ROLES), self


def everyone(answer):
    return (answer,) * len(ROLES)


def members(answer):
    """Sign-in required, then the same answer for every member."""
    return (LOGIN, *(answer,) * (len(ROLES) - 1))


def only(role_answers, otherwise):
    """Sign-in required; `role_answers` for the named roles, `otherwise` else."""
    return (LOGIN, *(role_answers.get(role, otherwise) for role in ROLES[1:]))


def admin_only(**role_answers):
    """The Wagtail admin: other members are sent to sign in with another account;
    staff without the permission go back to the admin's home."""
    answers = {
        role: LOGIN if role not in STAFF else Redirect("/admin/") for role in ROLES
    }
    return tuple({**answers, **role_answers}[role] for role in ROLES)


def reauthenticate(url):
    """allauth asks for the password again before a sensitive account page: a
    session opened by a test has no recent sign-in."""
    return Redirect(f"/accounts/reauthenticate/?next={url}")


def coordination(answer, *, inside):
    """An admin action of the coordination on a page (or an account) inside or
    outside the regional coordinator's reach."""
    return admin_only(
        coordinator=answer, admin=answer, **({REGIONAL: answer} if inside else {})
    )


HOME = Redirect("/")
REAUTHENTICATE = Redirect("/accounts/reauthenticate/")

COMMENT = {"body": "Merci, nous allons essayer.", "kind": CommentKind.OTHER}

MATRIX = [
    # Public pages, served by Wagtail
    Row("wagtail_serve", "GET", "/", everyone(200)),
    Row("wagtail_serve", "GET", "/experiences/", everyone(200)),
    Row("wagtail_serve", "GET", "{write_up_url}", everyone(200)),
    Row("wagtail_serve", "GET", "/notes/", everyone(200)),
    Row("wagtail_serve", "GET", "{note_url}", everyone(200)),
    Row("wagtail_serve", "GET", "/dossiers/", everyone(200)),
    Row("wagtail_serve", "GET", "{collection_url}", everyone(200)),
    Row("wagtail_serve", "GET", "/charte/", everyone(200)),
    Row("wagtail_serve", "GET", "/page-qui-n-existe-pas/", everyone(404)),
    Row("wagtail_serve", "POST", "{write_up_url}", everyone(200)),
    # Never published: not even its author reads it outside the contribution form.
    Row("wagtail_serve", "GET", "{draft_url}", everyone(404)),
    Row("wagtail_serve", "GET", "{login_only_url}", (WAGTAIL_LOGIN, *(200,) * 7)),
    Row(
        "wagtail_serve",
        "GET",
        "{private_section_url}",
        (WAGTAIL_LOGIN, *(200,) * 7),
    ),
    # The password form, for everyone.
    Row("wagtail_serve", "GET", "{password_url}", everyone(200)),
    # Wagtail sends members outside the group to the sign-in page too.
    Row(
        "wagtail_serve",
        "GET",
        "{coordination_only_url}",
        (*(WAGTAIL_LOGIN,) * 4, 200, WAGTAIL_LOGIN, 200, 200),
    ),
    Row(
        "wagtailcore_authenticate_with_password",
        "GET",
        "/_util/authenticate_with_password/{password_restriction}/{password_page}/",
        everyone(200),
    ),
    Row(
        "wagtailcore_authenticate_with_password",
        "POST",
        "/_util/authenticate_with_password/{password_restriction}/{password_page}/",
        everyone(Redirect("{password_url}")),
        {"password": "sesame", "return_url": "{password_url}"},
    ),
    # Django's own sign-in form would skip allauth's rate limits and second factor.
    Row("_util/login/", "GET", "/_util/login/", everyone(Redirect(LOGIN_PATH))),
    Row(
        "_util/login/",
        "GET",
        "/_util/login/?next=/espace/",
        everyone(Redirect(f"{LOGIN_PATH}?next=/espace/")),
    ),
    Row(
        "_util/login/",
        "POST",
        "/_util/login/",
        everyone(Redirect(LOGIN_PATH)),
        {"username": "{admin_email}", "password": "mot-de-passe-de-test"},
    ),
    # Search, sitemap, health, documents
    Row("search", "GET", "/recherche/?q=visio", everyone(200)),
    Row("search_suggestions", "GET", "/recherche/suggestions/?q=vi", everyone(200)),
    Row("sitemap.xml", "GET", "/sitemap.xml", everyone(200)),
    Row("healthz", "GET", "/healthz", everyone(200)),
    # PDFs: only of a page anyone may read, whoever asks (labo/pdf.py).
    Row("page_pdf", "GET", "{write_up_url}pdf/", everyone(200)),
    Row("page_pdf", "GET", "{draft_url}pdf/", everyone(404)),
    Row("page_pdf", "GET", "{coordination_only_url}pdf/", everyone(404)),
    Row("wagtaildocs_serve", "GET", "{document_url}", everyone(200)),
    Row(
        "wagtaildocs_serve",
        "GET",
        "{private_document_url}",
        everyone(200),  # the password form
    ),
    Row(
        "wagtaildocs_authenticate_with_password",
        "GET",
        "{document_password_url}",
        everyone(200),
    ),
    # Contribution
    Row("contribution_list", "GET", "/contribuer/", members(200)),
    Row("contribution_create", "GET", "/contribuer/nouvelle/", members(200)),
    Row(
        "contribution_create",
        "POST",
        "/contribuer/nouvelle/",
        members(RedirectMatching(r"/contribuer/\d+/")),
        {"title": "Un nouveau brouillon", "territory": "{territory}", "action": "save"},
    ),
    Row(
        "contribution_edit",
        "GET",
        "/contribuer/{draft}/",
        only({"contributor": 200}, 404),
    ),
    Row(
        "contribution_edit",
        "POST",
        "/contribuer/{draft}/",
        only({"contributor": Redirect("/contribuer/{draft}/")}, 404),
        {"title": "Brouillon repris", "territory": "{territory}", "action": "save"},
    ),
    Row(
        "contribution_edit",
        "GET",
        "/contribuer/{other_write_up}/",
        only({"other contributor": 200}, 404),
    ),
    Row(
        "contribution_autosave",
        "POST",
        "/contribuer/{draft}/autosave/",
        only({"contributor": 200}, 404),
        {"title": "Brouillon repris", "territory": "{territory}"},
    ),
    Row(
        "contribution_autosave",
        "POST",
        "/contribuer/{other_write_up}/autosave/",
        only({"other contributor": 200}, 404),
        {"title": "Brouillon repris", "territory": "{territory}"},
    ),
    Row("contribution_autosave", "GET", "/contribuer/{draft}/autosave/", members(405)),
    Row(
        "contribution_reproduce",
        "GET",
        "/contribuer/reproduire/{write_up}/",
        members(200),
    ),
    # Only a write-up anyone may read is reproduced.
    Row(
        "contribution_reproduce", "GET", "/contribuer/reproduire/{draft}/", members(404)
    ),
    Row(
        "contribution_reproduce",
        "GET",
        "/contribuer/reproduire/{login_only}/",
        members(404),
    ),
    # The pre-filled form is sent to contribution_create.
    Row(
        "contribution_reproduce",
        "POST",
        "/contribuer/reproduire/{write_up}/",
        members(405),
    ),
    # « Six mois après »: the author of the write-up answers; the opt-out link's
    # signed token is its authorization, without sign-in.
    Row(
        "follow_up_answer",
        "GET",
        "/contribuer/{write_up}/suivi/",
        only({"contributor": 200}, 404),
    ),
    Row("follow_up_answer", "GET", "/contribuer/{draft}/suivi/", members(404)),
    Row(
        "follow_up_opt_out",
        "GET",
        "/contribuer/suivi/sans-e-mail/{follow_up_token}/",
        everyone(200),
    ),
    Row(
        "follow_up_opt_out",
        "GET",
        "/contribuer/suivi/sans-e-mail/{follow_up_token}x/",
        everyone(400),
    ),
    # A write-up's history and its comparisons: for readable write-ups only.
    Row("write_up_history", "GET", "{write_up_url}historique/", everyone(200)),
    Row("write_up_history", "GET", "{draft_url}historique/", everyone(404)),
    Row("write_up_history", "GET", "{login_only_url}historique/", everyone(404)),
    Row(
        "write_up_compare",
        "GET",
        "{write_up_url}historique/comparer/?de={write_up_revision}"
        "&a={write_up_revision}",
        everyone(400),
    ),
    Row(
        "write_up_compare",
        "GET",
        "{write_up_url}historique/comparer/?de={outside_write_up_revision}"
        "&a={write_up_revision}",
        everyone(404),
    ),
    # Discussions
    Row(
        "comment_create",
        "POST",
        "/discussions/{write_up}/",
        # A pending account reads the refusal above the form.
        only({"pending": 200}, Redirect("{write_up_url}")),
        COMMENT,
    ),
    Row("comment_create", "GET", "/discussions/{write_up}/", members(405)),
    Row("comment_create", "POST", "/discussions/{draft}/", members(404), COMMENT),
    Row(
        "thread_follow",
        "POST",
        "/discussions/{write_up}/suivre/",
        members(Redirect("{write_up_url}")),
        {"suivre": "1"},
    ),
    Row("thread_follow", "GET", "/discussions/{write_up}/suivre/", members(405)),
    Row(
        "comment_edit",
        "GET",
        "/discussions/message/{message}/modifier/",
        only({"contributor": 200}, 404),
    ),
    Row(
        "comment_edit",
        "POST",
        "/discussions/message/{message}/modifier/",
        only({"contributor": Redirect("{write_up_url}")}, 404),
        {"body": "Message corrigé."},
    ),
    Row(
        "comment_delete",
        "GET",
        "/discussions/message/{message}/supprimer/",
        only({"contributor": 200}, 404),
    ),
    Row(
        "comment_delete",
        "POST",
        "/discussions/message/{message}/supprimer/",
        only({"contributor": Redirect("{write_up_url}")}, 404),
    ),
    Row(
        "comment_report",
        "GET",
        "/discussions/message/{message}/signaler/",
        members(200),
    ),
    Row(
        "comment_report",
        "POST",
        "/discussions/message/{message}/signaler/",
        members(Redirect("{write_up_url}")),
        {"reason": "spam"},
    ),
    # A message waiting for moderation exists only for its author and moderators.
    Row(
        "comment_report",
        "GET",
        "/discussions/message/{pending_message}/signaler/",
        only({"other contributor": 200, "moderator": 200, "admin": 200}, 404),
    ),
    Row(
        "comment_mark_answer",
        "POST",
        "/discussions/message/{reply}/reponse/",
        members(Redirect("{write_up_url}")),
        {"is_answer": "1"},
    ),
    Row(
        "comment_mark_answer",
        "GET",
        "/discussions/message/{reply}/reponse/",
        members(405),
    ),
    # « En faire une fiche »: its author's own « J'ai testé » message only.
    Row(
        "comment_write_up",
        "GET",
        "/discussions/message/{tested_message}/en-faire-une-fiche/",
        only({"contributor": 200}, 404),
    ),
    Row(
        "comment_write_up",
        "GET",
        "/discussions/message/{message}/en-faire-une-fiche/",
        members(404),
    ),
    Row(
        "comment_write_up",
        "POST",
        "/discussions/message/{tested_message}/en-faire-une-fiche/",
        members(405),
    ),
    Row(
        "discussion_unsubscribe",
        "GET",
        "/discussions/desabonnement/{unsubscribe_token}/",
        everyone(200),
    ),
    Row(
        "discussion_unsubscribe",
        "POST",
        "/discussions/desabonnement/{unsubscribe_token}/",
        everyone(200),
    ),
    Row(
        "discussion_unsubscribe",
        "GET",
        "/discussions/desabonnement/pas-un-jeton/",
        everyone(400),
    ),
    # The member's own pages
    Row("profile", "GET", "/profil/", members(200)),
    Row(
        "profile",
        "POST",
        "/profil/",
        members(Redirect("/profil/")),
        {"display_name": "Dominique", "bio": ""},
    ),
    Row("profile_export", "GET", "/profil/export/", members(200)),
    Row("profile_delete", "GET", "/profil/supprimer/", members(200)),
    Row(
        "profile_delete",
        "POST",
        "/profil/supprimer/",
        members(HOME),
        {"password": "mot-de-passe-de-test", "confirm": "on"},
    ),
    # Moderation queue, in the admin
    Row(
        "moderation:index",
        "GET",
        "/admin/moderation/",
        admin_only(moderator=200, admin=200),
    ),
    Row(
        "moderation:edit",
        "GET",
        "/admin/moderation/edit/{pending_message}/",
        admin_only(moderator=200, admin=200),
    ),
    Row(
        "moderation:edit",
        "POST",
        "/admin/moderation/edit/{pending_message}/",
        admin_only(
            moderator=Redirect("/admin/moderation/"),
            admin=Redirect("/admin/moderation/"),
        ),
        {"action": "approve", "reason": ""},
    ),
    Row(
        "moderation:history",
        "GET",
        "/admin/moderation/history/{pending_message}/",
        admin_only(moderator=200, admin=200),
    ),
    # Wagtail admin, representative rows
    Row("admin/login/", "GET", "/admin/login/", everyone(Redirect(LOGIN_PATH))),
    Row(
        "wagtailadmin_home",
        "GET",
        "/admin/",
        admin_only(coordinator=200, moderator=200, admin=200, **{REGIONAL: 200}),
    ),
    Row(
        "wagtailadmin_pages:edit",
        "GET",
        "/admin/pages/{write_up}/edit/",
        coordination(200, inside=True),
    ),
    Row(
        "wagtailusers_users:index",
        "GET",
        "/admin/users/",
        admin_only(admin=200),
    ),
    Row(
        "wagtailsnippets_accounts_profile:list",
        "GET",
        "/admin/snippets/accounts/profile/",
        coordination(200, inside=True),
    ),
    # Regional scope: every page action, inside and outside the region
    *(
        Row(
            name,
            "GET",
            url.format(page=page, page_revision=page[:-1] + "_revision}"),
            coordination(200, inside=inside),
        )
        for page, inside in (("{write_up}", True), ("{outside_write_up}", False))
        for name, url in (
            ("wagtailadmin_pages:history", "/admin/pages/{page}/history/"),
            ("wagtailadmin_pages:unpublish", "/admin/pages/{page}/unpublish/"),
            ("wagtailadmin_pages:delete", "/admin/pages/{page}/delete/"),
            ("wagtailadmin_pages:move", "/admin/pages/{page}/move/"),
            ("wagtailadmin_pages:copy", "/admin/pages/{page}/copy/"),
            (
                "wagtailadmin_pages:revisions_view",
                "/admin/pages/{page}/revisions/{page_revision}/view/",
            ),
            (
                "wagtailadmin_pages:revisions_revert",
                "/admin/pages/{page}/revisions/{page_revision}/revert/",
            ),
            (
                "wagtailadmin_pages:revisions_compare",
                "/admin/pages/{page}/revisions/compare/earliest...latest/",
            ),
        )
    ),
    Row(
        "wagtailadmin_pages:edit",
        "GET",
        "/admin/pages/{outside_write_up}/edit/",
        coordination(200, inside=False),
    ),
    *(
        Row(name, "POST", url, coordination(Redirect(done), inside=False))
        for name, url, done in (
            (
                "wagtailadmin_pages:unpublish",
                "/admin/pages/{outside_write_up}/unpublish/",
                "/admin/pages/{experiences}/",
            ),
            (
                "wagtailadmin_pages:delete",
                "/admin/pages/{outside_write_up}/delete/",
                "/admin/pages/{experiences}/",
            ),
            (
                "wagtailadmin_pages:move_confirm",
                "/admin/pages/{outside_write_up}/move/{experiences}/confirm/",
                "/admin/pages/{experiences}/",
            ),
            (
                "wagtailadmin_pages:lock",
                "/admin/pages/{outside_write_up}/lock/",
                "/admin/pages/{experiences}/",
            ),
            (
                "wagtailadmin_pages:unlock",
                "/admin/pages/{outside_write_up}/unlock/",
                "/admin/pages/{experiences}/",
            ),
        )
    ),
    # Members: coordinators change ordinary members and their own details only
    *(
        Row(
            "wagtailsnippets_accounts_profile:edit",
            "GET",
            f"/admin/snippets/accounts/profile/edit/{{{account}_profile}}/",
            admin_only(**dict.fromkeys(editors, 200)),
        )
        for account, editors in (
            ("pending", ("coordinator", "admin", REGIONAL)),
            ("regional", ("coordinator", "admin", REGIONAL)),
            ("coordinator", ("coordinator", "admin")),
            ("admin", ("admin",)),
        )
    ),
    Row(
        "wagtailsnippets_accounts_profile:edit",
        "POST",
        "/admin/snippets/accounts/profile/edit/{admin_profile}/",
        admin_only(admin=Redirect("/admin/snippets/accounts/profile/")),
        {"status": "pending", "display_name": "", "bio": ""},
    ),
    # Read API
    Row("wagtailapi:pages:listing", "GET", "/api/v2/pages/", everyone(200)),
    Row("wagtailapi:pages:listing", "POST", "/api/v2/pages/", everyone(405)),
    Row("wagtailapi:pages:detail", "GET", "/api/v2/pages/{write_up}/", everyone(200)),
    Row("wagtailapi:pages:detail", "GET", "/api/v2/pages/{draft}/", everyone(404)),
    Row(
        "wagtailapi:pages:detail",
        "GET",
        "/api/v2/pages/{login_only}/",
        everyone(404),
    ),
    Row(
        "wagtailapi:pages:find",
        "GET",
        "/api/v2/pages/find/?html_path={write_up_url}",
        everyone(Redirect("http://localhost/api/v2/pages/{write_up}/?")),
    ),
    # Accounts (allauth)
    Row("account_login", "GET", "/accounts/login/", (200, *(HOME,) * 7)),
    Row(
        "account_login",
        "POST",
        "/accounts/login/",
        (200, *(HOME,) * 7),
        {"login": "personne@labo.example", "password": "pas le bon"},
    ),
    Row("account_logout", "GET", "/accounts/logout/", (HOME, *(200,) * 7)),
    Row("account_logout", "POST", "/accounts/logout/", everyone(HOME)),
    Row("account_inactive", "GET", "/accounts/inactive/", everyone(200)),
    Row("account_signup", "GET", "/accounts/signup/", (200, *(HOME,) * 7)),
    Row("account_reauthenticate", "GET", "/accounts/reauthenticate/", members(200)),
    Row(
        "account_request_reauthentication_code",
        "GET",
        "/accounts/reauthenticate/code/",
        members(REAUTHENTICATE),
    ),
    Row(
        "account_confirm_reauthentication_code",
        "GET",
        "/accounts/reauthenticate/code/confirm/",
        members(Redirect("/accounts/reauthenticate/code/")),
    ),
    Row("account_email", "GET", "/accounts/email/", members(200)),
    Row(
        "account_email_verification_sent",
        "GET",
        "/accounts/confirm-email/",
        everyone(200),
    ),
    Row("account_change_password", "GET", "/accounts/password/change/", members(200)),
    Row(
        "account_set_password",
        "GET",
        "/accounts/password/set/",
        members(Redirect("/accounts/password/change/")),
    ),
    Row("account_reset_password", "GET", "/accounts/password/reset/", everyone(200)),
    Row(
        "account_reset_password",
        "POST",
        "/accounts/password/reset/",
        everyone(Redirect("/accounts/password/reset/done/")),
        {"email": "personne@labo.example"},
    ),
    Row(
        "account_confirm_login_code",
        "GET",
        "/accounts/login/code/confirm/",
        (Redirect(LOGIN_PATH), *(HOME,) * 7),
    ),
    Row(
        "account_confirm_email",
        "GET",
        "/accounts/confirm-email/pas-une-cle/",
        everyone(200),
    ),
    Row(
        "account_reset_password_from_key_done",
        "GET",
        "/accounts/password/reset/key/done/",
        everyone(200),
    ),
    Row(
        "account_reset_password_from_key",
        "GET",
        "/accounts/password/reset/key/1-pas-une-cle/",
        everyone(200),
    ),
    Row(
        "account_reset_password_done",
        "GET",
        "/accounts/password/reset/done/",
        everyone(200),
    ),
    Row("mfa_index", "GET", "/accounts/2fa/", members(200)),
    Row(
        "mfa_authenticate",
        "GET",
        "/accounts/2fa/authenticate/",
        (Redirect(LOGIN_PATH), *(HOME,) * 7),
    ),
    Row(
        "mfa_reauthenticate",
        "GET",
        "/accounts/2fa/reauthenticate/",
        only(dict.fromkeys(STAFF, 200), REAUTHENTICATE),
    ),
    Row(
        "mfa_activate_totp",
        "GET",
        "/accounts/2fa/totp/activate/",
        members(reauthenticate("/accounts/2fa/totp/activate/")),
    ),
    Row(
        "mfa_deactivate_totp",
        "GET",
        "/accounts/2fa/totp/deactivate/",
        only(
            dict.fromkeys(STAFF, reauthenticate("/accounts/2fa/totp/deactivate/")),
            404,
        ),
    ),
    Row(
        "mfa_view_recovery_codes",
        "GET",
        "/accounts/2fa/recovery-codes/",
        members(404),
    ),
    Row(
        "mfa_generate_recovery_codes",
        "GET",
        "/accounts/2fa/recovery-codes/generate/",
        members(reauthenticate("/accounts/2fa/recovery-codes/generate/")),
    ),
    Row(
        "mfa_download_recovery_codes",
        "GET",
        "/accounts/2fa/recovery-codes/download/",
        members(404),
    ),
]


def member(role):
    """The account behind each role; the staff have their second factor."""
    if role == "pending":
        return UserFactory()
    groups = {
        "contributor": [roles.CONTRIBUTORS],
        "other contributor": [roles.CONTRIBUTORS],
        "coordinator": [roles.COORDINATION],
        "moderator": [roles.MODERATION],
        "admin": [],
        REGIONAL: [roles.COORDINATION],
    }[role]
    user = approved_member(*groups, is_superuser=role == "admin")
    if role in STAFF:
        totp_activate(user)
    if role == REGIONAL:
        user.profile.review_region = region("75")
        user.profile.save()
    return user


def message(page, author, **fields):
    return Comment.objects.create(
        page=page,
        author=author,
        body="Un message",
        last_activity_at=timezone.now(),
        **fields,
    )


@pytest.fixture
def world(site_tree, settings, tmp_path):
    """Accounts for every role, and one of each thing the URLs point at."""
    users = {role: member(role) for role in ROLES[1:]}
    index = site_tree["experiences"]
    write_up = experience_page(
        index, title="Permanences en visio", owner=users["contributor"]
    )
    other_write_up = experience_page(index, owner=users["other contributor"])
    outside_write_up = experience_page(index, territory=department("75"))
    form = ContributionForm(
        {"title": "Mon brouillon", "territory": department("33").pk}
    )
    assert form.is_valid(), form.errors
    draft = services.contribution_save(
        user=users["contributor"], cleaned_data=form.cleaned_data
    )
    restricted = {
        kind: experience_page(index, title=f"Fiche {kind}")
        for kind in ("login", "password", "groups")
    }
    PageViewRestriction.objects.create(
        page=restricted["login"], restriction_type="login"
    )
    password = PageViewRestriction.objects.create(
        page=restricted["password"], restriction_type="password", password="sesame"
    )
    PageViewRestriction.objects.create(
        page=restricted["groups"], restriction_type="groups"
    ).groups.set([Group.objects.get(name=roles.COORDINATION)])
    section = StandardPage(title="Espace coordination", slug="espace", body=[])
    site_tree["home"].add_child(instance=section)
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    inside = StandardPage(title="Compte rendu", slug="compte-rendu", body=[])
    section.add_child(instance=inside)
    note = StrategyNotePage(title="Note", slug="note", summary="Résumé", body=[])
    site_tree["notes"].add_child(instance=note)
    collection = CollectionPage(title="Dossier", slug="dossier", intro="Une fiche")
    collection.items = [CollectionItem(page=write_up, comment="À lire.")]
    site_tree["dossiers"].add_child(instance=collection)

    question = message(write_up, users["other contributor"], kind=CommentKind.QUESTION)
    reply = message(write_up, users["moderator"], parent=question)
    own = message(write_up, users["contributor"])
    tested = message(
        write_up,
        users["contributor"],
        kind=CommentKind.TESTED,
        territory=department("33"),
    )
    waiting = message(
        write_up, users["other contributor"], status=CommentStatus.PENDING
    )

    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    Document = get_document_model()
    document = Document.objects.create(
        title="Support", file=ContentFile(b"Support d'atelier", name="support.txt")
    )
    private_collection = Collection.get_first_root_node().add_child(name="Interne")
    document_password = CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type="password", password="sesame"
    )
    private_document = Document.objects.create(
        title="Interne",
        file=ContentFile(b"Compte rendu interne", name="interne.txt"),
        collection=private_collection,
    )
    return {
        "users": users,
        "admin_email": users["admin"].email,
        "write_up": write_up.pk,
        "write_up_url": write_up.url,
        "other_write_up": other_write_up.pk,
        "outside_write_up": outside_write_up.pk,
        "write_up_revision": write_up.latest_revision.pk,
        "outside_write_up_revision": outside_write_up.latest_revision.pk,
        "experiences": index.pk,
        **{
            f"{role.split()[0]}_profile": users[role].profile.pk
            for role in ("pending", "coordinator", "admin", REGIONAL)
        },
        "draft": draft.pk,
        "draft_url": f"/experiences/{draft.slug}/",
        "territory": department("33").pk,
        "login_only": restricted["login"].pk,
        "login_only_url": restricted["login"].url,
        "password_url": restricted["password"].url,
        "password_page": restricted["password"].pk,
        "password_restriction": password.pk,
        "coordination_only_url": restricted["groups"].url,
        "private_section_url": inside.url,
        "note_url": note.url,
        "collection_url": collection.url,
        "message": own.pk,
        "tested_message": tested.pk,
        "pending_message": waiting.pk,
        "reply": reply.pk,
        "unsubscribe_token": unsubscribe_token(
            user_id=users["contributor"].pk, page_id=write_up.pk
        ),
        "follow_up_token": opt_out_token(
            user_id=users["contributor"].pk, page_id=write_up.pk
        ),
        "document_url": document.url,
        "private_document_url": private_document.url,
        "document_password_url": f"/documents/authenticate_with_password/"
        f"{document_password.pk}/",
    }


def formatted(value, world):
    return value.format(**world) if isinstance(value, str) else value


def expected_answer(expected, url, world):
    if isinstance(expected, Login):
        return 302, f"{expected.path}?next={url}"
    if isinstance(expected, Redirect):
        return 302, formatted(expected.to, world)
    if isinstance(expected, RedirectMatching):
        return 302, expected.pattern
    return expected, None


def answer(response, expected):
    if response.status_code not in (301, 302):
        return response.status_code, None
    location = unquote(response["Location"].split("#")[0])
    if isinstance(expected, RedirectMatching) and re.fullmatch(
        expected.pattern, location
    ):
        return response.status_code, expected.pattern
    return response.status_code, location


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_exactly(client, world, role):
    user = world["users"].get(role)
    mismatches = []
    for row in MATRIX:
        url = formatted(row.url, world)
        data = {name: formatted(value, world) for name, value in row.data.items()}
        expected = row.expected[ROLES.index(role)]
        cache.clear()
        client.cookies.clear()
        with transaction.atomic():
            if user is not None:
                client.force_login(user)
            if row.method == "POST":
                response = client.post(url, data)
            else:
                response = client.get(url)
            got = answer(response, expected)
            transaction.set_rollback(True)
        wanted = expected_answer(expected, url, world)
        if got != wanted:
            mismatches.append(f"{row.method} {url}: {got}, expected {wanted}")
    assert not mismatches, "\n".join(mismatches)


def site_url_patterns(patterns=None, prefix="", namespace=""):
    """(route, name) of every URL pattern, namespaces included in names."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from site_url_patterns(
                pattern.url_patterns,
                prefix + str(pattern.pattern),
                namespace + (f"{pattern.namespace}:" if pattern.namespace else ""),
            )
        else:
            name = f"{namespace}{pattern.name}" if pattern.name else None
            yield prefix + str(pattern.pattern), name


def test_every_url_pattern_has_a_row_in_the_matrix():
    """A new URL fails here until the matrix says who may open it."""
    patterns = list(site_url_patterns())
    keys = {name or route for route, name in patterns}
    outside_admin = {
        name or route
        for route, name in patterns
        if not route.startswith(ADMIN_PREFIX) or (route == "admin/login/" and not name)
    }
    rows = {row.name for row in MATRIX}

    assert outside_admin - rows - SHADOWED == set()
    # Every row names a real pattern, the admin's representative ones included.
    assert rows - keys == set()
    for name in SHADOWED:
        assert resolve(reverse(name)).url_name != name
