"""Territory, Theme and Audience now belong to experiences.taxonomy (see its
0001): the pages' keys point there, and the models leave this app's state. The
database is unchanged: same tables, same columns, same constraints."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("experiences", "0011_discussions_move"),
        ("taxonomy", "0001_initial"),
        # Every other key to these models points at taxonomy before they leave.
        ("discussions", "0001_initial"),
        ("labo", "0007_accounts_move"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='experiencepage',
                    name='territory',
                    field=models.ForeignKey(help_text='La Mission locale, le département ou la région concernés.', on_delete=django.db.models.deletion.PROTECT, related_name='experience_pages', to='taxonomy.territory', verbose_name='territoire'),
                ),
                migrations.AlterField(
                    model_name='experiencepage',
                    name='themes',
                    field=modelcluster.fields.ParentalManyToManyField(help_text='Au moins un thème.', related_name='experience_pages', to='taxonomy.theme', verbose_name='thèmes'),
                ),
                migrations.AlterField(
                    model_name='experiencepage',
                    name='audiences',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Pour qui la pratique a été pensée.', related_name='experience_pages', to='taxonomy.audience', verbose_name='publics'),
                ),
                migrations.AlterField(
                    model_name='strategynotepage',
                    name='territory',
                    field=models.ForeignKey(blank=True, help_text='La région concernée ; laissez vide pour une note nationale.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='strategy_notes', to='taxonomy.territory', verbose_name='territoire'),
                ),
                migrations.AlterField(
                    model_name='strategynotepage',
                    name='themes',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='strategy_notes', to='taxonomy.theme', verbose_name='thèmes'),
                ),
                migrations.DeleteModel(name="Territory"),
                migrations.DeleteModel(name="Theme"),
                migrations.DeleteModel(name="Audience"),
            ]
        ),
    ]
