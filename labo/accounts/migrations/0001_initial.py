"""Profile and OutgoingEmail move from labo to this app without touching the
database: their tables keep their names (Meta.db_table), and their content types
change app label, so permissions, group grants and log entries keep pointing at
them."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from labo.model_moves import content_types_relabel

import labo.text

class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The tables: labo 0002 to 0006; the content types are relabelled after
        # experiences 0004 granted permissions on them under the old label.
        ("labo", "0006_profile_hardening"),
        ("taxonomy", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Profile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='profile', to=settings.AUTH_USER_MODEL, verbose_name='compte')),
                        ('display_name', models.CharField(blank=True, error_messages={'max_length': 'Le nom affiché fait au plus %(limit_value)d caractères.'}, help_text='Votre nom ou un pseudonyme. Il apparaît sur vos fiches et vos messages à la place de votre adresse e-mail.', max_length=80, validators=[labo.text.ControlCharactersValidator()], verbose_name='nom affiché')),
                        ('mission_locale', models.ForeignKey(blank=True, limit_choices_to={'kind': 'mission_locale'}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.territory', verbose_name='Mission locale')),
                        ('bio', models.TextField(blank=True, error_messages={'max_length': 'La présentation fait au plus %(limit_value)d caractères.'}, help_text='Quelques mots sur votre métier, 500 caractères au plus.', max_length=500, validators=[labo.text.ControlCharactersValidator(), django.core.validators.MaxLengthValidator(500)], verbose_name='présentation')),
                        ('status', models.CharField(choices=[('pending', 'en attente de validation'), ('approved', 'validé')], default='pending', max_length=20, verbose_name='statut')),
                        ('approved_at', models.DateTimeField(blank=True, null=True, verbose_name='validé le')),
                        ('review_region', models.ForeignKey(blank=True, help_text='Pour une coordination régionale : elle ne relit que les fiches de sa région. Vide : toutes les fiches.', limit_choices_to={'kind': 'region'}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.territory', verbose_name='relecture limitée à la région')),
                    ],
                    options={
                        'verbose_name': 'profil',
                        'verbose_name_plural': 'profils',
                        'db_table': 'labo_profile',
                    },
                ),
                migrations.CreateModel(
                    name='OutgoingEmail',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='destinataire')),
                        ('to', models.EmailField(max_length=254, verbose_name='adresse')),
                        ('subject', models.TextField(verbose_name='objet')),
                        ('body', models.TextField(verbose_name='texte')),
                        ('headers', models.JSONField(blank=True, default=dict, verbose_name='en-têtes')),
                        ('status', models.CharField(choices=[('pending', 'en attente'), ('sent', 'envoyé'), ('failed', 'abandonné')], default='pending', max_length=10, verbose_name='statut')),
                        ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='tentatives')),
                        ('last_error', models.TextField(blank=True, verbose_name='dernière erreur')),
                        ('next_attempt_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='prochaine tentative')),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='envoyé le')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='créé le')),
                    ],
                    options={
                        'verbose_name': 'e-mail sortant',
                        'verbose_name_plural': 'e-mails sortants',
                        'db_table': 'labo_outgoingemail',
                        'indexes': [models.Index(fields=['status', 'next_attempt_at'], name='labo_outgoi_status_c0ac2a_idx')],
                    },
                ),
            ]
        ),
        content_types_relabel(
            old_label="labo",
            new_label="accounts",
            models=["profile", "outgoingemail"],
        ),
    ]
