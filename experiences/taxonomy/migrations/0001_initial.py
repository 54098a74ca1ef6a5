"""Territory, Theme and Audience move from experiences to this app without
touching the database: their tables keep their names (Meta.db_table), and
their content types change app label, so permissions, group grants and log
entries keep pointing at them."""

import django.db.models.deletion
from django.db import migrations, models

from labo.model_moves import content_types_relabel


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The tables and their content: experiences 0001 and 0002. The content
        # types are relabelled after experiences 0004 and 0006, which grant
        # permissions on them under the old label.
        ("experiences", "0010_discussions_hardening"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Territory",
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('region', 'Région'), ('department', 'Département'), ('mission_locale', 'Mission locale')], max_length=20, verbose_name='type')),
                        ('code', models.CharField(blank=True, help_text='Code officiel des régions et départements (ex. 75, 33, 2A).', max_length=5, verbose_name='code INSEE')),
                        ('name', models.CharField(max_length=150, verbose_name='nom')),
                        ('parent', models.ForeignKey(blank=True, help_text="Région d'un département, département d'une Mission locale ; vide pour une région.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name='children', to='taxonomy.territory', verbose_name='rattachement')),
                        ('key', models.SlugField(editable=False, help_text='Utilisé dans les adresses de filtre (ex. region-75).', max_length=80, unique=True, verbose_name='identifiant')),
                    ],
                    options={
                        'verbose_name': 'territoire',
                        'verbose_name_plural': 'territoires',
                        'db_table': 'experiences_territory',
                        'ordering': ['name'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('code', ''), _negated=True), fields=('kind', 'code'), name='unique_territory_code_per_kind')],
                    },
                ),
                migrations.CreateModel(
                    name="Theme",
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, unique=True, verbose_name='nom')),
                        ('slug', models.SlugField(help_text='Court, en minuscules, utilisé dans les adresses (ex. visio).', unique=True, verbose_name='identifiant')),
                        ('description', models.TextField(blank=True, verbose_name='description')),
                    ],
                    options={
                        'verbose_name': 'thème',
                        'verbose_name_plural': 'thèmes',
                        'db_table': 'experiences_theme',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name="Audience",
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, unique=True, verbose_name='nom')),
                        ('slug', models.SlugField(unique=True, verbose_name='identifiant')),
                        ('description', models.TextField(blank=True, verbose_name='description')),
                    ],
                    options={
                        'verbose_name': 'public',
                        'verbose_name_plural': 'publics',
                        'db_table': 'experiences_audience',
                        'ordering': ['name'],
                    },
                ),
            ]
        ),
        content_types_relabel(
            old_label="experiences",
            new_label="taxonomy",
            models=["territory", "theme", "audience"],
        ),
    ]
