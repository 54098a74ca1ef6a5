from django.apps import AppConfig


class HistoryConfig(AppConfig):
    """No models: an app so that Django finds its template tags."""

    name = "experiences.history"
    label = "history"
    verbose_name = "Historique des fiches"
