"""The sweep: send every notification that is due, including those a failure put off."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from chaperone.notifications.sending import send_due


class Command(BaseCommand):
    help = "Send every queued email notification that is due (retries included)."

    def handle(self, *args, **options):
        report = send_due()
        self.stdout.write(
            f"sent {report.sent}, failed {report.failed}, still queued {report.waiting}"
        )
