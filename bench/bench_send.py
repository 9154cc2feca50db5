"""How long sending takes: a 30-member group with parent copies, and a 1,000-family broadcast.

Each case is measured against a baseline in the same run: the bare database writes of the same
rows (the message, its version and one delivery per recipient and copy, in one transaction) with
no rules, no screening and no audit entry. The ratio is what the rules, the screening and the
audit chain cost on top of writing the rows at all.

    python bench/bench_send.py [--repeat N]        # SQLite in a temporary file
    DATABASE_URL=postgresql://... python bench/bench_send.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def setup_django(tmp: Path) -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ.setdefault("CHAPERONE_SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "chaperone.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(families: int, staff: int = 2):
    """An organisation with ``families`` children, each with a parent and consent, in bulk."""
    from chaperone.messaging.models import Membership, Space
    from chaperone.orgs.actions import do_create_organisation
    from chaperone.orgs.models import ConsentEvent, Guardianship, Person

    stamp = time.time_ns()
    org, admin = do_create_organisation(
        name=f"Bench {stamp}",
        slug=f"bench-{stamp}",
        admin_email=f"admin{stamp}@bench.example",
        admin_name="Admin",
    )
    org.office_start, org.office_end = dt.time(0, 0), dt.time(23, 59, 59)
    org.save()
    adults = Person.objects.bulk_create(
        Person(
            organisation=org,
            email=f"s{i}.{stamp}@bench.example",
            display_name=f"Staff {i}",
            role="staff",
        )
        for i in range(staff)
    )
    born = dt.date.today() - dt.timedelta(days=14 * 365)
    children = Person.objects.bulk_create(
        Person(
            organisation=org,
            email=f"c{i}.{stamp}@bench.example",
            display_name=f"Child {i}",
            role="young_person",
            date_of_birth=born,
        )
        for i in range(families)
    )
    parents = Person.objects.bulk_create(
        Person(
            organisation=org,
            email=f"p{i}.{stamp}@bench.example",
            display_name=f"Parent {i}",
            role="parent",
        )
        for i in range(families)
    )
    Guardianship.objects.bulk_create(
        Guardianship(organisation=org, guardian=p, child=c, created_by=admin)
        for p, c in zip(parents, children, strict=True)
    )
    ConsentEvent.objects.bulk_create(
        ConsentEvent(
            organisation=org,
            child=c,
            channel="messages",
            granted=True,
            given_by=p,
            recorded_by=admin,
        )
        for p, c in zip(parents, children, strict=True)
    )
    space = Space.objects.create(organisation=org, kind="group", name="Bench", created_by=adults[0])
    Membership.objects.bulk_create(
        Membership(organisation=org, space=space, person=m, added_by=adults[0])
        for m in [*adults, *children]
    )
    return adults[0], space, [*adults[1:], *children], parents


def baseline_write(sender, space, recipients, parents):
    from django.db import transaction

    from chaperone.messaging.models import Delivery, Message, MessageVersion

    with transaction.atomic():
        m = Message.objects.create(
            organisation_id=space.organisation_id, space=space, sender=sender
        )
        MessageVersion.objects.create(
            organisation_id=space.organisation_id,
            message=m,
            number=1,
            body="Training is at the sports hall this week.",
            edited_by=sender,
        )
        Delivery.objects.bulk_create(
            Delivery(
                organisation_id=space.organisation_id,
                message=m,
                recipient=r,
                kind="recipient",
                state="delivered",
            )
            for r in [*recipients, *parents]
        )


def full_send(sender, space):
    from chaperone.messaging.actions import do_send_message

    result = do_send_message(sender, space, "Training is at the sports hall this week.")
    assert result.status == "delivered", result.decision.reasons
    return result


def measure(fn, repeat: int) -> list[float]:
    fn()  # warm-up: loads the screening models, fills caches
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp))
        from django.db import connection

        rows = []
        for label, families in (
            ("30-member group, 28 parent copies", 28),
            ("1,000-family broadcast, 1,000 parent copies", 1000),
        ):
            sender, space, recipients, parents = build(families)
            repeat = args.repeat if families < 100 else max(3, args.repeat // 3)
            base = measure(
                lambda s=sender, sp=space, r=recipients, p=parents: baseline_write(s, sp, r, p),
                repeat,
            )
            full = measure(lambda s=sender, sp=space: full_send(s, sp), repeat)
            deliveries = len(full_send(sender, space).deliveries)
            rows.append(
                (label, deliveries, statistics.median(base), statistics.median(full), max(full))
            )
        print(f"database: {connection.vendor}; median of repeated sends, milliseconds\n")
        print("| case | deliveries | bare writes (baseline) | full send | ratio | slowest send |")
        print("|---|---|---|---|---|---|")
        for label, n, b, f, worst in rows:
            print(f"| {label} | {n} | {b:.1f} ms | {f:.1f} ms | {f / b:.1f}x | {worst:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
