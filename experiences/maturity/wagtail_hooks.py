"""The maturity in the Wagtail admin: the coordinators' queue and its menu item,
the signature chosen in the page editor, and the audit-log entries of the
decisions."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from experiences.admin_forms import SIGNATURE_CHOICES, may_set_maturity
from experiences.maturity import admin_views, services
from experiences.maturity.models import MaturityAction

SIGNATURE_FIELD = "maturity_signature"


@hooks.register("register_admin_urls")
def register_maturity_urls():
    return [
        path("maturites/", admin_views.queue, name="maturity_queue"),
        path(
            "maturites/<int:page_id>/confirmer/",
            admin_views.confirm,
            name="maturity_confirm",
        ),
        path(
            "maturites/<int:page_id>/demander-a-l-auteur/",
            admin_views.author_ask,
            name="maturity_author_ask",
        ),
    ]


class CoordinationMenuItem(MenuItem):
    def is_shown(self, request):
        return may_set_maturity(request.user)


@hooks.register("register_admin_menu_item")
def register_maturity_menu_item():
    return CoordinationMenuItem(
        "Maturités à revoir",
        reverse("maturity_queue"),
        name="maturity-queue",
        icon_name="tick",
        order=260,
    )


def signature_keep(request, *args):
    """The editor's signature choice (experiences.admin_forms) is kept before
    the view saves and publishes, so that the publication handler signs with
    it: the publication's signal carries the page, not the form."""
    choice = request.POST.get(SIGNATURE_FIELD)
    if (
        request.method == "POST"
        and choice in dict(SIGNATURE_CHOICES)
        and may_set_maturity(request.user)
    ):
        services.signature_preference_set(user=request.user, with_name=choice == "name")


hooks.register("before_edit_page", signature_keep)
hooks.register("before_create_page", signature_keep)


class MaturityLogFormatter(LogFormatter):
    """A maturity decision: the label, its signature and review date."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        parts = [self.label]
        if data.get("maturity"):
            parts.append(f"« {data['maturity']} »")
        if data.get("signed_as"):
            parts.append(f"signée « {data['signed_as']} »")
        if data.get("review_on"):
            parts.append(f"à revoir le {data['review_on']}")
        return ", ".join(parts)

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("note", "")


@hooks.register("register_log_actions")
def register_maturity_log_actions(actions):
    for action in MaturityAction:
        formatter = type(
            "MaturityLogFormatter", (MaturityLogFormatter,), {"label": action.label}
        )
        actions.register_action(f"{services.LOG_ACTION_PREFIX}{action.value}")(
            formatter
        )
