"""When a search or a listing finds nothing: what it would find with one filter or
one word left out, so that the page says what emptied it and links to the rest.

Computed only for an empty result, through the search service (so on the database
and on Elasticsearch alike): one count per filter or word tried, at most
`MAX_COUNTS` in all.
"""

import dataclasses
from dataclasses import dataclass

from labo.text import plural
from search import query as q
from search.service import count_pages

# Counts tried for one empty result: each is one statement (or one Elasticsearch
# request). Filters are tried first, then "without any filter", then words.
MAX_COUNTS = 6
NBSP = "\u00a0"
# What a filter value nobody can see is called: the page never repeats a value
# it does not know, so a hidden page's tag reads like any unknown one.
UNKNOWN_VALUES = {
    q.TYPE: "type inconnu",
    q.THEME: "thème inconnu",
    q.TERRITORY: "territoire inconnu",
    q.AUDIENCE: "public inconnu",
    q.MATURITY: "maturité inconnue",
    q.REPRODUCED: "filtre inconnu",
    q.TAG: "mot-clé inconnu",
    q.YEAR: "année inconnue",
}


@dataclass(frozen=True)
class Offer:
    """A link to what the visitor would find with less: "Sans le filtre
    Bretagne : 1 fiche"."""

    text: str
    count: int
    count_text: str
    url: str
    kind: str  # "filter", "filters" (every filter at once) or "word"


def french_list(items, conjunction="et"):
    """ "A", "A et B", "A, B et C"."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def filter_label(labels, facet, value):
    """What the visitor reads for a filter value: its label, else its kind."""
    return labels.get((facet, value)) or UNKNOWN_VALUES[facet]


def filters_phrase(labels):
    """ "le filtre Bretagne", "les filtres Bretagne et Visio", or ""."""
    if not labels:
        return ""
    noun = plural(len(labels), "le filtre", "les filtres")
    return f"{noun} {french_list(labels)}"


def empty_result_offers(
    query, *, params, labels, facets=q.FACETS, noun=("résultat", "résultats")
):
    """The offers for `query`, which found nothing: each filter of `facets` left
    out, then (when none of them helps and the text is kept) every filter at
    once, then each word left out (a lone word only when no filter helped).
    Only those that find something are returned.

    `params` is the request's QueryDict, whose other parameters the links keep;
    `labels` maps (facet, value) to what the visitor reads."""
    droppable = [facet for facet in facets if facet in query.filters]
    words = list(dict.fromkeys(query.text.split()))
    budget = MAX_COUNTS
    offers = []

    def offer(candidate, text, url, kind):
        nonlocal budget
        budget -= 1
        count = count_pages(candidate)
        if count:
            count_text = f"{count} {plural(count, *noun)}"
            offers.append(Offer(text, count, count_text, url, kind))

    for facet in droppable:
        if not budget:
            return offers
        values = [filter_label(labels, facet, value) for value in query.filters[facet]]
        text = (
            f"Sans le filtre {values[0]}"
            if len(values) == 1
            else f"Sans les filtres {french_list(values, 'ou')}"
        )
        offer(query.without(facet), text, _url(params, drop=[facet]), "filter")
    if budget and not offers and query.text and len(droppable) > 1:
        kept = {k: v for k, v in query.filters.items() if k not in droppable}
        offer(
            dataclasses.replace(query, filters=kept, page=1),
            "Sans aucun filtre",
            _url(params, drop=droppable),
            "filters",
        )
    # A lone word is left out only when no filter was to blame.
    if len(words) > 1 or (words and query.filters and not offers):
        for word in words:
            if not budget:
                return offers
            rest = " ".join(w for w in query.text.split() if w != word)
            offer(
                dataclasses.replace(query, text=rest, page=1),
                f"Sans le mot «{NBSP}{word}{NBSP}»",
                _url(params, text=rest),
                "word",
            )
    return offers


def _url(params, *, drop=(), text=None):
    """`params` less the `drop` parameters, with `text` as q, back on page one."""
    params = params.copy()
    for name in (*drop, "page"):
        params.pop(name, None)
    if text is not None:
        if text:
            params["q"] = text
        else:
            params.pop("q", None)
    query = params.urlencode()
    return f"?{query}" if query else "?"
