"""The pages as a member of staff meets them: sign in, my spaces, read and send, what happened to
a message (delivered, held until when and why, refused with every reason, M11 warnings), edit
with versions (M9), and asking for direct contact (M1, M4)."""

from __future__ import annotations

import datetime as dt

import pytest
from freezegun import freeze_time

from chaperone.audit.models import AuditEntry
from chaperone.messaging.actions import do_open_direct, do_send_message
from chaperone.messaging.models import Delivery, Message, MessageVersion, Space
from chaperone.orgs.actions import do_record_consent
from chaperone.orgs.models import Organisation, Person
from tests.web.conftest import PASSWORD, football, shape, with_password

pytestmark = pytest.mark.django_db


def send(client, space, body, **extra):
    return client.post(f"/spaces/{space.pk}/", {"body": body, **extra})


def test_signing_in_with_a_password_leads_to_my_spaces(client, cast):
    with_password(cast.coach_alex)
    space = football(cast)
    assert client.get("/").status_code == 302
    r = client.post("/login/", {"username": "ALEX@test.example", "password": PASSWORD})
    assert r.status_code == 302 and r["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    assert f'href="/spaces/{space.pk}/"' in home.content.decode()
    assert "Football" in home.content.decode()


def test_a_wrong_password_says_so_and_signs_no_one_in(client, cast):
    with_password(cast.coach_alex)
    r = client.post("/login/", {"username": "alex@test.example", "password": "nope"})
    assert r.status_code == 400
    assert "Could not sign you in" in r.content.decode()
    assert client.get("/").status_code == 302


def test_sign_in_goes_back_to_the_page_asked_for_but_never_off_site(client, cast):
    with_password(cast.coach_alex)
    space = football(cast)
    r = client.get(f"/spaces/{space.pk}/")
    assert r.status_code == 302 and r["Location"].startswith("/login/?next=")
    r = client.post(
        "/login/",
        {"username": "alex@test.example", "password": PASSWORD, "next": f"/spaces/{space.pk}/"},
    )
    assert r["Location"] == f"/spaces/{space.pk}/"
    client.post("/logout/")
    r = client.post(
        "/login/",
        {"username": "alex@test.example", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert r["Location"] == "/"


def test_sign_out_is_a_post_and_ends_the_session(as_person, cast):
    client = as_person(cast.coach_alex)
    assert client.get("/logout/").status_code == 405
    assert client.post("/logout/").status_code == 302
    assert client.get("/").status_code == 302


def test_the_space_page_shows_members_managers_and_messages_newest_last(as_person, cast):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "First: kit is in the store.")
    do_send_message(cast.coach_alex, space, "Second: well played today.")
    r = as_person(cast.child_sam).get(f"/spaces/{space.pk}/")
    page = r.content.decode()
    assert r.status_code == 200
    assert page.index("First: kit") < page.index("Second: well played")
    assert "managed by Alex" in page
    assert "Leo" in page and "Sam" in page
    # A young person never sees the staff view of deliveries.
    assert "Not delivered to everyone yet" not in page


def test_m2_sending_says_delivered_and_counts_the_parent_copies(as_person, cast, all_day_hours):
    space = football(cast)
    client = as_person(cast.coach_alex)
    r = send(client, space, "Well played today, everyone.")
    assert r.status_code == 302 and r["Location"] == f"/spaces/{space.pk}/#notice"
    page = client.get(r["Location"]).content.decode()
    assert '<h2 id="notice-title">Delivered</h2>' in page
    assert "Delivered to 3 members, with 2 copies to parents" in page
    assert "Well played today, everyone." in page
    # The notice is shown once, not on every later visit.
    assert "Delivered to 3 members" not in client.get(f"/spaces/{space.pk}/").content.decode()


def test_m3_a_child_without_consent_is_named_as_not_reached_with_the_rule(
    as_person, cast, all_day_hours
):
    space = football(cast)
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="messages", granted=False)
    client = as_person(cast.coach_alex)
    page = client.get(send(client, space, "Training moves indoors.")["Location"]).content.decode()
    assert "Delivered, but not to everyone" in page
    assert "Not reached" in page
    assert '<span class="rule">M3</span> <strong>Sam</strong>' in page
    # And under Alex's own message, which delivery did not go.
    assert "Not delivered to everyone yet" in page


@freeze_time("2026-11-23 22:30:00", tick=True)  # a Monday, after hours in London
def test_m6_held_until_hours_start_in_the_organisations_local_time_with_m11(as_person, cast):
    space = football(cast)
    client = as_person(cast.coach_alex)
    page = client.get(send(client, space, "See you at training.")["Location"]).content.decode()
    assert "Held: not everyone has it yet" in page
    assert '<span class="rule">M6</span> <strong>Sam</strong>' in page
    assert "goes Tuesday 24 November 2026, 08:00 (GMT)" in page
    # M11: the late timing is a warning with its rule.
    assert "Warnings about tone or timing" in page
    assert '<span class="rule">M11</span>' in page
    # Staff see the held deliveries of their own messages, and until when.
    assert "held until Tuesday 24 November 2026, 08:00 (GMT)" in page
    home = client.get("/").content.decode()
    assert "Your messages still waiting" in home and "Sam" in home


@freeze_time("2026-11-23 12:00:00", tick=True)
def test_times_are_shown_in_the_organisations_time_zone(as_person, cast):
    Organisation.objects.filter(pk=cast.coach_alex.organisation_id).update(timezone="Asia/Tokyo")
    space = football(cast)
    client = as_person(cast.coach_alex)
    page = client.get(send(client, space, "Hello from Tokyo.")["Location"]).content.decode()
    # Noon UTC is 21:00 in Tokyo: after hours there, held until 08:00 Tokyo time.
    assert "Mon 23 Nov, 21:00" in page
    assert "Tuesday 24 November 2026, 08:00 (JST)" in page


def test_m4_a_refusal_lists_every_reason_and_keeps_the_text(as_person, cast, all_day_hours):
    space = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    client = as_person(cast.coach_alex)
    before = Message.objects.count()
    r = send(client, space, "Hi Sam, about the trial")
    page = r.content.decode()
    assert r.status_code == 409
    assert "Not sent: nothing was delivered" in page
    assert '<span class="rule">M4</span>' in page
    assert 'role="alert"' in page
    assert "Hi Sam, about the trial</textarea>" in page
    assert Message.objects.count() == before
    assert "waiting for a parent&#x27;s answer" in page or "waiting for a parent's answer" in page


def test_an_empty_message_is_a_form_error_and_changes_nothing(as_person, cast):
    space = football(cast)
    r = send(as_person(cast.coach_alex), space, "   ")
    assert r.status_code == 400
    assert "Error:" in r.content.decode()
    assert 'aria-describedby="id_body-error"' in r.content.decode()
    assert not Message.objects.exists()


def test_a_lead_reads_a_space_without_being_in_it_but_cannot_send(as_person, cast):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "Kit is in the store.")
    client = as_person(cast.dsl_priya)
    r = client.get(f"/spaces/{space.pk}/")
    assert r.status_code == 200 and "Kit is in the store." in r.content.decode()
    assert "Send a message" not in r.content.decode()
    assert send(client, space, "hello").status_code == 403


