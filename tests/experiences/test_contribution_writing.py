"""Writing a write-up: required fields marked from the start, every problem shown
in one round, the territory picker grouped by region, slugs cut between words, no
empty section on the published page, no maturity until a coordinator sets it."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from experiences.fields import FORM_FIELDS, Needed
from experiences.models import ExperiencePage, Maturity
from experiences.taxonomy.models import Territory, TerritoryKind
from labo.accounts import roles
from tests.factories import UserFactory, department, experience_page

from .test_contribution import complete_write_up

FORM_URL = "/contribuer/nouvelle/"


def member(*groups):
    user = UserFactory()
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def contributor(site_tree):
    return member(roles.CONTRIBUTORS)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def label_of(html, field):
    bound = html.find(id=f"id_{field.name}") or html.find(id=f"id_{field.name}_0")
    if bound.get("type") == "checkbox":
        return bound.find_parent("fieldset").legend.get_text(" ", strip=True)
    return html.find("label", attrs={"for": bound["id"]}).get_text(" ", strip=True)


def test_required_fields_are_marked_before_anything_is_sent(client, contributor):
    client.force_login(contributor)
    html = soup(client.get(FORM_URL))

    note = html.find(class_="required-note").get_text(" ", strip=True)
    assert "(obligatoire)" in note and "brouillon" in note
    # The line for the readers' history is asked only of a published write-up,
    # what was changed only of a reproduction (which says what it reproduces in
    # a hidden field).
    asked = {"change_summary", "reproduced_from", "reproduction_changes"}
    for field in (field for field in FORM_FIELDS if field.name not in asked):
        marked = "(obligatoire)" in label_of(html, field)
        assert marked == (field.needed != Needed.NEVER), field.name

    # Screen readers hear it too; only what every draft needs blocks a draft.
    title, summary = html.find(id="id_title"), html.find(id="id_summary")
    assert title["aria-required"] == "true" and title.has_attr("required")
    assert summary["aria-required"] == "true" and not summary.has_attr("required")
    assert html.find(id="id_start_date")["aria-required"] == "true"
    assert not html.find(id="id_end_date").has_attr("aria-required")


def test_a_draft_is_still_saved_with_required_fields_empty(client, contributor):
    client.force_login(contributor)
    response = client.post(
        FORM_URL,
        {"title": "Une idée", "territory": department("33").pk, "action": "save"},
    )
    assert response.status_code == 302
    assert ExperiencePage.objects.get(owner=contributor).title == "Une idée"


def test_sending_shows_missing_fields_and_personal_data_in_one_round(
    client, contributor
):
    client.force_login(contributor)
    response = client.post(
        FORM_URL,
        complete_write_up(
            themes=[],
            results="",
            context="Nous avons appelé le jeune au 06 12 34 56 78 un samedi.",
            action="submit",
        ),
    )
    html = soup(response)
    summary = html.find(id="erreurs")
    links = {link["href"]: link.get_text(" ", strip=True) for link in summary("a")}

    assert links["#id_themes_0"].startswith("Thèmes :")
    assert links["#id_results"].startswith("Résultats :")
    assert "06 12 34 56 78" in links["#id_context"]
    assert "Donnée personnelle possible" in links["#id_context"]
    assert "#id_personal_data_confirmed" in links
    heading = summary.h2.get_text(strip=True)
    assert heading == f"{len(summary.ul('li'))} points à corriger"
    # Each problem is also told beside its field, tied to it for screen readers.
    context = html.find(id="id_context")
    assert "id_context_error" in context["aria-describedby"]
    assert "06 12 34 56 78" in html.find(id="id_context_error").get_text()
    assert not ExperiencePage.objects.exists()


def test_a_confirmed_finding_is_no_error_while_fields_are_missing(client, contributor):
    client.force_login(contributor)
    data = complete_write_up(
        themes=[],
        context="Les jeunes écrivent à accueil@ml-cantal.example, notre accueil.",
        personal_data_confirmed="on",
        action="submit",
    )
    html = soup(client.post(FORM_URL, data))
    summary = html.find(id="erreurs").get_text(" ", strip=True)
    assert "Thèmes" in summary and "Donnée personnelle" not in summary
    assert html.find(id="id_personal_data_confirmed").has_attr("checked")

    del data["themes"]
    data["themes"] = complete_write_up()["themes"]
    assert client.post(FORM_URL, data).status_code == 302


def test_the_territory_picker_groups_every_territory_under_its_region(
    client, contributor, django_assert_max_num_queries
):
    ml = Territory.objects.create(
        kind=TerritoryKind.MISSION_LOCALE,
        name="Mission locale des Graves",
        parent=department("33"),
    )
    client.force_login(contributor)
    client.get(FORM_URL)
    with django_assert_max_num_queries(12):
        html = soup(client.get(FORM_URL))
    select = html.find("select", id="id_territory")
    assert select["data-picker"] == "territory"
    assert select.find("option")["value"] == ""

    seen = []
    for group in select("optgroup"):
        options = group("option")
        region = Territory.objects.get(pk=options[0]["value"])
        assert region.kind == TerritoryKind.REGION
        assert group["label"] == region.name
        for option in options:
            territory = Territory.objects.get(pk=option["value"])
            top = territory
            while top.parent_id:
                top = top.parent
            assert top == region, territory
        seen += [int(option["value"]) for option in options]
    assert sorted(seen) == sorted(Territory.objects.values_list("pk", flat=True))
    assert len(seen) == len(set(seen))

    labels = [group["label"] for group in select("optgroup")]
    assert labels == sorted(labels)
    aquitaine = select.find("optgroup", label="Nouvelle-Aquitaine")
    texts = [option.get_text() for option in aquitaine("option")]
    assert texts[0] == "Nouvelle-Aquitaine — toute la région"
    gironde = texts.index("Gironde (33) — tout le département")
    assert texts[gironde + 1] == ml.name


def test_the_chosen_territory_is_kept_and_selected(client, contributor):
    client.force_login(contributor)
    cantal = department("15")
    response = client.post(FORM_URL, {"territory": cantal.pk, "action": "save"})
    option = soup(response).find("option", selected=True)
    assert option["value"] == str(cantal.pk)


@pytest.mark.parametrize(
    "title",
    [
        "Des rendez-vous en visio le samedi matin pour les jeunes en emploi et "
        "en fin de parcours CEJ",
        "Accompagnement numérique des jeunes sans domicile stable dans la "
        "métropole bordelaise et alentours",
    ],
)
def test_a_long_title_gives_a_slug_cut_between_two_words(client, contributor, title):
    client.force_login(contributor)
    client.post(
        FORM_URL,
        {"title": title, "territory": department("33").pk, "action": "save"},
    )
    slug = ExperiencePage.objects.get(owner=contributor).slug
    full = slugify(title)
    assert len(slug) <= 70
    assert full.startswith(slug) and full[len(slug)] == "-"
    assert not slug.endswith("-")


def test_one_word_longer_than_the_limit_is_still_cut_at_the_limit(client, contributor):
    client.force_login(contributor)
    client.post(
        FORM_URL,
        {"title": "a" * 90, "territory": department("33").pk, "action": "save"},
    )
    assert ExperiencePage.objects.get(owner=contributor).slug == "a" * 70


def sections_without_content(html):
    """The headings of the write-up's sections that hold nothing else."""
    empty = []
    for section in html.find("article")("section"):
        heading = section.find(["h2", "h3"])
        rest = section.get_text(" ", strip=True).replace(
            heading.get_text(" ", strip=True), "", 1
        )
        if not rest.strip():
            empty.append(heading.get_text(strip=True))
    return empty


