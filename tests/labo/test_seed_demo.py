import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from experiences.demo.content import EXPERIENCES
from experiences.models import CollectionPage, ExperiencePage, StrategyNotePage
from labo import roles

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_a_living_site_and_can_run_twice(client):
    call_command("seed_demo")
    call_command("seed_demo")
    assert ExperiencePage.objects.live().count() == len(EXPERIENCES) >= 40
    themes_used = {
        t.pk for page in ExperiencePage.objects.all() for t in page.themes.all()
    }
    assert len(themes_used) >= 8
    regions = {page.territory.region.pk for page in ExperiencePage.objects.all()}
    assert len(regions) >= 6
    assert StrategyNotePage.objects.live().exists()
    assert CollectionPage.objects.filter(title="Premiers pas", live=True).exists()
    users = get_user_model().objects
    for group in (roles.CONTRIBUTORS, roles.COORDINATION, roles.MODERATION):
        assert users.filter(groups__name=group).count() == 1
    assert users.filter(is_superuser=True).count() == 1
    for url in ("/", "/experiences/", "/notes/", "/dossiers/"):
        assert client.get(url).status_code == 200


def test_generated_write_ups_are_published_searchable_and_keep_the_tree_sound():
    call_command("seed_demo", experiences=25)
    assert ExperiencePage.objects.live().count() == len(EXPERIENCES) + 25
    assert all(not problems for problems in Page.find_problems())
    generated = ExperiencePage.objects.order_by("-pk").first()
    assert generated.themes.exists()
    assert generated.url.startswith("/experiences/")
    word = max(generated.title.split(), key=len)
    results = get_search_backend().search(word, ExperiencePage)
    assert generated in list(results[:200])


def test_site_tree_builds_the_pages_once_without_accounts_or_content(client):
    call_command("site_tree")
    charter = Page.objects.get(slug="charte").specific
    charter.title = "Charte revue par l'administration"
    charter.save_revision().publish()

    call_command("site_tree")

    assert Page.objects.filter(slug="charte").count() == 1
    assert Page.objects.get(slug="charte").title == "Charte revue par l'administration"
    assert not get_user_model().objects.exists()
    assert not ExperiencePage.objects.exists()
    for url in ("/", "/experiences/", "/notes/", "/dossiers/", "/charte/"):
        assert client.get(url).status_code == 200
