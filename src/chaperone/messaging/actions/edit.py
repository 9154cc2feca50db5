"""Editing a message: a new version, the earlier ones kept (M9)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import Refused
from chaperone.messaging.actions.send import clean_body
from chaperone.messaging.models import Message, MessageVersion
from chaperone.messaging.screening import screen_text
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import decide_edit


@transaction.atomic(durable=True)
def do_edit_message(actor: Person, message: Message, body: str) -> MessageVersion:
    require(actor, Action.VIEW_MESSAGE, message, "message")
    decision = decide_edit(actor.facts(), message.sender_id)
    if not decision.allowed:
        raise Refused("the message was not edited", reasons=decision.reasons)
    body = clean_body(body)
    latest = message.versions.order_by("-number").first()
    if latest.body == body:
        return latest
    context = latest.screening.get("context", "group_message")
    screening, record = screen_text(body, context, message.organisation.screening_overrides)
    if screening.decision in ("block", "hold"):
        from chaperone.policy import Reason

        raise Refused(
            "the edit was not saved: screening would not let this text through",
            reasons=[Reason(rule, f"{cat}: {why}") for rule, cat, why in screening.findings],
        )
    version = MessageVersion.objects.create(
        organisation_id=message.organisation_id,
        message=message,
        number=latest.number + 1,
        body=body,
        edited_by=actor,
        screening=record,
        created_at=timezone.now(),
    )
    chain.append(
        EventType.MESSAGE_EDITED,
        organisation=message.organisation,
        actor=actor,
        obj=message,
        covers=[version],
        snapshot={"version": version.number, "previous": latest.number},
    )
    return version
