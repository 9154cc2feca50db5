"""Telling people things by email.

``notify`` and ``notify_many`` write outbox rows inside the caller's transaction and queue a send
for when it commits: a rolled-back action sends nothing, and a committed one is never lost.
Email to a young person needs a current "email" consent from a parent (M3); a row that may not
be sent is kept as ``skipped`` with the reason, so the record shows why nobody was told.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from chaperone.notifications.models import Notification
from chaperone.orgs.facts import current_consents
from chaperone.orgs.models import Person
from chaperone.policy import Channel, Role

SUBJECT_MAX = 200


def _address(person: Person) -> str:
    if person.role == Role.YOUNG_PERSON:
        return (person.contact_email or person.email or "").strip()
    return (person.email or "").strip()


def _skip_reason(person: Person, organisation, consents: dict) -> str:
    if person.organisation_id != getattr(organisation, "pk", organisation):
        return "not a member of this organisation"
    if not person.is_active:
        return "the account is not active"
    if not _address(person):
        return "no email address"
    if person.role == Role.YOUNG_PERSON:
        event = consents.get((person.pk, Channel.EMAIL.value))
        if event is None or not event.granted:
            return "M3: no current parental consent to email this young person"
    return ""


def _rows(people: Iterable[Person], *, kind, subject, body, organisation) -> list[Notification]:
    people = list({p.pk: p for p in people}.values())  # each person once
    children = [p.pk for p in people if p.role == Role.YOUNG_PERSON]
    consents = current_consents(children) if children else {}
    rows = []
    for person in people:
        reason = _skip_reason(person, organisation, consents)
        rows.append(
            Notification(
                organisation_id=getattr(organisation, "pk", organisation),
                recipient=person,
                to_address="" if reason else _address(person),
                kind=kind[:40],
                subject=" ".join(subject.split())[:SUBJECT_MAX],
                body=body,
                state=Notification.State.SKIPPED if reason else Notification.State.QUEUED,
                skip_reason=reason[:300],
            )
        )
    Notification.objects.bulk_create(rows)
    if any(r.state == Notification.State.QUEUED for r in rows):
        transaction.on_commit(_send_soon)
    return rows


def _send_soon() -> None:
    from chaperone.notifications.tasks import schedule_send

    schedule_send()


def notify(person: Person, *, kind: str, subject: str, body: str, organisation) -> Notification:
    """Email one person, once the caller's transaction commits."""
    return _rows([person], kind=kind, subject=subject, body=body, organisation=organisation)[0]


def notify_many(
    people: Iterable[Person], *, kind: str, subject: str, body: str, organisation
) -> list[Notification]:
    """The same notice to many people: one message each, so nobody sees who else got it (M7)."""
    return _rows(people, kind=kind, subject=subject, body=body, organisation=organisation)


def email_parent_copies(message, deliveries) -> list[Notification]:
    """Email a copy of a delivered message to each parent who chose copies by email (M2).

    Call after a send (and after a release of held deliveries) with the deliveries made; only
    delivered parent copies to parents with ``email_copies`` on are emailed.
    """
    from chaperone.policy import DeliveryKind, DeliveryState

    copies = [
        d
        for d in deliveries
        if d.kind == DeliveryKind.PARENT_COPY and d.state == DeliveryState.DELIVERED
    ]
    if not copies:
        return []
    from chaperone.orgs.models import Person

    chose = set(
        Person.objects.filter(
            pk__in=[d.recipient_id for d in copies], email_copies=True
        ).values_list("pk", flat=True)
    )
    wanted = [d for d in copies if d.recipient_id in chose]
    if not wanted:
        return []
    version = message.versions.order_by("-number").first()
    text = version.body if version is not None else ""
    space = message.space
    out = []
    from zoneinfo import ZoneInfo

    sent_at = message.created_at.astimezone(ZoneInfo(message.organisation.timezone))
    for delivery in wanted:
        child = delivery.for_child
        about = f" to {child.display_name}" if child is not None else ""
        out.append(
            notify(
                delivery.recipient,
                kind="parent_copy",
                organisation=message.organisation_id,
                subject=f"Copy of a message{about} in {space.name}",
                body=(
                    f"{message.sender.display_name} wrote in {space.name}"
                    f" at {sent_at:%H:%M on %d %B %Y}:\n\n{text}\n\n"
                    "You get this copy because you chose email copies of messages to your "
                    "child. You can turn them off in Chaperone."
                ),
            )
        )
    return out
