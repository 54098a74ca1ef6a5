"""Reads of the follow-ups: what readers see, what the coordination reviews, what
the six-month job sends."""

from experiences.follow_ups.models import FollowUp


def follow_ups_published(page):
    """The published follow-ups of a write-up, newest first."""
    return FollowUp.objects.filter(page=page).published()
