"""Work that happens later: releasing what quiet hours held (M6)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from django_tasks import task

log = logging.getLogger(__name__)


@task()
def release_due_deliveries() -> dict:
    from chaperone.messaging.actions.release import do_release_due

    report = do_release_due()
    return {"released": report.released, "stopped": report.stopped, "waiting": report.waiting}


def schedule_release(times: Iterable[datetime]) -> None:
    """Queue a release for each moment hours start. A queue that is down loses nothing: the held
    deliveries stay in the database with their time, and the next sweep sends them."""
    for at in times:
        try:
            release_due_deliveries.using(run_after=at).enqueue()
        except Exception:  # noqa: BLE001 - the sweep at start-up catches anything not queued
            log.exception("could not queue the release at %s; the next sweep will send it", at)
