"""Raising concerns, opening cases, their chronology, and contact notes (C1, C2)."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.cases.models import Case, CaseEntry, Concern, ContactNote
from chaperone.errors import Forbidden, InvalidInput
from chaperone.messaging.models import Message, MessageVersion
from chaperone.orgs.models import Organisation, Person
from chaperone.permissions import Action, is_lead, require
from chaperone.policy import Role

CONTEXT_MESSAGES = 10


def leads(org: Organisation):
    return (
        Person.objects.filter(organisation=org, is_active=True)
        .filter(Q(role=Role.DSL) | Q(deputy_lead=True))
        .order_by("-role", "pk")
    )  # "staff" < "dsl": the DSL first


def route_concern(org: Organisation, about: Person | None) -> Person | None:
    """The lead a concern goes to: the DSL, or, for a concern about a lead, another lead, or the
    organisation's admin when there is no other (C1)."""
    candidates = [p for p in leads(org) if about is None or p.pk != about.pk]
    candidates.sort(key=lambda p: (p.role != Role.DSL, p.pk))
    if candidates:
        return candidates[0]
    return (
        Person.objects.filter(organisation=org, role=Role.ADMIN, is_active=True)
        .exclude(pk=getattr(about, "pk", None))
        .order_by("pk")
        .first()
    )


def freeze_context(message: Message) -> dict:
    """A frozen copy of the message, every version of it, and the messages before it."""
    versions = list(message.versions.order_by("number"))
    earlier = (
        Message.objects.filter(space_id=message.space_id, pk__lt=message.pk)
        .select_related("sender")
        .order_by("-pk")[:CONTEXT_MESSAGES]
    )
    bodies = {
        v.message_id: v.body
        for v in MessageVersion.objects.filter(message__in=list(earlier)).order_by("number")
    }
    return {
        "message": {
            "id": message.pk,
            "space": message.space_id,
            "space_name": message.space.name,
            "sender": message.sender_id,
            "sender_name": message.sender.display_name,
            "sent_at": message.created_at,
            "versions": [
                {"number": v.number, "body": v.body, "at": v.created_at, "screening": v.screening}
                for v in versions
            ],
        },
        "before": [
            {
                "id": m.pk,
                "sender": m.sender_id,
                "sender_name": m.sender.display_name,
                "sent_at": m.created_at,
                "body": bodies.get(m.pk, ""),
            }
            for m in reversed(list(earlier))
        ],
    }


def _raise(
    org: Organisation,
    *,
    source: str,
    raised_by: Person | None,
    about: Person | None,
    message: Message | None,
    category: str,
    urgency: str,
    summary: str,
) -> Concern:
    if urgency not in Concern.Urgency.values:
        raise InvalidInput(f"urgency is one of {', '.join(Concern.Urgency.values)}")
    if not summary.strip():
        raise InvalidInput("say what the concern is")
    routed = route_concern(org, about)
    concern = Concern.objects.create(
        organisation=org,
        source=source,
        raised_by=raised_by,
        about=about,
        message=message,
        category=category.strip()[:40] or "general",
        urgency=urgency,
        summary=summary.strip(),
        frozen_context=chain._canonical(freeze_context(message)) if message else {},
        routed_to=routed,
    )
    chain.append(
        EventType.CONCERN_RAISED,
        organisation=org,
        actor=raised_by,
        subject=about if about is not None and about.role == Role.YOUNG_PERSON else None,
        obj=concern,
        snapshot={"source": source, "routed_to": getattr(routed, "pk", None), "urgency": urgency},
    )
    if routed is not None:
        from chaperone.cases.notify import tell_lead

        tell_lead(routed, concern)
    return concern


@transaction.atomic(durable=True)
def do_raise_concern(
    actor: Person,
    *,
    summary: str,
    about: Person | None = None,
    message: Message | None = None,
    category: str = "general",
    urgency: str = Concern.Urgency.MEDIUM,
) -> Concern:
    """Anyone, a young person first of all, raises a concern; the lead is told at once."""
    require(actor, Action.RAISE_CONCERN)
    if about is not None:
        require(actor, Action.REPORT, about, "person")
    if message is not None:
        require(actor, Action.VIEW_MESSAGE, message, "message")
    return _raise(
        actor.organisation,
        source=Concern.Source.PERSON,
        raised_by=actor,
        about=about,
        message=message,
        category=category,
        urgency=urgency,
        summary=summary,
    )


def raise_screening_concern(message: Message, findings: list[dict]) -> Concern:
    """Screening found a disclosure (S3) or a grooming pattern (S4): a concern with a frozen
    copy of the context, inside the sending transaction."""
    rules = sorted({f.get("rule", "") for f in findings if f.get("rule") in ("S2", "S3", "S4")})
    why = "; ".join(f"{f.get('rule')} {f.get('category')}: {f.get('why')}" for f in findings[:5])
    sender = message.sender
    about = sender if sender.role == Role.YOUNG_PERSON else None
    category = "disclosure" if "S3" in rules else "grooming" if "S4" in rules else "harm"
    return _raise(
        message.organisation,
        source=Concern.Source.SCREENING,
        raised_by=None,
        about=about or sender,
        message=message,
        category=category,
        urgency=Concern.Urgency.HIGH,
        summary=f"Screening raised a concern ({why})",
    )


