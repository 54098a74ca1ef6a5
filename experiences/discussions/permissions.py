"""Who may use the moderation queue of the Wagtail admin."""

from wagtail.permission_policies import ModelPermissionPolicy

MODERATE = "moderate_comment"


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Every view of the queue needs the moderation permission; messages are never
    added or deleted from the admin (moderation hides rather than deletes)."""

    permission = f"discussions.{MODERATE}"

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return user.has_perm(self.permission)

    def users_with_any_permission(self, actions):
        if not set(actions) - {"add", "delete"}:
            return super().users_with_any_permission([])
        return self._get_users_with_any_permission_codenames([MODERATE])
