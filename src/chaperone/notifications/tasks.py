"""Sending what the outbox holds (M7: one message per recipient, never a shared list)."""

from __future__ import annotations

import logging
from datetime import datetime

from django_tasks import task

log = logging.getLogger(__name__)


@task()
def send_due_notifications() -> dict:
    from chaperone.notifications.sending import send_due

    return send_due().as_dict()


def schedule_send(at: datetime | None = None) -> None:
    """Queue a send, now or at ``at``. A queue that is down loses nothing: the rows stay queued
    in the outbox and the ``send_notifications`` sweep sends them."""
    try:
        if at is None:
            send_due_notifications.enqueue()
        else:
            send_due_notifications.using(run_after=at).enqueue()
    except Exception:  # noqa: BLE001 - the sweep sends anything not queued
        log.exception("could not queue sending notifications; the next sweep will send them")
