"""The policy engine on its own: plain facts in, decisions with rule ids out."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time

from chaperone.policy import (
    Channel,
    ConsentFacts,
    ContactApprovalFacts,
    DeliveryKind,
    DeliveryState,
    MemberFacts,
    OrgSettings,
    Outcome,
    Override,
    PersonFacts,
    Role,
    ScreeningFacts,
    SpaceFacts,
    SpaceKind,
    SpaceRole,
    decide_add_member,
    decide_delete,
    decide_edit,
    decide_open_direct,
    decide_release,
    decide_send,
    is_quiet,
    next_office_start,
)

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # a Monday; London is on UTC in November
TEN_PM = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
SETTINGS = OrgSettings()

coach_alex = PersonFacts(1, Role.STAFF, name="Alex")
staff_jordan = PersonFacts(2, Role.STAFF, name="Jordan")
dsl_priya = PersonFacts(3, Role.DSL, name="Priya")
parent_jo = PersonFacts(10, Role.PARENT, name="Jo")
parent_kim = PersonFacts(11, Role.PARENT, name="Kim")
child_sam = PersonFacts(20, Role.YOUNG_PERSON, date(2012, 5, 1), frozenset({10}), "Sam")  # 14
child_mia = PersonFacts(21, Role.YOUNG_PERSON, date(2015, 5, 1), frozenset({10}), "Mia")  # 11
child_leo = PersonFacts(22, Role.YOUNG_PERSON, date(2009, 5, 1), frozenset({11}), "Leo")  # 17
CONSENTED = ConsentFacts(frozenset({(20, Channel.MESSAGES), (22, Channel.MESSAGES)}))


def group(*people, kind=SpaceKind.GROUP, **kw):
    return SpaceFacts(99, kind, tuple(MemberFacts(p) for p in people), **kw)


def test_m1_direct_request_becomes_supervised_space_with_second_adult_and_parents():
    d = decide_open_direct(
        coach_alex,
        child_sam,
        guardians=(parent_jo,),
        second_adults=(staff_jordan, dsl_priya),
        consents=CONSENTED,
        settings=SETTINGS,
        now=NOON,
        purpose="county trial",
    )
    assert d.allowed
    roles = dict(d.members)
    assert roles[coach_alex.id] == SpaceRole.MANAGER
    assert roles[dsl_priya.id] == SpaceRole.SECOND_ADULT  # the DSL is preferred as second adult
    assert roles[parent_jo.id] == SpaceRole.GUARDIAN
    assert d.needs_parent_approval
    assert d.reasons[0].rule == "M1"


def test_m1_direct_request_refused_without_a_second_adult():
    d = decide_open_direct(
        coach_alex,
        child_sam,
        guardians=(parent_jo,),
        second_adults=(),
        consents=CONSENTED,
        settings=SETTINGS,
        now=NOON,
        purpose="trial",
    )
    assert not d.allowed
    assert "M1" in {r.rule for r in d.reasons}


def test_m1_a_space_of_one_adult_and_one_child_is_refused():
    d = decide_add_member(
        group(coach_alex), child_sam, consents=CONSENTED, settings=SETTINGS, now=NOON
    )
    assert not d.allowed and d.reasons[0].rule == "M1"


def test_m2_parents_copied_on_adult_to_child_message():
    d = decide_send(
        coach_alex, group(coach_alex, staff_jordan, child_sam, child_leo), CONSENTED, SETTINGS, NOON
    )
    assert d.outcome == Outcome.DELIVERED
    copies = {x.recipient_id: x for x in d.deliveries if x.kind == DeliveryKind.PARENT_COPY}
    assert copies[parent_jo.id].for_child_id == child_sam.id
    assert copies[parent_kim.id].for_child_id == child_leo.id


def test_m2_support_service_copies_the_dsl_not_the_parents():
    space = group(coach_alex, child_sam, support_service=True, dsl_ids=frozenset({3}))
    d = decide_send(coach_alex, space, CONSENTED, SETTINGS, NOON)
    kinds = {x.recipient_id: x.kind for x in d.deliveries}
    assert kinds[dsl_priya.id] == DeliveryKind.SECOND_READER
    assert parent_jo.id not in kinds


def test_m1_the_dsl_writing_in_a_support_service_is_not_their_own_second_reader():
    # Kim is a parent, but not Sam's: nobody but the sender would read what Sam is sent.
    space = group(dsl_priya, parent_kim, child_sam, support_service=True, dsl_ids=frozenset({3}))
    d = decide_send(dsl_priya, space, CONSENTED, SETTINGS, NOON)
    [to_sam] = [x for x in d.deliveries if x.recipient_id == child_sam.id]
    assert to_sam.state == DeliveryState.WITHHELD
    assert to_sam.reason.rule == "M1"


def test_m3_no_consent_means_no_delivery_to_that_child():
    d = decide_send(
        coach_alex,
        group(coach_alex, staff_jordan, child_sam, child_leo),
        ConsentFacts(frozenset({(22, Channel.MESSAGES)})),
        SETTINGS,
        NOON,
    )
    sam = next(x for x in d.deliveries if x.recipient_id == child_sam.id)
    assert sam.state == DeliveryState.WITHHELD and sam.reason.rule == "M3"
    assert parent_jo.id not in {x.recipient_id for x in d.deliveries}


def test_g6_under_13_receives_nothing_in_a_community_space():
    d = decide_add_member(
        group(coach_alex, staff_jordan),
        child_mia,
        consents=ConsentFacts(frozenset({(21, Channel.MESSAGES)})),
        settings=SETTINGS,
        now=NOON,
    )
    assert not d.allowed and d.reasons[0].rule == "G6"


def test_m4_staff_cannot_write_before_a_parent_approves():
    space = group(
        coach_alex, dsl_priya, child_sam, parent_jo, kind=SpaceKind.SUPERVISED, subject_child_id=20
    )
    d = decide_send(coach_alex, space, CONSENTED, SETTINGS, NOON, approval=None)
    assert d.refused and d.reasons[0].rule == "M4"
    ok = decide_send(
        coach_alex,
        space,
        CONSENTED,
        SETTINGS,
        NOON,
        approval=ContactApprovalFacts("trial", True, datetime(2026, 11, 30, tzinfo=UTC)),
    )
    assert ok.outcome == Outcome.DELIVERED
    expired = decide_send(
        coach_alex,
        space,
        CONSENTED,
        SETTINGS,
        NOON,
        approval=ContactApprovalFacts("trial", True, datetime(2026, 11, 1, tzinfo=UTC)),
    )
    assert expired.refused and "expired" in expired.reasons[0].why


def test_m6_staff_message_to_child_at_22_is_held_until_hours_start():
    d = decide_send(
        coach_alex, group(coach_alex, staff_jordan, child_sam), CONSENTED, SETTINGS, TEN_PM
    )
    assert d.outcome == Outcome.HELD
    sam = next(x for x in d.deliveries if x.recipient_id == child_sam.id)
    assert sam.state == DeliveryState.HELD and sam.reason.rule == "M6"
    assert sam.release_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    jordan = next(x for x in d.deliveries if x.recipient_id == staff_jordan.id)
    assert jordan.state == DeliveryState.DELIVERED


def test_m6_dsl_override_delivers_now():
    d = decide_send(
        dsl_priya,
        group(dsl_priya, staff_jordan, child_sam),
        CONSENTED,
        SETTINGS,
        TEN_PM,
        override=Override(dsl_priya, "fixture cancelled tomorrow morning"),
    )
    assert d.outcome == Outcome.DELIVERED
    assert "M6" in {r.rule for r in d.reasons}


def test_m6_release_waits_then_goes_and_stops_if_consent_withdrawn():
    assert (
        decide_release(child_sam, consents=CONSENTED, settings=SETTINGS, now=TEN_PM).state
        == DeliveryState.HELD
    )
    morning = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert (
        decide_release(child_sam, consents=CONSENTED, settings=SETTINGS, now=morning).state
        == DeliveryState.DELIVERED
    )
    gone = decide_release(child_sam, consents=ConsentFacts(), settings=SETTINGS, now=morning)
    assert gone.state == DeliveryState.STOPPED and gone.reason.rule == "M3"


def test_m6_hours_respect_time_zone_and_office_days():
    ny = OrgSettings(timezone="America/New_York", office_days=frozenset({0, 1, 2, 3, 4}))
    friday_night = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # Friday 22:00 in New York
    assert is_quiet(ny, friday_night)
    assert next_office_start(ny, friday_night) == datetime(2026, 11, 30, 13, 0, tzinfo=UTC)


def test_m8_young_person_reply_to_announcement_is_redirected():
    space = group(coach_alex, child_sam, kind=SpaceKind.ANNOUNCEMENT)
    d = decide_send(child_sam, space, CONSENTED, SETTINGS, NOON)
    assert d.outcome == Outcome.REDIRECTED and d.reasons[0].rule == "M8"


def test_m9_only_the_author_edits_and_nobody_deletes():
    assert decide_edit(coach_alex, coach_alex.id).allowed
    assert not decide_edit(staff_jordan, coach_alex.id).allowed
    assert not decide_delete(dsl_priya).allowed
    assert decide_delete(dsl_priya).reasons[0].rule == "M9"


def test_m11_late_evening_staff_message_warns():
    d = decide_send(
        coach_alex,
        group(coach_alex, staff_jordan, child_sam),
        CONSENTED,
        SETTINGS,
        datetime(2026, 11, 23, 21, 30, tzinfo=UTC),
    )
    assert "M11" in {w.rule for w in d.warnings}


def test_s1_screening_block_refuses_with_the_rule():
    screening = ScreeningFacts("block", False, (("S1", "phone", "a phone number"),))
    d = decide_send(
        child_sam,
        group(coach_alex, staff_jordan, child_sam),
        CONSENTED,
        SETTINGS,
        NOON,
        screening=screening,
    )
    assert d.refused and d.reasons[0].rule == "S1"


def test_s2_screening_hold_holds_every_delivery_for_review():
    screening = ScreeningFacts("hold", False, (("S2", "toxic", "abusive"),))
    d = decide_send(
        child_sam,
        group(coach_alex, staff_jordan, child_sam, child_leo),
        CONSENTED,
        SETTINGS,
        NOON,
        screening=screening,
    )
    assert d.outcome == Outcome.HELD
    assert all(x.state == DeliveryState.HELD for x in d.deliveries)


def test_policy_fails_closed_when_a_rule_errors():
    broken = OrgSettings(timezone="Not/AZone")
    d = decide_send(coach_alex, group(coach_alex, staff_jordan, child_sam), CONSENTED, broken, NOON)
    assert d.refused and d.reasons[0].rule == "POLICY"


def test_policy_imports_no_django():
    code = "import sys, chaperone.policy; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_g6_child_rules_stop_on_the_18th_birthday():
    turning = PersonFacts(30, Role.YOUNG_PERSON, date(2008, 11, 23), frozenset({10}), "Ash")
    assert turning.is_child(date(2026, 11, 22))
    assert not turning.is_child(date(2026, 11, 23))
    assert time(8) == SETTINGS.office_start