def test_a_write_up_shows_no_heading_over_an_empty_section(client, experience_index):
    page = experience_page(experience_index)
    # Publishing asks for these; a page saved before the rule, or through the
    # database, may still lack them.
    ExperiencePage.objects.filter(pk=page.pk).update(
        summary="", context="", objectives="<p></p>", steps=[], results=""
    )
    html = soup(client.get(page.url))
    headings = [h2.get_text(strip=True) for h2 in html.find("article")("h2")]
    assert sections_without_content(html) == []
    for title in ("Contexte", "Objectifs", "Étapes", "Moyens", "Résultats"):
        assert title not in headings
    assert not html.find("p", class_="lead")


def test_a_write_up_shows_each_section_that_has_content(client, experience_index):
    page = experience_page(
        experience_index,
        staff_time="2 conseillers à 10 %",
        indicators=[("indicator", {"label": "Jeunes reçus", "value": "42"})],
        difficulties="<p>Le réseau en mairie.</p>",
        reproduction_conditions="<p>Une salle.</p>",
        team="Deux conseillères",
    )
    html = soup(client.get(page.url))
    headings = [h2.get_text(strip=True) for h2 in html.find("article")("h2")]
    for title in (
        "Contexte",
        "Objectifs",
        "Étapes",
        "Moyens",
        "Résultats",
        "Ce qui n'a pas marché",
        "Pour reproduire",
        "Équipe et contact",
    ):
        assert title in headings
    assert sections_without_content(html) == []


