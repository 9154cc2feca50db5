"""Invariants of the policy engine over any organisation, space, consents and time (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaperone.policy import (
    Channel,
    ConsentFacts,
    ContactApprovalFacts,
    DeliveryKind,
    DeliveryState,
    MemberFacts,
    OrgSettings,
    PersonFacts,
    Role,
    ScreeningFacts,
    SpaceFacts,
    SpaceKind,
    is_quiet,
)
from chaperone.policy.messaging import decide_send

TODAY = date(2026, 11, 23)
LIVE = {DeliveryState.DELIVERED, DeliveryState.HELD}


@st.composite
def worlds(draw):
    n_adults = draw(st.integers(0, 4))
    n_parents = draw(st.integers(0, 3))
    n_children = draw(st.integers(0, 4))
    people = []
    pid = 1
    for _ in range(n_adults):
        role = draw(
            st.sampled_from(
                [Role.STAFF, Role.VOLUNTEER, Role.DSL, Role.ADMIN, Role.ADULT_PARTICIPANT]
            )
        )
        people.append(PersonFacts(pid, role, name=f"a{pid}"))
        pid += 1
    parents = []
    for _ in range(n_parents):
        parents.append(PersonFacts(pid, Role.PARENT, name=f"p{pid}"))
        pid += 1
    children = []
    for _ in range(n_children):
        age_days = draw(st.integers(9 * 365, 19 * 365))
        guardians = draw(
            st.sets(st.sampled_from([p.id for p in parents]), max_size=2)
            if parents
            else st.just(set())
        )
        children.append(
            PersonFacts(
                pid,
                Role.YOUNG_PERSON,
                TODAY - timedelta(days=age_days),
                frozenset(guardians),
                f"c{pid}",
            )
        )
        pid += 1
    everyone = people + parents + children
    if not everyone:
        everyone = [PersonFacts(pid, Role.STAFF)]
    members = draw(
        st.lists(st.sampled_from(everyone), min_size=1, max_size=8, unique_by=lambda p: p.id)
    )
    kind = draw(st.sampled_from(list(SpaceKind)))
    support = draw(st.booleans()) and kind == SpaceKind.GROUP
    dsl_ids = frozenset(p.id for p in people if p.role == Role.DSL)
    space = SpaceFacts(
        1,
        kind,
        tuple(MemberFacts(p) for p in members),
        support_service=support,
        dsl_ids=dsl_ids,
        child_initiated=draw(st.booleans()),
        subject_child_id=children[0].id if children and kind == SpaceKind.SUPERVISED else None,
    )
    granted = frozenset((c.id, Channel.MESSAGES) for c in children if draw(st.booleans()))
    sender = draw(st.sampled_from(members))
    now = datetime(2026, 11, 23, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 7 * 24 * 60)))
    screening = ScreeningFacts(
        draw(st.sampled_from(["allow", "warn", "hold", "block"])), False, (("S2", "toxic", "x"),)
    )
    approval = draw(
        st.sampled_from(
            [
                None,
                ContactApprovalFacts("p", True, now + timedelta(days=1)),
                ContactApprovalFacts("p", False),
            ]
        )
    )
    return sender, space, ConsentFacts(granted), now, screening, approval


def _decide(world):
    sender, space, consents, now, screening, approval = world
    return decide_send(
        sender, space, consents, OrgSettings(), now, approval=approval, screening=screening
    )


FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(worlds())
def test_m1_no_delivered_adult_to_child_message_without_a_second_adult_reader(world):
    sender, space, consents, now, *_ = world
    d = _decide(world)
    if not sender.is_adult(now.date()):
        return
    live = {x.recipient_id: x for x in d.deliveries if x.state in LIVE}
    for x in d.deliveries:
        if x.kind != DeliveryKind.RECIPIENT or x.state not in LIVE:
            continue
        member = space.member(x.recipient_id).person
        if not member.is_child(now.date()):
            continue
        other_adults = [
            rid
            for rid, dl in live.items()
            if rid not in (sender.id, member.id)
            and (
                space.member(rid)
                and space.member(rid).person.is_org_adult
                or rid in member.guardian_ids
                or dl.kind == DeliveryKind.SECOND_READER
            )
        ]
        assert other_adults, f"child {member.id} reached by {sender.id} with nobody else reading"


@FAST
@given(worlds())
def test_m2_a_copy_for_every_guardian_of_an_under_18_recipient(world):
    sender, space, consents, now, *_ = world
    d = _decide(world)
    if not sender.is_adult(now.date()) or space.support_service:
        return
    by_id = {x.recipient_id: x for x in d.deliveries}
    for x in d.deliveries:
        if x.kind == DeliveryKind.RECIPIENT and x.state in LIVE:
            child = space.member(x.recipient_id).person
            if child.is_child(now.date()):
                for g in child.guardian_ids - {sender.id}:
                    assert g in by_id and by_id[g].state in LIVE


@FAST
@given(worlds())
def test_m3_nothing_reaches_a_child_without_a_current_consent(world):
    sender, space, consents, now, *_ = world
    d = _decide(world)
    for x in d.deliveries:
        if x.state in LIVE and x.kind == DeliveryKind.RECIPIENT:
            person = space.member(x.recipient_id).person
            if person.is_child(now.date()):
                assert consents.has(person.id, Channel.MESSAGES)


@FAST
@given(worlds())
def test_m6_nothing_from_staff_is_delivered_to_a_child_inside_quiet_hours(world):
    sender, space, consents, now, *_ = world
    d = _decide(world)
    if not (sender.is_org_adult and is_quiet(OrgSettings(), now)):
        return
    for x in d.deliveries:
        if x.kind == DeliveryKind.RECIPIENT and space.member(x.recipient_id).person.is_child(
            now.date()
        ):
            assert x.state != DeliveryState.DELIVERED


@FAST
@given(worlds())
def test_s7_a_refusal_delivers_nothing(world):
    d = _decide(world)
    if d.refused:
        assert d.deliveries == () and d.reasons
