"""Reporting, the review queue and concerns in Debian's chromium against a real server: a young
person reports a message in one step; the DSL removes it with a reason and it is gone from the
child's space; a young person raises a concern, the DSL opens the case and records a triage
outcome; a member of staff who is not a lead is refused the case page."""

from __future__ import annotations

import re

import pytest

from chaperone.cases.models import Case, CaseEntry
from chaperone.messaging.actions import do_send_message
from tests.web.conftest import football, with_password
from tests.web.test_browser_core_flow import browser, clock, sign_in  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_d2_d1_a_child_reports_and_the_dsl_removes_it(browser, live_server, cast, all_day_hours):  # noqa: F811
    for person in (cast.child_sam, cast.dsl_priya):
        with_password(person)
    space = football(cast)
    do_send_message(cast.coach_alex, space, "Bring your boots on Saturday.")

    sam = sign_in(browser, live_server, "sam@test.example", phone=True)
    sam.get_by_role("link", name="Football").click()
    sam.get_by_text("Bring your boots on Saturday.").wait_for()
    sam.get_by_role("link", name=re.compile("^Report the message from Alex")).click()
    sam.get_by_label("What is wrong? A few words are enough.").fill("It made me feel bad")
    sam.get_by_role("button", name="Send report").click()
    sam.get_by_role("heading", name="Your report has been sent").wait_for()
    assert "Priya" in sam.locator("main").inner_text()

    priya = sign_in(browser, live_server, "priya@test.example")
    priya.get_by_role("link", name="Review queue").click()
    priya.get_by_text("It made me feel bad").wait_for()
    priya.get_by_label(re.compile("^Reason")).fill("Not kind to the group")
    priya.get_by_role("button", name=re.compile("^Remove")).click()
    priya.get_by_text("Nothing is waiting for review.").wait_for()

    sam.get_by_role("link", name="My spaces").click()
    sam.get_by_role("link", name="Football").click()
    sam.get_by_role("heading", name="Messages").wait_for()
    assert sam.get_by_text("Bring your boots on Saturday.").count() == 0
    sam.context.close()
    priya.context.close()


def test_c1_a_child_raises_a_concern_and_the_dsl_triages_it(browser, live_server, cast):  # noqa: F811
    for person in (cast.child_mia, cast.dsl_priya, cast.staff_jordan):
        with_password(person)

    mia = sign_in(browser, live_server, "mia@test.example", phone=True)
    mia.get_by_role("link", name="Tell us about a worry").click()
    mia.get_by_label("What is worrying you?").fill("Someone keeps messaging me at night")
    mia.get_by_label("Urgent: today").check()
    mia.get_by_role("button", name="Tell the safeguarding lead").click()
    mia.get_by_role("heading", name="The safeguarding lead has been told").wait_for()
    mia.context.close()

    priya = sign_in(browser, live_server, "priya@test.example")
    priya.get_by_role("link", name="Concerns").click()
    priya.get_by_text("Someone keeps messaging me at night").wait_for()
    priya.get_by_role("button", name=re.compile("^Open a case")).click()
    priya.get_by_role("heading", name="Chronology", exact=True).wait_for()
    priya.get_by_label("Triage decision (needs an outcome)").check()
    priya.get_by_label("Outcome (for a triage decision)").select_option("monitor")
    priya.get_by_label("Notes (what was decided, and why)").fill("Spoke with Mia's parent")
    priya.get_by_role("button", name="Add to the chronology").click()
    priya.get_by_text("Added to the chronology.").wait_for()
    assert "Monitor" in priya.locator("#chronology-title + ol").inner_text()
    case = Case.objects.get()
    assert CaseEntry.objects.get(case=case, kind="triage").outcome == "monitor"
    priya.context.close()

    jordan = sign_in(browser, live_server, "jordan@test.example")
    jordan.get_by_role("heading", name="Hello, Jordan").wait_for()
    assert jordan.get_by_role("link", name="Concerns").count() == 0
    response = jordan.goto(f"{live_server.url}/cases/{case.pk}/")
    assert response.status == 403
    jordan.get_by_role("heading", name="You cannot do that").wait_for()
    jordan.context.close()
