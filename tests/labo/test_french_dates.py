"""Dates read as French writes them: "1er septembre", never "1 septembre"."""

import datetime
import pathlib
import re
import zoneinfo

from django.template import Context, Template

from labo.text import french_date

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
TEMPLATES = pathlib.Path(__file__).resolve().parents[2] / "templates"


def test_the_first_of_the_month_is_1er_and_other_days_are_numbers():
    assert french_date(datetime.date(2026, 9, 1)) == "1er septembre 2026"
    assert french_date(datetime.date(2026, 12, 5)) == "5 décembre 2026"
    assert french_date(datetime.date(2026, 3, 11)) == "11 mars 2026"


def test_an_aware_moment_is_read_in_the_sites_time_zone(settings):
    settings.TIME_ZONE = "Europe/Paris"
    # 23:30 UTC on 31 August is already 1 September in Paris.
    moment = datetime.datetime(2026, 8, 31, 23, 30, tzinfo=datetime.UTC)
    assert french_date(moment) == "1er septembre 2026"
    assert french_date(moment, with_time=True) == "1er septembre 2026 à 01:30"


def test_the_template_filter_with_and_without_the_time():
    template = Template(
        "{% load labo_tags %}{{ day|french_date }} / {{ moment|french_date:'heure' }}"
        " / [{{ missing|french_date }}]"
    )
    moment = datetime.datetime(2026, 1, 1, 9, 5, tzinfo=PARIS)
    rendered = template.render(
        Context({"day": datetime.date(2027, 1, 1), "moment": moment, "missing": None})
    )
    assert rendered == "1er janvier 2027 / 1er janvier 2026 à 09:05 / []"


def test_no_template_formats_a_day_with_the_plain_date_filter():
    plain = re.compile(r"""\|date:["']j """)
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*")
        if path.suffix in {".html", ".txt"} and plain.search(path.read_text())
    ]
    assert offenders == []
