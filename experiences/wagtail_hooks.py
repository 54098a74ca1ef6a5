from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem
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


def _decision_rank(item):
    if item.name == "approve" and not item.launch_modal:
        return 0
    return 1 if item.name == "reject" else 2


@hooks.register("construct_page_action_menu")
def review_decisions_first(menu_items, request, context):
    """For whoever may review the page, the footer's main button is the decision
    (« Approuver et publier »), « Demander des modifications » comes first under
    the arrow, and saving a draft after them. Wagtail offers the decisions only
    to reviewers, so the others keep Wagtail's order."""
    decisions = [item for item in menu_items if isinstance(item, WorkflowMenuItem)]
    if not decisions:
        return
    others = [item for item in menu_items if not isinstance(item, WorkflowMenuItem)]
    menu_items[:] = sorted(decisions, key=_decision_rank) + others


@hooks.register("insert_editor_js")
def tag_input_label():
    return format_html(
        '<script src="{}"></script>', static("experiences/js/tag_input_label.js")
    )
