"""The discussions in the Wagtail admin: the moderation queue and the audit-log
entries of its decisions."""

from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from experiences.discussions.admin_views import ModerationViewSet
from experiences.discussions.models import Comment
from experiences.discussions.permissions import ModerationPermissionPolicy
from labo.text import plural

# The policy is registered before the viewset, which would otherwise fall back on
# Django's add/change/delete permissions.
register_permission_policy(Comment, ModerationPermissionPolicy(Comment))


@hooks.register("register_admin_viewset")
def register_moderation_viewset():
    return ModerationViewSet()


class ModerationLogFormatter(LogFormatter):
    """A moderation decision; its comment is the moderator's reason."""

    def format_message(self, log_entry):
        return self.label

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("reason", "")


class SuspensionLogFormatter(ModerationLogFormatter):
    label = "Membre suspendu"

    def format_message(self, log_entry):
        days = (log_entry.data or {}).get("days")
        if days is None:
            return self.label
        return f"Membre suspendu {days} {plural(days, 'jour', 'jours')}"


def _formatter(label):
    return type("ModerationLogFormatter", (ModerationLogFormatter,), {"label": label})


LOG_FORMATTERS = {
    "labo.comment.approve": _formatter("Message approuvé"),
    "labo.comment.hide": _formatter("Message masqué"),
    "labo.comment.restore": _formatter("Message rétabli"),
    "labo.comment.edit_out": _formatter("Donnée personnelle retirée"),
    "labo.comment.warn": _formatter("Membre averti"),
    "labo.comment.suspend": SuspensionLogFormatter,
    "labo.comment.auto_hide": _formatter("Masqué automatiquement après signalements"),
}


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, formatter in LOG_FORMATTERS.items():
        actions.register_action(action)(formatter)