def raise_grooming_concern(
    message: Message, about: Person, score: float, evidence: list[tuple[str, str]]
) -> Concern:
    """Screening scored the conversation in ``message``'s space as grooming (S4): a concern
    about the participant whose conduct carries the evidence, with the evidence lines as
    (matched text, why) pairs."""
    lines = "; ".join(f'"{text}" ({why.removeprefix("grooming: ")})' for text, why in evidence[:8])
    return _raise(
        message.organisation,
        source=Concern.Source.SCREENING,
        raised_by=None,
        about=about,
        message=message,
        category="grooming",
        urgency=Concern.Urgency.HIGH,
        summary=(
            f"S4: the conversation in {message.space.name} shows a pattern seen in grooming "
            f"(score {score:.2f}) in {about.display_name}'s messages: {lines}"
        )[:2000],
    )


@transaction.atomic(durable=True)
def do_open_case(actor: Person, concern: Concern) -> Case:
    """Only the DSL and deputies open a case, and every opening is on the audit chain."""
    require(actor, Action.OPEN_CASE, concern, "concern")
    case = Case.objects.filter(concern=concern).first()
    if case is None:
        case = Case.objects.create(
            organisation=concern.organisation, concern=concern, opened_by=actor
        )
        entry = CaseEntry.objects.create(
            organisation=concern.organisation, case=case, kind=CaseEntry.Kind.OPENED, author=actor
        )
        chain.append(
            EventType.CASE_OPENED,
            organisation=concern.organisation,
            actor=actor,
            subject=concern.about,
            obj=case,
            covers=[entry],
            snapshot={"concern": concern.pk},
        )
    else:
        chain.append(
            EventType.CASE_VIEWED,
            organisation=concern.organisation,
            actor=actor,
            subject=concern.about,
            obj=case,
            snapshot={"concern": concern.pk},
        )
    return case


@transaction.atomic(durable=True)
def do_add_case_entry(
    actor: Person, case: Case, *, kind: str, text: str = "", outcome: str = ""
) -> CaseEntry:
    require(actor, Action.OPEN_CASE, case.concern, "case")
    if kind not in (CaseEntry.Kind.TRIAGE, CaseEntry.Kind.NOTE, CaseEntry.Kind.CLOSED):
        raise InvalidInput("an entry is a triage decision, a note or a closure")
    if outcome and outcome not in CaseEntry.Outcome.values:
        raise InvalidInput(
            f"outcome is one of {', '.join(o for o in CaseEntry.Outcome.values if o)}"
        )
    if kind == CaseEntry.Kind.TRIAGE and not outcome:
        raise InvalidInput("a triage decision needs an outcome")
    if case.entries.filter(kind=CaseEntry.Kind.CLOSED).exists():
        raise Forbidden("this case is closed; open a new concern to go on")
    entry = CaseEntry.objects.create(
        organisation=case.organisation,
        case=case,
        kind=kind,
        outcome=outcome,
        text=text.strip(),
        author=actor,
    )
    chain.append(
        EventType.CASE_ENTRY_ADDED,
        organisation=case.organisation,
        actor=actor,
        subject=case.concern.about,
        obj=entry,
        snapshot={"kind": kind, "outcome": outcome},
    )
    return entry


def view_case(actor: Person, case: Case) -> Case:
    """Every view of a case is on the audit chain (M10)."""
    require(actor, Action.OPEN_CASE, case.concern, "case")
    with transaction.atomic():
        chain.append(
            EventType.CASE_VIEWED,
            organisation=case.organisation,
            actor=actor,
            subject=case.concern.about,
            obj=case,
            snapshot={},
        )
    return case


@transaction.atomic(durable=True)
def do_add_contact_note(
    actor: Person,
    *,
    text: str,
    person: Person | None = None,
    message: Message | None = None,
    space=None,
) -> ContactNote:
    """A note on any contact (C2): part of the record."""
    require(actor, Action.ADD_CONTACT_NOTE)
    if not text.strip():
        raise InvalidInput("a note needs some text")
    if (person, message, space) == (None, None, None):
        raise InvalidInput("say what the note is about: a person, a message or a space")
    for target, what in ((person, "person"), (message, "message"), (space, "space")):
        if target is not None and target.organisation_id != actor.organisation_id:
            from chaperone.errors import NotFound

            raise NotFound(f"no such {what}")
    note = ContactNote.objects.create(
        organisation=actor.organisation,
        author=actor,
        person=person,
        message=message,
        space=space,
        text=text.strip(),
    )
    chain.append(
        EventType.CONTACT_NOTE_ADDED,
        organisation=actor.organisation,
        actor=actor,
        subject=person if person is not None and person.role == Role.YOUNG_PERSON else None,
        obj=note,
        snapshot={},
    )
    return note


def visible_contact_notes(actor: Person, person: Person):
    """The notes on ``person`` that ``actor`` may read (C2): a lead reads every note, the
    organisation's other adults their own; no one else reads any."""
    require(actor, Action.ADD_CONTACT_NOTE)
    qs = ContactNote.objects.filter(organisation_id=actor.organisation_id, person=person)
    if not is_lead(actor):
        qs = qs.filter(author=actor)
    return qs.select_related("author").order_by("created_at", "pk")


def visible_concerns(actor: Person):
    if not is_lead(actor):
        raise Forbidden("concerns are for the safeguarding lead and deputies")
    return Concern.objects.filter(organisation_id=actor.organisation_id).exclude(about=actor)
