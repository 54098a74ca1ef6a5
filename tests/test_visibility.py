"""Drafts, restricted pages, a private section, hidden and pending messages: none
of them shows anywhere a page is listed, found or linked, whoever asks.

Every hidden thing carries the word "Kiosque", as does one public write-up that
must show everywhere, so that an empty answer cannot pass for a private one. The
Labo has no feeds (RSS or Atom) to check.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from experiences import services
from experiences.discussions.models import Comment, CommentStatus
from experiences.forms import ContributionForm
from experiences.models import CollectionItem, CollectionPage
from labo.accounts import roles
from labo.models import StandardPage
from tests.factories import ThemeFactory, approved_member, department, experience_page

pytestmark = pytest.mark.django_db

PUBLIC = "Kiosque numérique en accès libre"


@pytest.fixture
def hidden(site_tree):
    """The public write-up, and every kind of page or message nobody else may
    see, all about the same theme and tag."""
    index = site_tree["experiences"]
    theme = ThemeFactory(slug="kiosque")
    author = approved_member(roles.CONTRIBUTORS)

    def write_up(title, **fields):
        return experience_page(
            index,
            title=title,
            slug=slugify(title),
            themes=[theme],
            tags=["kiosque"],
            **fields,
        )

    public = write_up(PUBLIC, owner=author)
    login = write_up("Kiosque réservé aux membres")
    PageViewRestriction.objects.create(page=login, restriction_type="login")
    password = write_up("Kiosque protégé par mot de passe")
    PageViewRestriction.objects.create(
        page=password, restriction_type="password", password="sesame"
    )
    groups = write_up("Kiosque réservé à la coordination")
    PageViewRestriction.objects.create(
        page=groups, restriction_type="groups"
    ).groups.set([Group.objects.get(name=roles.COORDINATION)])
    form = ContributionForm(
        {"title": "Kiosque en brouillon", "territory": department("33").pk}
    )
    assert form.is_valid(), form.errors
    draft = services.contribution_save(user=author, cleaned_data=form.cleaned_data)
    withdrawn = write_up("Kiosque dépublié")
    withdrawn.unpublish()
    # A newer draft of the public write-up: only the published version shows.
    latest = public.get_latest_revision_as_object()
    latest.title = "Kiosque titre pas encore relu"
    latest.save_revision()

    section = StandardPage(title="Espace coordination", slug="espace", body=[])
    site_tree["home"].add_child(instance=section)
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    inside = StandardPage(
        title="Kiosque compte rendu interne", slug="compte-rendu-interne", body=[]
    )
    section.add_child(instance=inside)

    pages = [login, password, groups, draft, withdrawn, inside]
    collection = CollectionPage(
        title="Dossier kiosques", slug="kiosques", intro="À lire", featured=True
    )
    collection.items = [
        CollectionItem(page=page, comment=f"Pourquoi lire {page.title}")
        for page in [public, *pages]
    ]
    site_tree["dossiers"].add_child(instance=collection)

    for status, body in (
        (CommentStatus.HIDDEN, "Kiosque message masqué"),
        (CommentStatus.PENDING, "Kiosque message en attente"),
    ):
        Comment.objects.create(
            page=public,
            author=approved_member(roles.CONTRIBUTORS),
            body=body,
            status=status,
            last_activity_at=timezone.now(),
        )
    Comment.objects.create(
        page=public,
        author=author,
        body="Kiosque message publié",
        last_activity_at=timezone.now(),
    )
    return {
        "public": public,
        "collection": collection,
        "pages": pages,
        "texts": [
            *(page.title for page in pages),
            "Kiosque titre pas encore relu",
            "Kiosque message masqué",
            "Kiosque message en attente",
        ],
    }


def viewer(who):
    if who == "anonymous":
        return None
    group = {"member": roles.CONTRIBUTORS, "coordinator": roles.COORDINATION}[who]
    return approved_member(group)


def surfaces(hidden):
    """Every place that lists, finds or links pages, with what must show there."""
    public = hidden["public"]
    return {
        "/": PUBLIC,
        "/experiences/": PUBLIC,
        "/experiences/?theme=kiosque&tag=kiosque": PUBLIC,
        "/dossiers/": "Dossier kiosques",
        hidden["collection"].url: PUBLIC,
        public.url: "Kiosque message publié",
        "/recherche/?q=kiosque": PUBLIC,
        "/recherche/?q=kiosque&tri=recent&theme=kiosque": PUBLIC,
        "/recherche/suggestions/?q=Kiosq": PUBLIC,
        "/api/v2/pages/?limit=50": PUBLIC,
        "/api/v2/pages/?type=experiences.ExperiencePage&fields=*&limit=50": PUBLIC,
        f"/api/v2/pages/{hidden['collection'].pk}/": PUBLIC,
        f"/api/v2/pages/{public.pk}/": PUBLIC,
        "/sitemap.xml": public.url,
    }


@pytest.mark.parametrize("who", ["anonymous", "member", "coordinator"])
def test_hidden_pages_and_messages_never_show(client, hidden, who):
    user = viewer(who)
    if user is not None:
        client.force_login(user)

    for url, expected in surfaces(hidden).items():
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        assert expected in body, url
        for text in hidden["texts"]:
            assert text not in body, (url, text)
        for page in hidden["pages"]:
            assert f"{page.slug}/" not in body, (url, page.slug)


@pytest.mark.parametrize("who", ["anonymous", "member", "coordinator"])
def test_the_api_has_no_detail_for_hidden_pages(client, hidden, who):
    user = viewer(who)
    if user is not None:
        client.force_login(user)

    for page in hidden["pages"]:
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 404, page.title
        found = client.get("/api/v2/pages/find/", {"html_path": page.url or "/"})
        assert found.status_code == 404, page.title
