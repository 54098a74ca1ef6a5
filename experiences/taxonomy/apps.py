from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "experiences.taxonomy"
    label = "taxonomy"
    verbose_name = "Classement"
