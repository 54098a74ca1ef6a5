"""The editorial roles, as Wagtail groups, and the permissions each one needs."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

CONTRIBUTORS = "Contributeurs"
COORDINATION = "Coordination"
MODERATION = "Modération"

TAXONOMY_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("territory", "theme", "audience")
    for action in ("add", "change", "delete", "view")
]
SEARCH_PERMISSIONS = [
    "view_searchquerystat",
    *(
        f"{action}_{model}"
        for model in ("query", "searchpromotion")
        for action in ("add", "change", "delete", "view")
    ),
]


def role_groups_ensure(*, home_page, experience_index):
    """Create the role groups and grant their page permissions; safe to repeat."""
    admin_access = Permission.objects.get(codename="access_admin")
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (CONTRIBUTORS, COORDINATION, MODERATION)
    }
    for group in groups.values():
        group.permissions.add(admin_access)
    groups[COORDINATION].permissions.add(
        *Permission.objects.filter(
            content_type__app_label="experiences", codename__in=TAXONOMY_PERMISSIONS
        ),
        *Permission.objects.filter(
            content_type__app_label__in=["search", "wagtailsearchpromotions"],
            codename__in=SEARCH_PERMISSIONS,
        ),
    )
    page_permissions = [
        (CONTRIBUTORS, experience_index, ["add_page"]),
        (COORDINATION, home_page, ["add_page", "change_page", "publish_page"]),
    ]
    for group_name, page, codenames in page_permissions:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(
                group=groups[group_name], page=page, permission=permission
            )
    return groups
