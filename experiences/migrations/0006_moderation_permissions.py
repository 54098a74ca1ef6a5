"""The Modération group moderates the discussions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATION = "Modération"
PERMISSIONS = ["moderate_comment", "view_comment", "view_report"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("experiences")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get_or_create(name=MODERATION)[0]
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="experiences", codename__in=PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [("experiences", "0005_discussions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
