"""The cache of anonymous visitors' pages (labo.page_cache): served without a
query, never shared with or filled by a member, never holding a CSRF token or a
session's state, and out of date never: every change that shows on a page shows
at once. Also the purge requests sent to a caching proxy."""

import threading
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from experiences.discussions import services
from experiences.discussions.models import ReportReason
from labo.accounts import roles
from labo.models import StandardPage
from search.query import SearchQuery
from search.service import search_pages
from tests.factories import ThemeFactory, approved_member, experience_page


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.LABO_PAGE_CACHE_SECONDS = 600
    settings.LABO_PROXY_CACHE_SECONDS = 60
    settings.LABO_COMMENT_PREMODERATED = 0
    settings.LABO_COMMENT_REPORT_THRESHOLD = 1


@pytest.fixture
def write_up(experience_index):
    author = approved_member(roles.CONTRIBUTORS, display_name="Camille Autrice")
    return experience_page(
        experience_index,
        title="Permanences en visio",
        slug="permanences-en-visio",
        owner=author,
        themes=[ThemeFactory(slug="visio", name="Visio")],
    )


@pytest.fixture
def member():
    return approved_member(roles.CONTRIBUTORS, display_name="Dominique Lectrice")


@pytest.fixture
def moderator():
    return approved_member(roles.MODERATION, display_name="Modération")


def visit(url, client=None):
    """(response, number of queries) for a visitor without cookies, unless a
    client is given."""
    client = client or Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def html(url):
    response, _ = visit(url)
    assert response.status_code == 200
    return response.content.decode()


class FormFields(HTMLParser):
    def __init__(self, text):
        super().__init__()
        self.names = set()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "input":
            self.names.add(dict(attrs).get("name"))


# Served from the cache


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/experiences/",
        "/experiences/?theme=visio",
        "/experiences/permanences-en-visio/",
        "/notes/",
        "/dossiers/",
        "/charte/",
    ],
)
def test_an_anonymous_page_is_served_from_the_cache_without_a_query(write_up, url):
    first, built = visit(url)
    second, served = visit(url)
    assert first.status_code == second.status_code == 200
    assert built > 0
    assert served == 0
    assert second.content == first.content


def test_each_query_string_is_a_page_of_its_own(write_up, experience_index):
    other = experience_page(experience_index, title="Ateliers Instagram")
    assert "Ateliers Instagram" in html("/experiences/")
    assert "Ateliers Instagram" not in html("/experiences/?theme=visio")
    assert other.title in html("/experiences/?page=1")


