import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.test.utils.form_data import streamfield as stream_data

from experiences.fields import WRITE_UP_FIELDS
from experiences.models import (
    CollectionIndexPage,
    CollectionItem,
    CollectionPage,
    ExperienceIndexPage,
    ExperiencePage,
    StrategyNoteExperience,
    StrategyNoteIndexPage,
    StrategyNotePage,
)
from experiences.taxonomy.models import Theme
from labo.models import HomePage, StandardPage
from tests.factories import ThemeFactory, department, experience_page, staff_with_mfa


def test_the_page_tree_only_allows_sensible_children():
    assert ExperiencePage.allowed_parent_page_models() == [ExperienceIndexPage]
    assert HomePage.allowed_parent_page_models() == [Page]
    assert ExperiencePage.allowed_subpage_models() == []
    assert set(HomePage.allowed_subpage_models()) == {
        ExperienceIndexPage,
        StrategyNoteIndexPage,
        CollectionIndexPage,
        StandardPage,
    }
    assert CollectionPage.allowed_parent_page_models() == [CollectionIndexPage]


def test_singleton_pages_cannot_be_created_twice(site_tree):
    assert not ExperienceIndexPage.can_create_at(site_tree["home"])
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert StandardPage.can_create_at(site_tree["home"])


def test_end_date_must_follow_start_date(experience_index):
    page = experience_page(experience_index)
    page.end_date = page.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "La date de fin doit suivre la date de début" in str(error.value)


def test_a_replication_chain_cannot_loop(experience_index):
    original = experience_page(experience_index)
    copy = experience_page(experience_index, reproduced_from=original)
    original.reproduced_from = copy
    with pytest.raises(ValidationError) as error:
        original.full_clean()
    assert "reproduite à partir d'elle-même" in str(error.value)
    copy.reproduced_from = copy
    with pytest.raises(ValidationError):
        copy.full_clean()


def test_the_replication_chain_runs_from_the_original(experience_index):
    original = experience_page(experience_index)
    second = experience_page(experience_index, reproduced_from=original)
    third = experience_page(experience_index, reproduced_from=second)
    assert third.replication_chain == [original, second]
    assert original.replication_chain == []


def admin_form_data(**overrides):
    """A complete write-up as the Wagtail editor posts it."""
    theme = Theme.objects.first()
    data = {
        "title": "Des permanences en visio",
        "slug": "des-permanences-en-visio",
        "summary": "Des permanences en visio pour les jeunes éloignés.",
        "territory": department("33").pk,
        "tags": "visio",
        "maturity": "testing",
        "status": "running",
        "start_date": "2025-01-06",
        "end_date": "",
        "context": rich_text("<p>Un territoire rural.</p>"),
        "objectives": rich_text("<ul><li>Garder le lien</li></ul>"),
        "steps": stream_data(
            [("step", {"title": "Préparer", "description": "Choisir", "duration": ""})]
        ),
        "results": rich_text("<p>30 jeunes reçus.</p>"),
        "indicators": stream_data([]),
        "resources": stream_data([]),
        "comments": inline_formset([]),
    }
    themes = overrides.pop("themes", [theme.pk])
    data.update(overrides)
    # Checkbox values are posted as a repeated field, which nested_form_data
    # would turn into numbered keys.
    return {**nested_form_data(data), "themes": themes}


def add_url(parent):
    return f"/admin/pages/add/experiences/experiencepage/{parent.pk}/"


