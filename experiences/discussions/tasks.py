"""Background work of the discussions."""

from django_tasks import task

from experiences.discussions import notifications


@task()
def followers_notify_task(comment_id):
    notifications.followers_notify(comment_id)
