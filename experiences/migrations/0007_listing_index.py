from django.db import migrations

# Listings show write-ups newest first. Their ids are read from Wagtail's page
# table alone (experiences.selectors.experience_keys), so that the database walks
# this index and stops after one page of results instead of sorting every
# write-up. It is Wagtail's table, hence plain SQL (the same on SQLite and
# PostgreSQL).


class Migration(migrations.Migration):
    dependencies = [("experiences", "0006_moderation_permissions")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS labo_page_type_published_idx "
            "ON wagtailcore_page (content_type_id, first_published_at, id)",
            "DROP INDEX IF EXISTS labo_page_type_published_idx",
        )
    ]
