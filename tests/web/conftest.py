"""The pages' tests use the platform's cast (tests/platform/conftest.py) and sign people in
through the real sign-in page or the test client."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from django.test import Client

from chaperone.messaging.actions import do_create_space
from chaperone.orgs.models import Organisation
from tests.platform.conftest import *  # noqa: F403 - the shared cast, clock and API client

PASSWORD = "correct horse battery staple"


@pytest.fixture
def all_day_hours(cast):
    """Office hours around the clock, so no message is held for quiet hours (M6) whatever the
    time of day the suite runs at."""
    Organisation.objects.filter(pk=cast.admin_asha.organisation_id).update(
        office_start=dt.time(0, 0), office_end=dt.time(23, 59, 59, 999999)
    )


@pytest.fixture
def as_person():
    """A test client signed in as ``person`` (no password, no code: for the pages themselves)."""

    def make(person) -> Client:
        client = Client()
        client.force_login(person)
        return client

    return make


def with_password(person, password: str = PASSWORD):
    person.set_password(password)
    person.save(update_fields=["password"])
    return person


def football(cast, *members, by=None):
    """A group space of Alex's, with Jordan, Sam and Leo unless told otherwise."""
    return do_create_space(
        by or cast.coach_alex,
        kind="group",
        name="Football",
        members=list(members) or [cast.staff_jordan, cast.child_sam, cast.child_leo],
    )


class PageShape(HTMLParser):
    """What a page is made of, for the accessibility checks: landmarks, headings, form controls
    and their labels."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.label_for: set[str] = set()
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "label" and attrs.get("for"):
            self.label_for.add(attrs["for"])
        if tag == "h1":
            self.h1 += 1

    def controls(self):
        for tag, attrs in self.tags:
            if tag in ("select", "textarea") or (
                tag == "input" and attrs.get("type") not in ("hidden", "submit", "button")
            ):
                yield tag, attrs

    def unlabelled(self) -> list[dict]:
        return [
            attrs
            for _, attrs in self.controls()
            if attrs.get("id") not in self.label_for and not attrs.get("aria-label")
        ]

    def has(self, tag: str, **want) -> bool:
        return any(t == tag and all(a.get(k) == v for k, v in want.items()) for t, a in self.tags)


def shape(response) -> PageShape:
    parser = PageShape()
    parser.feed(response.content.decode())
    return parser
