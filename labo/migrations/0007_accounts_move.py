# Placeholder: the move of the account models fills it in.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("labo", "0006_profile_hardening")]
    operations = []
