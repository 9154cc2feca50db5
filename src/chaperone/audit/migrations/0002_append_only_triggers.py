"""On PostgreSQL the database itself refuses UPDATE and DELETE on the records (M9, M10)."""

from django.db import migrations

from chaperone.audit.triggers import append_only


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("orgs", "0001_initial"),
        ("messaging", "0001_initial"),
    ]

    operations = [
        append_only(
            "audit_auditentry",
            "messaging_message",
            "messaging_messageversion",
            "orgs_consentevent",
            "orgs_guardianship",
        )
    ]
