"""Reviewing a write-up in the admin: the decision is the editor's main button,
each reviewer is told once of each submission, and the edit view costs a fixed
number of queries."""

import collections
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.admin.action_menu import PageActionMenu
from wagtail.models import Comment as EditorComment
from wagtail.models import Page

from experiences import services
from labo.accounts import roles
from tests.factories import (
    AudienceFactory,
    ThemeFactory,
    UserFactory,
    approved_member,
    department,
    experience_page,
    region,
    totp_activate,
)

pytestmark = pytest.mark.django_db


def coordinator(email, review_region=None):
    user = approved_member(roles.COORDINATION, email=email)
    if review_region:
        user.profile.review_region = region(review_region)
        user.profile.save()
    totp_activate(user)
    return user


@pytest.fixture
def author(site_tree):
    return approved_member(roles.CONTRIBUTORS, email="autrice@ml.example")


@pytest.fixture
def national(site_tree):
    return coordinator("nationale@ml.example")


@pytest.fixture
def admin(site_tree):
    user = UserFactory(email="admin@ml.example", is_superuser=True, is_staff=True)
    totp_activate(user)
    return user


def submitted(index, author, *, tags=0, revisions=1, department_code="33"):
    """A write-up of Gironde (Nouvelle-Aquitaine) sent for review by its author."""
    page = experience_page(
        index,
        owner=author,
        territory=department(department_code),
        themes=[ThemeFactory(), ThemeFactory()],
        audiences=[AudienceFactory()],
        tags=[f"mot-{number}" for number in range(tags)],
    )
    for number in range(revisions):
        page = page.get_latest_revision_as_object()
        page.summary = f"Des rendez-vous en visio, version {number}."
        page.save_revision(user=author)
    services.contribution_submit(user=author, page=page)
    return Page.objects.get(pk=page.pk).specific


def menu_names(user, page):
    request = RequestFactory().get(f"/admin/pages/{page.pk}/edit/")
    request.user = user
    lock = page.get_lock()
    menu = PageActionMenu(
        request,
        view="edit",
        page=page,
        lock=lock,
        locked_for_user=bool(lock and lock.for_user(user)),
    )
    return [menu.default_item.name] + [item.name for item in menu.menu_items]


# The footer's order


def test_a_reviewer_sees_the_decision_as_the_main_button(
    experience_index, author, national
):
    page = submitted(experience_index, author)

    names = menu_names(national, page)

    assert names[:3] == ["approve", "reject", "approve"]
    assert names.index("action-save-draft") == 3


def test_the_editor_footer_of_a_reviewer_starts_with_approve(
    client, experience_index, author, national
):
    page = submitted(experience_index, author)
    client.force_login(national)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    main_button = re.search(
        r'class="w-dropdown-button[^"]*">\s*<button[^>]*data-workflow-action-name="(\w+)"',
        html,
    )
    assert main_button and main_button[1] == "approve"
    decisions = re.findall(r'data-workflow-action-name="(\w+)"', html)
    assert decisions[:2] == ["approve", "reject"]


def test_a_page_outside_review_keeps_wagtail_order(experience_index, national):
    page = experience_page(experience_index)

    names = menu_names(national, page)

    assert names[0] == "action-save-draft"
    assert "approve" not in names


def test_a_coordinator_of_another_region_gets_no_decision(experience_index, author):
    """Wagtail offers the decisions only to those who review the page: a
    coordinator limited to Île-de-France does not review a write-up of Gironde."""
    outsider = coordinator("regionale@ml.example", review_region="11")
    page = submitted(experience_index, author)

    names = menu_names(outsider, page)

    assert "approve" not in names and "reject" not in names


# Notifications


def recipients_count():
    return collections.Counter(
        address for message in mail.outbox for address in message.to
    )


def test_each_reviewer_is_told_once_of_a_submission(
    experience_index, author, national, admin
):
    regional = coordinator("aquitaine@ml.example", review_region="75")
    elsewhere = coordinator("idf@ml.example", review_region="11")
    mail.outbox.clear()

    submitted(experience_index, author)

    counts = recipients_count()
    assert counts[admin.email] == 1
    assert counts[national.email] == 1
    assert counts[regional.email] == 1
    assert counts[elsewhere.email] == 0
    assert counts[author.email] == 0


def test_a_resubmission_tells_each_reviewer_once_more(
    experience_index, author, national, admin
):
    page = submitted(experience_index, author)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, national, "reject", comment="Précisez le coût."
    )
    mail.outbox.clear()

    services.contribution_submit(
        user=author, page=Page.objects.get(pk=page.pk).specific
    )

    counts = recipients_count()
    assert counts[admin.email] == 1
    assert counts[national.email] == 1


def test_a_superuser_submitting_is_not_told_of_their_own_submission(
    experience_index, admin, national
):
    page = experience_page(experience_index, owner=admin)
    mail.outbox.clear()

    page.get_workflow().start(page, admin)

    counts = recipients_count()
    assert counts[admin.email] == 0
    assert counts[national.email] == 1


# Cost of the edit view


def edit_view_queries(client, page):
    url = f"/admin/pages/{page.pk}/edit/"
    assert client.get(url).status_code == 200  # warms Wagtail's per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


# What the view costs before any tag or comment; revisions add nothing. Each tag
# adds 3 queries and each editor comment 4: modelcluster checks every tag of the
# revision one by one (twice: the form and the comparison), and Wagtail's comment
# form reads each comment's replies in its own formset (see docs/performance.md).
# 91 before #17 added the coordinators' signature choice and the reproduction
# fields to the form.
EDIT_VIEW_BASE = 95
PER_TAG = 3
PER_COMMENT = 4


@pytest.mark.parametrize(
    "tags, revisions, comments", [(1, 1, 0), (1, 30, 0), (10, 1, 0), (1, 1, 10)]
)
def test_the_edit_view_of_a_submitted_write_up_has_a_fixed_cost(
    client, experience_index, author, national, tags, revisions, comments
):
    client.force_login(national)
    page = submitted(experience_index, author, tags=tags, revisions=revisions)
    for number in range(comments):
        EditorComment.objects.create(
            page=page,
            user=national,
            text=f"Remarque {number}",
            contentpath="summary",
            revision_created=page.latest_revision,
        )
    if comments:
        # As the editor does: the comments are saved with a revision.
        page.get_latest_revision_as_object().save_revision(user=national)

    assert edit_view_queries(client, page) == (
        EDIT_VIEW_BASE + PER_TAG * (tags - 1) + PER_COMMENT * comments
    )
