"""The read-only public API at /api/v2/: what a write-up reads like, what never
comes out, and how bad query strings are answered."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from experiences.discussions.models import Comment
from experiences.models import (
    CollectionItem,
    CollectionPage,
    Maturity,
    StrategyNoteExperience,
    StrategyNotePage,
)
from labo.accounts import roles
from tests.factories import (
    approved_member,
    experience_page,
    staff_with_mfa,
)
from tests.labo import test_production

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"
WRITE_UP_TYPE = {"type": "experiences.ExperiencePage"}
production = test_production.production


def api_titles(client, **params):
    response = client.get(API, {"limit": 50, **params})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_a_write_up_reads_with_its_taxonomy_and_without_personal_data(
    client, catalogue
):
    author = approved_member(roles.CONTRIBUTORS, email="camille.martin@ml.example")
    write_up = catalogue["gironde"]
    write_up.owner = author
    write_up.team = "Camille Martin, conseillère numérique"
    write_up.contact_email = "camille.martin@ml.example"
    write_up.save_revision().publish()
    Comment.objects.create(
        page=write_up,
        author=author,
        body="Un message du fil de discussion",
        last_activity_at=timezone.now(),
    )

    response = client.get(f"{API}{write_up.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["type"] == "experiences.ExperiencePage"
    assert data["meta"]["html_url"] == f"http://localhost{write_up.url}"
    assert data["territory"] == {
        "key": "ml-ml-bordeaux",
        "kind": "mission_locale",
        "name": "ML Bordeaux",
    }
    assert [theme["slug"] for theme in data["themes"]] == ["visio"]
    assert [audience["slug"] for audience in data["audiences"]] == ["rural"]
    assert data["tags"] == ["whatsapp"]
    assert data["maturity"] == "evaluated"
    assert data["start_date"] == "2024-01-15"
    assert data["summary"] == write_up.summary
    assert data["steps"][0]["value"]["title"] == "Préparer"
    for private in ("owner", "team", "contact_email", "comments"):
        assert private not in data and private not in data["meta"]
    body = response.content.decode()
    assert "camille.martin" not in body
    assert "Camille Martin" not in body
    assert "fil de discussion" not in body


def test_write_ups_filter_by_field_and_read_their_fields_in_a_listing(
    client, catalogue
):
    response = client.get(
        API,
        {**WRITE_UP_TYPE, "maturity": Maturity.TESTING, "fields": "summary,territory"},
    )

    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == "Ateliers réseaux sociaux"
    assert item["territory"]["key"] == "departement-40"
    assert item["summary"].startswith("Des ateliers Instagram")


def test_no_session_opens_a_restricted_page_or_a_draft_revision(client, site_tree):
    index = site_tree["experiences"]
    public = experience_page(index, title="Fiche publique")
    public.title = "Titre du brouillon en cours"
    public.save_revision()
    restricted = {
        kind: experience_page(index, title=f"Fiche {kind}")
        for kind in (
            PageViewRestriction.LOGIN,
            PageViewRestriction.PASSWORD,
            PageViewRestriction.GROUPS,
        )
    }
    PageViewRestriction.objects.create(
        page=restricted["login"], restriction_type=PageViewRestriction.LOGIN
    )
    password = PageViewRestriction.objects.create(
        page=restricted["password"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="sesame",
    )
    PageViewRestriction.objects.create(
        page=restricted["groups"], restriction_type=PageViewRestriction.GROUPS
    ).groups.set([Group.objects.get(name=roles.COORDINATION)])
    coordinator = approved_member(roles.COORDINATION)
    client.force_login(coordinator)
    # The site opens them to this session...
    client.post(
        f"/_util/authenticate_with_password/{password.pk}/{restricted['password'].pk}/",
        {"password": "sesame", "return_url": restricted["password"].url},
    )
    for page in restricted.values():
        assert client.get(page.url).status_code == 200

    # ...the API does not.
    assert api_titles(client, **WRITE_UP_TYPE) == {"Fiche publique"}
    for page in restricted.values():
        assert client.get(f"{API}{page.pk}/").status_code == 404
    assert client.get(f"{API}{public.pk}/").json()["title"] == "Fiche publique"


def test_links_to_drafts_and_private_pages_are_left_out(client, site_tree):
    index = site_tree["experiences"]
    public = experience_page(index, title="Fiche publique")
    private = experience_page(index, title="Fiche privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = experience_page(index, title="Fiche retirée")
    draft.unpublish()
    copies = [
        experience_page(index, title=f"Reprise {source.title}", reproduced_from=source)
        for source in (public, private, draft)
    ]
    note = StrategyNotePage(
        title="Note", slug="note", summary="Résumé", body=[("heading", "Constats")]
    )
    note.experience_links = [
        StrategyNoteExperience(experience=page) for page in (public, private, draft)
    ]
    site_tree["notes"].add_child(instance=note)
    collection = CollectionPage(title="Dossier", slug="dossier", intro="Trois fiches")
    collection.items = [
        CollectionItem(page=page, comment=f"Pourquoi lire {page.title}")
        for page in (public, private, draft)
    ]
    site_tree["dossiers"].add_child(instance=collection)
    public_link = {
        "id": public.pk,
        "title": "Fiche publique",
        "html_url": f"http://localhost{public.url}",
    }

    sources = [
        client.get(f"{API}{copy.pk}/").json()["reproduced_from"] for copy in copies
    ]
    assert sources == [public_link, None, None]
    assert client.get(f"{API}{note.pk}/").json()["experiences"] == [public_link]
    assert client.get(f"{API}{collection.pk}/").json()["items"] == [
        {"page": public_link, "comment": "Pourquoi lire Fiche publique"}
    ]


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc",
        "limit=-1",
        "limit=51",
        "offset=abc",
        "offset=100001",
        "offset=99999999999999999999",
        "unknown=1",
        "fields=owner",
        "fields=alias_of",
        "fields=title(",
        "type=auth.User",
        "type=experiences.Nothing",
        "type=experiences.ExperiencePage&start_date=hier",
        "type=experiences.ExperiencePage&themes=visio",
        "type=experiences.ExperiencePage&territory=region-75",
        "type=experiences.ExperiencePage&order=owner",
        "type=experiences.ExperiencePage&fields=territory(owner)",
        "first_published_at=2024-13-45",
        "title=%00",
        "order=random&offset=1",
        "child_of=abc",
        "child_of=99999999999999999999",
        "search=visio",
        "rich_text_format=pdf",
    ],
)
def test_a_bad_query_string_is_a_400_with_a_message(client, catalogue, query):
    response = client.get(f"{API}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_find_answers_a_bad_id_with_a_400_and_a_private_path_with_a_404(
    client, catalogue
):
    private = catalogue["landes"]
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert client.get(f"{API}find/", {"id": "abc"}).status_code == 400
    assert client.get(f"{API}find/", {"html_path": private.url}).status_code == 404
    found = client.get(f"{API}find/", {"html_path": catalogue["paris"].url})
    assert found.status_code == 302
    assert found["Location"] == f"http://localhost{API}{catalogue['paris'].pk}/?"


def test_the_api_only_reads_and_only_in_json(client, catalogue):
    detail = f"{API}{catalogue['paris'].pk}/"
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(detail).status_code == 405
    assert client.get(API, {"format": "api"}).status_code == 404
    in_a_browser = client.get(API, headers={"Accept": "text/html,*/*;q=0.8"})
    assert in_a_browser.status_code == 200
    assert in_a_browser["Content-Type"] == "application/json"


def test_the_api_answers_with_the_production_security_headers(
    client, catalogue, production
):
    headers = {
        name: getattr(production(), name) for name in test_production.HEADER_SETTINGS
    }
    with override_settings(**headers):
        response = client.get(API, **test_production.HTTPS)
        plain_http = client.get(API, HTTP_HOST=test_production.HOST)

    assert response.status_code == 200
    assert plain_http.status_code == 301
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    directives = test_production.csp_directives(response["Content-Security-Policy"])
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]


def test_a_full_listing_costs_the_same_queries_for_two_or_twenty_write_ups(
    client, site_tree
):
    def queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(API, {**WRITE_UP_TYPE, "fields": "*", "limit": 50})
        assert response.status_code == 200
        return len(response.json()["items"]), len(context.captured_queries)

    source = None
    for _ in range(2):
        source = experience_page(
            site_tree["experiences"], tags=["visio", "pix"], reproduced_from=source
        )
    queries()  # Page addresses need the site's root paths, cached from then on.
    two = queries()
    for _ in range(18):
        source = experience_page(
            site_tree["experiences"], tags=["visio", "pix"], reproduced_from=source
        )
    twenty = queries()

    assert (two[0], twenty[0]) == (2, 20)
    assert two[1] == twenty[1]


def test_staff_sessions_read_the_same_as_anonymous_visitors(client, catalogue):
    PageViewRestriction.objects.create(
        page=catalogue["landes"], restriction_type="login"
    )
    anonymous = api_titles(client)
    client.force_login(staff_with_mfa(is_superuser=True))

    assert api_titles(client) == anonymous
    assert "Ateliers réseaux sociaux" not in anonymous
