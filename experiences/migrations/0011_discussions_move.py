# Placeholder: the move of the discussion models fills it in.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("experiences", "0010_discussions_hardening")]
    operations = []
