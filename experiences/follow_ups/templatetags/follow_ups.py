"""The « Six mois après » block of a write-up: `{% load follow_ups %}
{% follow_ups page %}`."""

from django import template

from experiences.follow_ups.selectors import follow_ups_published

register = template.Library()


@register.inclusion_tag("experiences/follow_ups/includes/follow_ups.html")
def follow_ups(page):
    """The published follow-ups of the write-up, newest first, in one query."""
    return {"follow_ups": list(follow_ups_published(page))}
