"""Excerpts with the searched words marked, for backends that do not highlight."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_LENGTH = 240
# Shortest stem compared: "visio" matches "visios" and "visioconférence".
MIN_STEM = 4


def fold(text):
    """Lowercase without accents, keeping every character's position."""
    return "".join(
        unicodedata.normalize("NFD", char)[0].lower() if char.isalpha() else char
        for char in text
    )


def _stems(query):
    words = re.findall(r"\w+", fold(query))
    return sorted({word[: max(MIN_STEM, len(word) - 1)] for word in words}, key=len)


def excerpt(text, query, length=EXCERPT_LENGTH):
    """A window of `text` around the first searched word, with each searched word
    wrapped in <mark>; everything else escaped."""
    stems = _stems(query)
    folded = fold(text)
    pattern = (
        re.compile(r"\b(" + "|".join(map(re.escape, stems)) + r")\w*")
        if stems
        else None
    )
    first = pattern.search(folded) if pattern else None
    start = 0
    if first and first.start() > length // 2:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    parts = []
    cursor = start
    for match in pattern.finditer(folded, start, end) if pattern else ():
        parts.append(escape(text[cursor : match.start()]))
        parts.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        cursor = match.end()
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    # Every piece of page text above went through escape().
    return mark_safe(prefix + "".join(parts) + suffix)
