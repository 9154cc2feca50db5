"""A cast of named people in two organisations, built through the real actions, and an API
client that speaks as any of them with a bearer token."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest
from django.test import Client
from freezegun import freeze_time

from chaperone.orgs.actions import (
    do_create_organisation,
    do_create_person,
    do_create_token,
    do_link_guardian,
    do_record_consent,
)
from chaperone.orgs.models import Person

MONDAY_NOON = "2026-11-23 12:00:00"  # London is on UTC in November


@pytest.fixture
def clock():
    with freeze_time(MONDAY_NOON, tick=True) as frozen:
        yield frozen


@dataclass
class Cast:
    admin_asha: Person
    dsl_priya: Person
    coach_alex: Person
    staff_jordan: Person
    volunteer_chris: Person
    parent_jo: Person
    parent_kim: Person
    child_sam: Person  # 14, Jo's
    child_mia: Person  # 11, Jo's
    child_leo: Person  # 17, Kim's
    adult_rowan: Person  # 19
    other_admin_olga: Person  # another organisation
    other_child_oscar: Person


def _person(admin, key, name, role, dob=None, **kw):
    return do_create_person(
        admin, email=f"{key}@test.example", display_name=name, role=role, date_of_birth=dob, **kw
    )


@pytest.fixture
def cast(db, clock) -> Cast:
    org, asha = do_create_organisation(
        name="Riverside", slug="riverside", admin_email="asha@test.example", admin_name="Asha"
    )
    people = dict(
        dsl_priya=_person(asha, "priya", "Priya", "dsl"),
        coach_alex=_person(asha, "alex", "Alex", "staff"),
        staff_jordan=_person(asha, "jordan", "Jordan", "staff"),
        volunteer_chris=_person(asha, "chris", "Chris", "volunteer"),
        parent_jo=_person(asha, "jo", "Jo", "parent"),
        parent_kim=_person(asha, "kim", "Kim", "parent"),
        child_sam=_person(
            asha,
            "sam",
            "Sam",
            "young_person",
            dt.date(2012, 5, 1),
            phone="07700 900123",
            contact_email="sam.home@test.example",
        ),
        child_mia=_person(asha, "mia", "Mia", "young_person", dt.date(2015, 5, 1)),
        child_leo=_person(asha, "leo", "Leo", "young_person", dt.date(2009, 5, 1)),
        adult_rowan=_person(asha, "rowan", "Rowan", "adult_participant", dt.date(2007, 1, 1)),
    )
    org.welfare_lead = people["dsl_priya"]
    org.save()
    for guardian, child in [
        ("parent_jo", "child_sam"),
        ("parent_jo", "child_mia"),
        ("parent_kim", "child_leo"),
    ]:
        do_link_guardian(asha, guardian=people[guardian], child=people[child])
    do_record_consent(
        people["parent_jo"], child=people["child_sam"], channel="messages", granted=True
    )
    do_record_consent(
        people["parent_kim"], child=people["child_leo"], channel="messages", granted=True
    )
    _, olga = do_create_organisation(
        name="Elsewhere", slug="elsewhere", admin_email="olga@other.example", admin_name="Olga"
    )
    oscar = do_create_person(
        olga,
        email="oscar@other.example",
        display_name="Oscar",
        role="young_person",
        date_of_birth=dt.date(2012, 1, 1),
    )
    return Cast(admin_asha=asha, other_admin_olga=olga, other_child_oscar=oscar, **people)


class Api:
    """Speaks to /api/v1 as one person, with a real bearer token."""

    def __init__(self, person: Person):
        _, key = do_create_token(person, person)
        self.client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
        self.person = person

    def _call(self, method, path, body=None, raw=None):
        kwargs = {}
        if body is not None or raw is not None:
            kwargs = {
                "data": raw if raw is not None else json.dumps(body),
                "content_type": "application/json",
            }
        return getattr(self.client, method)(f"/api/v1{path}", **kwargs)

    def get(self, path):
        return self._call("get", path)

    def post(self, path, body=None, raw=None):
        return self._call("post", path, body, raw)

    def patch(self, path, body=None):
        return self._call("patch", path, body)

    def delete(self, path):
        return self._call("delete", path)


@pytest.fixture
def api():
    return Api


@pytest.fixture
def run_task_worker(monkeypatch):
    """Run the real database task worker until no task is due. The test's own transaction wraps
    the database connection, so the worker must not close it between tasks."""
    from django.core.management import call_command

    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    return run
