"""The message rules as a user meets them through the API (M1-M9, M11, G6)."""

from __future__ import annotations

import datetime as dt

import pytest
from freezegun import freeze_time

from chaperone.messaging.actions import do_release_due
from chaperone.messaging.models import Delivery, Message, MessageVersion, Space
from chaperone.orgs.actions import do_record_consent

pytestmark = pytest.mark.django_db


def group(api, cast, *members, by=None):
    by = by or cast.coach_alex
    r = api(by).post(
        "/spaces", {"kind": "group", "name": "Football", "member_ids": [m.pk for m in members]}
    )
    assert r.status_code == 201, r.json()
    return r.json()["id"]


def supervised(api, cast, approve=True):
    alex = api(cast.coach_alex)
    r = alex.post("/spaces/direct", {"person_id": cast.child_sam.pk, "purpose": "county trial"})
    assert r.status_code == 201, r.json()
    space = r.json()
    if approve:
        d = api(cast.parent_jo).post(
            f"/contact-requests/{space['approval']['id']}/decision", {"approved": True}
        )
        assert d.status_code == 200, d.json()
    return space


def test_m1_staff_asking_to_message_a_14_year_old_gets_a_supervised_space(api, cast):
    r = api(cast.coach_alex).post(
        "/spaces/direct", {"person_id": cast.child_sam.pk, "purpose": "county trial"}
    )
    assert r.status_code == 201
    space = r.json()
    assert space["kind"] == "supervised"
    roles = {m["person_id"]: m["space_role"] for m in space["members"]}
    assert roles[cast.child_sam.pk] == "member"
    assert roles[cast.parent_jo.pk] == "guardian"
    assert roles[cast.dsl_priya.pk] == "second_adult"
    assert space["reasons"][0]["rule"] == "M1"


def test_m1_refused_without_a_second_adult(api, cast):
    from chaperone.orgs.models import Person

    Person.objects.filter(role__in=["dsl", "admin"]).update(is_active=False)
    Person.objects.filter(pk=cast.staff_jordan.pk).update(is_active=False)
    r = api(cast.coach_alex).post(
        "/spaces/direct", {"person_id": cast.child_sam.pk, "purpose": "trial"}
    )
    assert r.status_code == 409
    assert "M1" in {x["rule"] for x in r.json()["reasons"]}
    assert not Space.objects.filter(kind="supervised").exists()


def test_m1_a_group_of_one_adult_and_one_child_is_refused(api, cast):
    r = api(cast.coach_alex).post(
        "/spaces", {"kind": "group", "name": "Just us", "member_ids": [cast.child_sam.pk]}
    )
    assert r.status_code == 409
    assert r.json()["reasons"][0]["rule"] == "M1"
    assert not Space.objects.exists()


def test_m1_a_child_writing_to_staff_lands_in_a_supervised_space(api, cast):
    r = api(cast.child_sam).post("/spaces/direct", {"person_id": cast.coach_alex.pk})
    assert r.status_code == 201
    space = r.json()
    assert space["kind"] == "supervised" and space["approval"] is None
    reply = api(cast.coach_alex).post(
        f"/spaces/{space['id']}/messages", {"body": "Thanks Sam, let's talk at training."}
    )
    assert reply.status_code == 201 and reply.json()["status"] == "delivered"


def test_m2_parents_copied_and_see_the_copy(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam, cast.child_leo)
    r = api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Training at 6 tonight."})
    assert r.status_code == 201, r.json()
    body = r.json()
    assert body["status"] == "delivered"
    assert set(body["delivered_to"]) == {cast.staff_jordan.pk, cast.child_sam.pk, cast.child_leo.pk}
    assert set(body["copied_to"]) == {cast.parent_jo.pk, cast.parent_kim.pk}
    inbox = api(cast.parent_jo).get("/inbox").json()
    assert inbox[0]["kind"] == "parent_copy"
    assert inbox[0]["for_child_id"] == cast.child_sam.pk
    assert inbox[0]["body"] == "Training at 6 tonight."
    child_view = api(cast.parent_jo).get(f"/people/{cast.child_sam.pk}/inbox").json()
    assert child_view[0]["body"] == "Training at 6 tonight."


