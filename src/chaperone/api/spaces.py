"""Spaces, members, direct contact and parents' approvals."""

from __future__ import annotations

from ninja import Router, Status

from chaperone.api.lookups import get_for
from chaperone.api.schemas import (
    ApprovalOut,
    ContactRequestIn,
    DecisionIn,
    DirectIn,
    ErrorOut,
    MemberIn,
    SpaceIn,
    SpaceOut,
)
from chaperone.messaging import actions
from chaperone.messaging.facts import current_approval
from chaperone.messaging.models import ContactApproval, Membership, Space
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import Role

router = Router(tags=["spaces"])
ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def approval_out(a: ContactApproval | None) -> dict | None:
    if a is None:
        return None
    return {
        "id": a.pk,
        "space_id": a.space_id,
        "child_id": a.child_id,
        "requested_by_id": a.requested_by_id,
        "purpose": a.purpose,
        "requested_at": a.requested_at,
        "approved": a.approved,
        "expires_at": a.expires_at,
    }


def space_out(space: Space, reasons=()) -> dict:
    members = (
        Membership.objects.filter(space=space, left_at__isnull=True)
        .select_related("person")
        .order_by("pk")
    )
    return {
        "id": space.pk,
        "kind": space.kind,
        "name": space.name,
        "description": space.description,
        "support_service": space.support_service,
        "members": [
            {
                "person_id": m.person_id,
                "display_name": m.person.display_name,
                "role": m.person.role,
                "space_role": m.space_role,
            }
            for m in members
        ],
        "approval": approval_out(current_approval(space)),
        "reasons": [r.as_dict() for r in reasons],
        "managed_by": [m.person.display_name for m in members if m.space_role == "manager"],
        "contacts": space.organisation.contacts(),
    }


@router.post("/spaces", response={201: SpaceOut, **ERRORS})
def create_space(request, payload: SpaceIn):
    members = [get_for(request.user, Person, pk, "person") for pk in payload.member_ids]
    space = actions.do_create_space(
        request.user,
        kind=payload.kind,
        name=payload.name,
        members=members,
        description=payload.description,
        support_service=payload.support_service,
    )
    return Status(201, space_out(space))


@router.post("/spaces/direct", response={201: SpaceOut, **ERRORS})
def open_direct(request, payload: DirectIn):
    """Ask for one-to-one contact. With a child this is never private: the answer is a
    supervised space with a second adult and the child's parents, or a refusal citing M1."""
    other = get_for(request.user, Person, payload.person_id, "person")
    space = actions.do_open_direct(request.user, other, purpose=payload.purpose)
    from chaperone.policy import Reason

    note = ()
    if space.kind == "supervised":
        note = (
            Reason(
                "M1",
                "no private adult-child channel: a second adult and the parents are in this space",
            ),
        )
    return Status(201, space_out(space, note))


@router.get("/spaces", response={200: list[SpaceOut], **ERRORS})
def my_spaces(request):
    spaces = (
        Space.objects.for_org(request.user.organisation_id)
        .filter(memberships__person=request.user, memberships__left_at__isnull=True)
        .distinct()
        .order_by("name", "pk")
    )
    return [space_out(s) for s in spaces]


@router.get("/spaces/{int:space_id}", response={200: SpaceOut, **ERRORS})
def get_space(request, space_id: int):
    space = get_for(request.user, Space, space_id, "space")
    require(request.user, Action.VIEW_SPACE, space, "space")
    return space_out(space)


@router.post("/spaces/{int:space_id}/members", response={201: SpaceOut, **ERRORS})
def add_member(request, space_id: int, payload: MemberIn):
    space = get_for(request.user, Space, space_id, "space")
    person = get_for(request.user, Person, payload.person_id, "person")
    actions.do_add_member(request.user, space, person)
    return Status(201, space_out(space))


@router.post("/spaces/{int:space_id}/contact-requests", response={201: ApprovalOut, **ERRORS})
def ask_again(request, space_id: int, payload: ContactRequestIn):
    """A new occasion of direct contact, with its purpose, for a parent to approve (M4)."""
    space = get_for(request.user, Space, space_id, "space")
    return Status(
        201,
        approval_out(
            actions.do_request_contact_again(request.user, space, purpose=payload.purpose)
        ),
    )


@router.get("/contact-requests", response={200: list[ApprovalOut], **ERRORS})
def contact_requests(request):
    """Requests for direct contact: a parent sees those about their children; staff their own."""
    qs = ContactApproval.objects.for_org(request.user.organisation_id)
    if request.user.role == Role.PARENT:
        qs = qs.filter(child__guardianships_as_child__guardian=request.user)
    elif request.user.role != Role.DSL:
        qs = qs.filter(requested_by=request.user)
    return [approval_out(a) for a in qs.order_by("-requested_at", "-pk")[:200]]


@router.post("/contact-requests/{int:request_id}/decision", response={200: ApprovalOut, **ERRORS})
def decide(request, request_id: int, payload: DecisionIn):
    approval = get_for(request.user, ContactApproval, request_id, "contact request")
    return Status(
        200,
        approval_out(actions.do_decide_contact(request.user, approval, approved=payload.approved)),
    )
