"""The publication of a write-up, read for its maturity label."""

from wagtail.log_actions import get_active_log_context

from experiences.maturity.services import maturity_published


def on_page_published(sender, instance, **kwargs):
    """Wagtail's admin runs every view in a log context naming the signed-in
    user: the publisher, whether they publish from the editor or approve a
    submission. A scheduled publication has none."""
    user = get_active_log_context().user
    maturity_published(page=instance, user=user if user and user.pk else None)
