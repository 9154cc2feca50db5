from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "chaperone.audit"
    label = "audit"
    verbose_name = "Audit chain"
