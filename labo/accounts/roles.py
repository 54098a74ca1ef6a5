"""The editorial roles: Wagtail groups created by experiences/migrations/0003, and
who among the staff may change or validate whose account."""

CONTRIBUTORS = "Contributeurs"
COORDINATION = "Coordination"
MODERATION = "Modération"
ROLES = (CONTRIBUTORS, COORDINATION, MODERATION)
STAFF_GROUPS = (COORDINATION, MODERATION)


def _group_names(user):
    # Cached on the user: the admin asks several times per request.
    if not hasattr(user, "_labo_group_names"):
        # .all() reads the groups prefetched with a listing's accounts, if any.
        user._labo_group_names = {group.name for group in user.groups.all()}
    return user._labo_group_names


def is_staff_account(user):
    """The administrator and the members of Coordination or Modération."""
    return user.is_superuser or bool(_group_names(user) & set(STAFF_GROUPS))


def review_region(user):
    """The region a coordinator's work is limited to, or None for all."""
    profile = getattr(user, "profile", None)
    return profile.review_region if profile else None


def is_national_coordinator(user):
    """A member of Coordination whose work is not limited to a region."""
    return COORDINATION in _group_names(user) and review_region(user) is None


def may_set_review_regions(user):
    return user.is_superuser or is_national_coordinator(user)


def may_change_account(user, other):
    """Coordinators change ordinary members and their own profile; staff accounts
    are the administrator's, a national coordinator setting their region aside."""
    return (
        user.is_superuser
        or user.pk == other.pk
        or not is_staff_account(other)
        or (may_set_review_regions(user) and not other.is_superuser)
    )


def may_approve(user, profile):
    """Whether the user may validate this member's account (or put it back to
    pending): never a staff account unless administrator; a regional coordinator
    only a member of a Mission locale in their region."""
    if user.is_superuser:
        return True
    if is_staff_account(profile.user):
        return False
    region = review_region(user)
    if region is None:
        return True
    mission_locale = profile.mission_locale
    return mission_locale is not None and mission_locale.region.pk == region.pk
