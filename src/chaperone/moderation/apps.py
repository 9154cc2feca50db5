from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "chaperone.moderation"
    label = "moderation"
    verbose_name = "Review queue and reports"