def test_someone_outside_a_space_cannot_see_it(as_person, cast):
    space = football(cast)
    r = as_person(cast.parent_kim).get(f"/spaces/{space.pk}/")
    assert r.status_code == 403
    assert "You cannot do that" in r.content.decode()


def test_m9_editing_adds_a_version_and_shows_edited_with_the_history(
    as_person, cast, all_day_hours
):
    space = football(cast)
    message = do_send_message(cast.coach_alex, space, "Trainig is cancelled.").message
    client = as_person(cast.coach_alex)
    r = client.get(f"/messages/{message.pk}/")
    assert r.status_code == 200 and "Edit your message" in r.content.decode()
    r = client.post(f"/messages/{message.pk}/", {"body": "Training is cancelled."})
    assert r.status_code == 302
    assert list(MessageVersion.objects.filter(message=message).values_list("body", flat=True)) == [
        "Trainig is cancelled.",
        "Training is cancelled.",
    ]
    page = as_person(cast.child_sam).get(f"/spaces/{space.pk}/").content.decode()
    assert "Training is cancelled." in page and ">edited<" in page
    history = as_person(cast.child_sam).get(f"/messages/{message.pk}/").content.decode()
    assert "Version 1" in history and "Trainig is cancelled." in history
    assert "Version 2" in history and "(current)" in history
    assert "Edit your message" not in history


