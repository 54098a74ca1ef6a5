from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = _("Expériences")

    def ready(self):
        from wagtail.signals import task_rejected, workflow_approved

        from experiences import services

        task_rejected.connect(services.on_task_rejected, dispatch_uid="labo.rejected")
        workflow_approved.connect(
            services.on_workflow_approved, dispatch_uid="labo.approved"
        )
