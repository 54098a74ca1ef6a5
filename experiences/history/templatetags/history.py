"""The last entries of a write-up's history, under the write-up."""

from django import template

from experiences.history import selectors

register = template.Library()


@register.inclusion_tag("experiences/history/latest.html")
def write_up_history_latest(page):
    return {"page": page, "entries": selectors.history_latest(page=page)}
