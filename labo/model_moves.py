"""For the migrations that move models from one app to another without touching
their tables: the moved models' content types change app label, so permissions,
group grants, log entries and generic relations keep pointing at them."""

from django.db import migrations


def content_types_relabel(*, old_label, new_label, models):
    """A reversible migration operation relabelling the content types of `models`
    (model names in lower case) from `old_label` to `new_label`."""

    def relabel(apps, source, target):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in models:
            old = ContentType.objects.filter(app_label=source, model=model).first()
            if old is None:
                # A database without the old rows gets the new ones after migrate.
                continue
            # A new row made by a permission set-up before the move holds no grant
            # worth keeping: the old row's grants are the ones to keep.
            ContentType.objects.filter(app_label=target, model=model).delete()
            old.app_label = target
            old.save(update_fields=["app_label"])

    return migrations.RunPython(
        lambda apps, schema_editor: relabel(apps, old_label, new_label),
        lambda apps, schema_editor: relabel(apps, new_label, old_label),
    )
