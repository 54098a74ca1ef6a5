from urllib.parse import urlencode

import pytest
from django import forms
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from experiences.forms import ContributionForm
from experiences.models import (
    CollectionIndexPage,
    CollectionPage,
    ExperienceIndexPage,
    ExperiencePage,
    StrategyNoteIndexPage,
    StrategyNotePage,
)
from tests.factories import UserFactory, department, experience_page, staff_with_mfa

TOO_LONG_DEFAULT_FRENCH = "Assurez-vous que cette valeur comporte au plus"
FREE_TEXT_LIMITS = {
    "title": 255,
    "summary": 500,
    "tags": 255,
    "tools": 255,
    "context": 20_000,
    "objectives": 20_000,
    "steps": 20_000,
    "staff_time": 255,
    "cost": 255,
    "partners": 2_000,
    "results": 20_000,
    "indicators": 2_000,
    "difficulties": 20_000,
    "reproduction_conditions": 20_000,
    "resources": 2_000,
    "team": 2_000,
    "reproduction_changes": 2_000,
    "change_summary": 200,
}
MODEL_LIMITS = [
    (ExperiencePage, "summary", 500),
    (ExperiencePage, "partners", 2_000),
    (ExperiencePage, "team", 2_000),
    (ExperiencePage, "context", 20_000),
    (ExperiencePage, "objectives", 20_000),
    (ExperiencePage, "results", 20_000),
    (ExperiencePage, "difficulties", 20_000),
    (ExperiencePage, "reproduction_conditions", 20_000),
    (ExperiencePage, "reproduction_changes", 2_000),
    (ExperiencePage, "change_summary", 200),
    (StrategyNotePage, "summary", 500),
    (CollectionPage, "intro", 2_000),
    (ExperienceIndexPage, "intro", 2_000),
    (StrategyNoteIndexPage, "intro", 2_000),
    (CollectionIndexPage, "intro", 2_000),
]


def test_every_text_field_of_the_contribution_form_is_covered_here():
    text_fields = {
        name
        for name, field in ContributionForm.base_fields.items()
        if type(field) is forms.CharField
    }
    assert text_fields == set(FREE_TEXT_LIMITS)


@pytest.mark.parametrize(("name", "limit"), FREE_TEXT_LIMITS.items())
def test_every_free_text_field_of_the_form_has_a_maximum_length(db, name, limit):
    def too_long(text):
        # Every field asked: of an update of a published write-up, which
        # reproduces another one.
        form = ContributionForm(
            data={name: text, "reproduced_from": "1"}, updating_published=True
        )
        errors = form.errors.get(name, [])
        return any(TOO_LONG_DEFAULT_FRENCH in error for error in errors)

    assert not too_long("a" * limit)
    assert too_long("a" * (limit + 1))


@pytest.mark.parametrize(("model", "name", "limit"), MODEL_LIMITS)
def test_the_page_models_refuse_text_beyond_the_same_limits(model, name, limit):
    field = model._meta.get_field(name)
    field.clean("a" * limit, None)
    with pytest.raises(ValidationError, match=TOO_LONG_DEFAULT_FRENCH):
        field.clean("a" * (limit + 1), None)


def test_rich_text_counts_its_text_and_not_its_tags():
    field = ExperiencePage._meta.get_field("context")
    field.clean("<p><b>" + "a" * 20_000 + "</b></p>", None)


def test_a_step_longer_than_a_step_block_holds_is_a_form_error(db):
    steps = "Former l'équipe\n" + "a" * 5_001
    errors = ContributionForm(data={"steps": steps}).errors["steps"]
    assert errors == [
        "L'étape « Former l'équipe » dépasse 5000 caractères : découpez-la en "
        "plusieurs étapes."
    ]


@pytest.mark.parametrize("character", ["\x01", "\x0b", "\x7f", "\x85"])
@pytest.mark.parametrize("name", FREE_TEXT_LIMITS)
def test_a_control_character_in_any_text_field_is_a_form_error(db, name, character):
    form = ContributionForm(
        data={name: f"Avant{character}après", "reproduced_from": "1"},
        updating_published=True,
    )
    errors = form.errors[name]
    assert any("caractère de contrôle invisible" in error for error in errors)


def test_tabs_and_line_breaks_stay_welcome_in_text_areas(db):
    form = ContributionForm(data={"context": "Un\tdeux\r\ntrois"})
    assert "context" not in form.errors


def test_a_control_character_posted_is_answered_with_the_form_not_a_500(
    client, site_tree
):
    client.force_login(UserFactory())
    response = client.post(
        "/contribuer/nouvelle/",
        {"title": "Un titre", "territory": department("15").pk, "tags": "visio\x7f"},
    )
    assert response.status_code == 200
    assert "caractère de contrôle invisible (code U+007F)" in response.content.decode()


def test_the_form_keeps_a_title_on_one_line_without_bidi_controls(db):
    form = ContributionForm(
        data={"title": " Visio\r\n\u202een\u200f mairie ", "territory": ""}
    )
    form.is_valid()
    assert form.cleaned_data["title"] == "Visio en mairie"
    only_bidi = ContributionForm(data={"title": "\u202e\u2066"})
    assert only_bidi.errors["title"] == [
        "Remplissez-le : même un brouillon en a besoin."
    ]


def pages_of_every_model(site_tree):
    experiences = site_tree["experiences"]
    notes, collections = site_tree["notes"], site_tree["dossiers"]
    note = notes.add_child(
        instance=StrategyNotePage(
            title="Note", summary="Résumé.", body=[("heading", "Intertitre")]
        )
    )
    collection = collections.add_child(
        instance=CollectionPage(title="Dossier", intro="Une sélection.")
    )
    return [
        experiences,
        notes,
        collections,
        experience_page(experiences),
        note,
        collection,
    ]


def test_every_page_model_keeps_its_title_on_one_line_without_bidi_controls(
    site_tree,
):
    for page in pages_of_every_model(site_tree):
        page.title = "Un\r\ntitre\u202e sur\u2028deux lignes\u2069"
        revision = page.save_revision()
        assert revision.as_object().title == "Un titre sur deux lignes", page
        page.refresh_from_db()
        assert page.draft_title == "Un titre sur deux lignes", page


def test_the_admin_keeps_a_title_on_one_line_without_bidi_controls(client, site_tree):
    notes = site_tree["notes"]
    client.force_login(staff_with_mfa(is_superuser=True))
    data = nested_form_data(
        {
            "title": "Les notes\r\n\u202ede la coordination",
            "slug": notes.slug,
            "intro": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{notes.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    notes.refresh_from_db()
    assert notes.title == notes.draft_title == "Les notes de la coordination"


def test_a_write_up_filled_to_every_limit_fits_in_a_request_and_more_is_refused(
    client, site_tree
):
    client.force_login(UserFactory())
    fullest = {name: "€" * limit for name, limit in FREE_TEXT_LIMITS.items()}
    body = urlencode({**fullest, "territory": department("15").pk})
    form_type = "application/x-www-form-urlencoded"
    response = client.post("/contribuer/nouvelle/", body, content_type=form_type)
    assert response.status_code == 200
    assert len(body) > 1_000_000

    too_big = "context=" + "a" * 2 * 1024 * 1024
    response = client.post("/contribuer/nouvelle/", too_big, content_type=form_type)
    assert response.status_code == 400
