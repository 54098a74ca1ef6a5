"""A coordinator limited to a region acts only on the pages of that region, in
every admin view (one rule: experiences.permissions)."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from experiences.models import ExperiencePage
from labo.accounts import roles
from tests.factories import (
    approved_member,
    department,
    experience_page,
    region,
    totp_activate,
)

pytestmark = pytest.mark.django_db

# The admin answers a refusal with a redirect to its home and a message.
REFUSED = "/admin/"
PAGE_ACTIONS = [
    "can_edit",
    "can_publish",
    "can_unpublish",
    "can_delete",
    "can_move",
    "can_copy",
    "can_lock",
    "can_unlock",
    "can_set_view_restrictions",
    "can_unschedule",
]


@pytest.fixture
def regional(db):
    """Coordination for Nouvelle-Aquitaine (INSEE region 75, Gironde inside)."""
    user = approved_member(roles.COORDINATION)
    user.profile.review_region = region("75")
    user.profile.save()
    totp_activate(user)
    return user


@pytest.fixture
def pages(experience_index):
    return {
        "inside": experience_page(experience_index, territory=department("33")),
        "outside": experience_page(experience_index, territory=department("75")),
    }


@pytest.mark.parametrize("action", PAGE_ACTIONS)
def test_a_regional_coordinator_may_act_only_inside_the_region(regional, pages, action):
    inside = Page.objects.get(pk=pages["inside"].pk)  # as the explorer lists them
    outside = Page.objects.get(pk=pages["outside"].pk)

    assert getattr(inside.permissions_for_user(regional), action)()
    assert not getattr(outside.permissions_for_user(regional), action)()


def requests(page, index):
    revision = page.latest_revision
    copy = {
        "new_title": "Copie",
        "new_slug": f"copie-{page.pk}",
        "new_parent_page": index.pk,
    }
    return [
        ("GET", f"/admin/pages/{page.pk}/edit/", {}),
        (
            "POST",
            f"/admin/pages/{page.pk}/edit/",
            {"title": "Titre changé", "action-publish": "1"},
        ),
        ("POST", f"/admin/pages/{page.pk}/unpublish/", {}),
        ("POST", f"/admin/pages/{page.pk}/delete/", {}),
        ("POST", f"/admin/pages/{page.pk}/move/{index.pk}/confirm/", {}),
        ("POST", f"/admin/pages/{page.pk}/copy/", copy),
        ("POST", f"/admin/pages/{page.pk}/lock/", {}),
        ("POST", f"/admin/pages/{page.pk}/unlock/", {}),
        ("GET", f"/admin/pages/{page.pk}/history/", {}),
        ("GET", f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/", {}),
        ("GET", f"/admin/pages/{page.pk}/revisions/{revision.pk}/revert/", {}),
        ("GET", f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/", {}),
        ("GET", f"/admin/pages/{page.pk}/privacy/", {}),
    ]


def test_every_admin_action_on_a_page_outside_the_region_is_refused(
    client, regional, pages, experience_index
):
    client.force_login(regional)
    outside = pages["outside"]
    answers = {
        f"{method} {url}": client.generic(method, url, data=data)
        for method, url, data in requests(outside, experience_index)
        for data in ["&".join(f"{key}={value}" for key, value in data.items()).encode()]
    }

    assert {
        request: (response.status_code, response.get("Location"))
        for request, response in answers.items()
    } == dict.fromkeys(answers, (302, REFUSED))
    outside.refresh_from_db()
    assert outside.live and outside.title != "Titre changé"
    assert outside.locked is False
    assert ExperiencePage.objects.filter(title="Copie").count() == 0


def test_the_same_admin_actions_are_open_inside_the_region(
    client, regional, pages, experience_index
):
    client.force_login(regional)
    for method, url, _data in requests(pages["inside"], experience_index):
        if method == "GET":
            assert client.get(url).status_code == 200, url


def test_bulk_unpublishing_leaves_the_pages_outside_the_region_live(
    client, regional, pages
):
    client.force_login(regional)
    ids = "&".join(f"id={page.pk}" for page in pages.values())

    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?{ids}")

    live = dict(
        ExperiencePage.objects.filter(
            pk__in=[page.pk for page in pages.values()]
        ).values_list("pk", "live")
    )
    assert live == {pages["inside"].pk: False, pages["outside"].pk: True}


def test_a_regional_coordinator_cannot_move_a_write_up_out_of_the_region(
    regional, pages
):
    form_class = ExperiencePage.get_edit_handler().get_form_class()
    inside = pages["inside"]

    form = form_class(
        instance=inside, parent_page=inside.get_parent(), for_user=regional
    )

    territory = form.fields["territory"]
    assert territory.clean(department("33").pk) == department("33")
    with pytest.raises(ValidationError):
        territory.clean(department("75").pk)
    choices = set(form.fields["territory"].queryset.values_list("key", flat=True))
    assert "departement-33" in choices and "departement-75" not in choices