def test_m3_withdrawn_consent_stops_delivery_at_once(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam, cast.child_leo)
    jo = api(cast.parent_jo)
    r = jo.post(f"/people/{cast.child_sam.pk}/consents", {"channel": "messages", "granted": False})
    assert r.status_code == 201
    assert r.json()["current"]["messages"] is False
    assert [e["granted"] for e in r.json()["history"] if e["channel"] == "messages"] == [
        True,
        False,
    ]
    sent = api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Kit list attached."})
    body = sent.json()
    assert cast.child_sam.pk not in body["delivered_to"]
    assert {"person_id": cast.child_sam.pk, "rule": "M3"}.items() <= body["withheld"][0].items()
    assert cast.parent_jo.pk not in body["copied_to"]


def test_m3_withdrawal_stops_a_message_waiting_for_quiet_hours(api, cast, clock):
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    clock.move_to("2026-11-23 22:00:00")
    r = api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "See you tomorrow."})
    assert r.json()["status"] == "held"
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="messages", granted=False)
    d = Delivery.objects.get(recipient=cast.child_sam)
    assert d.state == "stopped" and d.reason_rule == "M3"
    clock.move_to("2026-11-24 08:05:00")
    do_release_due()
    assert Delivery.objects.get(recipient=cast.child_sam).state == "stopped"


def test_m3_a_guardian_of_another_child_cannot_change_consent(api, cast):
    r = api(cast.parent_kim).post(
        f"/people/{cast.child_sam.pk}/consents", {"channel": "messages", "granted": False}
    )
    assert r.status_code == 403


def test_m4_staff_wait_for_a_parent_to_approve_the_purpose(api, cast):
    space = supervised(api, cast, approve=False)
    alex = api(cast.coach_alex)
    r = alex.post(f"/spaces/{space['id']}/messages", {"body": "Hi Sam"})
    assert r.status_code == 409 and r.json()["reasons"][0]["rule"] == "M4"
    assert not Message.objects.filter(space_id=space["id"]).exists()
    wrong = api(cast.parent_kim).post(
        f"/contact-requests/{space['approval']['id']}/decision", {"approved": True}
    )
    assert wrong.status_code == 403
    ok = api(cast.parent_jo).post(
        f"/contact-requests/{space['approval']['id']}/decision", {"approved": True}
    )
    assert ok.json()["expires_at"]
    r = alex.post(f"/spaces/{space['id']}/messages", {"body": "Hi Sam, about the trial"})
    assert r.status_code == 201
    assert set(r.json()["delivered_to"]) >= {cast.child_sam.pk, cast.dsl_priya.pk}


def test_m4_approval_expires(api, cast, clock):
    space = supervised(api, cast)
    clock.move_to("2026-12-02 12:00:00")
    r = api(cast.coach_alex).post(f"/spaces/{space['id']}/messages", {"body": "Hi Sam"})
    assert r.status_code == 409 and "expired" in r.json()["reasons"][0]["why"]


def test_m5_staff_never_see_a_childs_contact_details(api, cast):
    as_staff = api(cast.coach_alex).get(f"/people/{cast.child_sam.pk}").json()
    assert as_staff["phone"] is None and as_staff["contact_email"] is None
    assert as_staff["email"] is None
    listed = api(cast.coach_alex).get("/people?role=young_person").json()
    assert all(p["phone"] is None for p in listed)
    as_dsl = api(cast.dsl_priya).get(f"/people/{cast.child_sam.pk}").json()
    assert as_dsl["phone"] == "07700 900123"
    assert api(cast.admin_asha).get(f"/people/{cast.child_sam.pk}").json()["contact_email"]


def test_m6_staff_message_at_22_is_held_and_delivered_when_hours_start(
    api, cast, clock, django_capture_on_commit_callbacks, run_task_worker
):
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    clock.move_to("2026-11-23 22:00:00")
    with django_capture_on_commit_callbacks(execute=True):
        r = api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Match moved to 10am"})
    body = r.json()
    assert r.status_code == 201 and body["status"] == "held"
    held = body["held"][0]
    assert held["person_id"] == cast.child_sam.pk and held["rule"] == "M6"
    assert held["until"].startswith("2026-11-24T08:00")
    assert api(cast.child_sam).get("/inbox").json() == []
    assert body["copied_to"] == [cast.parent_jo.pk]  # parents are adults: their copy goes now
    # The release is a scheduled task, run by the task worker when hours start.
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.filter(run_after__isnull=False).exists()
    clock.move_to("2026-11-24 07:59:00")
    run_task_worker()
    assert api(cast.child_sam).get("/inbox").json() == []
    clock.move_to("2026-11-24 08:00:30")
    run_task_worker()
    inbox = api(cast.child_sam).get("/inbox").json()
    assert [i["body"] for i in inbox] == ["Match moved to 10am"]


