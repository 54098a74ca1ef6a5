from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "experiences.discussions"
    label = "discussions"
    verbose_name = "Discussions"
