"""Deliveries that quiet hours held: released when hours start, stopped when a rule says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput
from chaperone.messaging.models import Delivery, Message
from chaperone.orgs.facts import consent_facts, people_facts
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import DeliveryState, Reason, decide_release


@dataclass(frozen=True)
class ReleaseReport:
    released: int = 0
    stopped: int = 0
    waiting: int = 0


def _waiting(qs):
    return qs.filter(state=DeliveryState.HELD, held_for_review=False)


def stop_waiting_deliveries(child: Person, *, actor: Person, reason: Reason) -> int:
    """Stop every delivery waiting for ``child`` (inside the caller's transaction)."""
    waiting = list(_waiting(Delivery.objects.filter(recipient=child)).select_for_update())
    for delivery in waiting:
        _set_state(delivery, DeliveryState.STOPPED, reason, actor=actor)
    return len(waiting)


def _set_state(delivery: Delivery, state: DeliveryState, reason: Reason | None, *, actor=None):
    now = timezone.now()
    delivery.state = state
    delivery.reason_rule = reason.rule if reason else ""
    delivery.reason_why = reason.why[:300] if reason else ""
    delivery.delivered_at = now if state == DeliveryState.DELIVERED else None
    delivery.save(update_fields=["state", "reason_rule", "reason_why", "delivered_at"])
    if state == DeliveryState.DELIVERED:
        from chaperone.notifications.actions import email_parent_copies

        email_parent_copies(delivery.message, [delivery])
    chain.append(
        EventType.DELIVERY_RELEASED
        if state == DeliveryState.DELIVERED
        else EventType.DELIVERY_STOPPED,
        organisation=delivery.organisation,
        actor=actor,
        subject=delivery.recipient,
        obj=delivery.message,
        snapshot={
            "delivery": delivery.pk,
            "state": str(state),
            "rule": reason.rule if reason else "",
        },
    )


@transaction.atomic(durable=True)
def do_release_due(now: datetime | None = None, *, limit: int = 5000) -> ReleaseReport:
    """Release every held delivery whose time has come, if the rules still allow it (M6, M3)."""
    now = now or timezone.now()
    due = list(
        _waiting(Delivery.objects.filter(release_at__lte=now))
        .select_related("organisation", "recipient")
        .select_for_update(skip_locked=True)
        .order_by("release_at", "pk")[:limit]
    )
    if not due:
        return ReleaseReport()
    people = people_facts({d.recipient for d in due})
    consents = consent_facts({d.recipient_id for d in due})
    released = stopped = waiting = 0
    for delivery in due:
        decision = decide_release(
            people[delivery.recipient_id],
            consents=consents,
            settings=delivery.organisation.policy_settings(),
            now=now,
        )
        if decision.state == DeliveryState.DELIVERED:
            _set_state(delivery, DeliveryState.DELIVERED, None)
            released += 1
        elif decision.state == DeliveryState.STOPPED:
            _set_state(delivery, DeliveryState.STOPPED, decision.reason)
            stopped += 1
        else:
            delivery.release_at = decision.release_at
            delivery.save(update_fields=["release_at"])
            waiting += 1
    return ReleaseReport(released, stopped, waiting)


@transaction.atomic(durable=True)
def do_override_release(actor: Person, message: Message, *, reason: str) -> int:
    """The DSL sends now what quiet hours hold, with a logged reason (M6)."""
    require(actor, Action.OVERRIDE_QUIET_HOURS, message, "message")
    if not reason.strip():
        raise InvalidInput("an override needs a reason; it is kept on the record")
    waiting = list(
        _waiting(Delivery.objects.filter(message=message))
        .select_related("recipient")
        .select_for_update()
    )
    consents = consent_facts({d.recipient_id for d in waiting})
    people = people_facts({d.recipient for d in waiting})
    sent = 0
    for delivery in waiting:
        decision = decide_release(
            people[delivery.recipient_id],
            consents=consents,
            settings=message.organisation.policy_settings(),
            now=timezone.now(),
        )
        if decision.state == DeliveryState.STOPPED:
            _set_state(delivery, DeliveryState.STOPPED, decision.reason, actor=actor)
            continue
        _set_state(delivery, DeliveryState.DELIVERED, None, actor=actor)
        sent += 1
    chain.append(
        EventType.QUIET_HOURS_OVERRIDDEN,
        organisation=message.organisation,
        actor=actor,
        obj=message,
        snapshot={"reason": reason.strip()[:500], "released": sent},
    )
    return sent
