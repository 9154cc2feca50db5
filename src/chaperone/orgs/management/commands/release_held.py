from django.core.management.base import BaseCommand

from chaperone.messaging.actions import do_release_due


class Command(BaseCommand):
    help = "Release held deliveries whose time has come (M6); safe to run at any time, repeatedly."

    def handle(self, *args, **options):
        report = do_release_due()
        self.stdout.write(
            f"released {report.released}, stopped {report.stopped}, still waiting {report.waiting}"
        )
