from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "labo.accounts"
    label = "accounts"
    verbose_name = "Membres"
