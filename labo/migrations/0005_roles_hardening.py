from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("labo", "0004_outgoingemail"),
        ("experiences", "0010_discussions_hardening"),
    ]

    operations = []
