"""Which messages a person may read: the queries the API and the pages share."""

from __future__ import annotations

from django.db.models import Max, Prefetch

from chaperone.messaging.models import Delivery, Message, MessageVersion, Space
from chaperone.permissions import is_lead
from chaperone.policy import DeliveryKind, DeliveryState


def visible_messages(person):
    """Their own messages and those delivered to them. A message a moderator removed is hidden
    from its audience (and its author); the safeguarding leads read everything (M9, D1)."""
    qs = Message.objects.filter(organisation_id=person.organisation_id)
    if is_lead(person):
        return qs
    mine = qs.filter(sender=person) | qs.filter(
        deliveries__recipient=person, deliveries__state=DeliveryState.DELIVERED
    )
    return mine.filter(removal__isnull=True)


def spaces_of(person):
    """The spaces ``person`` is a member of now, by name."""
    return (
        Space.objects.for_org(person.organisation_id)
        .filter(memberships__person=person, memberships__left_at__isnull=True)
        .distinct()
        .order_by("name", "pk")
    )


def space_messages(person, space, *, limit: int = 50, before_id: int | None = None):
    """The newest ``limit`` messages of ``space`` that ``person`` may read, oldest first, with
    their sender and versions (in order) loaded."""
    qs = visible_messages(person).filter(space=space).distinct()
    if before_id:
        qs = qs.filter(pk__lt=before_id)
    qs = (
        qs.select_related("sender")
        .prefetch_related(Prefetch("versions", queryset=MessageVersion.objects.order_by("number")))
        .order_by("-pk")[:limit]
    )
    return list(reversed(list(qs)))


def delivered_to(person):
    """What reached ``person``, newest first; removed messages are hidden from their audience."""
    return (
        Delivery.objects.filter(
            recipient=person, state=DeliveryState.DELIVERED, message__removal__isnull=True
        )
        .select_related("message__space", "message__sender")
        .annotate(latest=Max("message__versions__number"))
        .order_by("-pk")
    )


def copies_for_child(guardian, child):
    """Every copy of a message to ``child`` that reached ``guardian`` (M2), newest first."""
    return delivered_to(guardian).filter(kind=DeliveryKind.PARENT_COPY, for_child=child)


def latest_bodies(deliveries) -> dict[tuple[int, int], str]:
    """The text of each delivery's message at its latest version, keyed (message id, number)."""
    return {
        (v.message_id, v.number): v.body
        for v in MessageVersion.objects.filter(message_id__in=[d.message_id for d in deliveries])
    }


def inbox_items(person, limit: int, before_id: int | None) -> list[dict]:
    """A person's inbox as the API shows it: what reached them, newest first."""
    qs = delivered_to(person)
    if before_id:
        qs = qs.filter(pk__lt=before_id)
    items = list(qs[:limit])
    bodies = latest_bodies(items)
    return [
        {
            "delivery_id": d.pk,
            "message_id": d.message_id,
            "space_id": d.message.space_id,
            "space_name": d.message.space.name,
            "sender_name": d.message.sender.display_name,
            "kind": d.kind,
            "for_child_id": d.for_child_id,
            "state": d.state,
            "rule": d.reason_rule,
            "why": d.reason_why,
            "release_at": d.release_at,
            "delivered_at": d.delivered_at,
            "body": bodies.get((d.message_id, d.latest)),
            "created_at": d.created_at,
        }
        for d in items
    ]
