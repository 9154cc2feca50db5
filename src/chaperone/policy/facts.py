"""Plain facts the rules are decided on. Callers build these from whatever store they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    DSL = "dsl"
    STAFF = "staff"
    VOLUNTEER = "volunteer"
    PARENT = "parent"
    YOUNG_PERSON = "young_person"
    ADULT_PARTICIPANT = "adult_participant"


#: Adults who work for the organisation: the people the child-contact rules constrain, and the
#: people who can be the "second adult" of M1.
ORG_ADULT_ROLES = frozenset({Role.ADMIN, Role.DSL, Role.STAFF, Role.VOLUNTEER})
#: Everyone whose role makes them an adult whatever their date of birth says.
ADULT_ROLES = ORG_ADULT_ROLES | {Role.PARENT, Role.ADULT_PARTICIPANT}


class Channel(StrEnum):
    """Ways the organisation contacts a child; each needs a parent's consent (M3)."""

    MESSAGES = "messages"
    EMAIL = "email"
    SMS = "sms"
    VIDEO = "video"
    PHOTOS = "photos"


class SpaceKind(StrEnum):
    GROUP = "group"  # a community space: several members talking
    ANNOUNCEMENT = "announcement"  # information only (M8)
    SUPERVISED = "supervised"  # what a direct request becomes (M1)
    STAFF_INBOX = "staff_inbox"  # where replies to announcements land, two adults or more (M8)


class SpaceRole(StrEnum):
    MANAGER = "manager"
    MEMBER = "member"
    SECOND_ADULT = "second_adult"
    GUARDIAN = "guardian"


def age_on(date_of_birth: date, day: date) -> int:
    """Whole years between a date of birth and a day (29 February birthdays move to 1 March)."""
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class PersonFacts:
    id: int
    role: Role
    date_of_birth: date | None = None
    guardian_ids: frozenset[int] = frozenset()
    name: str = ""
    active: bool = True

    def age(self, today: date) -> int | None:
        return None if self.date_of_birth is None else age_on(self.date_of_birth, today)

    def is_child(self, today: date) -> bool:
        """Under 18 on ``today``. A young person with no date of birth is treated as a child."""
        if self.role in ADULT_ROLES:
            return False
        if self.date_of_birth is None:
            return self.role == Role.YOUNG_PERSON
        return age_on(self.date_of_birth, today) < 18

    def is_under_13(self, today: date) -> bool:
        if self.role in ADULT_ROLES:
            return False
        if self.date_of_birth is None:
            return self.role == Role.YOUNG_PERSON  # unknown age: the strictest rules
        return age_on(self.date_of_birth, today) < 13

    @property
    def is_org_adult(self) -> bool:
        return self.role in ORG_ADULT_ROLES

    def is_adult(self, today: date) -> bool:
        return not self.is_child(today)


@dataclass(frozen=True)
class MemberFacts:
    person: PersonFacts
    space_role: SpaceRole = SpaceRole.MEMBER


@dataclass(frozen=True)
class SpaceFacts:
    id: int
    kind: SpaceKind
    members: tuple[MemberFacts, ...]
    support_service: bool = False  # DSL-approved support (counselling): exempt from M2
    dsl_ids: frozenset[int] = frozenset()  # the second readers of a support service
    child_initiated: bool = False
    subject_child_id: int | None = None  # the child a supervised space is about

    def member(self, person_id: int) -> MemberFacts | None:
        for m in self.members:
            if m.person.id == person_id:
                return m
        return None


@dataclass(frozen=True)
class ConsentFacts:
    """The consents on record now: the set of (child id, channel) pairs currently granted."""

    granted: frozenset[tuple[int, Channel]] = frozenset()

    def has(self, child_id: int, channel: Channel) -> bool:
        return (child_id, channel) in self.granted


@dataclass(frozen=True)
class OrgSettings:
    timezone: str = "Europe/London"
    office_start: time = time(8, 0)
    office_end: time = time(21, 0)
    office_days: frozenset[int] = frozenset(range(7))  # 0 = Monday
    contact_approval_days: int = 7
    late_evening: time = time(21, 0)  # M11: staff messages after this local time are flagged


@dataclass(frozen=True)
class ContactApprovalFacts:
    """A parent's answer to a request for direct contact (M4)."""

    purpose: str
    approved: bool
    expires_at: datetime | None = None


@dataclass(frozen=True)
class ScreeningFacts:
    """What the screening engine decided about a text (S1-S7, M11), as plain data."""

    decision: str = "allow"  # allow | warn | hold | block
    concern: bool = False
    findings: tuple[tuple[str, str, str], ...] = field(default=())  # (rule, category, why)


@dataclass(frozen=True)
class Override:
    """A safeguarding lead's logged decision to set a rule aside once (M6)."""

    by: PersonFacts
    reason: str
