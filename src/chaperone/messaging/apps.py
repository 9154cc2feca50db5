from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "chaperone.messaging"
    label = "messaging"
    verbose_name = "Spaces and messages"
