from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "chaperone.notifications"
    label = "notifications"
    verbose_name = "Email notifications"
