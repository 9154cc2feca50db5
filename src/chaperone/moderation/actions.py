"""The review queue (D1) and reporting in one step (D2).

Held items (screening holds, reports) wait for the organisation's designated people: the DSL,
deputies and online presence managers. They approve, ask for an edit, or remove; a removal needs
a reason, and the author, the people affected and the parents of every child involved are told.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput, Refused
from chaperone.messaging.models import Delivery, Message, Space
from chaperone.moderation.models import MessageRemoval, Reviewable, ReviewAction, ReviewScore
from chaperone.orgs.facts import consent_facts, guardian_map, people_facts
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import DeliveryState, Reason, Role, decide_release

DECISIONS = ("approve", "request_edit", "remove", "dismiss")


def _reviewable_for(org_id: int, *, message=None, space=None, person=None) -> Reviewable:
    """The one reviewable of a target, re-opened if it was decided (never a twin)."""
    target = {"message": message} if message else {"space": space} if space else {"person": person}
    kind = next(iter(target))
    item, created = Reviewable.objects.get_or_create(
        organisation_id=org_id, **target, defaults={"target_type": kind}
    )
    if not created and item.status != Reviewable.Status.PENDING:
        item.status = Reviewable.Status.PENDING
        item.waiting_since = timezone.now()
        item.version += 1
        item.save(update_fields=["status", "waiting_since", "version"])
    return item


def hold_for_review(message: Message, record: dict) -> Reviewable:
    """Screening held a message: put it in the queue with the findings (inside the send)."""
    item = _reviewable_for(message.organisation_id, message=message)
    scores = record.get("scores", {})
    for f in record.get("findings", []):
        ReviewScore.objects.create(
            organisation_id=message.organisation_id,
            reviewable=item,
            source=ReviewScore.Source.SCREENING,
            rule=f.get("rule", ""),
            category=f.get("category", ""),
            score=float(f.get("score", scores.get(f.get("category", ""), 0.0)) or 0.0),
            why=str(f.get("why", ""))[:1000],
        )
    chain.append(
        EventType.HELD_FOR_REVIEW,
        organisation=message.organisation,
        obj=message,
        snapshot={"reviewable": item.pk, "decision": record.get("decision", "")},
    )
    return item


@transaction.atomic(durable=True)
def do_report(
    actor: Person,
    *,
    reason: str,
    message: Message | None = None,
    space: Space | None = None,
    person: Person | None = None,
) -> Reviewable:
    """Anyone reports a message, a space or a person in one step (D2)."""
    if sum(x is not None for x in (message, space, person)) != 1:
        raise InvalidInput("report one thing: a message, a space or a person")
    target = message or space or person
    require(actor, Action.REPORT, target, "record")
    if message is not None:
        require(actor, Action.VIEW_MESSAGE, message, "message")
    if space is not None:
        require(actor, Action.VIEW_SPACE, space, "space")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say what is wrong, in a few words")
    item = _reviewable_for(actor.organisation_id, message=message, space=space, person=person)
    ReviewScore.objects.create(
        organisation_id=actor.organisation_id,
        reviewable=item,
        source=ReviewScore.Source.REPORT,
        why=reason[:1000],
        reporter=actor,
        score=1.0,
    )
    chain.append(
        EventType.REPORTED,
        organisation=actor.organisation,
        actor=actor,
        subject=person if person is not None and person.role == Role.YOUNG_PERSON else None,
        obj=target,
        snapshot={"reviewable": item.pk, "reason": reason[:500]},
    )
    return item


def queue(actor: Person, *, status: str = Reviewable.Status.PENDING):
    require(actor, Action.REVIEW)
    return (
        Reviewable.objects.for_org(actor.organisation_id)
        .filter(status=status)
        .select_related("message__sender", "space", "person")
        .prefetch_related("scores", "message__versions")
        .order_by("waiting_since", "pk")
    )


@transaction.atomic(durable=True)
def do_review(
    actor: Person, item: Reviewable, *, decision: str, reason: str = "", version: int | None = None
) -> Reviewable:
    """Approve, ask for an edit, remove (with a reason), or dismiss a report."""
    require(actor, Action.REVIEW, item, "review item")
    item = Reviewable.objects.select_for_update().get(pk=item.pk)
    if decision not in DECISIONS:
        raise InvalidInput(f"decision is one of {', '.join(DECISIONS)}")
    if version is not None and version != item.version:
        raise Refused(
            "someone else decided this item since you opened it; reload it",
            reasons=[Reason("D1", "two moderators cannot overwrite each other")],
        )
    if item.status != Reviewable.Status.PENDING:
        raise InvalidInput(f"this item is {item.status}, not waiting for a decision")
    reason = (reason or "").strip()
    if decision in ("remove", "request_edit") and not reason:
        raise Refused(
            "a reason is needed",
            reasons=[Reason("D1", "the author is told what and why, so a reason is needed")],
        )
    if decision == "remove" and item.message_id is None:
        raise InvalidInput("only messages are removed; for a space or a person raise a concern")
    message = item.message
    status = {
        "approve": Reviewable.Status.APPROVED,
        "request_edit": Reviewable.Status.EDIT_REQUESTED,
        "remove": Reviewable.Status.REMOVED,
        "dismiss": Reviewable.Status.DISMISSED,
    }[decision]
    item.status = status
    item.decided_at = timezone.now()
    item.version += 1
    item.save(update_fields=["status", "decided_at", "version"])
    ReviewAction.objects.create(
        organisation_id=item.organisation_id,
        reviewable=item,
        action=decision,
        actor=actor,
        reason=reason[:1000],
    )
    event = {
        "approve": EventType.REVIEW_APPROVED,
        "request_edit": EventType.REVIEW_EDIT_REQUESTED,
        "remove": EventType.REVIEW_REMOVED,
        "dismiss": EventType.REVIEW_DISMISSED,
    }[decision]
    covers = []
    if message is not None and decision == "approve":
        _release_reviewed(message, actor)
    if message is not None and decision == "remove":
        removal = MessageRemoval.objects.create(
            organisation_id=item.organisation_id, message=message, removed_by=actor, reason=reason
        )
        covers.append(removal)
        _stop_held(message, actor)
    chain.append(
        event,
        organisation=item.organisation,
        actor=actor,
        obj=item.target,
        covers=covers,
        snapshot={"reviewable": item.pk, "reason": reason[:500]},
    )
    from chaperone.moderation.notify import tell_about_decision

    tell_about_decision(item, decision, reason, actor)
    return item


def _release_reviewed(message: Message, actor: Person) -> None:
    waiting = list(
        Delivery.objects.filter(message=message, state=DeliveryState.HELD, held_for_review=True)
        .select_related("recipient", "organisation")
        .select_for_update()
    )
    consents = consent_facts({d.recipient_id for d in waiting})
    people = people_facts({d.recipient for d in waiting})
    now = timezone.now()
    later = []
    for d in waiting:
        decision = decide_release(
            people[d.recipient_id],
            consents=consents,
            settings=d.organisation.policy_settings(),
            now=now,
        )
        d.held_for_review = False
        d.state = decision.state
        d.reason_rule = decision.reason.rule if decision.reason else ""
        d.reason_why = decision.reason.why[:300] if decision.reason else ""
        d.release_at = decision.release_at
        d.delivered_at = now if decision.state == DeliveryState.DELIVERED else None
        d.save(
            update_fields=[
                "held_for_review",
                "state",
                "reason_rule",
                "reason_why",
                "release_at",
                "delivered_at",
            ]
        )
        if d.release_at:
            later.append(d.release_at)
    if later:
        from chaperone.messaging.tasks import schedule_release

        transaction.on_commit(lambda: schedule_release(sorted(set(later))))


def _stop_held(message: Message, actor: Person) -> None:
    Delivery.objects.filter(message=message, state=DeliveryState.HELD).update(
        state=DeliveryState.STOPPED,
        held_for_review=False,
        reason_rule="D1",
        reason_why="removed by a moderator",
    )


def people_affected(message: Message) -> tuple[list[Person], list[Person]]:
    """Who a removal concerns: those it reached or who reported it, and the parents of every
    child involved (the author, if a child, and every child it reached)."""
    reached = (
        Person.objects.filter(
            Q(deliveries__message=message, deliveries__state=DeliveryState.DELIVERED)
            | Q(
                pk__in=ReviewScore.objects.filter(
                    reviewable__message=message, reporter__isnull=False
                ).values("reporter_id")
            )
        )
        .exclude(pk=message.sender_id)
        .distinct()
    )
    reached = list(reached)
    children = [p.pk for p in [*reached, message.sender] if p.role == Role.YOUNG_PERSON]
    guardians = {g for ids in guardian_map(children).values() for g in ids}
    parents = list(Person.objects.filter(pk__in=guardians, is_active=True))
    parent_ids = {p.pk for p in parents}
    return [p for p in reached if p.pk not in parent_ids], parents
