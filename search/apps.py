from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search.backends.database import forget_vocabulary
        from search.signals import connect_elasticsearch_signals

        for signal in (page_published, page_unpublished):
            signal.connect(forget_vocabulary, dispatch_uid="search.vocabulary")
        connect_elasticsearch_signals()