def test_m9_only_the_author_edits_and_nothing_can_be_deleted(as_person, cast):
    space = football(cast)
    message = do_send_message(cast.coach_alex, space, "Kit is in the store.").message
    sam = as_person(cast.child_sam)
    assert sam.post(f"/messages/{message.pk}/", {"body": "changed"}).status_code == 403
    alex = as_person(cast.coach_alex)
    assert alex.delete(f"/messages/{message.pk}/").status_code == 405
    assert alex.delete(f"/spaces/{space.pk}/").status_code == 405
    assert MessageVersion.objects.filter(message=message).count() == 1
    for url in ("/", f"/spaces/{space.pk}/", f"/messages/{message.pk}/"):
        page = alex.get(url).content.decode()
        assert ">Delete" not in page and "/delete" not in page


def test_m1_asking_for_direct_contact_opens_a_supervised_space(as_person, cast):
    client = as_person(cast.coach_alex)
    form = client.get("/direct/").content.decode()
    assert f'<option value="{cast.child_sam.pk}">Sam (young person, 14)</option>' in form
    r = client.post("/direct/", {"person": cast.child_sam.pk, "purpose": "county trial"})
    space = Space.objects.get(kind="supervised")
    assert r.status_code == 302 and r["Location"] == f"/spaces/{space.pk}/"
    page = client.get(r["Location"]).content.decode()
    assert "supervised space" in page
    assert "Jo" in page and "Priya" in page
    assert "waiting for a parent" in page


def test_m1_direct_contact_refused_without_a_second_adult_says_why(as_person, cast):
    Person.objects.filter(role__in=["dsl", "admin"]).update(is_active=False)
    Person.objects.filter(pk=cast.staff_jordan.pk).update(is_active=False)
    r = as_person(cast.coach_alex).post(
        "/direct/", {"person": cast.child_sam.pk, "purpose": "trial"}
    )
    assert r.status_code == 409
    assert "Direct contact cannot be opened" in r.content.decode()
    assert '<span class="rule">M1</span>' in r.content.decode()
    assert not Space.objects.filter(kind="supervised").exists()


def test_a_young_person_sees_only_the_organisations_adults_to_ask_for(as_person, cast):
    page = as_person(cast.child_sam).get("/direct/").content.decode()
    assert "Alex (staff)" in page
    assert "Leo" not in page and "Jo (parent" not in page


def test_creating_a_group_runs_the_membership_rules(as_person, cast):
    client = as_person(cast.coach_alex)
    r = client.post(
        "/spaces/new/", {"kind": "group", "name": "Just us", "members": [cast.child_sam.pk]}
    )
    assert r.status_code == 409 and '<span class="rule">M1</span>' in r.content.decode()
    r = client.post(
        "/spaces/new/",
        {
            "kind": "group",
            "name": "Juniors",
            "members": [cast.staff_jordan.pk, cast.child_sam.pk, cast.child_mia.pk],
        },
    )
    assert r.status_code == 409 and '<span class="rule">G6</span>' in r.content.decode()
    r = client.post(
        "/spaces/new/",
        {
            "kind": "group",
            "name": "Seniors",
            "members": [cast.child_sam.pk, cast.child_leo.pk, cast.staff_jordan.pk],
        },
    )
    space = Space.objects.get(name="Seniors")
    assert r.status_code == 302 and r["Location"] == f"/spaces/{space.pk}/"
    assert as_person(cast.parent_jo).get("/spaces/new/").status_code == 403


