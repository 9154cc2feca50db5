"""The demo organisation: enough people, consents and history to try every rule."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from chaperone.orgs.actions import (
    do_create_organisation,
    do_create_person,
    do_link_guardian,
    do_record_consent,
)
from chaperone.orgs.models import Organisation, Person
from chaperone.policy import Channel, Role

DEMO_PASSWORD = "chaperone-demo"  # noqa: S105 - printed for the demo, never used elsewhere
DOMAIN = "riverside.example"


def _born(years: int, days: int = 40) -> dt.date:
    today = timezone.localdate()
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return day - dt.timedelta(days=days)


PEOPLE = [
    # key, name, role, age
    ("dsl", "Priya Shah", Role.DSL, None),
    ("coach.alex", "Alex Morgan", Role.STAFF, None),
    ("jordan", "Jordan Lee", Role.STAFF, None),
    ("chris", "Chris Evans", Role.VOLUNTEER, None),
    ("parent.jo", "Jo Taylor", Role.PARENT, None),
    ("parent.kim", "Kim Patel", Role.PARENT, None),
    ("mia", "Mia Taylor", Role.YOUNG_PERSON, 11),
    ("sam", "Sam Taylor", Role.YOUNG_PERSON, 14),
    ("leo", "Leo Patel", Role.YOUNG_PERSON, 17),
    ("rowan", "Rowan Green", Role.ADULT_PARTICIPANT, 19),
]


def demo_logins() -> list[tuple[str, str, str]]:
    rows = [("admin@" + DOMAIN, "Asha Admin", "admin")]
    rows += [(f"{key}@{DOMAIN}", name, role.value) for key, name, role, _ in PEOPLE]
    return rows


def load_demo() -> Organisation | None:
    """Create the demo organisation when the database has none; return it, or None if skipped."""
    if Organisation.objects.exists():
        return None
    from chaperone.messaging.actions import (
        do_create_space,
        do_decide_contact,
        do_open_direct,
        do_send_message,
    )

    org, admin = do_create_organisation(
        name="Riverside Youth Club",
        slug="riverside",
        admin_email=f"admin@{DOMAIN}",
        admin_name="Asha Admin",
        admin_password=DEMO_PASSWORD,
    )
    p: dict[str, Person] = {}
    for key, name, role, age in PEOPLE:
        p[key] = do_create_person(
            admin,
            email=f"{key}@{DOMAIN}",
            display_name=name,
            role=role,
            date_of_birth=_born(age) if age else None,
            password=DEMO_PASSWORD,
            phone="07700 900" + str(100 + len(p)) if role == Role.YOUNG_PERSON else "",
            email_copies=role == Role.PARENT,
        )
    org.welfare_lead = p["dsl"]
    org.save(update_fields=["welfare_lead"])

    for guardian, child in [("parent.jo", "mia"), ("parent.jo", "sam"), ("parent.kim", "leo")]:
        do_link_guardian(admin, guardian=p[guardian], child=p[child])
    for guardian, child, channels in [
        ("parent.jo", "sam", [Channel.MESSAGES, Channel.EMAIL, Channel.VIDEO]),
        ("parent.kim", "leo", [Channel.MESSAGES, Channel.PHOTOS]),
        ("parent.jo", "mia", [Channel.PHOTOS]),
    ]:
        for channel in channels:
            do_record_consent(
                p[guardian],
                child=p[child],
                channel=channel,
                granted=True,
                scope="registration form, autumn term",
            )

    football = do_create_space(
        p["coach.alex"],
        kind="group",
        name="Football under-18s",
        description="Training times, kit and match news",
        members=[p["jordan"], p["sam"], p["leo"], p["rowan"]],
    )
    news = do_create_space(
        p["coach.alex"],
        kind="announcement",
        name="Club announcements",
        description="Information from the club; replies go to the staff inbox",
        members=[p["jordan"], p["sam"], p["leo"], p["parent.jo"], p["parent.kim"]],
    )
    do_create_space(
        p["dsl"],
        kind="staff_inbox",
        name="Staff inbox",
        description="Replies to announcements; read by two adults or more",
        members=[p["coach.alex"], admin],
    )
    do_send_message(p["coach.alex"], news, "Training moves to the sports hall this Saturday.")
    do_send_message(
        p["coach.alex"],
        football,
        "Well played on Saturday, everyone. Training is at the sports hall this week.",
    )
    do_send_message(p["leo"], football, "Thanks coach, see you there")
    do_send_message(p["rowan"], football, "I can help set up the cones if that's useful.")
    direct = do_open_direct(p["coach.alex"], p["sam"], purpose="Arrange Sam's county trial")
    do_decide_contact(p["parent.jo"], direct.approvals.get(), approved=True)
    do_send_message(
        p["coach.alex"],
        direct,
        "Hi Sam, the county trial is on the 14th. "
        "Shall we talk about it after training on Thursday?",
    )
    return org
