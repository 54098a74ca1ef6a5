from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchQueryStat


class SearchQueryStatViewSet(SnippetViewSet):
    """What people search for, most often unanswered first: a guide to the
    write-ups the network still lacks."""

    model = SearchQueryStat
    icon = "search"
    menu_label = "Recherches du site"
    add_to_admin_menu = True
    menu_order = 900
    list_display = [
        "query",
        "searches",
        "searches_without_result",
        "last_result_count",
        "last_searched_on",
    ]
    list_filter = {"last_result_count": ["exact"], "last_searched_on": ["gte"]}
    search_fields = ["query"]
    search_backend_name = None
    ordering = ["-searches_without_result", "-searches"]


register_snippet(SearchQueryStatViewSet)
