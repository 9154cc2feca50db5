"""What the API takes and gives: pydantic schemas, strict about types and sizes."""

from __future__ import annotations

import datetime as dt

from ninja import Schema
from pydantic import ConfigDict, Field


class In(Schema):
    model_config = ConfigDict(extra="forbid", strict=False)


class ReasonOut(Schema):
    rule: str
    why: str


class ErrorOut(Schema):
    detail: str
    code: str = "error"
    reasons: list[ReasonOut] = []


class PersonIn(In):
    email: str = Field(max_length=254)
    display_name: str = Field(min_length=1, max_length=120)
    role: str = Field(max_length=20)
    date_of_birth: dt.date | None = None
    phone: str = Field("", max_length=40)
    contact_email: str = Field("", max_length=254)
    password: str | None = Field(None, min_length=10, max_length=200)
    email_copies: bool = False


class PersonOut(Schema):
    id: int
    display_name: str
    role: str
    age: int | None = None
    date_of_birth: dt.date | None = None
    # Contact details only for those allowed to see them (M5); otherwise null.
    email: str | None = None
    phone: str | None = None
    contact_email: str | None = None


class GuardianIn(In):
    guardian_id: int = Field(gt=0, lt=2**62)
    relationship: str = Field("parent", max_length=40)


class GuardianOut(Schema):
    guardian_id: int
    child_id: int
    relationship: str
    created_at: dt.datetime


class ConsentIn(In):
    channel: str = Field(max_length=20)
    granted: bool
    given_by_id: int | None = Field(None, gt=0, lt=2**62)
    scope: str = Field("", max_length=300)


class ConsentEventOut(Schema):
    id: int
    channel: str
    granted: bool
    given_by_id: int
    recorded_by_id: int
    scope: str
    created_at: dt.datetime


class ConsentsOut(Schema):
    child_id: int
    current: dict[str, bool]
    history: list[ConsentEventOut]


class SpaceIn(In):
    kind: str = Field(max_length=20)
    name: str = Field(min_length=1, max_length=120)
    description: str = Field("", max_length=500)
    member_ids: list[int] = Field(default_factory=list, max_length=2000)
    support_service: bool = False


class DirectIn(In):
    person_id: int = Field(gt=0, lt=2**62)
    purpose: str = Field("", max_length=500)


class MemberIn(In):
    person_id: int = Field(gt=0, lt=2**62)


class MemberOut(Schema):
    person_id: int
    display_name: str
    role: str
    space_role: str


class ApprovalOut(Schema):
    id: int
    space_id: int
    child_id: int
    requested_by_id: int
    purpose: str
    requested_at: dt.datetime
    approved: bool | None
    expires_at: dt.datetime | None


class ContactOut(Schema):
    name: str
    phone: str
    url: str


class SpaceOut(Schema):
    id: int
    kind: str
    name: str
    description: str
    support_service: bool
    members: list[MemberOut]
    approval: ApprovalOut | None = None
    reasons: list[ReasonOut] = []
    managed_by: list[str] = []
    contacts: list[ContactOut] = []


class ContactRequestIn(In):
    purpose: str = Field(min_length=1, max_length=500)


class DecisionIn(In):
    approved: bool


class MessageIn(In):
    body: str = Field(min_length=1, max_length=5000)
    override_reason: str = Field("", max_length=500)


class EditIn(In):
    body: str = Field(min_length=1, max_length=5000)


class OverrideIn(In):
    reason: str = Field(min_length=1, max_length=500)


class HeldOut(Schema):
    person_id: int
    rule: str
    why: str
    until: dt.datetime | None


class SendOut(Schema):
    id: int | None
    status: str
    delivered_to: list[int]
    copied_to: list[int]
    held: list[HeldOut]
    withheld: list[HeldOut]
    reasons: list[ReasonOut]
    warnings: list[ReasonOut]
    redirected_to_space_id: int | None = None
    auto_reply: str | None = None


class VersionOut(Schema):
    number: int
    body: str
    edited_by_id: int
    created_at: dt.datetime
    screening: dict


class MessageOut(Schema):
    id: int
    space_id: int
    sender_id: int
    sender_name: str
    kind: str
    body: str
    version: int
    created_at: dt.datetime
    edited_at: dt.datetime | None
    my_delivery: str | None = None


class InboxItemOut(Schema):
    delivery_id: int
    message_id: int
    space_id: int
    space_name: str
    sender_name: str
    kind: str
    for_child_id: int | None
    state: str
    rule: str
    why: str
    release_at: dt.datetime | None
    delivered_at: dt.datetime | None
    body: str | None
    created_at: dt.datetime


class TokenOut(Schema):
    token: str
    prefix: str
