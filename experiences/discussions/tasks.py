"""Background work of the discussions."""

from django_tasks import task

from experiences.discussions import notifications


@task()
def followers_notify_task(comment_id):
    """Writes the followers' e-mails to the outbox outside the request: a thread
    may have many followers."""
    notifications.followers_notify(comment_id)
