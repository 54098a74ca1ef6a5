import django.core.validators
from django.db import migrations, models

import labo.text


class Migration(migrations.Migration):
    dependencies = [("labo", "0005_roles_hardening")]

    operations = [
        migrations.AlterField(
            model_name="profile",
            name="bio",
            field=models.TextField(
                blank=True,
                error_messages={
                    "max_length": "La présentation fait au plus %(limit_value)d "
                    "caractères."
                },
                help_text="Quelques mots sur votre métier, 500 caractères au plus.",
                max_length=500,
                validators=[
                    labo.text.ControlCharactersValidator(),
                    django.core.validators.MaxLengthValidator(500),
                ],
                verbose_name="présentation",
            ),
        ),
        migrations.AlterField(
            model_name="profile",
            name="display_name",
            field=models.CharField(
                blank=True,
                error_messages={
                    "max_length": "Le nom affiché fait au plus %(limit_value)d "
                    "caractères."
                },
                help_text="Votre nom ou un pseudonyme. Il apparaît sur vos fiches et "
                "vos messages à la place de votre adresse e-mail.",
                max_length=80,
                validators=[labo.text.ControlCharactersValidator()],
                verbose_name="nom affiché",
            ),
        ),
    ]
