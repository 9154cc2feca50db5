from django.core.management.base import BaseCommand, CommandError

from chaperone.orgs.actions import do_create_token
from chaperone.orgs.models import Person


class Command(BaseCommand):
    help = "API tokens: `token create EMAIL` prints a new bearer token for that person."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="verb", required=True)
        create = sub.add_parser("create", help="create a token and print it once")
        create.add_argument("email")
        create.add_argument("--label", default="cli")

    def handle(self, *args, verb, email, label, **options):
        person = Person.objects.filter(email=email.strip().lower()).first()
        if person is None:
            raise CommandError(f"no person with the email {email}")
        if not person.is_active:
            raise CommandError(f"{email}'s account is not active")
        _, key = do_create_token(person, person, label=label)
        self.stdout.write(key)
