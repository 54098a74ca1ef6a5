"""The coordination's maturity decisions: the validation recorded when a label is
published, the review queue's confirmation and its request to the author. Each
decision is a MaturityDecision and an entry in Wagtail's audit log."""

import datetime

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log

from experiences.maturity.dates import months_later, review_date
from experiences.maturity.models import (
    PUBLIC_ACTIONS,
    MaturityAction,
    MaturityDecision,
    SignaturePreference,
)
from experiences.maturity.signals import maturity_changed
from experiences.models import ExperiencePage
from experiences.models.pages import VALIDATED_MATURITIES
from labo.accounts.outbox import email_queue
from labo.accounts.roles import review_region

# Signed for a publication nobody signed in made (a scheduled one).
COORDINATION_SIGNATURE = "la coordination"
LOG_ACTION_PREFIX = "labo.maturity."
# A confirmed label's review date lies within this.
REVIEW_LATEST_YEARS = 5


def signs_with_name(user):
    """The coordinator's stored choice: sign with their name, or (by default) as
    the coordination."""
    return SignaturePreference.objects.filter(user=user, with_name=True).exists()


def signature_preference_set(*, user, with_name):
    SignaturePreference.objects.update_or_create(
        user=user, defaults={"with_name": with_name}
    )


def person_signature(user):
    """The coordinator's name as the Labo shows it."""
    profile = getattr(user, "profile", None)
    return (profile.display_name if profile else "") or user.get_full_name()


def coordination_signature(user):
    """« Coordination <région> » for a regional coordinator, « Coordination
    nationale » for the others."""
    if user is None:
        return COORDINATION_SIGNATURE
    region = None if user.is_superuser else review_region(user)
    return f"Coordination {region.name}" if region else "Coordination nationale"


def signature(user, *, with_name=None):
    """How a decision by this user is signed; their stored choice unless told."""
    if user is None:
        return COORDINATION_SIGNATURE
    if with_name is None:
        with_name = signs_with_name(user)
    return (with_name and person_signature(user)) or coordination_signature(user)


def _latest_public_decision(page):
    return (
        MaturityDecision.objects.filter(page=page, action__in=PUBLIC_ACTIONS)
        .order_by("-decided_at", "-pk")
        .first()
    )


def _pages_changed(page):
    """What the write-up, its cards and search show changed outside a
    publication: the page cache and search hear of it."""
    maturity_changed.send(sender=MaturityDecision, page_id=page.pk)


def _decide(*, page, action, user, signed_as="", review_on=None, note=""):
    decision = MaturityDecision.objects.create(
        page=page,
        action=action,
        maturity=page.maturity,
        decided_by=user,
        signed_as=signed_as,
        review_on=review_on,
        note=note,
    )
    log(
        instance=page,
        action=f"{LOG_ACTION_PREFIX}{action}",
        user=user,
        data={
            "maturity": page.get_maturity_display() if page.maturity else "",
            "signed_as": signed_as,
            "review_on": review_on.isoformat() if review_on else "",
            "note": note,
        },
    )
    return decision


def _validation_set(page, *, validated_on, signed_as, review_on):
    values = {
        "maturity_validated_on": validated_on,
        "maturity_signed_as": signed_as,
        "maturity_review_on": review_on,
    }
    ExperiencePage.objects.filter(pk=page.pk).update(**values)
    for name, value in values.items():
        setattr(page, name, value)


@transaction.atomic
def maturity_published(*, page, user):
    """The label of a publication, compared with the coordination's last decision:
    a newly published « Évaluée » or « Essaimée » is validated today by the
    publishing user (and signed as they chose); a validated label changed or
    removed loses its validation. Nothing is recorded when the label stays."""
    latest = _latest_public_decision(page)
    previous = latest.maturity if latest else ""
    if page.maturity == previous:
        return None
    if page.maturity in VALIDATED_MATURITIES:
        today = timezone.localdate()
        signed_as, review_on = signature(user), review_date(today)
        _validation_set(
            page, validated_on=today, signed_as=signed_as, review_on=review_on
        )
        action = (
            MaturityAction.CHANGED
            if previous in VALIDATED_MATURITIES
            else MaturityAction.VALIDATED
        )
        return _decide(
            page=page,
            action=action,
            user=user,
            signed_as=signed_as,
            review_on=review_on,
        )
    if previous not in VALIDATED_MATURITIES:
        return None
    _validation_set(page, validated_on=None, signed_as="", review_on=None)
    action = MaturityAction.CHANGED if page.maturity else MaturityAction.REMOVED
    return _decide(page=page, action=action, user=user)


@transaction.atomic
def maturity_confirm(*, page, user, review_on, with_name, note=""):
    """The coordination vouches again for the label as it stands: validated
    today, to be reviewed on `review_on`."""
    if not page.maturity_is_validated:
        raise ValueError("Only a validated label is confirmed.")
    signature_preference_set(user=user, with_name=with_name)
    signed_as = signature(user, with_name=with_name)
    _validation_set(
        page,
        validated_on=timezone.localdate(),
        signed_as=signed_as,
        review_on=review_on,
    )
    decision = _decide(
        page=page,
        action=MaturityAction.CONFIRMED,
        user=user,
        signed_as=signed_as,
        review_on=review_on,
        note=note,
    )
    _pages_changed(page)
    return decision


def review_on_bounds():
    """The review dates a confirmation may choose: from tomorrow to
    REVIEW_LATEST_YEARS ahead."""
    today = timezone.localdate()
    return (
        today + datetime.timedelta(days=1),
        months_later(today, 12 * REVIEW_LATEST_YEARS),
    )


def author_reachable(page):
    return page.owner is not None and bool(page.owner.email)


@transaction.atomic
def maturity_author_ask(*, page, user, message=""):
    """E-mails the write-up's author (through the outbox) that the coordination
    reviews its label, with the coordinator's message; an internal decision, not
    shown to readers. None when the write-up has no author left."""
    author = page.owner
    if not author_reachable(page):
        return None
    with_name = signs_with_name(user)
    signed_as = signature(user, with_name=with_name)
    body = render_to_string(
        "experiences/maturity/author_ask_email.txt",
        {
            "page": page,
            "message": message,
            "signed_as": signed_as,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
        },
    )
    # The author answers the person only when they sign with their name.
    headers = {"Reply-To": user.email} if with_name and user.email else None
    email_queue(
        user=author,
        subject=f"La maturité de votre fiche « {page.title} » est à revoir",
        body=body,
        headers=headers,
    )
    return _decide(
        page=page,
        action=MaturityAction.AUTHOR_ASKED,
        user=user,
        signed_as=signed_as,
        note=message,
    )
