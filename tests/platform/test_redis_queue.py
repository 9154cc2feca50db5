"""Scale-out: the release of held messages scheduled on Redis and run by an RQ worker (M6)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


def test_m6_release_is_scheduled_on_redis_and_run_by_an_rq_worker(
    api, cast, clock, settings, django_capture_on_commit_callbacks
):
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = django_rq.get_queue("default", job_class=Job)
    queue.connection.flushdb()
    alex = api(cast.coach_alex)
    space = alex.post(
        "/spaces",
        {
            "kind": "group",
            "name": "Football",
            "member_ids": [cast.staff_jordan.pk, cast.child_sam.pk],
        },
    ).json()
    clock.move_to("2026-11-23 22:00:00")
    with django_capture_on_commit_callbacks(execute=True):
        r = alex.post(f"/spaces/{space['id']}/messages", {"body": "Kick-off is at 10"})
    assert r.json()["status"] == "held"
    registry = queue.scheduled_job_registry
    [job_id] = registry.get_job_ids()
    when = registry.get_scheduled_time(job_id)
    assert when.replace(tzinfo=dt.UTC) == dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    # Hours start: the scheduler moves the job to the queue and a worker runs it.
    clock.move_to("2026-11-24 08:00:30")
    job = queue.fetch_job(job_id)
    registry.remove(job)
    queue.enqueue_job(job)
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    inbox = api(cast.child_sam).get("/inbox").json()
    assert [i["body"] for i in inbox] == ["Kick-off is at 10"]
    queue.connection.flushdb()
