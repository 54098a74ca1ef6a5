import django.core.validators
from django.db import migrations, models

import labo.text


def published_at_from_created_at(apps, schema_editor):
    """Messages published (or deleted after publication) before this migration
    count as published when written."""
    Comment = apps.get_model("experiences", "Comment")
    Comment.objects.filter(status__in=["published", "deleted"]).update(
        published_at=models.F("created_at")
    )


class Migration(migrations.Migration):
    dependencies = [("experiences", "0009_text_limits")]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="published_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="publié le"),
        ),
        migrations.RunPython(published_at_from_created_at, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="comment",
            name="body",
            field=models.TextField(
                max_length=4000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(4000),
                ],
                verbose_name="message",
            ),
        ),
        migrations.AlterField(
            model_name="comment",
            name="moderation_reason",
            field=models.TextField(
                blank=True,
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="motif de modération",
            ),
        ),
        migrations.AlterField(
            model_name="commentingsuspension",
            name="reason",
            field=models.TextField(
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="motif",
            ),
        ),
        migrations.AlterField(
            model_name="report",
            name="note",
            field=models.TextField(
                blank=True,
                max_length=1000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(1000),
                ],
                verbose_name="précision",
            ),
        ),
        migrations.AddIndex(
            model_name="report",
            index=models.Index(
                fields=["reporter", "created_at"], name="report_reporter_idx"
            ),
        ),
    ]
