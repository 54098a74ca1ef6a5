from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from experiences.taxonomy.models import Audience, Territory, Theme


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    list_display = ["name", "kind", "code", "parent", "key"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "key"]
    search_backend_name = None
    ordering = ["kind", "code", "name"]
    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("parent"),
    ]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TerritoryViewSet, ThemeViewSet, AudienceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Taxonomie"
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
