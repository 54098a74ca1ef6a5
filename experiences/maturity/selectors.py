"""Reads of the coordination's maturity decisions and of its review queue."""

from experiences.maturity.models import PUBLIC_ACTIONS, MaturityDecision


def maturity_decisions_public(page):
    """The decisions readers may see (validated, confirmed, changed, removed; never
    the coordination asking the author), newest first."""
    return MaturityDecision.objects.filter(
        page=page, action__in=PUBLIC_ACTIONS
    ).order_by("-decided_at", "-pk")
