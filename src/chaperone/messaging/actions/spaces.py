"""Creating spaces, adding members, opening supervised contact and answering contact requests."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from chaperone.audit import chain
from chaperone.audit.event_types import EventType
from chaperone.errors import InvalidInput, Refused
from chaperone.messaging.facts import current_approval, space_facts
from chaperone.messaging.models import ContactApproval, Membership, Space
from chaperone.orgs.facts import consent_facts, people_facts
from chaperone.orgs.models import Person
from chaperone.permissions import Action, require
from chaperone.policy import (
    ORG_ADULT_ROLES,
    MemberFacts,
    Reason,
    Role,
    SpaceFacts,
    SpaceKind,
    SpaceRole,
    decide_add_member,
    decide_open_direct,
)
from chaperone.policy.messaging import approval_expiry

CREATABLE_KINDS = (SpaceKind.GROUP, SpaceKind.ANNOUNCEMENT, SpaceKind.STAFF_INBOX)


def _add_membership(space: Space, person: Person, role: SpaceRole, actor: Person) -> Membership:
    membership = Membership.objects.create(
        organisation_id=space.organisation_id,
        space=space,
        person=person,
        space_role=role,
        added_by=actor,
    )
    chain.append(
        EventType.MEMBER_ADDED,
        organisation=space.organisation,
        actor=actor,
        subject=person if person.role == Role.YOUNG_PERSON else None,
        obj=membership,
        snapshot={"space": space.pk, "person": person.pk, "role": str(role)},
    )
    return membership


def check_create_space(
    actor: Person, *, kind: str, name: str, members: list[Person], support_service: bool
) -> list[tuple[Person, SpaceRole]]:
    """Validate a new space and its first members, running the membership rules on each."""
    require(actor, Action.CREATE_SPACE)
    try:
        kind = SpaceKind(kind)
    except ValueError as exc:
        raise InvalidInput(f"unknown kind {kind!r}; one of {', '.join(CREATABLE_KINDS)}") from exc
    if kind not in CREATABLE_KINDS:
        raise InvalidInput(
            "a supervised space is opened by asking for direct contact (POST /spaces/direct)"
        )
    if not name.strip():
        raise InvalidInput("a space needs a name")
    if support_service and actor.role != Role.DSL:
        raise Refused(
            "only the safeguarding lead approves a support service",
            reasons=[Reason("M2", "a support service exempt from parent copies is DSL-approved")],
        )
    for person in members:
        require(actor, Action.VIEW_PERSON, person, "person")
    if kind == SpaceKind.STAFF_INBOX:
        adults = {p.pk for p in members if p.role in ORG_ADULT_ROLES} | {actor.pk}
        if len(adults) < 2:
            raise Refused(
                "a staff inbox needs two adults or more",
                reasons=[Reason("M8", "replies must land where two adults can see them")],
            )
    unique = list({p.pk: p for p in members if p.pk != actor.pk}.values())
    facts = people_facts([actor, *unique])
    consents = consent_facts(p.pk for p in unique)
    settings = actor.organisation.policy_settings()
    now = timezone.now()
    everyone = [MemberFacts(facts[actor.pk], SpaceRole.MANAGER)] + [
        MemberFacts(facts[p.pk]) for p in unique
    ]
    reasons: list[Reason] = []
    for person in unique:
        # Each person is checked against the space as it will be with everyone else in it, so
        # the order members are listed in never matters (M1 looks at the finished space).
        others = SpaceFacts(
            id=0, kind=kind, members=tuple(m for m in everyone if m.person.id != person.pk)
        )
        decision = decide_add_member(
            others, facts[person.pk], consents=consents, settings=settings, now=now
        )
        reasons.extend(r for r in decision.reasons if r not in reasons)
    planned = [(actor, SpaceRole.MANAGER)] + [(p, SpaceRole.MEMBER) for p in unique]
    if reasons:
        raise Refused("the space cannot be created with these members", reasons=reasons)
    return planned


@transaction.atomic(durable=True)
def do_create_space(
    actor: Person,
    *,
    kind: str,
    name: str,
    members: list[Person] = (),
    description: str = "",
    support_service: bool = False,
) -> Space:
    planned = check_create_space(
        actor, kind=kind, name=name, members=list(members), support_service=support_service
    )
    space = Space.objects.create(
        organisation_id=actor.organisation_id,
        kind=kind,
        name=name.strip()[:120],
        description=description.strip()[:500],
        support_service=support_service,
        created_by=actor,
    )
    chain.append(
        EventType.SPACE_CREATED,
        organisation=actor.organisation,
        actor=actor,
        obj=space,
        snapshot={"kind": kind, "name": space.name, "support_service": support_service},
    )
    for person, role in planned:
        _add_membership(space, person, role, actor)
    return space


@transaction.atomic(durable=True)
def do_add_member(actor: Person, space: Space, person: Person) -> Membership:
    require(actor, Action.ADD_MEMBER, space, "space")
    require(actor, Action.VIEW_PERSON, person, "person")
    if space.kind == SpaceKind.SUPERVISED:
        raise Refused(
            "a supervised space keeps the members it was opened with",
            reasons=[Reason("M1", "supervised contact is between the child, staff and parents")],
        )
    facts = space_facts(space, extra=person)
    person_facts = people_facts([person])[person.pk]
    decision = decide_add_member(
        facts,
        person_facts,
        consents=consent_facts([person.pk]),
        settings=space.organisation.policy_settings(),
        now=timezone.now(),
    )
    if not decision.allowed:
        raise Refused(f"{person} cannot join {space}", reasons=decision.reasons)
    return _add_membership(space, person, SpaceRole.MEMBER, actor)


@transaction.atomic(durable=True)
def do_open_direct(actor: Person, other: Person, *, purpose: str = "") -> Space:
    """Ask for one-to-one contact; get a supervised space or a refusal (M1, M4)."""
    require(actor, Action.VIEW_PERSON, other, "person")
    child = other if other.role == Role.YOUNG_PERSON else actor
    guardians = list(Person.objects.filter(guardianships_as_guardian__child=child, is_active=True))
    second_adults = list(
        Person.objects.filter(
            organisation_id=actor.organisation_id,
            role__in=[Role.DSL, Role.STAFF, Role.ADMIN],
            is_active=True,
        ).exclude(pk__in=[actor.pk, other.pk])
    )
    facts = people_facts([actor, other, *guardians, *second_adults])
    settings = actor.organisation.policy_settings()
    decision = decide_open_direct(
        facts[actor.pk],
        facts[other.pk],
        guardians=tuple(facts[g.pk] for g in guardians),
        second_adults=tuple(facts[p.pk] for p in second_adults),
        consents=consent_facts([child.pk]),
        settings=settings,
        now=timezone.now(),
        purpose=purpose,
    )
    if not decision.allowed:
        raise Refused("direct contact cannot be opened", reasons=decision.reasons)
    by_id = {p.pk: p for p in [actor, other, *guardians, *second_adults]}
    is_child_space = any(
        role == SpaceRole.GUARDIAN or role == SpaceRole.SECOND_ADULT for _, role in decision.members
    )
    adult = actor if child is other else other
    space = Space.objects.create(
        organisation_id=actor.organisation_id,
        kind=SpaceKind.SUPERVISED if is_child_space else SpaceKind.GROUP,
        name=(
            f"{adult.display_name} with {child.display_name}"
            if is_child_space
            else f"{actor.display_name} and {other.display_name}"
        ),
        description=purpose.strip()[:500],
        subject_child=child if is_child_space else None,
        child_initiated=is_child_space and actor.pk == child.pk,
        created_by=actor,
    )
    chain.append(
        EventType.SPACE_CREATED,
        organisation=actor.organisation,
        actor=actor,
        subject=child if is_child_space else None,
        obj=space,
        snapshot={
            "kind": space.kind,
            "purpose": space.description,
            "reasons": [r.as_dict() for r in decision.reasons],
        },
    )
    for person_id, role in decision.members:
        _add_membership(space, by_id[person_id], role, actor)
    if decision.needs_parent_approval:
        approval = ContactApproval.objects.create(
            organisation_id=actor.organisation_id,
            space=space,
            requested_by=actor,
            child=child,
            purpose=purpose.strip()[:500],
        )
        chain.append(
            EventType.CONTACT_REQUESTED,
            organisation=actor.organisation,
            actor=actor,
            subject=child,
            obj=approval,
            snapshot={"space": space.pk, "purpose": approval.purpose},
        )
    return space


@transaction.atomic(durable=True)
def do_request_contact_again(actor: Person, space: Space, *, purpose: str) -> ContactApproval:
    """A new occasion of direct contact in an existing supervised space (M4)."""
    require(actor, Action.SEND, space, "space")
    if space.kind != SpaceKind.SUPERVISED or space.child_initiated:
        raise InvalidInput("only a supervised space opened by staff needs a parent's approval")
    if not purpose.strip():
        raise Refused("say what the contact is for", reasons=[Reason("M4", "a purpose is needed")])
    approval = ContactApproval.objects.create(
        organisation_id=space.organisation_id,
        space=space,
        requested_by=actor,
        child=space.subject_child,
        purpose=purpose.strip()[:500],
    )
    chain.append(
        EventType.CONTACT_REQUESTED,
        organisation=space.organisation,
        actor=actor,
        subject=space.subject_child,
        obj=approval,
        snapshot={"space": space.pk, "purpose": approval.purpose},
    )
    return approval


@transaction.atomic(durable=True)
def do_decide_contact(
    actor: Person, approval: ContactApproval, *, approved: bool
) -> ContactApproval:
    """A parent approves or declines a request for direct contact with their child (M4)."""
    require(actor, Action.APPROVE_CONTACT, approval, "contact request")
    if approval.approved is not None:
        raise InvalidInput("this request has been answered already; staff can ask again")
    if current_approval(approval.space).pk != approval.pk:
        raise InvalidInput("a newer request replaces this one")
    now = timezone.now()
    approval.approved = approved
    approval.decided_by = actor
    approval.decided_at = now
    if approved:
        approval.expires_at = approval_expiry(approval.organisation.policy_settings(), now)
    approval.save(update_fields=["approved", "decided_by", "decided_at", "expires_at"])
    chain.append(
        EventType.CONTACT_APPROVED if approved else EventType.CONTACT_DECLINED,
        organisation=approval.organisation,
        actor=actor,
        subject=approval.child,
        obj=approval,
        snapshot={"approved": approved, "expires_at": approval.expires_at},
    )
    return approval
