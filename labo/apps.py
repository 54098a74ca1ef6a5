from django.apps import AppConfig


class LaboConfig(AppConfig):
    name = "labo"
    verbose_name = "Site"

    def ready(self):
        from labo import page_cache
        from labo.accounts import signals

        signals.connect()
        page_cache.connect()
