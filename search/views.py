import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Words only, whitespace folded, length bounded.

    Punctuation is dropped: a stray quote or parenthesis would otherwise reach the
    full-text engine as query syntax and fail there.
    """
    return " ".join(re.sub(r"[^\w'-]+", " ", raw).split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.live().public().specific().search(query) if query else []
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "search/search.html", {"query": query, "page_obj": page_obj}
    )
