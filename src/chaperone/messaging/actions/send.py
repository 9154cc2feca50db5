"""Sending a message: the spine of the platform.

view or API -> ``check_send_message`` (facts from the database, ``policy.decide_send``, screening)
-> ``do_send_message`` (one transaction: the message, its first version, every delivery and copy,
and the audit entries) -> on commit, a task to release what quiet hours hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput, Refused
from chaperone.messaging.facts import approval_facts, space_facts
from chaperone.messaging.models import Delivery, Message, MessageVersion, Space
from chaperone.messaging.screening import context_for, screen_text
from chaperone.orgs.facts import consent_facts
from chaperone.orgs.models import Person
from chaperone.permissions import Action, can, require
from chaperone.policy import (
    DeliveryKind,
    DeliveryState,
    Outcome,
    Override,
    Reason,
    Role,
    SendDecision,
    SpaceKind,
    decide_send,
)

MAX_BODY = 5000


@dataclass(frozen=True)
class SendResult:
    message: Message | None
    decision: SendDecision
    deliveries: tuple[Delivery, ...] = ()
    redirected_to: Space | None = None
    auto_reply: Message | None = None

    @property
    def status(self) -> str:
        return "delivered" if self.decision.outcome == Outcome.REDIRECTED else self.decision.outcome


def clean_text(text: str, *, noun: str = "message", limit: int = MAX_BODY) -> str:
    """Text a person wrote, checked before anything is decided about it."""
    if not isinstance(text, str):
        raise InvalidInput(f"a {noun}'s text must be a string")
    text = text.strip()
    if not text:
        raise InvalidInput(f"a {noun} needs some text")
    if len(text) > limit:
        raise InvalidInput(f"a {noun} is at most {limit} characters (this one has {len(text)})")
    if "\x00" in text:
        raise InvalidInput(f"a {noun} cannot contain NUL characters")
    return text


def clean_body(body: str) -> str:
    return clean_text(body)


def check_send_message(
    actor: Person, space: Space, body: str, *, override_reason: str = ""
) -> tuple[SendDecision, dict, Override | None]:
    """Everything that decides a message's fate, with no change made."""
    require(actor, Action.SEND, space, "space")
    body = clean_body(body)
    override = None
    if override_reason.strip() and not can(actor, Action.OVERRIDE_QUIET_HOURS):
        raise Refused(
            "only the safeguarding lead overrides quiet hours",
            reasons=[Reason("M6", "an override of quiet hours is the DSL's, with a reason")],
        )
    facts = space_facts(space)
    sender = facts.member(actor.pk).person if facts.member(actor.pk) else actor.facts()
    if override_reason.strip():
        override = Override(by=sender, reason=override_reason.strip())
    settings = space.organisation.policy_settings()
    now = timezone.now()
    today = now.date()
    children = [m.person for m in facts.members if m.person.is_child(today)]
    context = context_for(
        space.kind,
        sender_is_child=sender.is_child(today),
        to_children=bool(children) and sender.id not in {c.id for c in children},
        staff=sender.is_org_adult,
    )
    screening, record = screen_text(body, context, space.organisation.screening_overrides)
    decision = decide_send(
        sender,
        facts,
        consent_facts(c.id for c in children),
        settings,
        now,
        approval=approval_facts(space),
        screening=screening,
        override=override,
    )
    return decision, record, override


@transaction.atomic(durable=True)
def do_send_message(
    actor: Person, space: Space, body: str, *, override_reason: str = ""
) -> SendResult:
    """Send, or raise ``Refused`` with the reasons and change nothing.

    The rules are decided inside the transaction that writes, so a consent withdrawn a moment
    earlier is always seen.
    """
    decision, record, override = check_send_message(
        actor, space, body, override_reason=override_reason
    )
    if decision.refused:
        raise Refused("the message was not sent", reasons=decision.reasons + decision.warnings)
    if decision.outcome == Outcome.REDIRECTED:
        return _redirect_to_staff_inbox(actor, space, clean_body(body), record, decision)
    return _write_message(actor, space, clean_body(body), record, decision, override)