def test_staff_can_ask_the_parents_again_in_a_declined_supervised_space(as_person, cast):
    from chaperone.messaging.actions import do_decide_contact
    from chaperone.messaging.facts import current_approval

    space = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    do_decide_contact(cast.parent_jo, current_approval(space), approved=False)
    client = as_person(cast.coach_alex)
    assert "Ask the parents again" in client.get(f"/spaces/{space.pk}/").content.decode()
    r = client.post(f"/spaces/{space.pk}/ask-again/", {"purpose": "trial on Saturday"})
    assert r.status_code == 302
    assert current_approval(space).purpose == "trial on Saturday"
    assert current_approval(space).approved is None


def test_m8_a_reply_to_an_announcement_goes_to_the_staff_inbox_with_a_kind_answer(
    as_person, cast, all_day_hours
):
    from chaperone.messaging.actions import do_create_space

    do_create_space(
        cast.coach_alex, kind="staff_inbox", name="Staff inbox", members=[cast.staff_jordan]
    )
    news = do_create_space(
        cast.coach_alex,
        kind="announcement",
        name="News",
        members=[cast.staff_jordan, cast.child_sam, cast.child_leo],
    )
    client = as_person(cast.child_sam)
    page = client.get(
        send(client, news, "Can I bring a friend to training?")["Location"]
    ).content.decode()
    assert "Redirected: sent to the staff team" in page
    assert '<span class="rule">M8</span>' in page
    assert "Automatic answer" in page and "welfare lead" in page


def test_every_send_and_edit_is_on_the_audit_chain(as_person, cast, all_day_hours):
    space = football(cast)
    client = as_person(cast.coach_alex)
    send(client, space, "Kit is in the store.")
    message = Message.objects.get()
    client.post(f"/messages/{message.pk}/", {"body": "Kit is in the shed."})
    types = set(AuditEntry.objects.values_list("event_type", flat=True))
    from chaperone.audit.event_types import EventType

    assert {EventType.MESSAGE_SENT, EventType.MESSAGE_EDITED} <= types
    assert Delivery.objects.filter(message=message).count() == 5  # Jordan, Sam, Leo, Jo, Kim


def test_times_on_the_page_are_machine_readable_too(as_person, cast):
    space = football(cast)
    do_send_message(cast.coach_alex, space, "Kit is in the store.")
    page = as_person(cast.coach_alex).get(f"/spaces/{space.pk}/")
    assert shape(page).has("time")
    assert dt.date.today().year > 2000  # the page rendered in the organisation's zone


@freeze_time("2026-11-23 22:30:00", tick=True)
def test_m6_the_safeguarding_lead_may_send_now_with_a_reason_on_the_record(as_person, cast):
    from chaperone.messaging.actions import do_decide_contact
    from chaperone.messaging.facts import current_approval

    space = do_open_direct(cast.coach_alex, cast.child_sam, purpose="county trial")
    do_decide_contact(cast.parent_jo, current_approval(space), approved=True)
    priya = as_person(cast.dsl_priya)
    assert "Send now despite quiet hours" in priya.get(f"/spaces/{space.pk}/").content.decode()
    r = send(priya, space, "Sam, the trial has moved.", override_reason="trial moved tonight")
    page = priya.get(r["Location"]).content.decode()
    assert '<h2 id="notice-title">Delivered</h2>' in page
    assert "quiet hours overridden by Priya" in page
    assert Delivery.objects.get(recipient=cast.child_sam).state == "delivered"
    # Anyone else asking to override is refused with the rule.
    alex = as_person(cast.coach_alex)
    assert "Send now despite quiet hours" not in alex.get(f"/spaces/{space.pk}/").content.decode()
    r = send(alex, space, "Me too", override_reason="please")
    assert r.status_code == 409 and '<span class="rule">M6</span>' in r.content.decode()
