from django.apps import AppConfig


class MaturityConfig(AppConfig):
    name = "experiences.maturity"
    label = "maturity"
    verbose_name = "Maturité validée"
