"""The personal-data check on write-ups in the Wagtail admin: the coordinators'
panel on the edit view, and a member's save refused until they confirm."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from experiences import services
from experiences.models import ExperiencePage
from labo.accounts import roles
from tests.factories import approved_member, experience_page, totp_activate

pytestmark = pytest.mark.django_db

EMAIL = "lea.martin@gmail.com"
PHONE = "06 12 34 56 78"
PANEL = "Données personnelles possibles"
MARK = '<mark class="personal-data__mark">'
CONFIRM = "J&#x27;ai vérifié : ce ne sont pas les données d&#x27;un jeune"


@pytest.fixture
def author(site_tree):
    user = approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")
    totp_activate(user)
    return user


@pytest.fixture
def coordinator(site_tree):
    user = approved_member(roles.COORDINATION, email="coordination@ml.example")
    totp_activate(user)
    return user


def submitted(index, author, **fields):
    """A write-up sent for review by its author, with these values in its latest
    revision."""
    page = experience_page(index, owner=author)
    page = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=author)
    services.contribution_submit(user=author, page=page)
    return Page.objects.get(pk=page.pk).specific


def edit_view(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_review_screen_shows_the_findings_field_by_field(
    client, experience_index, author, coordinator
):
    page = submitted(
        experience_index,
        author,
        summary=f"Des rendez-vous en visio ; écrire à {EMAIL} pour en obtenir un.",
        team=f"Équipe de Brest, {PHONE}",
    )
    client.force_login(coordinator)

    html = edit_view(client, page)

    assert PANEL in html
    panel = html[html.index('class="personal-data-panel"') :]
    assert panel.index("Résumé") < panel.index(EMAIL) < panel.index("Équipe")
    assert MARK in panel and "[début du passage signalé]" in panel
    # The box to tick is for a member's refused save only.
    assert CONFIRM not in html


def test_no_panel_on_a_clean_write_up(client, experience_index, author, coordinator):
    page = submitted(experience_index, author)
    client.force_login(coordinator)

    html = edit_view(client, page)

    assert 'class="personal-data-panel"' not in html
    assert MARK not in html


def admin_data(**values):
    """A post of the admin's form with these values; the fields left out are
    refused as missing, which the check does not depend on."""
    return nested_form_data(
        {
            "steps": streamfield([]),
            "indicators": streamfield([]),
            "resources": streamfield([]),
            "comments": inline_formset([]),
            **values,
        }
    )


def form_for(user, page, **values):
    form_class = ExperiencePage.get_edit_handler().get_form_class()
    return form_class(
        admin_data(**values),
        instance=page,
        for_user=user,
        parent_page=page.get_parent(),
    )


def personal_data_errors(form):
    return [
        error
        for error in form.errors.get("__all__", [])
        if "Données personnelles" in error
    ]


def test_a_members_save_with_personal_data_is_refused_with_the_passages(
    experience_index, author
):
    page = experience_page(experience_index, owner=author)
    summary = f"Écrire à {EMAIL} pour un rendez-vous."

    form = form_for(author, page, title="Visio", summary=summary)

    assert not form.is_valid()
    errors = form.errors["__all__"]
    assert personal_data_errors(form)
    assert any(EMAIL in error and "Résumé" in error for error in errors)
    assert form.personal_data_texts["summary"] == summary


def test_a_member_who_confirms_is_not_refused_for_personal_data(
    experience_index, author
):
    page = experience_page(experience_index, owner=author)

    form = form_for(
        author,
        page,
        title="Visio",
        summary=f"Écrire à {EMAIL} pour un rendez-vous.",
        personal_data_confirmed="on",
    )

    form.is_valid()
    assert not personal_data_errors(form)
    assert form.personal_data_findings == []


def test_a_coordinators_save_is_not_checked(experience_index, author, coordinator):
    page = experience_page(experience_index, owner=author)

    form = form_for(
        coordinator, page, title="Visio", summary=f"Écrire à {EMAIL}, merci."
    )

    form.is_valid()
    assert not personal_data_errors(form)


def test_the_refused_form_shows_the_box_to_tick_in_the_panel(
    client, experience_index, author
):
    """Members reach the admin only if given access: the check holds there too."""
    editors = Group.objects.create(name="Contributeurs avec accès à l'admin")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=experience_index, permission_type="add"
    )
    author.groups.add(editors)
    page = experience_page(experience_index, owner=author)
    client.force_login(author)

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        admin_data(title="Visio", summary=f"Écrire à {EMAIL} pour un rendez-vous."),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert CONFIRM in html
    assert 'name="personal_data_confirmed"' in html
    panel = html[html.index('class="personal-data-panel"') :]
    assert EMAIL in panel and MARK in panel
