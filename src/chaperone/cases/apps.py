from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "chaperone.cases"
    label = "cases"
    verbose_name = "Concerns, cases and contact notes"
