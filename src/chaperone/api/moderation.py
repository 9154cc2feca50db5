"""Reports (D2), the review queue (D1), concerns and cases (C1), contact notes (C2)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from ninja import Router, Schema, Status
from pydantic import Field

from chaperone.api.lookups import get_for
from chaperone.api.schemas import ErrorOut, In
from chaperone.cases import actions as cases
from chaperone.cases.models import Case, Concern
from chaperone.messaging.models import Message, Space
from chaperone.moderation import actions as moderation
from chaperone.moderation.models import Reviewable
from chaperone.orgs.models import Person

router = Router(tags=["moderation and concerns"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
ID = Field(None, gt=0, lt=2**62)


class ReportIn(In):
    message_id: int | None = ID
    space_id: int | None = ID
    person_id: int | None = ID
    reason: str = Field(min_length=1, max_length=1000)


class ScoreOut(Schema):
    source: str
    rule: str
    category: str
    score: float
    why: str
    reporter_id: int | None


class ReviewOut(Schema):
    id: int
    target_type: str
    message_id: int | None
    space_id: int | None
    person_id: int | None
    status: str
    version: int
    waiting_since: dt.datetime
    waited_minutes: int
    body: str | None = None
    author_id: int | None = None
    scores: list[ScoreOut]


class DecisionIn(In):
    decision: str = Field(max_length=20)
    reason: str = Field("", max_length=1000)
    version: int | None = Field(None, ge=0, lt=2**31)


class ConcernIn(In):
    summary: str = Field(min_length=1, max_length=5000)
    about_id: int | None = ID
    message_id: int | None = ID
    category: str = Field("general", max_length=40)
    urgency: str = Field("medium", max_length=10)


class ConcernOut(Schema):
    id: int
    source: str
    raised_by_id: int | None
    about_id: int | None
    message_id: int | None
    category: str
    urgency: str
    summary: str
    routed_to_id: int | None
    created_at: dt.datetime
    case_id: int | None = None


class EntryIn(In):
    kind: str = Field(max_length=10)
    outcome: str = Field("", max_length=40)
    text: str = Field("", max_length=10000)


class EntryOut(Schema):
    kind: str
    outcome: str
    text: str
    author_id: int
    created_at: dt.datetime


class CaseOut(Schema):
    id: int
    concern: ConcernOut
    frozen_context: dict
    opened_by_id: int
    opened_at: dt.datetime
    chronology: list[EntryOut]


class NoteIn(In):
    text: str = Field(min_length=1, max_length=10000)
    person_id: int | None = ID
    message_id: int | None = ID
    space_id: int | None = ID


def review_out(item: Reviewable) -> dict:
    body = None
    if item.message_id:
        latest = max(item.message.versions.all(), key=lambda v: v.number, default=None)
        body = latest.body if latest else None
    return {
        "id": item.pk,
        "target_type": item.target_type,
        "message_id": item.message_id,
        "space_id": item.space_id,
        "person_id": item.person_id,
        "status": item.status,
        "version": item.version,
        "waiting_since": item.waiting_since,
        "waited_minutes": int((timezone.now() - item.waiting_since).total_seconds() // 60),
        "body": body,
        "author_id": item.message.sender_id if item.message_id else None,
        "scores": [
            {
                "source": s.source,
                "rule": s.rule,
                "category": s.category,
                "score": s.score,
                "why": s.why,
                "reporter_id": s.reporter_id,
            }
            for s in item.scores.all()
        ],
    }


def concern_out(c: Concern) -> dict:
    case = Case.objects.filter(concern=c).values_list("pk", flat=True).first()
    return {
        "id": c.pk,
        "source": c.source,
        "raised_by_id": c.raised_by_id,
        "about_id": c.about_id,
        "message_id": c.message_id,
        "category": c.category,
        "urgency": c.urgency,
        "summary": c.summary,
        "routed_to_id": c.routed_to_id,
        "created_at": c.created_at,
        "case_id": case,
    }


def _opt(actor, model, pk, what):
    return get_for(actor, model, pk, what) if pk else None


@router.post("/reports", response={201: ReviewOut, **ERRORS})
def report(request, payload: ReportIn):
    """Report a message, a space or a person in one step (D2)."""
    u = request.user
    item = moderation.do_report(
        u,
        reason=payload.reason,
        message=_opt(u, Message, payload.message_id, "message"),
        space=_opt(u, Space, payload.space_id, "space"),
        person=_opt(u, Person, payload.person_id, "person"),
    )
    return Status(201, {**review_out(item), "body": None, "scores": []})


@router.get("/review-queue", response={200: list[ReviewOut], **ERRORS})
def review_queue(request, status: str = "pending"):
    """What waits for the designated people, oldest first, with how long each has waited."""
    return [review_out(i) for i in moderation.queue(request.user, status=status)[:200]]


@router.post("/review-queue/{int:item_id}/decision", response={200: ReviewOut, **ERRORS})
def decide(request, item_id: int, payload: DecisionIn):
    item = get_for(request.user, Reviewable, item_id, "review item")
    item = moderation.do_review(
        request.user,
        item,
        decision=payload.decision,
        reason=payload.reason,
        version=payload.version,
    )
    return review_out(item)


@router.post("/concerns", response={201: ConcernOut, **ERRORS})
def raise_concern(request, payload: ConcernIn):
    """Anyone raises a concern; the safeguarding lead is told at once (C1)."""
    u = request.user
    concern = cases.do_raise_concern(
        u,
        summary=payload.summary,
        about=_opt(u, Person, payload.about_id, "person"),
        message=_opt(u, Message, payload.message_id, "message"),
        category=payload.category,
        urgency=payload.urgency,
    )
    out = concern_out(concern)
    if not cases.is_lead(u):
        out["routed_to_id"] = None  # whom it went to is the leads' business
    return Status(201, out)


@router.get("/concerns", response={200: list[ConcernOut], **ERRORS})
def list_concerns(request):
    return [concern_out(c) for c in cases.visible_concerns(request.user).order_by("-pk")[:200]]


@router.post("/concerns/{int:concern_id}/case", response={201: CaseOut, **ERRORS})
def open_case(request, concern_id: int):
    """Open (or re-open the view of) the case for a concern: the DSL and deputies only."""
    concern = get_for(request.user, Concern, concern_id, "concern")
    return Status(201, case_out(cases.do_open_case(request.user, concern)))


def case_out(case: Case) -> dict:
    return {
        "id": case.pk,
        "concern": concern_out(case.concern),
        "frozen_context": case.concern.frozen_context,
        "opened_by_id": case.opened_by_id,
        "opened_at": case.opened_at,
        "chronology": [
            {
                "kind": e.kind,
                "outcome": e.outcome,
                "text": e.text,
                "author_id": e.author_id,
                "created_at": e.created_at,
            }
            for e in case.entries.order_by("created_at", "pk")
        ],
    }


@router.get("/cases/{int:case_id}", response={200: CaseOut, **ERRORS})
def get_case(request, case_id: int):
    """Read a case; every view is on the audit chain."""
    case = get_for(request.user, Case, case_id, "case")
    return case_out(cases.view_case(request.user, case))


@router.post("/cases/{int:case_id}/entries", response={201: CaseOut, **ERRORS})
def add_entry(request, case_id: int, payload: EntryIn):
    case = get_for(request.user, Case, case_id, "case")
    cases.do_add_case_entry(
        request.user, case, kind=payload.kind, text=payload.text, outcome=payload.outcome
    )
    return Status(201, case_out(case))


@router.post("/notes", response={201: dict, **ERRORS})
def add_note(request, payload: NoteIn):
    """A contact note on a person, a message or a space (C2)."""
    u = request.user
    note = cases.do_add_contact_note(
        u,
        text=payload.text,
        person=_opt(u, Person, payload.person_id, "person"),
        message=_opt(u, Message, payload.message_id, "message"),
        space=_opt(u, Space, payload.space_id, "space"),
    )
    return Status(201, {"id": note.pk, "created_at": note.created_at.isoformat()})
