"""Email notifications: an outbox sent over SMTP, retried, never lost (M3, M7, M2)."""

import datetime as dt
import email

import pytest
from django.core.management import call_command
from django.utils import timezone

from chaperone.notifications.actions import email_parent_copies, notify, notify_many
from chaperone.notifications.models import Notification
from chaperone.notifications.sending import send_due
from chaperone.notifications.tasks import send_due_notifications
from chaperone.orgs.actions import do_record_consent

pytestmark = [pytest.mark.smtp, pytest.mark.django_db]


def _parsed(envelope):
    return email.message_from_bytes(envelope.original_content)


def _all_headers(msg) -> str:
    return "\n".join(f"{k}: {v}" for k, v in msg.items())


def test_a_notification_arrives(cast, smtp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        row = notify(
            cast.coach_alex,
            kind="test",
            subject="Training moved",
            body="Training is at 6pm on Thursday.",
            organisation=cast.coach_alex.organisation,
        )
    assert callbacks, "a send is queued when the transaction commits"
    assert row.state == Notification.State.QUEUED
    send_due_notifications.call()
    [env] = smtp.envelopes
    assert env.rcpt_tos == ["alex@test.example"]
    msg = _parsed(env)
    assert msg["To"] == "alex@test.example"
    assert msg["Subject"] == "Training moved"
    assert "Training is at 6pm on Thursday." in msg.get_payload(decode=True).decode()
    row.refresh_from_db()
    assert row.state == Notification.State.SENT
    assert row.sent_at is not None and row.attempts == 1


def test_a_down_server_keeps_the_row_and_the_sweep_sends_it_once(cast, smtp):
    smtp.stop()
    row = notify(
        cast.parent_jo,
        kind="test",
        subject="Kit list",
        body="Bring boots.",
        organisation=cast.parent_jo.organisation,
    )
    report = send_due()
    assert report.failed == 1 and report.sent == 0
    row.refresh_from_db()
    assert row.state == Notification.State.QUEUED
    assert row.attempts == 1
    assert row.last_error
    assert row.next_attempt_at > timezone.now()

    # Not due yet: a sweep straight away leaves it waiting.
    assert send_due().failed == 0
    row.refresh_from_db()
    assert row.attempts == 1

    # A second failure waits longer (exponential backoff).
    first_wait = row.next_attempt_at
    send_due(now=first_wait + dt.timedelta(seconds=1))
    row.refresh_from_db()
    assert row.attempts == 2
    assert row.next_attempt_at - first_wait > dt.timedelta(minutes=1)

    smtp.start()
    later = timezone.now() + dt.timedelta(hours=7)
    assert send_due(now=later).sent == 1
    assert send_due(now=later + dt.timedelta(hours=7)).sent == 0
    assert len(smtp.envelopes) == 1
    assert smtp.envelopes[0].rcpt_tos == ["jo@test.example"]
    row.refresh_from_db()
    assert row.state == Notification.State.SENT
    assert row.attempts == 3


def test_the_sweep_command_sends_what_is_due(cast, smtp):
    notify(
        cast.parent_kim,
        kind="test",
        subject="Hello",
        body="Hi",
        organisation=cast.parent_kim.organisation,
    )
    call_command("send_notifications", verbosity=0)
    call_command("send_notifications", verbosity=0)
    assert [e.rcpt_tos for e in smtp.envelopes] == [["kim@test.example"]]


def test_a_mass_notice_hides_recipients_from_each_other(cast, smtp, admin_parents):
    rows = notify_many(
        admin_parents,
        kind="notice",
        subject="Club closed on Friday",
        body="The hall is closed.",
        organisation=cast.admin_asha.organisation,
    )
    assert len(rows) == 3
    assert send_due().sent == 3
    envelopes = smtp.envelopes
    assert len(envelopes) == 3
    addresses = {p.email for p in admin_parents}
    seen = set()
    for env in envelopes:
        assert len(env.rcpt_tos) == 1
        [me] = env.rcpt_tos
        seen.add(me)
        headers = _all_headers(_parsed(env))
        for other in addresses - {me}:
            assert other not in headers
            assert other not in env.original_content.decode()
        assert "Cc:" not in headers
    assert seen == addresses


@pytest.fixture
def admin_parents(cast):
    from chaperone.orgs.actions import do_create_person

    third = do_create_person(
        cast.admin_asha, email="lee@test.example", display_name="Lee", role="parent"
    )
    return [cast.parent_jo, cast.parent_kim, third]


def test_a_child_without_email_consent_gets_nothing(cast, smtp):
    row = notify(
        cast.child_sam,
        kind="test",
        subject="Hi Sam",
        body="Hello",
        organisation=cast.child_sam.organisation,
    )
    assert row.state == Notification.State.SKIPPED
    assert "M3" in row.skip_reason
    assert send_due().sent == 0
    assert smtp.envelopes == []


def test_a_child_with_email_consent_is_emailed_at_their_contact_address(cast, smtp):
    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="email", granted=True)
    notify(
        cast.child_sam,
        kind="test",
        subject="Hi Sam",
        body="Hello",
        organisation=cast.child_sam.organisation,
    )
    send_due()
    assert [e.rcpt_tos for e in smtp.envelopes] == [["sam.home@test.example"]]

    do_record_consent(cast.parent_jo, child=cast.child_sam, channel="email", granted=False)
    row = notify(
        cast.child_sam,
        kind="test",
        subject="Again",
        body="Hello",
        organisation=cast.child_sam.organisation,
    )
    assert row.state == Notification.State.SKIPPED
    send_due()
    assert len(smtp.envelopes) == 1


