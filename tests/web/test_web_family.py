"""A parent's pages: their children, every copy sent to a child (M2), consents per channel with
grant, withdraw and history (M3), and requests for direct contact to approve or decline (M4)."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from chaperone.messaging.actions import do_open_direct, do_send_message
from chaperone.messaging.facts import current_approval
from chaperone.messaging.models import Delivery
from chaperone.orgs.facts import consent_facts
from chaperone.orgs.models import ConsentEvent
from chaperone.policy import Channel
from tests.web.conftest import football

pytestmark = pytest.mark.django_db


def test_a_parents_home_lists_their_children(as_person, cast):
    page = as_person(cast.parent_jo).get("/").content.decode()
    assert f'href="/children/{cast.child_sam.pk}/"' in page
    assert f'href="/children/{cast.child_mia.pk}/"' in page
    assert f'href="/children/{cast.child_leo.pk}/"' not in page


def test_m2_the_childs_page_shows_every_copy_sent_to_that_child(as_person, cast, all_day_hours):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "Well played today, everyone.")
    do_send_message(cast.staff_jordan, space, "Kit is in the store.")
    jo = as_person(cast.parent_jo)
    page = jo.get(f"/children/{cast.child_sam.pk}/").content.decode()
    assert "Well played today, everyone." in page and "Kit is in the store." in page
    assert "Alex" in page and "Football" in page
    # Mia is in no space: her page has no copies.
    mia = jo.get(f"/children/{cast.child_mia.pk}/").content.decode()
    assert "Well played" not in mia and "No messages have been sent to Mia yet." in mia


def test_m2_an_edited_message_shows_its_latest_text_marked_edited(as_person, cast, all_day_hours):
    from chaperone.messaging.actions import do_edit_message

    space = football(cast)
    message = do_send_message(cast.coach_alex, space, "Trainig is cancelled.").message
    do_edit_message(cast.coach_alex, message, "Training is cancelled.")
    jo = as_person(cast.parent_jo)
    page = jo.get(f"/children/{cast.child_sam.pk}/").content.decode()
    assert "Training is cancelled." in page and ">edited<" in page
    history = jo.get(f"/messages/{message.pk}/").content.decode()
    assert "Trainig is cancelled." in history and "Training is cancelled." in history
    assert "Back to Football" not in history  # Jo is not in that space


@freeze_time("2026-11-23 22:30:00", tick=True)
def test_m6_the_parent_reads_at_once_what_quiet_hours_hold_for_the_child(as_person, cast):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "See you at training.")
    assert Delivery.objects.get(recipient=cast.child_sam).state == "held"
    page = as_person(cast.parent_jo).get(f"/children/{cast.child_sam.pk}/").content.decode()
    assert "See you at training." in page
    assert "Sam gets it Tuesday 24 November 2026, 08:00 (GMT) (M6:" in page


def test_m3_consents_per_channel_with_withdraw_and_grant_and_history(as_person, cast):
    jo = as_person(cast.parent_jo)
    page = jo.get(f"/children/{cast.child_sam.pk}/").content.decode()
    assert "Messages on Chaperone" in page and "Video sessions" in page
    assert "Withdraw<span" in page  # messages are on
    r = jo.post(
        f"/children/{cast.child_sam.pk}/consents/", {"channel": "messages", "granted": "no"}
    )
    assert r.status_code == 302
    assert not consent_facts([cast.child_sam.pk]).has(cast.child_sam.pk, Channel.MESSAGES)
    page = jo.get(r["Location"]).content.decode()
    assert "is withdrawn for Sam" in page
    assert "Jo withdrew consent for messages on chaperone" in page
    assert "Jo granted consent for messages on chaperone" in page
    jo.post(f"/children/{cast.child_sam.pk}/consents/", {"channel": "video", "granted": "yes"})
    assert consent_facts([cast.child_sam.pk]).has(cast.child_sam.pk, Channel.VIDEO)
    assert ConsentEvent.objects.filter(child=cast.child_sam).count() == 3


@freeze_time("2026-11-23 22:30:00", tick=True)
def test_m3_withdrawing_stops_what_was_waiting_at_once(as_person, cast):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "See you at training.")
    as_person(cast.parent_jo).post(
        f"/children/{cast.child_sam.pk}/consents/", {"channel": "messages", "granted": "no"}
    )
    delivery = Delivery.objects.get(recipient=cast.child_sam)
    assert delivery.state == "stopped" and delivery.reason_rule == "M3"
    page = as_person(cast.coach_alex).get(f"/spaces/{space.pk}/").content.decode()
    assert '<span class="rule">M3</span> <strong>Sam</strong>: stopped before delivery' in page


def test_a_bad_consent_form_changes_nothing(as_person, cast):
    before = ConsentEvent.objects.count()
    r = as_person(cast.parent_jo).post(
        f"/children/{cast.child_sam.pk}/consents/", {"channel": "telepathy", "granted": "no"}
    )
    assert r.status_code == 302
    assert ConsentEvent.objects.count() == before


def test_another_parent_cannot_see_or_change_the_child(as_person, cast):
    kim = as_person(cast.parent_kim)
    assert kim.get(f"/children/{cast.child_sam.pk}/").status_code == 403
    kim.post(f"/children/{cast.child_sam.pk}/consents/", {"channel": "messages", "granted": "no"})
    assert consent_facts([cast.child_sam.pk]).has(cast.child_sam.pk, Channel.MESSAGES)


def test_staff_do_not_get_the_parents_page(as_person, cast):
    assert as_person(cast.coach_alex).get(f"/children/{cast.child_sam.pk}/").status_code == 403


def test_m4_a_parent_approves_a_request_for_direct_contact(as_person, cast):
    space = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    approval = current_approval(space)
    jo = as_person(cast.parent_jo)
    home = jo.get("/").content.decode()
    assert "Requests to contact your child" in home
    assert "Alex asks to contact Sam" in home and "county trial" in home
    r = jo.post(f"/contact-requests/{approval.pk}/decision/", {"approved": "yes"})
    assert r.status_code == 302
    approval.refresh_from_db()
    assert approval.approved is True and approval.decided_by_id == cast.parent_jo.pk
    after = jo.get("/").content.decode()
    assert "Approved: Alex may contact Sam" in after
    assert "Requests to contact your child" not in after
    # Kim is not Sam's parent and cannot answer.
    r = as_person(cast.parent_kim).post(
        f"/contact-requests/{approval.pk}/decision/", {"approved": "no"}
    )
    assert r.status_code == 403


def test_m4_a_parent_declines_and_the_staff_member_cannot_write(as_person, cast):
    space = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    approval = current_approval(space)
    as_person(cast.parent_jo).post(f"/contact-requests/{approval.pk}/decision/", {"approved": "no"})
    approval.refresh_from_db()
    assert approval.approved is False
    alex = as_person(cast.coach_alex)
    r = alex.post(f"/spaces/{space.pk}/", {"body": "Hi Sam"})
    assert r.status_code == 409 and '<span class="rule">M4</span>' in r.content.decode()
    # Answering twice is refused politely.
    jo = as_person(cast.parent_jo)
    r = jo.post(f"/contact-requests/{approval.pk}/decision/", {"approved": "yes"}, follow=True)
    assert "answered already" in r.content.decode()
