from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("experiences", "0008_search_covering_indexes")]

    operations = []
