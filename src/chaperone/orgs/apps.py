from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "chaperone.orgs"
    label = "orgs"
    verbose_name = "Organisations and people"