def test_a_new_contribution_has_no_maturity_and_shows_none(
    client, contributor, experience_index
):
    client.force_login(contributor)
    client.post(FORM_URL, complete_write_up(action="save"))
    assert ExperiencePage.objects.get(owner=contributor).maturity == ""

    unset = experience_page(experience_index, title="Sans maturité")
    judged = experience_page(
        experience_index, title="Jugée", maturity=Maturity.EVALUATED
    )
    assert unset.maturity == ""
    page = soup(client.get(unset.url)).find("header", class_="experience__header")
    assert not page.find(class_="badge")
    assert "En test" not in page.get_text() and "Idée" not in page.get_text()
    judged_header = soup(client.get(judged.url)).find(
        "header", class_="experience__header"
    )
    assert judged_header.find(class_="badge").get_text(strip=True) == "Évaluée"

    cards = soup(client.get("/experiences/"))("article", class_="card")
    by_title = {card.h3.get_text(strip=True): card for card in cards}
    assert not by_title["Sans maturité"].find(class_="badge")
    assert by_title["Jugée"].find(class_="badge").get_text(strip=True) == "Évaluée"
    facets = soup(client.get("/experiences/"))("input", attrs={"name": "maturite"})
    assert {facet["value"] for facet in facets} == {m.value for m in Maturity}

    # Search counts only what a coordinator set; the API says "" for the rest.
    found = soup(client.get("/recherche/?q=visio"))
    assert found.find("a", string="Sans maturité")
    counted = found("input", attrs={"name": "maturite"})
    assert [facet["value"] for facet in counted] == [Maturity.EVALUATED]
    api = client.get(
        "/api/v2/pages/?type=experiences.ExperiencePage&fields=maturity"
    ).json()
    by_title = {item["title"]: item["maturity"] for item in api["items"]}
    assert by_title == {"Sans maturité": "", "Jugée": Maturity.EVALUATED}


migration = importlib.import_module(
    "experiences.migrations.0013_maturity_set_by_coordinators"
)


def test_the_migration_unsets_only_the_maturity_the_form_chose(
    client, contributor, experience_index
):
    client.force_login(contributor)
    client.post(FORM_URL, complete_write_up(title="Par le formulaire", action="save"))
    from_form = ExperiencePage.objects.get(owner=contributor)
    coordinator = member(roles.COORDINATION)
    kept = experience_page(
        experience_index, title="Jugée en test", maturity=Maturity.TESTING
    )
    kept.owner = contributor
    kept.save_revision(user=coordinator)
    for page in (from_form, kept):
        ExperiencePage.objects.filter(pk=page.pk).update(maturity=Maturity.TESTING)
        revision = page.get_latest_revision()
        revision.content["maturity"] = Maturity.TESTING
        revision.save(update_fields=["content"])

    migration.unset_what_nobody_chose(django_apps, None)

    from_form.refresh_from_db()
    kept.refresh_from_db()
    assert from_form.maturity == ""
    assert from_form.get_latest_revision().content["maturity"] == ""
    assert from_form.get_latest_revision_as_object().maturity == ""
    assert kept.maturity == Maturity.TESTING


def test_the_form_costs_the_same_queries_with_many_more_territories(
    client, contributor
):
    client.force_login(contributor)
    client.get(FORM_URL)
    with CaptureQueriesContext(connection) as before:
        client.get(FORM_URL)
    gironde = department("33")
    Territory.objects.bulk_create(
        Territory(
            kind=TerritoryKind.MISSION_LOCALE,
            name=f"Mission locale n° {number}",
            parent=gironde,
            key=f"ml-numero-{number}",
        )
        for number in range(40)
    )
    with CaptureQueriesContext(connection) as after:
        html = soup(client.get(FORM_URL))
    assert len(after) == len(before)
    nested = html.select('select#id_territory option[data-kind="mission_locale"]')
    assert len(nested) == 40


def test_the_profile_lists_missions_locales_by_region(client, contributor):
    graves = Territory.objects.create(
        kind=TerritoryKind.MISSION_LOCALE,
        name="Mission locale des Graves",
        parent=department("33"),
    )
    ajaccio = Territory.objects.create(
        kind=TerritoryKind.MISSION_LOCALE,
        name="Mission locale d'Ajaccio",
        parent=department("2A"),
    )
    client.force_login(contributor)
    select = soup(client.get("/profil/")).find(
        "select", attrs={"name": "mission_locale"}
    )
    groups = {
        group["label"]: [option.get_text() for option in group("option")]
        for group in select("optgroup")
    }
    assert groups == {"Corse": [ajaccio.name], "Nouvelle-Aquitaine": [graves.name]}
