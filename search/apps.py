from django.apps import AppConfig
from wagtail.signals import page_published, page_unpublished


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Recherche"

    def ready(self):
        # The receivers import the models, which cannot load before the app
        # registry is ready.
        from search.backends.database import forget_vocabulary
        from search.signals import (
            connect_elasticsearch_signals,
            connect_follow_up_signals,
        )

        for signal in (page_published, page_unpublished):
            signal.connect(forget_vocabulary, dispatch_uid="search.vocabulary")
        connect_elasticsearch_signals()
        connect_follow_up_signals()
