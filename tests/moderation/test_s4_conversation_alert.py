"""S4 in the message flow: grooming is scored over the space's conversation, and the lead gets
a concern about the person whose messages carry the pattern, with the evidence."""

from __future__ import annotations

import pytest

from chaperone.audit.event_types import EventType
from chaperone.audit.models import AuditEntry
from chaperone.cases.models import Concern

pytestmark = pytest.mark.django_db


@pytest.fixture
def club_chat(api, cast):
    space = api(cast.coach_alex).post(
        "/spaces",
        {
            "kind": "group",
            "name": "Under-15s",
            "member_ids": [cast.volunteer_chris.pk, cast.child_sam.pk, cast.child_leo.pk],
        },
    )
    assert space.status_code == 201, space.json()
    return space.json()["id"]


def say(api, person, space, body):
    r = api(person).post(f"/spaces/{space}/messages", {"body": body})
    assert r.status_code in (200, 201), r.json()
    return r.json()


def test_s4_a_grooming_pattern_across_messages_alerts_the_lead(api, cast, club_chat):
    chris, sam = cast.volunteer_chris, cast.child_sam
    say(api, chris, club_chat, "great game today sam, how old are you now?")
    say(api, sam, club_chat, "14 lol")
    say(api, chris, club_chat, "is your mum home tonight?")
    assert not Concern.objects.filter(category="grooming").exists()  # probing, not yet a pattern
    say(api, chris, club_chat, "dont tell your mum we chat, it's our little secret")

    concern = Concern.objects.get(category="grooming")
    assert concern.about == chris  # the adult whose messages carry it, not the child
    assert concern.routed_to == cast.dsl_priya
    assert concern.source == Concern.Source.SCREENING
    assert "our little secret" in concern.summary and "secrecy" in concern.summary
    assert "14 lol" not in concern.summary and "how old are you" in concern.summary
    assert concern.frozen_context["message"]["versions"][0]["body"].startswith("dont tell")
    assert AuditEntry.objects.filter(
        event_type=EventType.CONCERN_RAISED, object_id=str(concern.pk)
    ).exists()

    say(api, chris, club_chat, "send me a pic of you after training")
    assert Concern.objects.filter(category="grooming").count() == 1  # one alert a day


def test_s4_an_ordinary_club_conversation_raises_nothing(api, cast, club_chat):
    coach, sam, leo = cast.coach_alex, cast.child_sam, cast.child_leo
    say(api, coach, club_chat, "how old is everyone? the league needs ages for the new squads")
    say(api, sam, club_chat, "14")
    say(api, leo, club_chat, "17, still under-18s?")
    say(api, coach, club_chat, "yes. meet at the clubhouse at 10 on saturday, bring your boots")
    say(api, sam, club_chat, "is it the sports hall or the field?")
    say(api, coach, club_chat, "the field. parents can pick you up at 12")
    assert not Concern.objects.filter(category="grooming").exists()


def test_s4_a_staff_secret_alone_is_held_and_the_lead_told_once(api, cast, club_chat):
    """From a member of staff to young people one message is enough: "keep this between us" is
    held and the lead gets one concern about the sender; the conversation alert that follows
    stands for the message's own concern rather than adding a second."""
    chris = cast.volunteer_chris
    sent = say(api, chris, club_chat, "sam, let's keep this between us ok")
    assert sent["status"] == "held" and sent["delivered_to"] == [], sent
    assert sent["reasons"] == [{"rule": "S4", "why": "grooming: secrecy"}]
    concern = Concern.objects.get(category="grooming")
    assert concern.about == chris and concern.routed_to == cast.dsl_priya
    say(api, chris, club_chat, "and don't tell your mum i messaged")
    assert Concern.objects.filter(category="grooming").count() == 1
