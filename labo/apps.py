from django.apps import AppConfig


class LaboConfig(AppConfig):
    name = "labo"
    verbose_name = "Site"
