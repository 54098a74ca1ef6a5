"""The e-mails telling reviewers that a write-up waits for them: one per person and
per submission, only to those who may review it.

Wagtail sends two e-mails when a page enters a workflow whose task is a group
approval: the task's (to the groups and the superusers) and the workflow's (to the
superusers again), so the administrator got two. The notifiers below replace
Wagtail's under the same dispatch_uid: ExperiencesConfig.ready() runs before
wagtail.admin's (INSTALLED_APPS order), and Django ignores a second connection
with the same dispatch_uid, so Wagtail's own connections are skipped.
"""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

from experiences.models import RegionalReviewTask

# Wagtail's own dispatch_uids (wagtail/admin/signal_handlers.py).
TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WORKFLOW_SUBMITTED_UID = "workflow_state_submitted_email_notification"


class ReviewSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's e-mail to the task's groups and the superusers, each person once;
    for the regional review, only the coordinators whose region holds the page."""

    def get_recipient_users(self, task_state, **kwargs):
        users = (
            super()
            .get_recipient_users(task_state, **kwargs)
            .select_related("profile")
            .distinct()
        )
        task = task_state.task.specific
        if not isinstance(task, RegionalReviewTask):
            return set(users)
        page = task_state.workflow_state.content_object
        return {user for user in users if task.user_reviews(page, user)}


class WorkflowSubmissionNotifier(WorkflowStateSubmissionEmailNotifier):
    """Wagtail's e-mail to the superusers, left to those the task's e-mail did not
    reach, and never to the person who submitted."""

    def get_recipient_users(self, workflow_state, **kwargs):
        submitter = kwargs.get("user")
        users = super().get_recipient_users(workflow_state, **kwargs)
        recipients = {user for user in users if user != submitter}
        task_state = workflow_state.current_task_state
        if task_state is not None and task_notifier.can_handle(task_state):
            recipients -= set(task_notifier.get_recipient_users(task_state, **kwargs))
        return recipients


task_notifier = ReviewSubmissionNotifier()
workflow_notifier = WorkflowSubmissionNotifier()


def review_notifications_connect():
    """Called from ExperiencesConfig.ready(), before wagtail.admin connects its own."""
    task_submitted.connect(
        task_notifier, sender=TaskState, dispatch_uid=TASK_SUBMITTED_UID
    )
    workflow_submitted.connect(
        workflow_notifier, sender=WorkflowState, dispatch_uid=WORKFLOW_SUBMITTED_UID
    )
