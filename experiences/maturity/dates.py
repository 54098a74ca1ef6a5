"""Review dates: a number of months after a day, the day kept where the month
has it (31 March + 18 months is 30 September)."""

import calendar
import datetime

from django.conf import settings
from django.utils import timezone


def months_later(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_date(validated_on):
    """The default review date of a label validated that day."""
    return months_later(validated_on, settings.LABO_MATURITY_REVIEW_MONTHS)


def queue_horizon():
    """The last review date the coordinators' queue shows: past ones and those
    LABO_MATURITY_REVIEW_NEAR_DAYS ahead."""
    return timezone.localdate() + datetime.timedelta(
        days=settings.LABO_MATURITY_REVIEW_NEAR_DAYS
    )
