from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from experiences.selectors import url_without
from search import query as q
from search.query import SearchQuery
from search.relax import empty_result_offers, filter_label, filters_phrase
from search.service import autocomplete_titles, search_pages

FACET_LEGENDS = {
    q.TYPE: "Type de contenu",
    q.THEME: "Thèmes",
    q.TERRITORY: "Région",
    q.AUDIENCE: "Publics",
    q.MATURITY: "Maturité",
    q.REPRODUCED: "Reproductions",
    q.TAG: "Mots-clés",
    q.YEAR: "Année de publication",
}


def search(request):
    query = SearchQuery.from_params(request.GET)
    results = search_pages(query, record=True)
    if not results.hits and results.total and query.page > results.num_pages:
        query = SearchQuery.from_params(_with_page(request.GET, results.num_pages))
        results = search_pages(query)
    page_obj = Paginator(range(results.total), query.page_size).get_page(query.page)
    facets = [
        (name, FACET_LEGENDS[name], values)
        for name, values in results.facets.items()
        if values
    ]
    labels = {(name, value): label for name, value, label in results.active_filters}
    offers = []
    if not results.total and (query.text or query.filters):
        offers = empty_result_offers(query, params=request.GET, labels=labels)
    filters_emptied_it = any(offer.kind != "word" for offer in offers)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "offers": offers,
            "filters_phrase": filters_phrase(
                [
                    filter_label(labels, name, value)
                    for name, values in query.filters.items()
                    for value in values
                ]
            ),
            # The words found something under fewer filters: their spelling is
            # not what emptied the result.
            "spelling_advice": bool(query.text) and not filters_emptied_it,
            "query": query,
            "results": results,
            "page_obj": page_obj,
            "facets": facets,
            "active_filters": [
                (label, url_without(request.GET, name, value))
                for name, value, label in results.active_filters
            ],
            "sorts": [
                (q.RELEVANCE, "Pertinence"),
                (q.RECENT, "Plus récentes"),
                (q.REPRODUCTIONS, "Les plus reproduites"),
            ],
        },
    )


def suggestions(request):
    """Titles completing what has been typed, as <option>s for a <datalist>."""
    titles = autocomplete_titles(request.GET.get("q", ""))
    return TemplateResponse(request, "search/suggestions.html", {"titles": titles})


def _with_page(params, page):
    params = params.copy()
    params["page"] = str(page)
    return params
