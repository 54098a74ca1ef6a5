"""A comment's body: plain text in, safe HTML out."""

import re

import nh3
from django.utils.html import escape, urlize
from django.utils.safestring import mark_safe

# What `urlize` may turn into a link: a scheme, "www.", an e-mail address or a
# bare domain of the few top-level domains it knows. A paragraph without any of
# these comes out of `urlize` unchanged, so it skips that costly call.
LINKABLE = re.compile(r"://|www\.|@|\.(?:com|edu|gov|int|mil|net|org)\b", re.IGNORECASE)
ALLOWED_TAGS = {"p", "br", "a"}


def link_count(text: str) -> int:
    """How many links the thread shows for `text`: counted on its rendering, so
    that a limit and the page never disagree."""
    return comment_html(text).count("<a ")


def comment_html(text: str) -> str:
    """Paragraphs, line breaks and links; everything else escaped. nh3 then keeps
    only those three tags, so no payload can reach the page as markup."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text.strip()) if part]
    html = "".join(
        "<p>{}</p>".format(linkify(escape(part)).replace("\n", "<br>"))
        for part in paragraphs
    )
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )
    return mark_safe(cleaned)


def linkify(escaped):
    if not LINKABLE.search(escaped):
        return escaped
    return urlize(escaped, trim_url_limit=60, nofollow=False)