def test_an_anonymous_page_may_be_kept_by_a_proxy_for_a_short_time(write_up):
    response, _ = visit(write_up.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=0", "s-maxage=60"}
    assert "Cookie" in response["Vary"]
    again, _ = visit(write_up.url)
    assert again["Cache-Control"] == response["Cache-Control"]


# Members


def test_a_member_never_gets_nor_fills_the_cache(client, write_up, member):
    client.force_login(member)
    response, _ = visit(write_up.url, client)
    assert "Se déconnecter" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    _, anonymous_queries = visit(write_up.url)
    assert anonymous_queries > 0  # the member's visit cached nothing

    anonymous_html = html(write_up.url)
    response, queries = visit(write_up.url, client)
    assert queries > 0
    assert response.content.decode() != anonymous_html
    assert "Se déconnecter" in response.content.decode()


def test_a_cached_page_holds_no_csrf_token_and_no_member(client, write_up, member):
    client.force_login(member)
    services.comment_post(user=member, page=write_up, body="Combien de jeunes ?")
    client.get(write_up.url)
    cached = html(write_up.url)
    served, queries = visit(write_up.url)
    assert queries == 0
    text = served.content.decode()
    assert text == cached
    assert "csrfmiddlewaretoken" not in FormFields(text).names
    assert "csrftoken" not in served.cookies
    assert "Se connecter" in text
    assert "Se déconnecter" not in text
    assert member.email not in text
    # Only as the author of the message, like every visitor sees it.
    assert text.count("Dominique Lectrice") == 1


def test_a_page_that_writes_to_the_session_is_not_kept(write_up):
    url = f"{write_up.url}?ordre=chronologique"
    response, _ = visit(url)
    assert response.status_code == 200
    assert "sessionid" in response.cookies
    assert "public" not in response["Cache-Control"]
    _, queries = visit(url)
    assert queries > 0


def test_a_visitor_with_a_message_waiting_is_not_served_the_cache(write_up):
    html(write_up.url)
    client = Client()
    client.cookies["messages"] = "anything"
    _, queries = visit(write_up.url, client)
    assert queries > 0


def test_a_password_form_is_never_kept(site_tree):
    page = StandardPage.objects.get(slug="charte")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    first, _ = visit("/charte/")
    second, queries = visit("/charte/")
    assert "csrfmiddlewaretoken" in FormFields(first.content.decode()).names
    assert queries > 0
    assert "public" not in second.get("Cache-Control", "")


# Changes show at once


def test_a_publication_shows_at_once_on_the_home_page_and_the_listing(
    client, write_up, experience_index, member
):
    client.force_login(member)
    for url in ("/", "/experiences/", "/experiences/?theme=visio"):
        assert "Des ateliers Pix" not in html(url)
    assert "1 fiche correspondant" in client.get("/experiences/?theme=visio").text
    experience_page(
        experience_index, title="Des ateliers Pix", themes=write_up.themes.all()
    )
    for url in ("/", "/experiences/", "/experiences/?theme=visio"):
        assert "Des ateliers Pix" in html(url)
    # Counts kept for members too (labo.memo.memoize) are fresh.
    assert "2 fiches correspondant" in client.get("/experiences/?theme=visio").text


def test_an_unpublished_page_is_gone_at_once(write_up):
    assert "Permanences en visio" in html("/experiences/")
    assert visit(write_up.url)[0].status_code == 200
    write_up.unpublish()
    assert "Permanences en visio" not in html("/experiences/")
    assert visit(write_up.url)[0].status_code == 404


def test_a_page_made_private_is_no_longer_served_from_the_cache(write_up):
    html(write_up.url)
    PageViewRestriction.objects.create(
        page=write_up, restriction_type=PageViewRestriction.LOGIN
    )
    response, _ = visit(write_up.url)
    assert response.status_code == 302
    assert "Permanences en visio" not in html("/experiences/")


def test_a_moved_or_deleted_page_is_gone_at_once(site_tree):
    about = StandardPage.objects.get(slug="a-propos")
    charter = StandardPage.objects.get(slug="charte")
    assert visit("/a-propos/")[0].status_code == 200
    about.move(charter, pos="last-child")
    moved, _ = visit("/a-propos/")
    assert (moved.status_code, moved["Location"]) == (301, "/charte/a-propos/")
    assert visit("/charte/a-propos/")[0].status_code == 200
    StandardPage.objects.get(pk=about.pk).delete()
    assert visit("/charte/a-propos/")[0].status_code == 404


def test_every_decision_on_a_message_shows_at_once(write_up, member, moderator):
    assert "Combien de jeunes" not in html(write_up.url)
    comment = services.comment_post(
        user=member, page=write_up, body="Combien de jeunes ?"
    )
    assert "Combien de jeunes ?" in html(write_up.url)

    services.comment_edit(user=member, comment=comment, body="Combien de jeunes, 40 ?")
    assert "Combien de jeunes, 40 ?" in html(write_up.url)

    services.moderation_hide(moderator=moderator, comment=comment, reason="Hors sujet")
    assert "Combien de jeunes" not in html(write_up.url)

    services.moderation_restore(moderator=moderator, comment=comment)
    assert "Combien de jeunes, 40 ?" in html(write_up.url)

    # One report is the threshold here: the message is hidden by an update.
    services.comment_report(
        user=moderator, comment=comment, reason=ReportReason.SPAM, note=""
    )
    assert "Combien de jeunes" not in html(write_up.url)

    services.moderation_restore(moderator=moderator, comment=comment)
    assert "Combien de jeunes" in html(write_up.url)
    services.comment_delete(user=member, comment=comment)
    assert "Combien de jeunes" not in html(write_up.url)


def test_taxonomy_and_members_names_show_at_once(write_up, member):
    services.comment_post(user=member, page=write_up, body="Bravo !")
    assert "Visio" in html("/experiences/")
    assert "Dominique Lectrice" in html(write_up.url)
    theme = write_up.themes.get()
    theme.name = "Visioconférence"
    theme.save()
    member.profile.display_name = "Dominique L."
    member.profile.save()
    assert "Visioconférence" in html("/experiences/")
    page = html(write_up.url)
    assert "Dominique L." in page
    assert "Dominique Lectrice" not in page


def test_search_results_are_kept_and_follow_every_change_at_once(
    write_up, experience_index
):
    def found(text):
        return [hit.page_id for hit in search_pages(SearchQuery(text=text)).hits]

    assert found("permanences") == [write_up.pk]
    with CaptureQueriesContext(connection) as first:
        assert found("pix") == []
    with CaptureQueriesContext(connection) as again:
        assert found("pix") == []
    # The ranking and counts come from the cache; labels and pages are read.
    assert len(again) < len(first)
    pix = experience_page(experience_index, title="Des ateliers Pix")
    assert found("pix") == [pix.pk]
    write_up.unpublish()
    assert found("permanences") == []
    PageViewRestriction.objects.create(
        page=pix, restriction_type=PageViewRestriction.LOGIN
    )
    assert found("pix") == []


# The caching proxy


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.path, self.headers["Host"]))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass  # keeps the test output clean


@pytest.fixture
def proxy():
    """A real HTTP server on 127.0.0.1 that records the PURGE requests it gets."""
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def purging(settings, proxy):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{proxy.server_port}",
        }
    }
    return proxy


def test_publishing_and_unpublishing_purge_the_page_its_listing_and_home(
    experience_index, purging
):
    page = experience_page(
        experience_index, title="Un café numérique", slug="un-cafe-numerique"
    )
    expected = {
        ("/experiences/un-cafe-numerique/", "localhost"),
        ("/experiences/", "localhost"),
        ("/", "localhost"),
    }
    assert set(purging.purged) == expected
    purging.purged.clear()
    page.unpublish()
    assert set(purging.purged) == expected


def test_nothing_is_purged_without_a_proxy(experience_index, proxy, settings):
    assert settings.WAGTAILFRONTENDCACHE == {}
    page = experience_page(experience_index)
    page.unpublish()
    assert proxy.purged == []