def _write_message(
    actor: Person,
    space: Space,
    body: str,
    record: dict,
    decision: SendDecision,
    override: Override | None,
    *,
    redirected_from: Space | None = None,
    kind: str = Message.Kind.MESSAGE,
) -> SendResult:
    now = timezone.now()
    message = Message.objects.create(
        organisation_id=space.organisation_id,
        space=space,
        sender=actor,
        kind=kind,
        redirected_from=redirected_from,
        created_at=now,
    )
    version = MessageVersion.objects.create(
        organisation_id=space.organisation_id,
        message=message,
        number=1,
        body=body,
        edited_by=actor,
        screening=record,
        created_at=now,
    )
    review = any(r.rule.startswith("S") for r in decision.reasons) and any(
        d.state == DeliveryState.HELD and d.release_at is None for d in decision.deliveries
    )
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(
                organisation_id=space.organisation_id,
                message=message,
                recipient_id=d.recipient_id,
                kind=d.kind,
                for_child_id=d.for_child_id,
                state=d.state,
                reason_rule=d.reason.rule if d.reason else "",
                reason_why=d.reason.why[:300] if d.reason else "",
                release_at=d.release_at,
                held_for_review=review and d.state == DeliveryState.HELD and d.release_at is None,
                delivered_at=now if d.state == DeliveryState.DELIVERED else None,
                created_at=now,
            )
            for d in decision.deliveries
        ]
    )
    chain.append(
        EventType.MESSAGE_SENT,
        organisation=space.organisation,
        actor=actor,
        obj=message,
        covers=[version],
        snapshot={
            "space": space.pk,
            "outcome": str(decision.outcome),
            "deliveries": [
                [d.recipient_id, str(d.kind), str(d.state), d.reason.rule if d.reason else ""]
                for d in decision.deliveries
            ],
            "reasons": [r.as_dict() for r in decision.reasons],
            "warnings": [r.as_dict() for r in decision.warnings],
            "screening": record.get("decision", ""),
            "concern": decision.concern,
        },
    )
    from chaperone.notifications.actions import email_parent_copies

    email_parent_copies(message, deliveries)  # M2: by email too, for parents who chose it
    if review:
        from chaperone.moderation.actions import hold_for_review

        hold_for_review(message, record)
    from chaperone.messaging.actions.grooming import (
        check_conversation,
        covers_concern,
        standing_concern,
    )

    # S4: scored over the conversation, not one message. Its alert carries the evidence of every
    # message, and stands for the message's own grooming concern, which would say less; so does
    # a grooming concern about the sender in this space that the lead already holds. A
    # disclosure or a risk to life is raised all the same.
    alert = check_conversation(message, record)
    if decision.concern and not (
        covers_concern(record)
        and (alert is not None or standing_concern(message, actor) is not None)
    ):
        from chaperone.cases.actions import raise_screening_concern

        raise_screening_concern(message, record.get("findings", []))
    if override is not None:
        chain.append(
            EventType.QUIET_HOURS_OVERRIDDEN,
            organisation=space.organisation,
            actor=actor,
            obj=message,
            snapshot={"reason": override.reason},
        )
    release_times = sorted({d.release_at for d in deliveries if d.release_at is not None})
    if release_times:
        from chaperone.messaging.tasks import schedule_release

        transaction.on_commit(lambda: schedule_release(release_times))
    return SendResult(message, decision, tuple(deliveries))


def _redirect_to_staff_inbox(
    actor: Person, space: Space, body: str, record: dict, decision: SendDecision
) -> SendResult:
    """M8: a young person's reply to an announcement goes to the staff inbox, and they get a
    kind automatic answer that says where to talk instead."""
    inbox = (
        Space.objects.for_org(space.organisation)
        .filter(kind=SpaceKind.STAFF_INBOX)
        .order_by("pk")
        .first()
    )
    if inbox is None:
        raise Refused(
            "this channel is for information only, and no staff inbox is set up to take replies",
            reasons=[Reason("M8", "an admin must create a staff inbox with two adults or more")],
        )
    org = space.organisation
    facts = space_facts(inbox, extra=actor)
    inbox_decision = decide_send(
        actor.facts(),
        _with_member(facts, actor),
        consent_facts([]),
        org.policy_settings(),
        timezone.now(),
    )
    message = Message.objects.create(
        organisation_id=org.pk,
        space=inbox,
        sender=actor,
        redirected_from=space,
    )
    version = MessageVersion.objects.create(
        organisation_id=org.pk,
        message=message,
        number=1,
        body=body,
        edited_by=actor,
        screening=record,
    )
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(
                organisation_id=org.pk,
                message=message,
                recipient_id=d.recipient_id,
                kind=DeliveryKind.RECIPIENT,
                state=DeliveryState.DELIVERED,
                delivered_at=timezone.now(),
            )
            for d in inbox_decision.deliveries
            if d.recipient_id != actor.pk
        ]
    )
    chain.append(
        EventType.MESSAGE_REDIRECTED,
        organisation=org,
        actor=actor,
        obj=message,
        covers=[version],
        snapshot={
            "from_space": space.pk,
            "to_space": inbox.pk,
            "delivered_to": [d.recipient_id for d in deliveries],
        },
    )
    if record.get("concern"):
        from chaperone.cases.actions import raise_screening_concern

        raise_screening_concern(message, record.get("findings", []))
    reply = _auto_reply(actor, space)
    return SendResult(message, decision, tuple(deliveries), redirected_to=inbox, auto_reply=reply)


def _with_member(facts, person: Person):
    from chaperone.policy import MemberFacts, SpaceFacts

    if facts.member(person.pk):
        return facts
    return SpaceFacts(
        id=facts.id, kind=facts.kind, members=(*facts.members, MemberFacts(person.facts()))
    )


def _auto_reply(child: Person, space: Space) -> Message:
    org = space.organisation
    lead = org.welfare_lead or (
        Person.objects.for_org(org).filter(role=Role.DSL, is_active=True).order_by("pk").first()
    )
    sender = lead or space.created_by
    contact = f"{lead.display_name} ({lead.email})" if lead else "the welfare lead"
    text = (
        f"Thanks for your message, {child.display_name}. This channel is for information only, "
        "so we have passed your message to our staff team, and two of us will read it. "
        "You can talk to us at the next session. If you need to talk to someone about how you "
        f"feel or something that worried you, our welfare lead is {contact}."
    )
    reply = Message.objects.create(
        organisation_id=org.pk, space=space, sender=sender, kind=Message.Kind.AUTO_REPLY
    )
    version = MessageVersion.objects.create(
        organisation_id=org.pk,
        message=reply,
        number=1,
        body=text,
        edited_by=sender,
        screening={},
    )
    Delivery.objects.create(
        organisation_id=org.pk,
        message=reply,
        recipient=child,
        kind=DeliveryKind.RECIPIENT,
        state=DeliveryState.DELIVERED,
        delivered_at=timezone.now(),
    )
    chain.append(
        EventType.AUTO_REPLY_SENT,
        organisation=org,
        actor=sender,
        subject=child,
        obj=reply,
        covers=[version],
        snapshot={"space": space.pk, "to": child.pk},
    )
    return reply
