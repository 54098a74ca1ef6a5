"""Validated maturity: only the coordination sets it; publishing « Évaluée » or
« Essaimée » validates it with a date, a signature and a review date; past that
date the write-up shows « maturité à revoir » until a coordinator confirms,
changes or removes it."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from experiences import services as content_services
from experiences.maturity.models import MaturityDecision
from experiences.maturity.selectors import maturity_decisions_public
from experiences.models import ExperiencePage, Maturity
from labo.accounts import roles
from tests.factories import (
    approved_member,
    department,
    experience_page,
    staff_member,
    totp_activate,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
NBSP = "\u00a0"


@pytest.fixture
def author(site_tree):
    return approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")


def edit_data(page, **values):
    """What the write-up's editor posts for the page as it stands, with `values`
    changed."""
    themes = [theme.pk for theme in page.themes.all()]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "change_summary": "",
            "territory": page.territory_id,
            "tags": "",
            "tools": "",
            "maturity": page.maturity,
            "status": page.status,
            "start_date": page.start_date.isoformat(),
            "end_date": "",
            "context": rich_text(str(page.context)),
            "objectives": rich_text(str(page.objectives)),
            "steps": streamfield(
                [("step", {"title": "Préparer", "description": "Choisir l'outil."})]
            ),
            "staff_time": "",
            "cost": "",
            "partners": "",
            "results": rich_text(str(page.results)),
            "indicators": streamfield([]),
            "difficulties": rich_text(""),
            "reproduction_conditions": rich_text(""),
            "resources": streamfield([]),
            "team": "",
            "contact_email": "",
            "reproduction_changes": rich_text(""),
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
            **values,
        }
    )
    data["themes"] = themes
    return data


def publish_in_admin(client, user, page, **values):
    client.force_login(user)
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, **values))
    assert response.status_code == 302, response.context["form"].errors
    # Back to the explorer (or the editor), not refused.
    assert response.url.startswith("/admin/pages/"), response.url
    return ExperiencePage.objects.get(pk=page.pk)


def decisions(page):
    return list(
        MaturityDecision.objects.filter(page=page)
        .order_by("pk")
        .values_list("action", "maturity")
    )


# Only the coordination sets it


def admin_editor(user, index):
    """A member given the admin and page rights by an administrator: the admin
    still keeps the maturity from them."""
    editors = Group.objects.create(name="Contributeurs avec accès à l'admin")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission in ("add", "change", "publish"):
        GroupPagePermission.objects.create(
            group=editors, page=index, permission_type=permission
        )
    user.groups.add(editors)
    totp_activate(user)


def test_a_contributor_in_the_admin_cannot_set_the_maturity(
    client, experience_index, author
):
    admin_editor(author, experience_index)
    page = experience_page(experience_index, owner=author)
    assert page.maturity == ""

    page = publish_in_admin(
        client, author, page, maturity=Maturity.SPREAD, summary="Résumé revu."
    )

    assert page.summary == "Résumé revu."
    assert page.maturity == ""
    assert page.maturity_validated_on is None
    assert decisions(page) == []
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    field = BeautifulSoup(html, "html.parser").find("select", {"name": "maturity"})
    assert field.has_attr("disabled")
    assert 'name="maturity_signature"' not in html


def test_a_moderator_reaches_neither_the_editor_nor_the_queue(client, experience_index):
    moderator = staff_member(roles.MODERATION)
    page = experience_page(experience_index)
    client.force_login(moderator)

    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 302
    assert client.get("/admin/maturites/").status_code == 302
    response = client.post(f"/admin/maturites/{page.pk}/confirmer/", {"seen": 0})
    assert response.status_code == 302
    assert "Maturités à revoir" not in client.get("/admin/").content.decode()


# Validation on publish


def test_publishing_a_validated_label_dates_and_signs_it(
    client, experience_index, national
):
    page = experience_page(experience_index)

    page = publish_in_admin(client, national, page, maturity=Maturity.EVALUATED)

    assert page.maturity_validated_on == TODAY()
    assert page.maturity_signed_as == "Coordination nationale"
    assert (page.maturity_review_on - TODAY()).days in range(547, 553)  # 18 months
    decision = MaturityDecision.objects.get(page=page)
    assert (decision.action, decision.maturity) == ("validated", "evaluated")
    assert decision.decided_by == national
    assert decision.review_on == page.maturity_review_on
    entry = PageLogEntry.objects.get(page=page, action="labo.maturity.validated")
    assert entry.user == national
    assert "Évaluée" in entry.message and "Coordination nationale" in entry.message


def test_a_regional_coordinator_signs_for_the_region_or_with_their_name(
    client, experience_index, regional
):
    page = experience_page(experience_index, territory=department("33"))
    other = experience_page(experience_index, territory=department("24"))

    page = publish_in_admin(client, regional, page, maturity=Maturity.SPREAD)
    assert page.maturity_signed_as == "Coordination Nouvelle-Aquitaine"

    other = publish_in_admin(
        client,
        regional,
        other,
        maturity=Maturity.EVALUATED,
        maturity_signature="name",
    )
    assert other.maturity_signed_as == "Jules Martin"
    # The choice is kept for the next validations, and offered so.
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    chosen = BeautifulSoup(html, "html.parser").find(
        "input", {"name": "maturity_signature", "checked": True}
    )
    assert chosen["value"] == "name"


def test_a_label_published_again_keeps_its_validation(
    client, experience_index, national
):
    page = experience_page(experience_index, maturity=Maturity.EVALUATED)
    validated_on = datetime.date(2025, 1, 10)
    ExperiencePage.objects.filter(pk=page.pk).update(maturity_validated_on=validated_on)

    page = publish_in_admin(client, national, page, summary="Un résumé plus court.")

    assert page.maturity_validated_on == validated_on
    assert decisions(page) == [("validated", "evaluated")]


def test_a_changed_or_removed_label_is_recorded_and_loses_its_validation(
    client, experience_index, national
):
    page = experience_page(experience_index, maturity=Maturity.EVALUATED)

    page = publish_in_admin(client, national, page, maturity=Maturity.SPREAD)
    assert page.maturity_validated_on == TODAY()
    page = publish_in_admin(client, national, page, maturity=Maturity.TESTING)
    assert page.maturity_validated_on is None and page.maturity_review_on is None
    assert page.maturity_signed_as == ""
    page = publish_in_admin(client, national, page, maturity=Maturity.EVALUATED)
    page = publish_in_admin(client, national, page, maturity="")

    assert decisions(page) == [
        ("validated", "evaluated"),
        ("changed", "spread"),
        ("changed", "testing"),
        ("validated", "evaluated"),
        ("removed", ""),
    ]
    assert page.maturity_validated_on is None
    actions = set(
        PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
    )
    assert {"labo.maturity.changed", "labo.maturity.removed"} <= actions


def test_a_coordinator_approving_a_submission_validates_its_label(
    client, experience_index, author, regional
):
    page = experience_page(experience_index, owner=author, territory=department("33"))
    draft = page.get_latest_revision_as_object()
    draft.summary = "Des rendez-vous en visio, version relue."
    draft.save_revision(user=author)
    content_services.contribution_submit(user=author, page=draft)

    page = publish_in_admin(
        client,
        regional,
        page,
        maturity=Maturity.EVALUATED,
        summary="Des rendez-vous en visio, version relue.",
        **{"action-publish": "", "action-workflow-action": "true"},
        **{"workflow-action-name": "approve"},
    )

    assert page.live and not page.has_unpublished_changes
    assert page.maturity_signed_as == "Coordination Nouvelle-Aquitaine"
    decision = MaturityDecision.objects.get(page=page)
    assert decision.decided_by == regional
    assert list(maturity_decisions_public(page)) == [decision]


def test_only_public_decisions_are_listed_for_readers_newest_first(
    experience_index, national, author
):
    from experiences.maturity import services

    page = experience_page(experience_index, owner=author, maturity=Maturity.SPREAD)
    services.maturity_author_ask(page=page, user=national, message="")
    services.maturity_confirm(
        page=page,
        user=national,
        review_on=TODAY() + datetime.timedelta(days=400),
        with_name=False,
    )

    shown = [d.get_action_display() for d in maturity_decisions_public(page)]
    assert shown == ["Maturité confirmée", "Maturité validée"]


# Expiry and display


def set_review_on(page, review_on, validated_on=datetime.date(2025, 3, 12)):
    ExperiencePage.objects.filter(pk=page.pk).update(
        maturity_validated_on=validated_on,
        maturity_review_on=review_on,
        maturity_signed_as="Coordination Nouvelle-Aquitaine",
    )
    return ExperiencePage.objects.get(pk=page.pk)


@pytest.mark.parametrize(
    ("days", "stale"), [(1, False), (0, False), (-1, True), (-400, True)]
)
def test_a_label_is_to_review_from_the_day_after_its_review_date(
    experience_index, days, stale
):
    page = experience_page(experience_index, maturity=Maturity.EVALUATED)
    page = set_review_on(page, TODAY() + datetime.timedelta(days=days))

    assert page.maturity_is_stale is stale


def header_and_body(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    header = html.find(class_="card__meta").get_text(" ", strip=True)
    note = html.find(class_="maturity-note")
    return header, note.get_text(" ", strip=True) if note else ""


def test_a_fresh_label_shows_with_its_date_on_the_page_and_its_card(
    client, experience_index
):
    page = experience_page(experience_index, maturity=Maturity.EVALUATED)
    page = set_review_on(page, datetime.date(2099, 9, 12))

    header, body = header_and_body(client, page)
    assert "Évaluée" in header and "validée en mars 2025" in header
    assert "à revoir" not in header
    assert f"Maturité «{NBSP}Évaluée{NBSP}»" in body
    assert (
        f"validée le 12 mars 2025 (signature{NBSP}: Coordination Nouvelle-Aquitaine)"
        in body
    )
    assert "Prochaine revue le 12 septembre 2099" in body
    card = BeautifulSoup(client.get("/experiences/").content, "html.parser")
    meta = card.find("a", string=page.title).find_parent("article")
    assert "validée en mars 2025" in meta.get_text(" ", strip=True)


def test_a_stale_label_shows_to_review_instead_of_the_label(client, experience_index):
    page = experience_page(experience_index, maturity=Maturity.SPREAD)
    page = set_review_on(page, TODAY() - datetime.timedelta(days=1))

    header, body = header_and_body(client, page)
    assert "Maturité à revoir" in header
    assert "Essaimée" not in header
    assert "Elle est à revoir depuis le" in body
    listing = BeautifulSoup(client.get("/experiences/").content, "html.parser")
    card = listing.find("a", string=page.title).find_parent("article")
    assert "Maturité à revoir" in card.get_text(" ", strip=True)
    assert "Essaimée" not in card.get_text(" ", strip=True)


def test_a_label_the_coordination_does_not_validate_shows_alone(
    client, experience_index
):
    page = experience_page(experience_index, maturity=Maturity.TESTING)

    header, body = header_and_body(client, page)
    assert "En test" in header and "validée" not in header
    assert body == ""


def listing_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/experiences/").status_code == 200
    return len(queries)


def test_cards_cost_no_query_for_their_maturity(client, experience_index):
    pages = [
        experience_page(experience_index, maturity=Maturity.TESTING) for _ in range(3)
    ]
    listing_queries(client)  # what the first request of a process caches
    unvalidated = listing_queries(client)
    for number, page in enumerate(pages):
        ExperiencePage.objects.filter(pk=page.pk).update(
            maturity=Maturity.EVALUATED,
            maturity_validated_on=datetime.date(2025, 3, 12),
            maturity_review_on=TODAY() + datetime.timedelta(days=number - 1),
        )

    assert listing_queries(client) == unvalidated


def page_queries(client, page):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    return len(queries)


def test_the_write_up_costs_no_query_for_its_validation(client, experience_index):
    page = experience_page(experience_index, maturity=Maturity.TESTING)
    page_queries(client, page)  # what the first request of a process caches
    unvalidated = page_queries(client, page)
    ExperiencePage.objects.filter(pk=page.pk).update(
        maturity=Maturity.EVALUATED,
        maturity_validated_on=datetime.date(2025, 3, 12),
        maturity_review_on=TODAY() - datetime.timedelta(days=1),
        maturity_signed_as="Coordination nationale",
    )

    assert page_queries(client, page) == unvalidated


def test_labels_published_before_validation_dates_are_dated_from_publication(
    experience_index,
):
    from importlib import import_module

    from django.apps import apps

    migration = import_module(
        "experiences.maturity.migrations.0002_validate_existing_labels"
    )
    page = experience_page(experience_index, maturity=Maturity.SPREAD)
    unlabelled = experience_page(experience_index)
    MaturityDecision.objects.all().delete()
    published = timezone.make_aware(datetime.datetime(2025, 6, 30, 23, 30))
    ExperiencePage.objects.filter(pk=page.pk).update(
        maturity_validated_on=None,
        maturity_review_on=None,
        maturity_signed_as="",
        last_published_at=published,
    )

    migration.date_existing_labels(apps, None)

    page = ExperiencePage.objects.get(pk=page.pk)
    assert page.maturity_validated_on == datetime.date(2025, 6, 30)
    assert page.maturity_review_on == datetime.date(2026, 12, 30)
    assert page.maturity_signed_as == "la coordination"
    assert decisions(page) == [("validated", "spread")]
    assert decisions(unlabelled) == []
