from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "chaperone.web"
    label = "web"
    verbose_name = "Web pages"
