"""The pages of reporting (D2), the review queue (D1), concerns, cases and contact notes (C1, C2)
and photos (S6), through the test client: each page, each refusal, and another organisation's
ids as 404."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from chaperone.audit.event_types import EventType
from chaperone.audit.models import AuditEntry
from chaperone.cases.actions import do_open_case, do_raise_concern
from chaperone.cases.models import Case, CaseEntry, Concern, ContactNote
from chaperone.media.actions import do_upload_photo
from chaperone.messaging.actions import do_send_message
from chaperone.moderation.actions import do_report, do_review
from chaperone.moderation.models import Reviewable
from chaperone.orgs.actions import do_record_consent
from chaperone.orgs.models import Person
from tests.web.conftest import football, shape

pytestmark = pytest.mark.django_db


@pytest.fixture
def space(cast, all_day_hours):
    return football(cast)


@pytest.fixture
def message(cast, space):
    return do_send_message(cast.coach_alex, space, "Training is at six on Friday.").message


def png(name="team.png") -> io.BytesIO:
    buf = io.BytesIO()
    Image.new("RGB", (8, 6), (40, 120, 200)).save(buf, format="PNG")
    buf.seek(0)
    buf.name = name
    return buf


def accessible(r) -> None:
    s = shape(r)
    assert s.h1 == 1
    assert s.unlabelled() == []
    assert s.has("main", id="main")


# D2: report in one step


def test_d2_every_message_the_space_and_its_people_have_a_report_link(as_person, cast, message):
    page = as_person(cast.child_sam).get(f"/spaces/{message.space_id}/").content.decode()
    assert f'href="/messages/{message.pk}/report/"' in page
    assert f'href="/spaces/{message.space_id}/report/"' in page
    assert f'href="/people/{cast.coach_alex.pk}/report/"' in page
    assert f'href="/people/{cast.child_sam.pk}/report/"' not in page  # not yourself
    assert 'href="/concerns/new/"' in page  # the footer's contacts area


def test_d2_a_child_reports_a_message_in_one_step_and_is_told_who_looks(as_person, cast, message):
    client = as_person(cast.child_sam)
    r = client.get(f"/messages/{message.pk}/report/")
    assert r.status_code == 200
    accessible(r)
    assert "Training is at six" in r.content.decode()
    r = client.post(f"/messages/{message.pk}/report/", {"reason": "It made me upset"})
    assert r.status_code == 302 and r["Location"] == "/report/sent/"
    done = client.get(r["Location"])
    text = done.content.decode()
    assert "Your report has been sent" in text
    assert "Priya" in text and "NSPCC" in text and "0808 800 5000" in text
    item = Reviewable.objects.get(message=message)
    assert item.status == "pending"
    assert item.scores.get().why == "It made me upset"
    assert AuditEntry.objects.filter(event_type=EventType.REPORTED).count() == 1


def test_d2_an_empty_report_says_what_to_do_next_to_the_field(as_person, cast, message):
    r = as_person(cast.child_sam).post(f"/messages/{message.pk}/report/", {"reason": " "})
    assert r.status_code == 400
    page = r.content.decode()
    assert 'aria-describedby="id_reason-error"' in page
    assert 'id="id_reason-error"' in page
    assert not Reviewable.objects.exists()


def test_d2_a_space_and_a_person_are_reported_too(as_person, cast, space):
    client = as_person(cast.child_leo)
    r = client.post(f"/spaces/{space.pk}/report/", {"reason": "People are mean here"})
    assert r.status_code == 302
    r = client.post(f"/people/{cast.coach_alex.pk}/report/", {"reason": "He asked odd questions"})
    assert r.status_code == 302
    assert Reviewable.objects.filter(space=space).exists()
    assert Reviewable.objects.filter(person=cast.coach_alex).exists()


def test_d2_another_organisations_ids_are_not_found(as_person, cast, message):
    client = as_person(cast.other_child_oscar)
    assert client.get(f"/messages/{message.pk}/report/").status_code == 404
    assert client.get(f"/spaces/{message.space_id}/report/").status_code == 404
    assert client.get(f"/people/{cast.child_sam.pk}/report/").status_code == 404
    assert client.get(f"/people/{cast.child_sam.pk}/").status_code == 404


def test_d2_a_child_cannot_report_a_space_they_are_not_in(as_person, cast, space):
    r = as_person(cast.child_mia).post(f"/spaces/{space.pk}/report/", {"reason": "x"})
    assert r.status_code in (403, 404)
    assert not Reviewable.objects.exists()


# D1: the review queue


def test_d1_the_queue_is_for_designated_people_only(as_person, cast, message):
    for person in (cast.coach_alex, cast.child_sam, cast.parent_jo):
        assert as_person(person).get("/review/").status_code == 403
    Person.objects.filter(pk=cast.staff_jordan.pk).update(presence_manager=True)
    assert as_person(cast.staff_jordan).get("/review/").status_code == 200
    nav = as_person(cast.dsl_priya).get("/").content.decode()
    assert 'href="/review/"' in nav and 'href="/concerns/"' in nav
    assert 'href="/review/"' not in as_person(cast.coach_alex).get("/").content.decode()


def test_d1_oldest_first_with_waiting_time_text_reports_and_version(
    as_person, cast, message, space, clock
):
    do_report(cast.child_sam, reason="First worry", message=message)
    clock.tick(3600)
    do_report(cast.child_leo, reason="The whole space", space=space)
    r = as_person(cast.dsl_priya).get("/review/")
    assert r.status_code == 200
    accessible(r)
    page = r.content.decode()
    assert page.index("First worry") < page.index("The whole space")
    assert re.search(r"Waited (1\xa0hour|59\xa0minutes)", page)
    assert "Training is at six" in page
    assert "by Sam" in page
    item = Reviewable.objects.get(message=message)
    assert f'name="r{item.pk}-version" value="{item.version}"' in page


def test_d1_remove_needs_a_reason_and_says_so_at_the_field(as_person, cast, message):
    item = do_report(cast.child_sam, reason="Not nice", message=message)
    client = as_person(cast.dsl_priya)
    r = client.post(
        f"/review/{item.pk}/decision/",
        {f"r{item.pk}-decision": "remove", f"r{item.pk}-reason": "", f"r{item.pk}-version": 1},
    )
    assert r.status_code == 409
    page = r.content.decode()
    assert f'id="id_r{item.pk}-reason-error"' in page
    assert "the author is told what and why" in page
    item.refresh_from_db()
    assert item.status == "pending"


def test_d1_remove_with_a_reason_hides_the_message_from_the_child(as_person, cast, message):
    item = do_report(cast.child_sam, reason="Not nice", message=message)
    r = as_person(cast.dsl_priya).post(
        f"/review/{item.pk}/decision/",
        {
            f"r{item.pk}-decision": "remove",
            f"r{item.pk}-reason": "Unkind",
            f"r{item.pk}-version": item.version,
        },
    )
    assert r.status_code == 302 and r["Location"] == "/review/"
    item.refresh_from_db()
    assert item.status == "removed"
    page = as_person(cast.child_sam).get(f"/spaces/{message.space_id}/").content.decode()
    assert "Training is at six" not in page


def test_d1_two_moderators_cannot_overwrite_each_other(as_person, cast, message):
    Person.objects.filter(pk=cast.staff_jordan.pk).update(deputy_lead=True)
    item = do_report(cast.child_sam, reason="Not nice", message=message)
    stale = item.version
    do_review(cast.dsl_priya, item, decision="dismiss", version=stale)
    r = as_person(cast.staff_jordan).post(
        f"/review/{item.pk}/decision/",
        {f"r{item.pk}-decision": "approve", f"r{item.pk}-version": stale},
    )
    assert r.status_code == 409
    page = r.content.decode()
    assert "Someone else decided this item" in page
    assert "two moderators cannot overwrite each other" in page
    item.refresh_from_db()
    assert item.status == "dismissed"


def test_d1_approve_ask_for_edit_and_dismiss(as_person, cast, space):
    client = as_person(cast.dsl_priya)
    for decision, reason, status in (
        ("approve", "", "approved"),
        ("request_edit", "Please use kinder words", "edit_requested"),
        ("dismiss", "", "dismissed"),
    ):
        m = do_send_message(cast.coach_alex, space, f"Plain message for {decision}.").message
        item = do_report(cast.child_sam, reason="Check this", message=m)
        r = client.post(
            f"/review/{item.pk}/decision/",
            {
                f"r{item.pk}-decision": decision,
                f"r{item.pk}-reason": reason,
                f"r{item.pk}-version": item.version,
            },
        )
        assert r.status_code == 302, decision
        item.refresh_from_db()
        assert item.status == status


def test_d1_another_organisations_item_is_not_found(as_person, cast, message):
    item = do_report(cast.child_sam, reason="Not nice", message=message)
    r = as_person(cast.other_admin_olga).post(
        f"/review/{item.pk}/decision/", {f"r{item.pk}-decision": "dismiss"}
    )
    assert r.status_code == 404


# C1: concerns and cases


def test_c1_anyone_raises_a_concern_from_the_footer(as_person, cast):
    client = as_person(cast.child_mia)
    r = client.get("/concerns/new/")
    assert r.status_code == 200
    accessible(r)
    r = client.post(
        "/concerns/new/",
        {"summary": "Someone at training scares me", "category": "wellbeing", "urgency": "high"},
    )
    assert r.status_code == 302 and r["Location"] == "/concerns/sent/"
    assert "The safeguarding lead has been told" in client.get(r["Location"]).content.decode()
    concern = Concern.objects.get()
    assert concern.raised_by_id == cast.child_mia.pk
    assert concern.routed_to_id == cast.dsl_priya.pk
    assert concern.urgency == "high"


def test_c1_a_concern_needs_words(as_person, cast):
    r = as_person(cast.child_mia).post("/concerns/new/", {"summary": "", "urgency": "low"})
    assert r.status_code == 400
    assert 'id="id_summary-error"' in r.content.decode()
    assert not Concern.objects.exists()


def test_c1_a_concern_about_a_message_keeps_a_frozen_copy(as_person, cast, message):
    client = as_person(cast.child_sam)
    r = client.get(f"/concerns/new/?message={message.pk}")
    assert "Training is at six" in r.content.decode()
    r = client.post(
        f"/concerns/new/?message={message.pk}",
        {"summary": "This worried me", "urgency": "medium", "category": "online"},
    )
    assert r.status_code == 302
    concern = Concern.objects.get()
    assert concern.message_id == message.pk
    assert (
        as_person(cast.other_child_oscar).get(f"/concerns/new/?message={message.pk}").status_code
        == 404
    )


def test_c1_concerns_and_cases_are_for_leads_only(as_person, cast):
    concern = do_raise_concern(cast.child_sam, summary="Worried", about=cast.coach_alex)
    case = do_open_case(cast.dsl_priya, concern)
    for person in (cast.coach_alex, cast.staff_jordan, cast.child_sam, cast.parent_jo):
        client = as_person(person)
        assert client.get("/concerns/").status_code == 403
        assert client.get(f"/cases/{case.pk}/").status_code == 403
        assert client.post(f"/concerns/{concern.pk}/case/").status_code == 403
    olga = as_person(cast.other_admin_olga)
    assert olga.get(f"/cases/{case.pk}/").status_code == 404
    assert olga.post(f"/concerns/{concern.pk}/case/").status_code == 404


def test_c1_the_lead_opens_a_case_and_records_triage(as_person, cast, message):
    concern = do_raise_concern(cast.child_sam, summary="This message worried me", message=message)
    client = as_person(cast.dsl_priya)
    r = client.get("/concerns/")
    assert r.status_code == 200
    accessible(r)
    assert "This message worried me" in r.content.decode()
    r = client.post(f"/concerns/{concern.pk}/case/")
    case = Case.objects.get(concern=concern)
    assert r.status_code == 302 and r["Location"] == f"/cases/{case.pk}/"
    views = AuditEntry.objects.filter(event_type=EventType.CASE_VIEWED).count()
    r = client.get(r["Location"])
    assert r.status_code == 200
    accessible(r)
    page = r.content.decode()
    assert "Training is at six" in page  # the frozen copy
    assert "Case opened" in page
    assert AuditEntry.objects.filter(event_type=EventType.CASE_VIEWED).count() == views + 1
    r = client.post(
        f"/cases/{case.pk}/",
        {"kind": "triage", "outcome": "monitor", "text": "Spoke to Sam's coach"},
    )
    assert r.status_code == 302
    entry = CaseEntry.objects.get(case=case, kind="triage")
    assert entry.outcome == "monitor"
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Triage decision" in page and "Monitor" in page and "Spoke to Sam" in page


def test_c1_triage_without_an_outcome_is_refused_at_the_field(as_person, cast):
    concern = do_raise_concern(cast.child_sam, summary="Worried")
    case = do_open_case(cast.dsl_priya, concern)
    r = as_person(cast.dsl_priya).post(f"/cases/{case.pk}/", {"kind": "triage", "outcome": ""})
    assert r.status_code == 400
    assert 'id="id_outcome-error"' in r.content.decode()


def test_c1_a_closed_case_takes_no_more_entries(as_person, cast):
    concern = do_raise_concern(cast.child_sam, summary="Worried")
    case = do_open_case(cast.dsl_priya, concern)
    client = as_person(cast.dsl_priya)
    assert client.post(f"/cases/{case.pk}/", {"kind": "closed", "text": "Done"}).status_code == 302
    page = client.get(f"/cases/{case.pk}/").content.decode()
    assert "Add to the chronology" not in page
    assert client.post(f"/cases/{case.pk}/", {"kind": "note", "text": "More"}).status_code == 403


# C2: contact notes


def test_c2_staff_add_a_note_to_a_person(as_person, cast):
    client = as_person(cast.coach_alex)
    r = client.get(f"/people/{cast.child_sam.pk}/")
    assert r.status_code == 200
    accessible(r)
    r = client.post(f"/people/{cast.child_sam.pk}/", {"text": "Phoned Jo about the trip"})
    assert r.status_code == 302
    note = ContactNote.objects.get()
    assert note.person_id == cast.child_sam.pk and note.author_id == cast.coach_alex.pk
    assert "Phoned Jo about the trip" in client.get(r["Location"]).content.decode()
    assert "Phoned Jo" in as_person(cast.dsl_priya).get(r["Location"]).content.decode()
    assert "Phoned Jo" not in as_person(cast.staff_jordan).get(r["Location"]).content.decode()


def test_c2_children_and_parents_cannot_add_notes(as_person, cast, space):
    r = as_person(cast.child_sam).post(f"/people/{cast.coach_alex.pk}/", {"text": "x"})
    assert r.status_code == 403
    assert not ContactNote.objects.exists()


# S6: photos


def test_s6_upload_hidden_until_consent_then_shown(as_person, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    client = as_person(cast.coach_alex)
    r = client.get("/photos/new/")
    assert r.status_code == 200
    accessible(r)
    r = client.post("/photos/new/", {"file": png(), "depicted": [cast.child_sam.pk]})
    assert r.status_code == 302
    photo_url = r["Location"]
    page = client.get(photo_url).content.decode()
    assert "Not shown" in page and "Sam has no current parental consent" in page
    assert "<img" not in page
    assert client.get(photo_url + "image/").status_code == 409
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=True)
    page = client.get(photo_url).content.decode()
    assert "<img" in page and "showing Sam" in page
    image = client.get(photo_url + "image/")
    assert image.status_code == 200 and image["Content-Type"].startswith("image/")


def test_s6_a_young_person_agrees_to_a_picture_a_peer_posted(as_person, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    do_record_consent(cast.parent_kim, child=cast.child_leo, channel="photos", granted=True)
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="photos", granted=True)
    photo = do_upload_photo(cast.child_sam, png(), [cast.child_sam, cast.child_leo])
    leo = as_person(cast.child_leo)
    page = leo.get(f"/photos/{photo.pk}/").content.decode()
    assert "Leo has not agreed" in page
    assert "I agree to this picture being shown" in page
    assert as_person(cast.child_mia).get(f"/photos/{photo.pk}/").status_code == 404
    assert as_person(cast.child_mia).post(f"/photos/{photo.pk}/agree/").status_code == 404
    r = leo.post(f"/photos/{photo.pk}/agree/")
    assert r.status_code == 302
    page = leo.get(f"/photos/{photo.pk}/").content.decode()
    assert "<img" in page and "I agree" not in page


def test_s6_a_file_that_is_not_a_picture_is_refused_at_the_field(
    as_person, cast, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path
    bad = io.BytesIO(b"not a picture")
    bad.name = "x.png"
    r = as_person(cast.coach_alex).post("/photos/new/", {"file": bad})
    assert r.status_code == 400
    assert 'id="id_file-error"' in r.content.decode()


def test_s6_another_organisations_photo_is_not_found(as_person, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    photo = do_upload_photo(cast.coach_alex, png(), [])
    client = as_person(cast.other_admin_olga)
    assert client.get(f"/photos/{photo.pk}/").status_code == 404
    assert client.get(f"/photos/{photo.pk}/image/").status_code == 404
