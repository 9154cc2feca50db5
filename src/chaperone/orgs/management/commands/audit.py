from django.core.management.base import BaseCommand, CommandError

from chaperone.audit.chain import verify


class Command(BaseCommand):
    help = "The audit chain: `audit verify` checks every entry and every record it covers."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="verb", required=True)
        sub.add_parser("verify", help="exit 0 when intact; non-zero naming the first bad entry")

    def handle(self, *args, verb, **options):
        result = verify()
        if result.ok:
            self.stdout.write(f"audit chain intact: {result.checked} entries checked")
            return
        where = f"entry #{result.first_bad_seq}" if result.first_bad_seq else "a record"
        raise CommandError(
            f"audit chain BROKEN at {where}: {result.problem} "
            f"({result.checked} entries checked before it)"
        )
