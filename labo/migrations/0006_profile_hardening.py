from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("labo", "0005_roles_hardening")]

    operations = []
