"""Reads of the coordination's maturity decisions and of its review queue."""

from experiences.maturity.dates import queue_horizon
from experiences.maturity.models import PUBLIC_ACTIONS, MaturityDecision
from experiences.models import ExperiencePage
from experiences.models.pages import VALIDATED_MATURITIES
from experiences.taxonomy.models import Territory, TerritoryKind
from labo.accounts.roles import review_region


def maturity_decisions_public(page):
    """The decisions readers may see (validated, confirmed, changed, removed; never
    the coordination asking the author), newest first."""
    return MaturityDecision.objects.filter(
        page=page, action__in=PUBLIC_ACTIONS
    ).order_by("-decided_at", "-pk")


def review_queue(*, user, region=None, theme=None):
    """The live write-ups whose validated label is past or near its review date
    (LABO_MATURITY_REVIEW_NEAR_DAYS), soonest first: within the user's region for
    a regional coordinator, then within the region and theme chosen."""
    pages = (
        ExperiencePage.objects.live()
        .filter(
            maturity__in=VALIDATED_MATURITIES,
            maturity_review_on__lte=queue_horizon(),
        )
        .select_related("territory")
        .order_by("maturity_review_on", "title", "pk")
    )
    for territory in (scope_region(user), region):
        if territory is not None:
            pages = pages.filter(territory__in=Territory.objects.within(territory))
    if theme is not None:
        pages = pages.filter(themes=theme)
    return pages


def scope_region(user):
    """The region a coordinator's work is limited to; None for the others and the
    administrator."""
    return None if user.is_superuser else review_region(user)


def queue_regions(user):
    """The regions a coordinator may filter the queue on: all, or none when their
    work is limited to one."""
    if scope_region(user) is not None:
        return Territory.objects.none()
    return Territory.objects.filter(kind=TerritoryKind.REGION).order_by("name")


def latest_decision_id(page):
    """The id of the page's latest decision (0 for none): a form carries it, so a
    second submission, or one from a tab opened before another decision, is
    recognised."""
    decision = MaturityDecision.objects.filter(page=page).order_by("-pk").first()
    return decision.pk if decision else 0
