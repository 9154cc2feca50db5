"""People, guardians, consents and tokens."""

from __future__ import annotations

from django.utils import timezone
from ninja import Query, Router, Status

from chaperone.api.lookups import get_for
from chaperone.api.schemas import (
    ConsentEventOut,
    ConsentIn,
    ConsentsOut,
    ErrorOut,
    GuardianIn,
    GuardianOut,
    PersonIn,
    PersonOut,
    TokenOut,
)
from chaperone.orgs import actions
from chaperone.orgs.facts import current_consents
from chaperone.orgs.models import ConsentEvent, Person
from chaperone.permissions import Action, can, require
from chaperone.policy import Channel, Role

router = Router(tags=["people"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def person_out(actor: Person, person: Person) -> dict:
    show_contact = can(actor, Action.VIEW_CONTACT_DETAILS, person)
    return {
        "id": person.pk,
        "display_name": person.display_name,
        "role": person.role,
        "age": person.age(timezone.localdate()) if person.role == Role.YOUNG_PERSON else None,
        "date_of_birth": person.date_of_birth if show_contact else None,
        "email": person.email if show_contact else None,
        "phone": (person.phone or None) if show_contact else None,
        "contact_email": (person.contact_email or None) if show_contact else None,
    }


@router.get("/me", response=PersonOut)
def me(request):
    return person_out(request.user, request.user)


@router.post("/people", response={201: PersonOut, **ERRORS})
def create_person(request, payload: PersonIn):
    person = actions.do_create_person(request.user, **payload.dict())
    return Status(201, person_out(request.user, person))


@router.get("/people", response={200: list[PersonOut], **ERRORS})
def list_people(
    request,
    role: str | None = None,
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10**9),
):
    require(request.user, Action.LIST_PEOPLE)
    qs = Person.objects.for_org(request.user.organisation_id).order_by("display_name", "pk")
    if role:
        qs = qs.filter(role=role)
    return [person_out(request.user, p) for p in qs[offset : offset + limit]]


@router.get("/people/{int:person_id}", response={200: PersonOut, **ERRORS})
def get_person(request, person_id: int):
    person = get_for(request.user, Person, person_id, "person")
    require(request.user, Action.VIEW_PERSON, person, "person")
    return person_out(request.user, person)


@router.post("/people/{int:child_id}/guardians", response={201: GuardianOut, **ERRORS})
def link_guardian(request, child_id: int, payload: GuardianIn):
    child = get_for(request.user, Person, child_id, "person")
    guardian = get_for(request.user, Person, payload.guardian_id, "person")
    link = actions.do_link_guardian(
        request.user, guardian=guardian, child=child, relationship=payload.relationship
    )
    return Status(
        201,
        {
            "guardian_id": link.guardian_id,
            "child_id": link.child_id,
            "relationship": link.relationship,
            "created_at": link.created_at,
        },
    )


@router.get("/people/{int:child_id}/guardians", response={200: list[GuardianOut], **ERRORS})
def list_guardians(request, child_id: int):
    child = get_for(request.user, Person, child_id, "person")
    require(request.user, Action.VIEW_PERSON, child, "person")
    return [
        {
            "guardian_id": g.guardian_id,
            "child_id": g.child_id,
            "relationship": g.relationship,
            "created_at": g.created_at,
        }
        for g in child.guardianships_as_child.order_by("pk")
    ]


def _consents_out(child: Person) -> dict:
    current = {c.value: False for c in Channel}
    for (_, channel), event in current_consents([child.pk]).items():
        current[channel] = event.granted
    history = ConsentEvent.objects.filter(child=child).order_by("created_at", "pk")
    return {
        "child_id": child.pk,
        "current": current,
        "history": [ConsentEventOut.from_orm(e).dict() for e in history],
    }


@router.post("/people/{int:child_id}/consents", response={201: ConsentsOut, **ERRORS})
def record_consent(request, child_id: int, payload: ConsentIn):
    """Grant (`granted: true`) or withdraw (`granted: false`) consent for one channel (M3)."""
    child = get_for(request.user, Person, child_id, "person")
    given_by = (
        get_for(request.user, Person, payload.given_by_id, "person")
        if payload.given_by_id
        else None
    )
    actions.do_record_consent(
        request.user,
        child=child,
        channel=payload.channel,
        granted=payload.granted,
        given_by=given_by,
        scope=payload.scope,
    )
    return Status(201, _consents_out(child))


@router.get("/people/{int:child_id}/consents", response={200: ConsentsOut, **ERRORS})
def consents(request, child_id: int):
    """The consents as they stand now, and their full history."""
    child = get_for(request.user, Person, child_id, "person")
    require(request.user, Action.VIEW_CONSENTS, child, "person")
    return _consents_out(child)


@router.post("/people/{int:person_id}/tokens", response={201: TokenOut, **ERRORS})
def create_token(request, person_id: int):
    """A new API token for a person (yourself, or anyone if you are an admin); shown once."""
    person = get_for(request.user, Person, person_id, "person")
    token, key = actions.do_create_token(request.user, person, label="api")
    return Status(201, {"token": key, "prefix": token.prefix})