def test_m6_dsl_override_with_a_logged_reason(api, cast, clock):
    from chaperone.audit.models import AuditEntry

    r = api(cast.dsl_priya).post(
        "/spaces",
        {"kind": "group", "name": "Trip", "member_ids": [cast.coach_alex.pk, cast.child_sam.pk]},
    )
    clock.move_to("2026-11-23 23:00:00")
    sent = api(cast.dsl_priya).post(
        f"/spaces/{r.json()['id']}/messages",
        {
            "body": "The coach leaves at 7am, not 9am.",
            "override_reason": "trip time changed tonight",
        },
    )
    assert sent.json()["status"] == "delivered"
    assert AuditEntry.objects.filter(event_type=500).exists()
    refused = api(cast.coach_alex).post(
        f"/spaces/{r.json()['id']}/messages", {"body": "ok", "override_reason": "please"}
    )
    assert refused.status_code == 409 and refused.json()["reasons"][0]["rule"] == "M6"


def test_m7_a_broadcast_never_shows_one_family_to_another(api, cast):
    r = api(cast.coach_alex).post(
        "/spaces",
        {
            "kind": "announcement",
            "name": "News",
            "member_ids": [
                cast.staff_jordan.pk,
                cast.child_sam.pk,
                cast.child_leo.pk,
                cast.parent_jo.pk,
                cast.parent_kim.pk,
            ],
        },
    )
    space = r.json()["id"]
    api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Club closed on Friday."})
    as_jo = api(cast.parent_jo)
    listed = as_jo.get(f"/spaces/{space}/messages").json()
    assert listed and all(set(m) == set(listed[0]) for m in listed)
    assert "delivered_to" not in listed[0] and "copied_to" not in listed[0]
    inbox = as_jo.get("/inbox").json()
    assert all(i.get("for_child_id") in (None, cast.child_sam.pk) for i in inbox)
    assert as_jo.get(f"/people/{cast.child_leo.pk}/inbox").status_code == 403


def test_m8_a_reply_to_an_announcement_goes_to_the_staff_inbox_with_a_kind_answer(api, cast):
    alex = api(cast.coach_alex)
    news = alex.post(
        "/spaces",
        {
            "kind": "announcement",
            "name": "News",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk],
        },
    ).json()
    inbox = (
        api(cast.dsl_priya)
        .post(
            "/spaces",
            {"kind": "staff_inbox", "name": "Staff inbox", "member_ids": [cast.coach_alex.pk]},
        )
        .json()
    )
    r = api(cast.child_sam).post(
        f"/spaces/{news['id']}/messages", {"body": "can I bring a friend?"}
    )
    assert r.status_code == 201
    body = r.json()
    assert body["redirected_to_space_id"] == inbox["id"]
    assert "information only" in body["auto_reply"] and "Priya" in body["auto_reply"]
    assert body["reasons"][0]["rule"] == "M8"
    assert set(body["delivered_to"]) == {cast.dsl_priya.pk, cast.coach_alex.pk}
    news_for_jordan = api(cast.staff_jordan).get(f"/spaces/{news['id']}/messages").json()
    assert all(m["body"] != "can I bring a friend?" for m in news_for_jordan)


