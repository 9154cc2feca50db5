"""Sending due outbox rows over SMTP, each in its own message, retried with backoff on failure."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.utils import timezone

from chaperone.notifications.models import Notification

log = logging.getLogger(__name__)

#: How long a sender holds a row it is sending before another sender may take it.
LEASE = dt.timedelta(minutes=5)
FIRST_RETRY = dt.timedelta(minutes=1)
LONGEST_WAIT = dt.timedelta(hours=6)
BATCH = 200


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    waiting: int = 0

    def as_dict(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "waiting": self.waiting}


def backoff(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failure: 1, 2, 4, 8 ... minutes, at most six hours."""
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), LONGEST_WAIT)


def build_email(row: Notification) -> EmailMessage:
    """One message to one address: a notice never shows who else received it (M7)."""
    return EmailMessage(
        subject=row.subject,
        body=row.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[row.to_address],
        headers={"Auto-Submitted": "auto-generated", "X-Chaperone-Kind": row.kind},
    )


def _claim(row_id: int, now: dt.datetime) -> bool:
    """Take a row for sending: only one sender wins, however many sweeps run at once."""
    return (
        Notification.objects.filter(
            pk=row_id, state=Notification.State.QUEUED, next_attempt_at__lte=now
        ).update(next_attempt_at=now + LEASE)
        == 1
    )


def send_due(now: dt.datetime | None = None, limit: int = BATCH) -> SendReport:
    """Send every queued row whose time has come. A failure keeps the row queued, counts the
    attempt, keeps the error and waits longer before the next try; nothing is ever dropped."""
    now = now or timezone.now()
    report = SendReport()
    ids = list(
        Notification.objects.filter(state=Notification.State.QUEUED, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    retry_at: dt.datetime | None = None
    for row_id in ids:
        if not _claim(row_id, now):
            continue
        row = Notification.objects.get(pk=row_id)
        try:
            build_email(row).send(fail_silently=False)
        except Exception as exc:  # noqa: BLE001 - any failure is recorded and retried
            attempts = row.attempts + 1
            at = now + backoff(attempts)
            Notification.objects.filter(pk=row_id).update(
                attempts=F("attempts") + 1,
                last_error=f"{type(exc).__name__}: {exc}"[:500],
                next_attempt_at=at,
            )
            retry_at = at if retry_at is None else min(retry_at, at)
            report.failed += 1
            log.warning("notification %s not sent (attempt %s): %s", row_id, attempts, exc)
            continue
        Notification.objects.filter(pk=row_id).update(
            state=Notification.State.SENT,
            attempts=F("attempts") + 1,
            last_error="",
            sent_at=timezone.now(),
        )
        report.sent += 1
    report.waiting = Notification.objects.filter(state=Notification.State.QUEUED).count()
    if retry_at is not None or len(ids) == limit:
        from chaperone.notifications.tasks import schedule_send

        if len(ids) == limit:
            schedule_send()  # more may be due than one batch holds
        if retry_at is not None:
            schedule_send(retry_at)
    return report
