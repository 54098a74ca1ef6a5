import django.core.validators
import wagtail.fields
import wagtail.rich_text
from django.db import migrations, models

import labo.text
from labo.text import BIDI_CONTROLS, clean_title


def titles_on_one_line(apps, schema_editor):
    """Titles stored before titles were kept on one line: a line break in one made
    every e-mail about its page fail (subjects cannot hold one)."""
    Page = apps.get_model("wagtailcore", "Page")
    suspects = Page.objects.filter(
        models.Q(title__contains="\n")
        | models.Q(title__contains="\r")
        | models.Q(title__regex=BIDI_CONTROLS.pattern)
    )
    for page in suspects.only("title", "draft_title"):
        page.title = clean_title(page.title)
        page.draft_title = clean_title(page.draft_title)
        page.save(update_fields=["title", "draft_title"])


class Migration(migrations.Migration):
    dependencies = [
        ("experiences", "0008_search_covering_indexes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="collectionindexpage",
            name="intro",
            field=models.TextField(
                blank=True,
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="introduction",
            ),
        ),
        migrations.AlterField(
            model_name="collectionpage",
            name="intro",
            field=models.TextField(
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="introduction",
            ),
        ),
        migrations.AlterField(
            model_name="experienceindexpage",
            name="intro",
            field=models.TextField(
                blank=True,
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="introduction",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="context",
            field=wagtail.fields.RichTextField(
                help_text="Pourquoi cette expérience : la situation de départ, le besoin.",
                max_length=20000,
                validators=[wagtail.rich_text.RichTextMaxLengthValidator(20000)],
                verbose_name="contexte",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="difficulties",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="Les obstacles et les erreurs : c'est ce qui aide le plus.",
                max_length=20000,
                validators=[wagtail.rich_text.RichTextMaxLengthValidator(20000)],
                verbose_name="ce qui n'a pas marché",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="objectives",
            field=wagtail.fields.RichTextField(
                help_text="Ce que vous cherchiez à obtenir, idéalement en liste.",
                max_length=20000,
                validators=[wagtail.rich_text.RichTextMaxLengthValidator(20000)],
                verbose_name="objectifs",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="partners",
            field=models.TextField(
                blank=True,
                help_text="Structures associées : département, médiathèque, association…",
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="partenaires",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="reproduction_conditions",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="Ce qu'il faut réunir pour refaire ailleurs.",
                max_length=20000,
                validators=[wagtail.rich_text.RichTextMaxLengthValidator(20000)],
                verbose_name="conditions pour reproduire",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="results",
            field=wagtail.fields.RichTextField(
                help_text="Ce qui a changé, chiffres agrégés à l'appui (jamais nominatifs).",
                max_length=20000,
                validators=[wagtail.rich_text.RichTextMaxLengthValidator(20000)],
                verbose_name="résultats",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="steps",
            field=wagtail.fields.StreamField(
                [("step", 3)],
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"label": "Étape", "max_length": 150},
                    ),
                    1: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"label": "Ce qui a été fait", "max_length": 5000},
                    ),
                    2: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Par exemple : 2 semaines.",
                            "label": "Durée",
                            "max_length": 100,
                            "required": False,
                        },
                    ),
                    3: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 0), ("description", 1), ("duration", 2)]],
                        {},
                    ),
                },
                help_text="Les grandes étapes, dans l'ordre, pour que d'autres refassent.",
                verbose_name="étapes",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="summary",
            field=models.TextField(
                help_text="Deux phrases qui donnent envie de lire : ce qui a été fait, pour qui, avec quel résultat.",
                max_length=500,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(500),
                ],
                verbose_name="résumé",
            ),
        ),
        migrations.AlterField(
            model_name="experiencepage",
            name="team",
            field=models.TextField(
                blank=True,
                help_text="Qui a porté l'expérience (fonctions, pas de données sur les jeunes).",
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="équipe",
            ),
        ),
        migrations.AlterField(
            model_name="strategynoteindexpage",
            name="intro",
            field=models.TextField(
                blank=True,
                max_length=2000,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(2000),
                ],
                verbose_name="introduction",
            ),
        ),
        migrations.AlterField(
            model_name="strategynotepage",
            name="summary",
            field=models.TextField(
                max_length=500,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(500),
                ],
                verbose_name="résumé",
            ),
        ),
        migrations.RunPython(titles_on_one_line, migrations.RunPython.noop),
    ]
