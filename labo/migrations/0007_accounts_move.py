"""Profile and OutgoingEmail now belong to labo.accounts (see its 0001): they
leave this app's state, their tables stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("labo", "0006_profile_hardening"),
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Profile"),
                migrations.DeleteModel(name="OutgoingEmail"),
            ]
        ),
    ]