def test_inactive_people_get_nothing(cast, smtp):
    cast.volunteer_chris.is_active = False
    cast.volunteer_chris.save()
    row = notify(
        cast.volunteer_chris,
        kind="test",
        subject="Hi",
        body="Hello",
        organisation=cast.volunteer_chris.organisation,
    )
    assert row.state == Notification.State.SKIPPED
    assert send_due().sent == 0
    assert smtp.envelopes == []


def test_parents_who_chose_email_copies_get_one(cast, smtp):
    from chaperone.messaging.models import Delivery, Message, MessageVersion, Space

    jo = cast.parent_jo
    jo.email_copies = True
    jo.save()
    org = cast.admin_asha.organisation
    space = Space.objects.create(
        organisation=org, kind="group", name="Under 16s", created_by=cast.coach_alex
    )
    message = Message.objects.create(organisation=org, space=space, sender=cast.coach_alex)
    MessageVersion.objects.create(
        organisation=org,
        message=message,
        number=1,
        body="Well played today!",
        edited_by=cast.coach_alex,
    )
    deliveries = [
        Delivery.objects.create(
            organisation=org,
            message=message,
            recipient=cast.child_sam,
            kind="recipient",
            state="delivered",
        ),
        Delivery.objects.create(
            organisation=org,
            message=message,
            recipient=jo,
            kind="parent_copy",
            for_child=cast.child_sam,
            state="delivered",
        ),
        Delivery.objects.create(
            organisation=org,
            message=message,
            recipient=cast.parent_kim,
            kind="parent_copy",
            for_child=cast.child_leo,
            state="delivered",
        ),
    ]
    rows = email_parent_copies(message, deliveries)
    assert [r.recipient for r in rows] == [jo]
    send_due()
    [env] = smtp.envelopes
    assert env.rcpt_tos == ["jo@test.example"]
    msg = _parsed(env)
    assert "Under 16s" in msg["Subject"]
    assert "Well played today!" in msg.get_payload(decode=True).decode()


def test_the_task_queue_sends_after_commit(
    cast, smtp, run_task_worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify_many(
            [cast.coach_alex, cast.staff_jordan],
            kind="test",
            subject="Rota",
            body="You are on Saturday.",
            organisation=cast.coach_alex.organisation,
        )
    run_task_worker()
    assert sorted(e.rcpt_tos[0] for e in smtp.envelopes) == [
        "alex@test.example",
        "jordan@test.example",
    ]
    assert not Notification.objects.filter(state=Notification.State.QUEUED).exists()


def test_nothing_is_written_or_sent_when_the_action_rolls_back(cast, smtp):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        notify(
            cast.coach_alex,
            kind="test",
            subject="Never",
            body="Never",
            organisation=cast.coach_alex.organisation,
        )
        raise RuntimeError("the action failed")
    assert not Notification.objects.exists()
    assert send_due().sent == 0
