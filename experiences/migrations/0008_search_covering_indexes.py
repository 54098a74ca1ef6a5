from django.db import migrations, models

# Search computes, for every public document, its type, publication date,
# territory and maturity (search.backends.database._documents). These indexes
# hold exactly those columns, so the database reads them from the indexes alone
# instead of the wide page and write-up rows (SQLite: a third of the time of a
# search by filters only, at 10 000 write-ups). The page index also serves the
# listings (experiences.selectors.experience_keys) and replaces 0007's, which
# lacked `live`. The partial index on aliases serves the privacy check
# (experiences.selectors.restricted_sections): with every page's alias_of NULL,
# statistics made the plain index look useless and SQLite read every page.


class Migration(migrations.Migration):
    dependencies = [("experiences", "0007_listing_index")]

    operations = [
        migrations.AddIndex(
            model_name="experiencepage",
            index=models.Index(
                fields=["page_ptr", "territory", "maturity"],
                name="experience_facets_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="strategynotepage",
            index=models.Index(
                fields=["page_ptr", "territory"], name="note_facets_idx"
            ),
        ),
        migrations.RunSQL(
            "DROP INDEX IF EXISTS labo_page_type_published_idx",
            "CREATE INDEX IF NOT EXISTS labo_page_type_published_idx "
            "ON wagtailcore_page (content_type_id, first_published_at, id)",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS labo_page_type_live_published_idx "
            "ON wagtailcore_page (content_type_id, live, first_published_at, id)",
            "DROP INDEX IF EXISTS labo_page_type_live_published_idx",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS labo_page_alias_idx "
            "ON wagtailcore_page (alias_of_id) WHERE alias_of_id IS NOT NULL",
            "DROP INDEX IF EXISTS labo_page_alias_idx",
        ),
    ]
