from django.core.management.base import BaseCommand

from chaperone.orgs.demo import DEMO_PASSWORD, demo_logins, load_demo


class Command(BaseCommand):
    help = "Load the demo organisation when the database has none, and print its logins."

    def handle(self, *args, **options):
        org = load_demo()
        if org is None:
            self.stdout.write("The database has an organisation already: the demo was not loaded.")
        else:
            self.stdout.write(f"Loaded the demo organisation: {org.name}.")
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
        for email, name, role in demo_logins():
            self.stdout.write(f"  {email:<32} {name:<14} {role}")
