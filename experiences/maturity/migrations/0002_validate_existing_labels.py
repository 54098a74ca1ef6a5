"""The « Évaluée » and « Essaimée » labels published before validation dates
existed were set by coordinators (experiences 0013 unset the others): each is
dated from the write-up's last publication, signed « la coordination », and
recorded as a decision, so that its review date follows from it and a later
publication of the same label keeps it."""


from django.conf import settings
from django.db import migrations
from django.utils import timezone

from experiences.maturity.dates import months_later

VALIDATED = ("evaluated", "spread")
SIGNED_AS = "la coordination"


def date_existing_labels(apps, schema_editor):
    ExperiencePage = apps.get_model("experiences", "ExperiencePage")
    MaturityDecision = apps.get_model("maturity", "MaturityDecision")
    pages = ExperiencePage.objects.filter(
        live=True, maturity__in=VALIDATED, maturity_validated_on__isnull=True
    ).values_list("pk", "maturity", "last_published_at")
    for pk, maturity, last_published_at in pages.iterator():
        decided_at = last_published_at or timezone.now()
        validated_on = timezone.localdate(decided_at)
        review_on = months_later(validated_on, settings.LABO_MATURITY_REVIEW_MONTHS)
        ExperiencePage.objects.filter(pk=pk).update(
            maturity_validated_on=validated_on,
            maturity_review_on=review_on,
            maturity_signed_as=SIGNED_AS,
        )
        MaturityDecision.objects.create(
            page_id=pk,
            action="validated",
            maturity=maturity,
            decided_at=decided_at,
            signed_as=SIGNED_AS,
            review_on=review_on,
        )


def undate_labels(apps, schema_editor):
    ExperiencePage = apps.get_model("experiences", "ExperiencePage")
    ExperiencePage.objects.update(
        maturity_validated_on=None, maturity_review_on=None, maturity_signed_as=""
    )


class Migration(migrations.Migration):
    dependencies = [("maturity", "0001_initial")]

    operations = [migrations.RunPython(date_existing_labels, undate_labels)]
