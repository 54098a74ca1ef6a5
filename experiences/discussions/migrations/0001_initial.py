"""Comment, Report, ThreadSubscription and CommentingSuspension move from
experiences to this app without touching the database: their tables keep their
names (Meta.db_table), and their content types change app label, so permissions,
group grants (the Modération group's, from experiences 0006) and log entries keep
pointing at them."""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from labo.model_moves import content_types_relabel

import labo.text

class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The tables and their content: experiences 0005 to 0010; the content
        # types are relabelled after experiences 0006, which grants permissions
        # on them under the old label.
        ("experiences", "0011_discussions_move"),
        ("taxonomy", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Comment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('question', "Question à l'auteur"), ('tested', "J'ai testé"), ('vigilance', 'Point de vigilance'), ('other', 'Autre')], default='other', max_length=20, verbose_name='type')),
                        ('body', models.TextField(max_length=4000, validators=[labo.text.ControlCharactersValidator(), django.core.validators.MaxLengthValidator(4000)], verbose_name='message')),
                        ('status', models.CharField(choices=[('pending', 'en attente de modération'), ('published', 'publié'), ('hidden', 'masqué'), ('deleted', 'supprimé par son auteur')], db_index=True, default='published', max_length=20, verbose_name='statut')),
                        ('moderation_reason', models.TextField(blank=True, max_length=2000, validators=[labo.text.ControlCharactersValidator(), django.core.validators.MaxLengthValidator(2000)], verbose_name='motif de modération')),
                        ('edited_by_moderation', models.BooleanField(default=False, verbose_name='modifié par la modération')),
                        ('is_answer', models.BooleanField(default=False, verbose_name='réponse retenue')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='écrit le')),
                        ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='publié le')),
                        ('edited_at', models.DateTimeField(blank=True, null=True, verbose_name='modifié le')),
                        ('last_activity_at', models.DateTimeField(db_index=True, verbose_name='dernière activité')),
                        ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='labo_comments', to=settings.AUTH_USER_MODEL, verbose_name='auteur')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='discussion_comments', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                        ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='replies', to='discussions.comment', verbose_name='en réponse à')),
                        ('territory', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.territory', verbose_name='territoire où la pratique a été testée')),
                    ],
                    options={
                        'verbose_name': 'message',
                        'verbose_name_plural': 'messages',
                        'db_table': 'experiences_comment',
                        'indexes': [models.Index(fields=['page', 'parent', 'status'], name='comment_thread_idx'), models.Index(fields=['author', 'created_at'], name='comment_author_idx')],
                        'ordering': ['created_at', 'pk'],
                        'permissions': [('moderate_comment', 'Peut modérer les discussions')],
                    },
                ),
                migrations.CreateModel(
                    name='CommentingSuspension',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('until', models.DateTimeField(verbose_name="jusqu'au")),
                        ('reason', models.TextField(max_length=2000, validators=[labo.text.ControlCharactersValidator(), django.core.validators.MaxLengthValidator(2000)], verbose_name='motif')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='labo_suspensions', to=settings.AUTH_USER_MODEL, verbose_name='membre')),
                    ],
                    options={
                        'verbose_name': 'suspension des discussions',
                        'verbose_name_plural': 'suspensions des discussions',
                        'db_table': 'experiences_commentingsuspension',
                        'indexes': [models.Index(fields=['user', 'until'], name='suspension_idx')],
                    },
                ),
                migrations.CreateModel(
                    name='Report',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reason', models.CharField(choices=[('spam', 'Publicité ou spam'), ('offensive', 'Propos blessants ou irrespectueux'), ('personal_data', "Donnée personnelle d'un jeune"), ('off_topic', 'Hors sujet'), ('other', 'Autre raison')], max_length=20, verbose_name='raison')),
                        ('note', models.TextField(blank=True, max_length=1000, validators=[labo.text.ControlCharactersValidator(), django.core.validators.MaxLengthValidator(1000)], verbose_name='précision')),
                        ('status', models.CharField(choices=[('open', 'à traiter'), ('closed', 'traité')], default='open', max_length=20, verbose_name='statut')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='signalé le')),
                        ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='discussions.comment', verbose_name='message')),
                        ('reporter', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='labo_reports', to=settings.AUTH_USER_MODEL, verbose_name='signalé par')),
                    ],
                    options={
                        'verbose_name': 'signalement',
                        'verbose_name_plural': 'signalements',
                        'db_table': 'experiences_report',
                        'indexes': [models.Index(fields=['reporter', 'created_at'], name='report_reporter_idx')],
                        'constraints': [models.UniqueConstraint(fields=('comment', 'reporter'), name='report_once_per_member')],
                    },
                ),
                migrations.CreateModel(
                    name='ThreadSubscription',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('following', models.BooleanField(default=True)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='labo_thread_subscriptions', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'abonnement à une discussion',
                        'verbose_name_plural': 'abonnements aux discussions',
                        'db_table': 'experiences_threadsubscription',
                        'constraints': [models.UniqueConstraint(fields=('user', 'page'), name='subscription_once_per_page')],
                    },
                ),
            ]
        ),
        content_types_relabel(
            old_label="experiences",
            new_label="discussions",
            models=["comment", "report", "threadsubscription", "commentingsuspension"],
        ),
    ]
