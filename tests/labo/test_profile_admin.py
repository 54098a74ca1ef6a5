"""Who may change whose profile in the admin's « Membres »: coordinators approve
ordinary members; only the administrator or a national coordinator sets review
regions; no coordinator changes another staff account."""

import pytest

from labo.accounts import roles
from labo.accounts.models import Profile, ProfileStatus
from labo.accounts.services import profile_ensure
from tests.factories import (
    MissionLocaleFactory,
    UserFactory,
    approved_member,
    region,
    staff_member,
)

pytestmark = pytest.mark.django_db


# The admin answers a refusal with a redirect to its home and a message.
REFUSED = "/admin/"


def edit_url(user):
    return f"/admin/snippets/accounts/profile/edit/{user.profile.pk}/"


def profile_post(client, target, **changes):
    profile = Profile.objects.get(user=target)
    data = {
        "status": profile.status,
        "display_name": profile.display_name,
        "mission_locale": profile.mission_locale_id or "",
        "bio": profile.bio,
        "review_region": profile.review_region_id or "",
        **changes,
    }
    return client.post(edit_url(target), data)


@pytest.fixture
def regional(db):
    return staff_member(roles.COORDINATION, review_region="75")


@pytest.fixture
def national(db):
    return staff_member(roles.COORDINATION, display_name="Coordination nationale")


@pytest.fixture
def admin(db):
    return staff_member(is_superuser=True)


def test_a_regional_coordinator_cannot_lift_their_own_review_region(client, regional):
    client.force_login(regional)

    profile_post(client, regional, review_region="", display_name="Camille")

    regional.profile.refresh_from_db()
    assert regional.profile.review_region == region("75")
    assert regional.profile.display_name == "Camille"  # the rest is theirs


def test_a_regional_coordinator_cannot_set_their_own_status(client, regional):
    client.force_login(regional)

    profile_post(client, regional, status=ProfileStatus.PENDING)

    regional.profile.refresh_from_db()
    assert regional.profile.is_approved


@pytest.mark.parametrize("target", ["national", "admin", "moderator"])
def test_a_coordinator_cannot_change_another_staff_account(
    client, regional, national, admin, target
):
    accounts = {
        "national": national,
        "admin": admin,
        "moderator": staff_member(roles.MODERATION),
    }
    client.force_login(regional)
    victim = accounts[target]

    assert client.get(edit_url(victim))["Location"] == REFUSED
    response = profile_post(
        client, victim, status=ProfileStatus.PENDING, review_region=region("11").pk
    )

    assert response["Location"] == REFUSED
    victim.profile.refresh_from_db()
    assert victim.profile.is_approved
    assert victim.profile.review_region is None


def test_a_national_coordinator_cannot_change_the_administrator(
    client, national, admin
):
    client.force_login(national)

    response = profile_post(client, admin, status=ProfileStatus.PENDING)

    assert response["Location"] == REFUSED
    admin.profile.refresh_from_db()
    assert admin.profile.is_approved


def test_a_regional_coordinator_still_approves_an_ordinary_member_of_their_region(
    client, regional, django_capture_on_commit_callbacks
):
    newcomer = UserFactory()
    profile = profile_ensure(user=newcomer)
    profile.mission_locale = MissionLocaleFactory()  # in Gironde, region 75
    profile.save()
    client.force_login(regional)

    with django_capture_on_commit_callbacks(execute=True):
        response = profile_post(
            client, newcomer, status=ProfileStatus.APPROVED, review_region=""
        )

    assert response["Location"] == "/admin/snippets/accounts/profile/"
    newcomer.profile.refresh_from_db()
    assert newcomer.profile.is_approved


def test_a_regional_coordinator_cannot_give_a_member_a_review_region(client, regional):
    contributor = approved_member(roles.CONTRIBUTORS)
    client.force_login(regional)

    profile_post(client, contributor, review_region=region("11").pk)

    contributor.profile.refresh_from_db()
    assert contributor.profile.review_region is None


@pytest.mark.parametrize("who", ["national", "admin"])
def test_the_administrator_and_a_national_coordinator_set_review_regions(
    client, regional, national, admin, who
):
    client.force_login({"national": national, "admin": admin}[who])

    response = profile_post(client, regional, review_region=region("11").pk)

    assert response["Location"] == "/admin/snippets/accounts/profile/"
    regional.profile.refresh_from_db()
    assert regional.profile.review_region == region("11")


def test_the_administrator_sets_a_staff_account_to_pending(client, admin, national):
    client.force_login(admin)

    profile_post(client, national, status=ProfileStatus.PENDING)

    national.profile.refresh_from_db()
    assert not national.profile.is_approved


def test_a_national_coordinator_sets_a_region_but_not_a_coordinators_status(
    client, regional, national
):
    client.force_login(national)

    profile_post(
        client, regional, status=ProfileStatus.PENDING, display_name="Pseudo imposé"
    )

    regional.profile.refresh_from_db()
    assert regional.profile.is_approved
    assert regional.profile.display_name == ""


def test_members_offers_to_edit_only_the_profiles_the_coordinator_may_change(
    client, regional, national, admin, django_assert_max_num_queries
):
    members = [approved_member(roles.CONTRIBUTORS) for _ in range(5)]
    client.force_login(regional)
    with django_assert_max_num_queries(40):
        html = client.get("/admin/snippets/accounts/profile/").text
    for member in [*members, regional]:
        assert edit_url(member) in html
    for other_staff in (national, admin):
        assert edit_url(other_staff) not in html
