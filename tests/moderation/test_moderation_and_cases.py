"""The review queue (D1), reporting (D2), concerns and cases (C1), contact notes (C2)."""

from __future__ import annotations

import pytest

from chaperone.audit.chain import verify
from chaperone.audit.models import AuditEntry
from chaperone.cases.models import Concern
from chaperone.messaging.models import Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def football(api, cast):
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Football",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk, cast.child_leo.pk],
        },
    ).json()
    return space["id"]


@pytest.fixture
def leo_message(api, cast, football):
    r = api(cast.child_leo).post(f"/spaces/{football}/messages", {"body": "Sam is rubbish at this"})
    assert r.status_code == 201, r.json()
    return r.json()["id"]


def test_d2_a_young_person_reports_a_message_in_one_step(api, cast, leo_message):
    r = api(cast.child_sam).post(
        "/reports", {"message_id": leo_message, "reason": "he keeps being mean to me"}
    )
    assert r.status_code == 201
    queue = api(cast.dsl_priya).get("/review-queue").json()
    assert [i["message_id"] for i in queue] == [leo_message]
    assert queue[0]["scores"][0]["source"] == "report"
    assert queue[0]["waited_minutes"] >= 0
    # A second report re-uses the item rather than making a twin.
    api(cast.child_sam).post("/reports", {"message_id": leo_message, "reason": "again"})
    assert len(api(cast.dsl_priya).get("/review-queue").json()) == 1


def test_d2_every_space_shows_who_manages_it_and_whom_to_contact(api, cast, football):
    space = api(cast.child_sam).get(f"/spaces/{football}").json()
    assert space["managed_by"] == ["Alex"]
    names = " ".join(c["name"] for c in space["contacts"])
    phones = " ".join(c["phone"] for c in space["contacts"])
    assert "Priya" in names and "NSPCC" in names and "CEOP" in names
    assert "0808 800 5000" in phones


def test_d1_only_designated_people_see_the_queue(api, cast, leo_message):
    assert api(cast.coach_alex).get("/review-queue").status_code == 403
    assert api(cast.child_sam).get("/review-queue").status_code == 403
    cast.staff_jordan.presence_manager = True
    cast.staff_jordan.save()
    assert api(cast.staff_jordan).get("/review-queue").status_code == 200


def test_d1_removal_needs_a_reason_hides_the_message_and_keeps_it(api, cast, leo_message):
    api(cast.child_sam).post("/reports", {"message_id": leo_message, "reason": "mean"})
    priya = api(cast.dsl_priya)
    item = priya.get("/review-queue").json()[0]
    r = priya.post(f"/review-queue/{item['id']}/decision", {"decision": "remove"})
    assert r.status_code == 409 and r.json()["reasons"][0]["rule"] == "D1"
    r = priya.post(
        f"/review-queue/{item['id']}/decision",
        {"decision": "remove", "reason": "unkind to another member", "version": item["version"]},
    )
    assert r.status_code == 200 and r.json()["status"] == "removed"
    space = Message.objects.get(pk=leo_message).space_id
    assert all(
        m["id"] != leo_message for m in api(cast.child_sam).get(f"/spaces/{space}/messages").json()
    )
    assert any(m["id"] == leo_message for m in priya.get(f"/spaces/{space}/messages").json())
    assert Message.objects.filter(pk=leo_message).exists()
    assert AuditEntry.objects.filter(event_type=812).exists()
    assert verify().ok
    # A stale second decision cannot overwrite the first.
    again = priya.post(
        f"/review-queue/{item['id']}/decision", {"decision": "approve", "version": item["version"]}
    )
    assert again.status_code == 409


def test_c1_a_concern_raised_by_a_young_person_reaches_the_dsl(api, cast):
    r = api(cast.child_sam).post(
        "/concerns",
        {"summary": "someone online asked me to keep a secret from my mum", "urgency": "high"},
    )
    assert r.status_code == 201
    assert r.json()["routed_to_id"] is None  # the child is not told which adult reads it
    concern = Concern.objects.get()
    assert concern.routed_to == cast.dsl_priya and concern.raised_by == cast.child_sam
    listed = api(cast.dsl_priya).get("/concerns").json()
    assert [c["id"] for c in listed] == [concern.pk]


def test_c1_only_a_lead_opens_a_case_and_the_opening_is_on_the_chain(api, cast, leo_message):
    api(cast.child_sam).post("/concerns", {"summary": "worried", "message_id": None})
    concern = Concern.objects.get()
    assert api(cast.coach_alex).post(f"/concerns/{concern.pk}/case").status_code == 403
    assert api(cast.coach_alex).get("/concerns").status_code == 403
    r = api(cast.dsl_priya).post(f"/concerns/{concern.pk}/case")
    assert r.status_code == 201
    case_id = r.json()["id"]
    assert AuditEntry.objects.filter(event_type=860, actor=cast.dsl_priya).count() == 1
    assert api(cast.coach_alex).get(f"/cases/{case_id}").status_code == 403
    api(cast.dsl_priya).get(f"/cases/{case_id}")
    assert AuditEntry.objects.filter(event_type=861, actor=cast.dsl_priya).count() == 1
    triage = api(cast.dsl_priya).post(
        f"/cases/{case_id}/entries",
        {
            "kind": "triage",
            "outcome": "referral_childrens_social_care",
            "text": "Referred to the local authority's front door",
        },
    )
    assert triage.status_code == 201
    chronology = triage.json()["chronology"]
    assert [e["kind"] for e in chronology] == ["opened", "triage"]
    assert chronology[1]["outcome"] == "referral_childrens_social_care"
    bad = api(cast.dsl_priya).post(
        f"/cases/{case_id}/entries", {"kind": "triage", "outcome": "shrug"}
    )
    assert bad.status_code == 400


def test_c1_a_concern_about_the_dsl_goes_to_another_lead(api, cast):
    cast.staff_jordan.deputy_lead = True
    cast.staff_jordan.save()
    api(cast.coach_alex).post(
        "/concerns", {"summary": "the DSL messaged a child at night", "about_id": cast.dsl_priya.pk}
    )
    concern = Concern.objects.get()
    assert concern.routed_to == cast.staff_jordan
    assert api(cast.dsl_priya).get("/concerns").json() == []
    assert api(cast.dsl_priya).post(f"/concerns/{concern.pk}/case").status_code == 403
    assert api(cast.staff_jordan).post(f"/concerns/{concern.pk}/case").status_code == 201


def test_c1_a_concern_keeps_a_frozen_copy_of_the_message(api, cast, leo_message):
    api(cast.child_sam).post("/concerns", {"summary": "this upset me", "message_id": leo_message})
    api(cast.child_leo).patch(f"/messages/{leo_message}", {"body": "sorry Sam"})
    concern = Concern.objects.get()
    versions = concern.frozen_context["message"]["versions"]
    assert [v["body"] for v in versions] == ["Sam is rubbish at this"]


def test_c2_a_contact_note_is_part_of_the_record(api, cast, football):
    r = api(cast.coach_alex).post(
        "/notes", {"text": "Sam's mum called about the trial", "person_id": cast.child_sam.pk}
    )
    assert r.status_code == 201
    assert AuditEntry.objects.filter(event_type=870).exists()
    assert (
        api(cast.child_sam).post("/notes", {"text": "x", "space_id": football}).status_code == 403
    )
    assert verify().ok
