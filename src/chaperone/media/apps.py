from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "chaperone.media"
    label = "media"
    verbose_name = "Photos"
