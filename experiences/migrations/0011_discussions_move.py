"""Comment, Report, ThreadSubscription and CommentingSuspension now belong to
experiences.discussions (see its 0001): they leave this app's state. The
database is unchanged: same tables, same columns, same indexes and constraints."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("experiences", "0010_discussions_hardening")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                # The models that point at Comment go first.
                migrations.DeleteModel(name="Report"),
                migrations.DeleteModel(name="ThreadSubscription"),
                migrations.DeleteModel(name="CommentingSuspension"),
                migrations.DeleteModel(name="Comment"),
            ]
        ),
    ]
