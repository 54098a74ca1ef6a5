from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "labo.accounts"
    label = "accounts"
    verbose_name = "Membres"

    def ready(self):
        # Receivers import the models, which cannot load before the registry.
        from labo.accounts import signals

        signals.connect()
