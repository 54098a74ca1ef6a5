import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from experiences.fields import FORM_FIELDS
from experiences.follow_ups.models import FollowUp
from experiences.models import CollectionPage, ExperiencePage, StrategyNotePage
from labo.accounts import roles
from labo.demo.content import demo_content

pytestmark = pytest.mark.django_db

HAND_WRITTEN = len(demo_content("experiences"))


def test_seed_demo_builds_a_living_site_and_can_run_twice(client, no_site_tree):
    call_command("seed_demo")
    call_command("seed_demo")
    assert ExperiencePage.objects.live().count() == HAND_WRITTEN >= 40
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


def test_the_demo_shows_what_happens_after_publication(client, no_site_tree):
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    first = ExperiencePage.objects.get(title=demo_content("experiences")[0]["title"])
    # A chain of three reproductions down from the first write-up.
    assert first.reproduction_count == 3
    chain_end = ExperiencePage.objects.get(
        title=demo_content("experiences")[-1]["title"]
    )
    assert len(chain_end.replication_chain) == 3
    # A significant update in its history, once.
    history = client.get(f"{first.url}historique/").content.decode()
    assert history.count("Le bilan de la deuxième année") == 1
    # A published « six mois après » answer, and one waiting for the coordination.
    assert sorted(FollowUp.objects.values_list("status", flat=True)) == [
        "pending",
        "published",
    ]
    # A validated label past its review date.
    stale = [page for page in ExperiencePage.objects.all() if page.maturity_is_stale]
    assert len(stale) == 1
    assert "Maturité à revoir" in client.get(stale[0].url).content.decode()


def test_the_demo_write_ups_hold_the_form_fields_and_what_editors_set():
    # Loaded through experiences.services.write_up_fill, as the form's data; the
    # territory is a Mission locale, made from its name and department.
    # The line for the readers' history belongs to updates, not to a first
    # publication.
    form_fields = {field.name for field in FORM_FIELDS} - {
        "territory",
        "change_summary",
    }
    others = {"mission_locale", "department", "maturity", "reproduced_from"}
    for data in demo_content("experiences"):
        assert set(data) == form_fields | others


def test_site_tree_builds_the_sections_and_standard_pages_without_any_account(
    client, no_site_tree
):
    call_command("site_tree", stdout=io.StringIO())
    call_command("site_tree", stdout=io.StringIO())
    for url in ("/", "/experiences/", "/notes/", "/dossiers/", "/charte/"):
        assert client.get(url).status_code == 200
    assert Page.objects.filter(slug="experiences").count() == 1
    assert not get_user_model().objects.exists()
