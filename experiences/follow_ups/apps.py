from django.apps import AppConfig


class FollowUpsConfig(AppConfig):
    name = "experiences.follow_ups"
    label = "follow_ups"
    verbose_name = "Suivis « six mois après »"
