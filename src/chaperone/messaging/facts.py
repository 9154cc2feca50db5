"""Reading the facts the policy engine needs about a space, in few queries."""

from __future__ import annotations

from chaperone.messaging.models import ContactApproval, Membership, Space
from chaperone.orgs.facts import people_facts
from chaperone.orgs.models import Person
from chaperone.policy import (
    ContactApprovalFacts,
    MemberFacts,
    Role,
    SpaceFacts,
    SpaceKind,
    SpaceRole,
)


def active_memberships(space: Space):
    return Membership.objects.filter(space=space, left_at__isnull=True).select_related("person")


def space_facts(space: Space, extra: Person | None = None) -> SpaceFacts:
    memberships = list(active_memberships(space))
    people = [m.person for m in memberships]
    if extra is not None and extra.pk not in {p.pk for p in people}:
        people.append(extra)
    facts = people_facts(people)
    dsl_ids: frozenset[int] = frozenset()
    if space.support_service:
        dsl_ids = frozenset(
            Person.objects.filter(
                organisation_id=space.organisation_id, role=Role.DSL, is_active=True
            ).values_list("pk", flat=True)
        )
    return SpaceFacts(
        id=space.pk,
        kind=SpaceKind(space.kind),
        members=tuple(
            MemberFacts(facts[m.person_id], SpaceRole(m.space_role)) for m in memberships
        ),
        support_service=space.support_service,
        dsl_ids=dsl_ids,
        child_initiated=space.child_initiated,
        subject_child_id=space.subject_child_id,
    )


def current_approval(space: Space) -> ContactApproval | None:
    return ContactApproval.objects.filter(space=space).order_by("-requested_at", "-id").first()


def approval_facts(space: Space) -> ContactApprovalFacts | None:
    if space.kind != SpaceKind.SUPERVISED:
        return None
    approval = current_approval(space)
    if approval is None:
        return None
    return ContactApprovalFacts(
        purpose=approval.purpose, approved=bool(approval.approved), expires_at=approval.expires_at
    )
