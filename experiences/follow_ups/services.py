"""Writes of the follow-ups: the six-month job, the opt-outs, the authors'
answers and the coordination's decisions, with what a published answer changes on
its write-up."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from experiences.follow_ups import notifications, selectors
from experiences.follow_ups.models import (
    FollowUp,
    FollowUpInvitation,
    FollowUpOptOut,
    FollowUpOutcome,
    FollowUpStatus,
    InvitationKind,
)
from experiences.follow_ups.signals import follow_ups_changed
from experiences.models import ExperiencePage, ExperienceStatus

logger = logging.getLogger(__name__)

PUBLISH = "publish"
RETURN = "return"
WITHDRAW = "withdraw"


class FollowUpRefused(Exception):
    """A decision that no longer applies (another reviewer took it first)."""


# The six-month job


def follow_up_invitations_send(*, now=None) -> int:
    """Asks every author whose write-up is due, then reminds those asked long
    enough ago; returns how many e-mails were queued. Each e-mail is claimed by
    its FollowUpInvitation row first: a rerun, or two runs at once, queue none
    twice."""
    now = now or timezone.now()
    queued = 0
    for page in selectors.pages_due_for_invitation(now=now):
        queued += _invite(page, InvitationKind.FIRST)
    for page in selectors.pages_due_for_reminder(now=now):
        queued += _invite(page, InvitationKind.REMINDER)
    return queued


def _invite(page, kind) -> bool:
    try:
        with transaction.atomic():
            FollowUpInvitation.objects.create(page=page, user=page.owner, kind=kind)
            notifications.invitation_queue(page=page, user=page.owner, kind=kind)
    except IntegrityError:
        # Another run claimed it between the selection and now.
        return False
    logger.info("Follow-up %s queued (page %s, user %s)", kind, page.pk, page.owner_id)
    return True


# Opt-outs


def opt_out(*, user, page=None) -> None:
    """No more follow-up e-mails to the member about this write-up, or about any
    when `page` is None."""
    FollowUpOptOut.objects.get_or_create(user=user, page=page)


def opt_in(*, user, page=None) -> None:
    """Undoes `opt_out` for the same scope."""
    FollowUpOptOut.objects.filter(user=user, page=page).delete()


# The author's answer


def follow_up_answer(*, user, page, cleaned_data, findings=()) -> FollowUp:
    """Saves the author's answer: the open one is edited rather than doubled. A
    coordinator's (or an administrator's) answer is published at once, any other
    waits for the coordination."""
    try:
        return _answer_save(user, page, cleaned_data, findings)
    except IntegrityError:
        # Two sendings at once (a double click, two tabs): the other one created
        # the open answer first; this one edits it.
        return _answer_save(user, page, cleaned_data, findings)


@transaction.atomic
def _answer_save(user, page, cleaned_data, findings):
    follow_up = (
        FollowUp.objects.select_for_update()
        .filter(page=page, author=user)
        .open()
        .first()
    ) or FollowUp(page=page, author=user)
    for name in ("outcome", "why", "advice", "figures"):
        setattr(follow_up, name, cleaned_data[name])
    follow_up.experiment_status = experiment_status_of(
        cleaned_data["outcome"], cleaned_data.get("experiment_status")
    )
    follow_up.personal_data_findings = [
        {"label": finding.label, "text": finding.text} for finding in findings
    ]
    follow_up.status = FollowUpStatus.PENDING
    follow_up.save()
    if selectors.may_review(user):
        follow_up_publish(follow_up=follow_up, reviewer=user)
    return follow_up


def experiment_status_of(outcome, stopped_status=None):
    """Where the experiment stands after the answer: still running when kept or
    changed; finished (or abandoned, if the author says so) when stopped."""
    if outcome != FollowUpOutcome.STOPPED:
        return ExperienceStatus.RUNNING
    if stopped_status == ExperienceStatus.ABANDONED:
        return ExperienceStatus.ABANDONED
    return ExperienceStatus.FINISHED


# The coordination's decisions


@transaction.atomic
def follow_up_decide(*, follow_up, reviewer, action, note=""):
    """Publishes, sends back (with a note to the author) or takes off a follow-up.
    Raises FollowUpRefused when its state no longer allows the decision."""
    current = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    allowed = {
        PUBLISH: FollowUpStatus.PENDING,
        RETURN: FollowUpStatus.PENDING,
        WITHDRAW: FollowUpStatus.PUBLISHED,
    }[action]
    if current.status != allowed:
        raise FollowUpRefused("Ce suivi a déjà été traité entre-temps.")
    if action == PUBLISH:
        follow_up_publish(follow_up=current, reviewer=reviewer)
    elif action == RETURN:
        current.status = FollowUpStatus.RETURNED
        current.review_note = note
        current.reviewed_by = reviewer
        current.save()
        log(current, "labo.follow_up.return", user=reviewer, data={"note": note})
        notifications.returned_queue(follow_up=current)
    else:
        current.status = FollowUpStatus.WITHDRAWN
        current.review_note = note
        current.reviewed_by = reviewer
        current.save()
        log(current, "labo.follow_up.withdraw", user=reviewer, data={"note": note})
        follow_ups_changed.send(sender=FollowUp, page_id=current.page_id)
    return current


def follow_up_publish(*, follow_up, reviewer) -> None:
    """Publishes the answer on its write-up, whose status follows it."""
    follow_up.status = FollowUpStatus.PUBLISHED
    follow_up.published_at = timezone.now()
    follow_up.reviewed_by = reviewer
    follow_up.review_note = ""
    follow_up.save()
    log(follow_up, "labo.follow_up.publish", user=reviewer)
    page_status_follow(
        page=follow_up.page,
        status=follow_up.experiment_status,
        ended_on=timezone.localdate(follow_up.created_at),
        user=reviewer,
    )
    follow_ups_changed.send(sender=FollowUp, page_id=follow_up.page_id)


def page_status_follow(*, page, status, ended_on, user) -> bool:
    """Gives the write-up the experiment's status (and, once it has ended, the end
    date `ended_on` if it had none). The status is kept in revisions: a revision
    of the LIVE version with it is published; a newer draft of the author is saved
    again on top with the same status, neither lost nor published. Returns
    whether anything changed."""
    live = ExperiencePage.objects.select_for_update().get(pk=page.pk)
    end_date = live.end_date
    if status != ExperienceStatus.RUNNING and end_date is None:
        end_date = ended_on
    if (live.status, live.end_date) == (status, end_date):
        return False
    draft = (
        live.get_latest_revision_as_object() if live.has_unpublished_changes else None
    )
    live.status, live.end_date = status, end_date
    # The follow-up is in the readers' history: this revision is no update of
    # the text to announce there.
    live.change_summary = ""
    live.save_revision(user=user, log_action=True, clean=False).publish(
        user=user, log_action=True
    )
    if draft is not None:
        draft.status = status
        if status != ExperienceStatus.RUNNING and draft.end_date is None:
            draft.end_date = end_date
        draft.save_revision(user=user, log_action=True, clean=False)
    return True
