from django.apps import AppConfig


class MaturityConfig(AppConfig):
    name = "experiences.maturity"
    label = "maturity"
    verbose_name = "Maturité validée"

    def ready(self):
        # Receivers import the page models, loaded only once the apps are.
        from wagtail.signals import page_published

        from experiences.maturity.receivers import on_page_published
        from experiences.models import ExperiencePage

        page_published.connect(
            on_page_published,
            sender=ExperiencePage,
            dispatch_uid="labo_maturity_published",
        )
