# Placeholder: the move of the taxonomy models fills it in.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("experiences", "0011_discussions_move")]
    operations = []