def test_an_editor_creates_a_write_up_in_the_admin(client, experience_index):
    client.force_login(staff_with_mfa(is_superuser=True))
    response = client.post(add_url(experience_index), admin_form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ExperiencePage.objects.get(slug="des-permanences-en-visio")
    assert [t.slug for t in page.themes.all()] == [Theme.objects.first().slug]
    assert not page.live


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"themes": []}, "Champ requis"),
        ({"territory": ""}, "Champ requis"),
        ({"end_date": "2024-01-01"}, "La date de fin doit suivre la date de début"),
    ],
)
def test_the_admin_form_explains_what_is_missing(
    client, experience_index, overrides, message
):
    client.force_login(staff_with_mfa(is_superuser=True))
    response = client.post(add_url(experience_index), admin_form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ExperiencePage.objects.exists()


def test_home_page_shows_latest_write_ups_collections_and_theme_counts(
    client, site_tree
):
    visio = ThemeFactory(name="Visio et téléphone")
    for _ in range(2):
        experience_page(site_tree["experiences"], themes=[visio])
    collection = CollectionPage(
        title="Premiers pas",
        slug="premiers-pas",
        intro="Pour commencer.",
        featured=True,
    )
    site_tree["dossiers"].add_child(instance=collection)
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Visio et téléphone" in html
    assert "2 fiches" in html
    assert "Premiers pas" in html
    assert "Expérience de test" in html


def test_a_write_up_shows_every_section_and_both_ends_of_a_replication(
    client, experience_index
):
    original = experience_page(experience_index, title="La visio du samedi")
    copy = experience_page(
        experience_index,
        title="La visio du samedi, version rurale",
        reproduced_from=original,
        tags=["visio"],
        difficulties="<p>Le réseau mobile a lâché.</p>",
    )
    copy_html = client.get(copy.url).content.decode()
    assert "Cette expérience reprend" in copy_html
    assert original.url in copy_html
    assert "Le réseau mobile a lâché." in copy_html
    assert "#visio" in copy_html
    assert "Fil d&#x27;Ariane" in copy_html or "Fil d'Ariane" in copy_html
    original_html = client.get(original.url).content.decode()
    assert "reproduite ailleurs" in original_html
    assert copy.url in original_html


def test_notes_and_collections_render_with_their_write_ups(client, site_tree):
    experience = experience_page(site_tree["experiences"], title="Permanence visio")
    note = StrategyNotePage(
        title="Le distanciel, deux ans après",
        slug="distanciel",
        summary="Ce que les fiches nous apprennent.",
        body=[("heading", "Constats")],
    )
    note.experience_links = [StrategyNoteExperience(experience=experience)]
    site_tree["notes"].add_child(instance=note)
    collection = CollectionPage(
        title="Premiers pas", slug="premiers-pas", intro="Bienvenue"
    )
    collection.items = [
        CollectionItem(page=experience, comment="À lire en premier."),
        CollectionItem(page=note, comment="Pour prendre du recul."),
    ]
    site_tree["dossiers"].add_child(instance=collection)

    note_html = client.get(note.url).content.decode()
    assert "Permanence visio" in note_html
    collection_html = client.get(collection.url).content.decode()
    assert collection_html.index("Permanence visio") < collection_html.index(
        "Le distanciel, deux ans après"
    )
    assert "À lire en premier." in collection_html
    experience_html = client.get(experience.url).content.decode()
    assert "Le distanciel, deux ans après" in experience_html
    assert "Premiers pas" in experience_html
    assert "Le distanciel, deux ans après" in client.get("/notes/").content.decode()
    assert "Premiers pas" in client.get("/dossiers/").content.decode()


def test_private_and_draft_write_ups_stay_out_of_collections(client, site_tree):
    public = experience_page(site_tree["experiences"], title="Fiche publique")
    private = experience_page(site_tree["experiences"], title="Fiche privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = experience_page(site_tree["experiences"], title="Fiche brouillon")
    draft.unpublish()
    collection = CollectionPage(
        title="Sélection", slug="selection", intro="Trois fiches"
    )
    collection.items = [
        CollectionItem(page=page, comment="À lire.")
        for page in (public, private, draft)
    ]
    site_tree["dossiers"].add_child(instance=collection)
    html = client.get(collection.url).content.decode()
    assert "Fiche publique" in html
    assert "Fiche privée" not in html
    assert "Fiche brouillon" not in html


def test_standard_pages_and_the_404_page_render(client, site_tree):
    response = client.get("/charte/")
    assert response.status_code == 200
    assert "Charte des discussions" in response.content.decode()
    missing = client.get("/cette-page-n-existe-pas/")
    assert missing.status_code == 404
    assert "Page introuvable" in missing.content.decode()


def test_editors_get_the_tabbed_write_up_form_and_the_taxonomy_screens(
    client, experience_index
):
    page = experience_page(experience_index)
    client.force_login(staff_with_mfa(is_superuser=True))
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for tab in ("Fiche", "Récit", "Moyens et résultats", "Ressources et contact"):
        assert tab in edit
    regions = client.get("/admin/snippets/taxonomy/territory/?kind=region")
    assert regions.status_code == 200
    assert "Nouvelle-Aquitaine" in regions.content.decode()
    assert "Gironde" not in regions.content.decode()
    found = client.get("/admin/snippets/taxonomy/territory/?q=Gironde")
    assert "Gironde" in found.content.decode()


def test_the_editors_tabs_hold_every_declared_field():
    """The admin layout is written by hand (groups, rows, and the editors' own order
    of the tabs); it still shows every field of the declaration."""
    in_tabs = {
        name
        for tab in ExperiencePage.get_edit_handler().children
        for name in tab.get_form_options()["fields"]
    }
    editable = {
        field.name
        for field in WRITE_UP_FIELDS
        if ExperiencePage._meta.get_field(field.name).editable
    }
    assert "reproduction_conditions" in editable
    assert editable - in_tabs == set()
