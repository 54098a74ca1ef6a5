from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("experiences", "0009_text_limits")]

    operations = []
