from django import template

from labo.legal import LEGAL_NOTICE_SLUG, legal_notice_sections

register = template.Library()


@register.inclusion_tag("labo/includes/legal_notice.html")
def legal_notice(page):
    """The publisher, director of publication and host, on the legal notice only."""
    if page.slug != LEGAL_NOTICE_SLUG:
        return {"sections": []}
    return {"sections": legal_notice_sections()}
