"""The follow-ups in the Wagtail admin: the « Suivis à relire » queue, its menu
item, and the audit-log entries of the coordination's decisions."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from experiences.follow_ups import selectors
from experiences.follow_ups.admin_views import FollowUpDecisionView, FollowUpQueueView


@hooks.register("register_admin_urls")
def register_follow_up_urls():
    return [
        path("suivis/", FollowUpQueueView.as_view(), name="follow_ups_queue"),
        path(
            "suivis/<int:pk>/",
            FollowUpDecisionView.as_view(),
            name="follow_ups_decide",
        ),
    ]


class ReviewersMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.may_review(request.user)


@hooks.register("register_admin_menu_item")
def register_follow_up_menu_item():
    return ReviewersMenuItem(
        "Suivis à relire",
        reverse("follow_ups_queue"),
        name="follow-ups",
        icon_name="comment",
        order=270,
    )


class DecisionLogFormatter(LogFormatter):
    """A decision on a follow-up; its comment is the coordination's note."""

    def format_message(self, log_entry):
        return self.label

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("note", "")


LOG_LABELS = {
    "labo.follow_up.publish": "Suivi « six mois après » publié",
    "labo.follow_up.return": "Suivi « six mois après » renvoyé à l'auteur",
    "labo.follow_up.withdraw": "Suivi « six mois après » retiré de la fiche",
}


@hooks.register("register_log_actions")
def register_follow_up_log_actions(actions):
    for action, label in LOG_LABELS.items():
        formatter = type(
            "DecisionLogFormatter", (DecisionLogFormatter,), {"label": label}
        )
        actions.register_action(action)(formatter)
