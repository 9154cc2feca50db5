"""Telling a lead about a concern at once: in the app (the concern is routed to them) and by
email, which says a concern waits without carrying its details."""

from __future__ import annotations


def tell_lead(lead, concern) -> None:
    from chaperone.notifications.actions import notify

    notify(
        lead,
        kind="concern_raised",
        organisation=concern.organisation,
        subject=f"A safeguarding concern needs you ({concern.urgency})",
        body=(
            f"A {concern.category} concern of {concern.urgency} urgency was raised in "
            f"{concern.organisation.name}. Open Chaperone to read it and decide what happens "
            "next. For your safety and the child's, the details are not sent by email."
        ),
    )
