"""S4 in the message flow: grooming is scored over the conversation, not one message.

After a message that carries any grooming or sexual signal is written into a space with a
young person in it, the space's latest messages are scored together. Above the alert level the
safeguarding lead gets a concern (C1) about the participant whose conduct scored highest, with
the evidence lines and a frozen copy of the context. One alert per person and space a day: the
lead already holds the conversation's context, and a new concern each message would bury it.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from chaperone.messaging.models import Message, MessageVersion
from chaperone.messaging.screening import CONVERSATION_WINDOW, score_grooming
from chaperone.orgs.models import Person

TRIGGER_CATEGORIES = frozenset({"grooming", "sexual"})
QUIET_PERIOD = dt.timedelta(days=1)


def _carries_signal(record: dict) -> bool:
    return any(
        f.get("rule") == "S4" or f.get("category") in TRIGGER_CATEGORIES
        for f in record.get("findings", [])
    )


def _role(person: Person, today: dt.date) -> str:
    """G6: the policy's own reading of who is a child (no guardian lookup is needed here)."""
    return "child" if person.facts(frozenset()).is_child(today) else "adult"


#: What a message's own concern may be about besides grooming, which a grooming alert on the
#: conversation does not stand for: a disclosure (S3), a risk to life.
_NOT_COVERED = frozenset({"self_harm", "threat"})


def covers_concern(record: dict) -> bool:
    """Whether a grooming alert on the conversation says all that the message's own concern
    would: nothing in the message is a disclosure or a risk to life."""
    return not any(
        f.get("rule") == "S3" or f.get("category") in _NOT_COVERED
        for f in record.get("findings", [])
    )


def standing_concern(message: Message, about: Person):
    """A grooming concern from screening about ``about`` in ``message``'s space within the quiet
    period, or None: while one stands, the lead holds the context and is not told again."""
    from chaperone.cases.models import Concern

    return (
        Concern.objects.filter(
            organisation_id=message.organisation_id,
            source=Concern.Source.SCREENING,
            category="grooming",
            about=about,
            message__space_id=message.space_id,
            created_at__gte=timezone.now() - QUIET_PERIOD,
        )
        .order_by("-pk")
        .first()
    )


def check_conversation(message: Message, record: dict):
    """Run inside the sending transaction, after ``message`` is written: the grooming concern
    that stands for this conversation (the one raised now, or one raised about the same person
    in the same space within the quiet period), or None."""
    if not _carries_signal(record):
        return None
    today = timezone.localdate()
    recent = list(
        Message.objects.filter(space_id=message.space_id)
        .select_related("sender")
        .order_by("-pk")[:CONVERSATION_WINDOW]
    )[::-1]
    if not any(_role(m.sender, today) == "child" for m in recent):
        members = message.space.memberships.select_related("person")
        if not any(_role(m.person, today) == "child" for m in members):
            return None
    bodies: dict[int, str] = {}
    for v in MessageVersion.objects.filter(message__in=recent).order_by("number"):
        bodies[v.message_id] = v.body  # the latest version of each
    turns = [(str(m.sender_id), _role(m.sender, today), bodies.get(m.pk, "")) for m in recent]
    result = score_grooming(turns)
    if not result.alerted or not result.findings:
        return None
    about = next(m.sender for m in recent if str(m.sender_id) == result.author)

    already = standing_concern(message, about)
    if already is not None:
        return already  # the lead holds this conversation's context already
    evidence = [(turns[f.turn][2][f.start : f.end], f.why) for f in result.findings]
    from chaperone.cases.actions import raise_grooming_concern

    return raise_grooming_concern(message, about, result.score, evidence)
