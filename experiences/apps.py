from django.apps import AppConfig
from wagtail.signals import task_rejected, workflow_approved


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = "Expériences"

    def ready(self):
        # The services import the models, which cannot load before the app
        # registry is ready.
        from experiences import reproductions, review_notifications, services

        task_rejected.connect(services.on_task_rejected, dispatch_uid="labo.rejected")
        workflow_approved.connect(
            services.on_workflow_approved, dispatch_uid="labo.approved"
        )
        review_notifications.review_notifications_connect()
        reproductions.reproductions_connect()
