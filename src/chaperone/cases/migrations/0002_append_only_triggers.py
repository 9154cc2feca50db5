"""Concerns, cases, notes and moderation records refuse UPDATE and DELETE on PostgreSQL."""

from django.db import migrations

from chaperone.audit.triggers import append_only


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0002_append_only_triggers"),
        ("cases", "0001_initial"),
        ("moderation", "0001_initial"),
    ]

    operations = [
        append_only(
            "cases_concern",
            "cases_case",
            "cases_caseentry",
            "cases_contactnote",
            "moderation_messageremoval",
            "moderation_reviewscore",
            "moderation_reviewaction",
            "moderation_postversion",
        )
    ]
