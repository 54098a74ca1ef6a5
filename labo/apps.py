from django.apps import AppConfig


class LaboConfig(AppConfig):
    name = "labo"
    verbose_name = "Site"

    def ready(self):
        from labo import page_cache

        page_cache.connect()
