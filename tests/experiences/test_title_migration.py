import importlib

import pytest
from django.apps import apps
from wagtail.models import Page

text_limits = importlib.import_module("experiences.migrations.0009_text_limits")


@pytest.mark.parametrize(
    "title", ["Ligne\nsuite", "Ligne \r\n suite", "\u202eLigne suite"]
)
def test_titles_stored_before_the_rule_are_put_on_one_line(site_tree, title):
    """A line break in a stored title made every e-mail about the page fail."""
    page = site_tree["experiences"]
    Page.objects.filter(pk=page.pk).update(title=title, draft_title=title)

    text_limits.titles_on_one_line(apps, schema_editor=None)

    page.refresh_from_db()
    assert (page.title, page.draft_title) == ("Ligne suite", "Ligne suite")
