"""Sharing offline: the PDF download link of a write-up or collection
(labo.pdf), and full addresses for paper."""

from django import template

from experiences.visibility import is_public
from labo.pdf import pdf_size

register = template.Library()


@register.inclusion_tag("pdf/link.html", takes_context=True)
def pdf_link(context, page):
    """The link to the page's PDF, with its size once a first download has
    measured it for this publication; none in a preview or on a page not everyone
    may read, which have no PDF."""
    request = context.get("request")
    if getattr(request, "is_preview", False) or not is_public(page):
        return {"url": None}
    return {"url": f"{page.url}pdf/", "size": file_size(pdf_size(page))}


@register.simple_tag(takes_context=True)
def address(context, url):
    """The full address of `url` on the host the visitor asked for, for paper:
    Wagtail's `fullpageurl` would give the Site record's host name instead."""
    return context["request"].build_absolute_uri(url)


def file_size(size):
    """ "48 Ko", "1,2 Mo" (French units, non-breaking space), or "" when unknown."""
    if not size:
        return ""
    kilobytes = size / 1024
    if kilobytes < 1000:
        return f"{max(1, round(kilobytes))}\u00a0Ko"
    return f"{kilobytes / 1024:.1f}".replace(".", ",") + "\u00a0Mo"
