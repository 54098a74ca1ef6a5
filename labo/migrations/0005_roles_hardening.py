"""Roles: Coordination may add, change and choose images and documents in every
collection (Wagtail checks collection permissions, not model permissions), and
Wagtail's default "Moderators" and "Editors" groups, with publish rights on the
whole tree, are deleted (the Labo's roles are Contributeurs, Coordination,
Modération)."""

from django.db import migrations

COORDINATION = "Coordination"
MEDIA_PERMISSIONS = [
    (app_label, f"{action}_{model}")
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
    for action in ("add", "change", "choose")
]
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]


def harden_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    coordination = Group.objects.get(name=COORDINATION)
    root = Collection.objects.get(depth=1)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=coordination,
            collection=root,
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            ),
        )
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("labo", "0004_outgoingemail"),
        ("experiences", "0010_discussions_hardening"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(harden_roles, migrations.RunPython.noop)]
