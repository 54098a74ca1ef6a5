"""The editorial roles as Wagtail groups, and the "Relecture coordination" workflow
that every page submitted for review goes through."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTORS = "Contributeurs"
COORDINATION = "Coordination"
MODERATION = "Modération"
WORKFLOW = "Relecture coordination"
TASK = "Relecture par la coordination"

COORDINATION_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *(
        ("experiences", f"{action}_{model}")
        for model in ("territory", "theme", "audience")
        for action in ("add", "change", "delete", "view")
    ),
    ("search", "view_searchquerystat"),
    *(
        ("wagtailsearchpromotions", f"{action}_{model}")
        for model in ("query", "searchpromotion")
        for action in ("add", "change", "delete", "view")
    ),
    ("labo", "view_profile"),
    ("labo", "change_profile"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
]
COORDINATION_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    RegionalReviewTask = apps.get_model("experiences", "RegionalReviewTask")

    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (CONTRIBUTORS, COORDINATION, MODERATION)
    }
    for app_label, codename in COORDINATION_MODEL_PERMISSIONS:
        groups[COORDINATION].permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    groups[MODERATION].permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )

    root = Page.objects.get(depth=1)
    for codename in COORDINATION_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=groups[COORDINATION],
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )

    task = RegionalReviewTask.objects.create(
        name=TASK,
        active=True,
        content_type=ContentType.objects.get_or_create(
            app_label="experiences", model="regionalreviewtask"
        )[0],
    )
    task.groups.set([groups[COORDINATION]])
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("experiences", "0003_regionalreviewtask"),
        ("labo", "0003_profile_review_region"),
        ("search", "0001_initial"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0001_initial"),
        ("wagtailimages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
