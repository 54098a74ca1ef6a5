from django.apps import AppConfig
from django.core import checks

from labo import legal


class LaboConfig(AppConfig):
    name = "labo"
    verbose_name = "Site"

    def ready(self):
        # The page cache's receivers import the models, which cannot load before
        # the app registry is ready.
        from labo import page_cache

        page_cache.connect()
        checks.register(legal.legal_settings_check)