def test_m9_edits_keep_versions_and_nothing_deletes(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    alex = api(cast.coach_alex)
    mid = alex.post(f"/spaces/{space}/messages", {"body": "Training at 6"}).json()["id"]
    edited = alex.patch(f"/messages/{mid}", {"body": "Training at 7"})
    assert edited.status_code == 200 and edited.json()["version"] == 2
    versions = alex.get(f"/messages/{mid}/versions").json()
    assert [v["body"] for v in versions] == ["Training at 6", "Training at 7"]
    assert api(cast.staff_jordan).patch(f"/messages/{mid}", {"body": "x"}).status_code == 409
    for who in (cast.coach_alex, cast.dsl_priya, cast.admin_asha):
        r = api(who).delete(f"/messages/{mid}")
        assert r.status_code in (403, 405)
    r = alex.delete(f"/messages/{mid}")
    assert r.status_code == 405 and r.json()["reasons"][0]["rule"] == "M9"
    assert Message.objects.filter(pk=mid).exists()
    assert MessageVersion.objects.filter(message_id=mid).count() == 2
    with pytest.raises(PermissionError):
        Message.objects.filter(pk=mid).delete()
    with pytest.raises(PermissionError):
        Message.objects.get(pk=mid).delete()


def test_m9_no_api_route_deletes_anything(api, cast):
    from chaperone.api import api as ninja_api

    schema = ninja_api.get_openapi_schema()
    deletes = [p for p, ops in schema["paths"].items() if "delete" in ops]
    assert deletes == ["/api/v1/messages/{message_id}"]
    assert {str(k) for k in schema["paths"][deletes[0]]["delete"]["responses"]} <= {
        "405",
        "400",
        "403",
        "404",
        "409",
        "422",
    }


def test_g6_an_under_13_takes_no_part_in_community_spaces(api, cast):
    do_record_consent(cast.parent_jo, child=cast.child_mia, channel="messages", granted=True)
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    r = api(cast.coach_alex).post(f"/spaces/{space}/members", {"person_id": cast.child_mia.pk})
    assert r.status_code == 409 and r.json()["reasons"][0]["rule"] == "G6"
    d = api(cast.coach_alex).post(
        "/spaces/direct", {"person_id": cast.child_mia.pk, "purpose": "kit"}
    )
    assert d.status_code == 409 and "G6" in {x["rule"] for x in d.json()["reasons"]}


def test_g6_child_rules_stop_on_the_18th_birthday(api, cast, clock):
    clock.move_to("2027-05-01 12:00:00")  # Leo turns 18
    r = api(cast.coach_alex).post("/spaces/direct", {"person_id": cast.child_leo.pk})
    assert r.status_code == 201 and r.json()["kind"] == "group"


def test_m11_staff_tone_warning_reaches_the_sender(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    r = api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Well done today babe xx"})
    assert r.status_code == 201
    assert "M11" in {w["rule"] for w in r.json()["warnings"]}


def test_s1_a_young_persons_home_address_in_a_group_is_held_with_the_reason(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam, cast.child_leo)
    r = api(cast.child_sam).post(
        f"/spaces/{space}/messages", {"body": "come round, I live at 14 Acacia Avenue NE1 4ST"}
    )
    assert r.status_code == 201
    body = r.json()
    assert body["status"] == "held" and body["delivered_to"] == []
    assert "S1" in {x["rule"] for x in body["reasons"]}
    assert api(cast.child_leo).get("/inbox").json() == []
    queue = api(cast.dsl_priya).get("/review-queue").json()
    assert [i["author_id"] for i in queue] == [cast.child_sam.pk]
    assert {s["rule"] for s in queue[0]["scores"]} == {"S1"}


def test_s1_an_adult_members_phone_number_in_a_group_is_blocked_with_the_reason(api, cast):
    space = group(api, cast, cast.staff_jordan, cast.child_sam, cast.adult_rowan)
    r = api(cast.adult_rowan).post(
        f"/spaces/{space}/messages", {"body": "text me on 07700 900123 later"}
    )
    assert r.status_code == 409
    assert "S1" in {x["rule"] for x in r.json()["reasons"]}
    assert not Message.objects.filter(space_id=space).exists()


def test_m6_release_sweep_is_idempotent(api, cast, clock):
    space = group(api, cast, cast.staff_jordan, cast.child_sam)
    clock.move_to("2026-11-23 22:00:00")
    api(cast.coach_alex).post(f"/spaces/{space}/messages", {"body": "Tomorrow at 5"})
    clock.move_to("2026-11-24 08:01:00")
    first = do_release_due()
    second = do_release_due()
    assert (first.released, second.released) == (1, 0)
    assert Delivery.objects.get(recipient=cast.child_sam).delivered_at.date() == dt.date(
        2026, 11, 24
    )


def test_m2_parent_copy_when_frozen_in_time_is_not_a_child_turning_adult(cast):
    with freeze_time("2026-11-23 12:00:00"):
        assert cast.child_leo.age() == 17
