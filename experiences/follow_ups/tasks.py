"""The daily six-month job on the task worker."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from experiences.follow_ups import services

DAY = timedelta(days=1)


@task()
def follow_up_invitations_task():
    """Queues the due invitations and reminders, then, on a backend that can defer
    (the database worker), comes back in a day. A second chain started by
    mistake sends nothing twice: every e-mail is claimed once."""
    services.follow_up_invitations_send()
    if follow_up_invitations_task.get_backend().supports_defer:
        follow_up_invitations_task.using(run_after=timezone.now() + DAY).enqueue()
