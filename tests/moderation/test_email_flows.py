"""D1 and C1 by real email: a local SMTP server receives what the platform sends."""

from __future__ import annotations

import email

import pytest

from chaperone.notifications.tasks import send_due_notifications
from chaperone.orgs.actions import do_record_consent

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]


def received(smtp) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for env in smtp.envelopes:
        msg = email.message_from_bytes(env.original_content)
        for rcpt in env.rcpt_tos:
            out.setdefault(rcpt, []).append(msg["Subject"])
    return out


def test_d1_a_removal_with_a_reason_emails_the_author_the_people_affected_and_the_parents(
    api, cast, smtp, django_capture_on_commit_callbacks
):
    do_record_consent(cast.parent_kim, child=cast.child_leo, channel="email", granted=True)
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Football",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk, cast.child_leo.pk],
        },
    ).json()["id"]
    mid = (
        api(cast.child_leo)
        .post(f"/spaces/{space}/messages", {"body": "Sam never passes, it's so annoying"})
        .json()["id"]
    )
    api(cast.child_sam).post("/reports", {"message_id": mid, "reason": "this upset me"})
    item = api(cast.dsl_priya).get("/review-queue").json()[0]
    with django_capture_on_commit_callbacks(execute=True):
        r = api(cast.dsl_priya).post(
            f"/review-queue/{item['id']}/decision",
            {"decision": "remove", "reason": "unkind to a member"},
        )
    assert r.status_code == 200
    send_due_notifications.call()
    got = received(smtp)
    assert any("Your message was removed" in s for s in got["leo@test.example"])  # the author
    assert "alex@test.example" in got and "jordan@test.example" in got  # people affected
    assert "jo@test.example" in got and "kim@test.example" in got  # parents of both children
    assert "sam@test.example" not in got  # no email consent for Sam: told in the app only
    for env in smtp.envelopes:
        assert len(env.rcpt_tos) == 1  # nobody sees another family's address (M7)
        body = email.message_from_bytes(env.original_content).get_payload(decode=True).decode()
        assert "unkind to a member" in body
        assert "so annoying" not in body  # the removed text is never sent out


def test_c1_a_concern_raised_by_a_young_person_reaches_the_dsl_by_email(
    api, cast, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        r = api(cast.child_sam).post(
            "/concerns", {"summary": "someone asked me to keep a secret", "urgency": "high"}
        )
    assert r.status_code == 201
    send_due_notifications.call()
    got = received(smtp)
    assert list(got) == ["priya@test.example"]
    body = (
        email.message_from_bytes(smtp.envelopes[0].original_content)
        .get_payload(decode=True)
        .decode()
    )
    assert "keep a secret" not in body  # details stay in the app


def test_d1_with_the_server_down_notifications_wait_and_all_arrive_once_it_is_up(
    api, cast, smtp, django_capture_on_commit_callbacks
):
    smtp.stop()
    with django_capture_on_commit_callbacks(execute=True):
        api(cast.child_sam).post("/concerns", {"summary": "worried"})
        api(cast.child_leo).post("/concerns", {"summary": "also worried"})
    send_due_notifications.call()
    assert smtp.envelopes == []
    from chaperone.notifications.models import Notification

    assert Notification.objects.filter(state="queued").count() == 2
    smtp.start()
    from django.utils import timezone

    from chaperone.notifications.sending import send_due

    send_due(now=timezone.now() + timezone.timedelta(hours=1))
    assert len(smtp.envelopes) == 2
    assert Notification.objects.filter(state="sent").count() == 2
