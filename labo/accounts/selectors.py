"""Reads about members: approval, who validates whom, sign-up policy, second
factor."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Case, CharField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce

from experiences.taxonomy.models import Territory
from labo.accounts import roles
from labo.accounts.models import Profile, ProfileStatus


def user_is_approved(user) -> bool:
    """True when the user may publish and comment: an active account whose profile
    the coordination (or the sign-up policy) approved; superusers always may."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    try:
        return user.profile.is_approved
    except Profile.DoesNotExist:
        return False


def staff_role(user_field):
    """An expression for the role the user in `user_field` speaks with, as a
    thread's badge reads it: their staff group (Coordination first), the
    administration for a superuser, "" for everyone else."""
    group = (
        Group.objects.filter(
            user=OuterRef(user_field), name__in=[roles.COORDINATION, roles.MODERATION]
        )
        .order_by("name")
        .values("name")[:1]
    )
    administration = When(
        **{f"{user_field}__is_superuser": True}, then=Value("Administration")
    )
    return Coalesce(
        Subquery(group),
        Case(administration, default=Value("")),
        output_field=CharField(),
    )


def email_domain_allowed(email: str) -> bool:
    """Whether the sign-up policy accepts this address."""
    if settings.LABO_SIGNUP_POLICY != "domains":
        return True
    domain = email.rpartition("@")[2].lower()
    return domain in settings.LABO_SIGNUP_DOMAINS


def user_needs_admin_mfa(user) -> bool:
    """True for an account that can open the admin but has no authenticator app."""
    if not settings.LABO_REQUIRE_MFA_FOR_STAFF or not user.is_authenticated:
        return False
    has_admin_access = (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )
    return (
        has_admin_access
        and not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).exists()
    )


def account_approvers(profile) -> list:
    """Who is told that the member's account waits: the coordinators of the region
    of the member's Mission locale; without a Mission locale or a coordinator
    there, the national coordinators; without any, the administrators."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    coordinators = users.filter(groups__name=roles.COORDINATION)
    if profile.mission_locale_id:
        region = profile.mission_locale.region
        regional = list(coordinators.filter(profile__review_region=region))
        if regional:
            return regional
    national = list(coordinators.filter(profile__review_region__isnull=True))
    return national or list(users.filter(is_superuser=True))


def profiles_awaiting(user):
    """The accounts waiting for validation that `user` may validate: verified
    address, not staff, in their region for a regional coordinator; newest
    first."""
    awaiting = (
        Profile.objects.filter(
            status=ProfileStatus.PENDING,
            user__is_active=True,
            user__is_superuser=False,
            user__emailaddress__verified=True,
        )
        .exclude(user__groups__name__in=roles.STAFF_GROUPS)
        .select_related("user", "mission_locale")
        .order_by("-user__date_joined")
        .distinct()
    )
    region = None if user.is_superuser else roles.review_region(user)
    if region is not None:
        awaiting = awaiting.filter(mission_locale__in=Territory.objects.within(region))
    return awaiting
