"""The message rules (M1-M11, G6) as decisions over facts.

Each ``decide_*`` runs every rule that applies, collects every reason, and lets a refusal win.
A rule that raises fails closed: the action is refused with the error as the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from functools import wraps
from zoneinfo import ZoneInfo

from chaperone.policy.decision import (
    DeliveryKind,
    DeliveryState,
    EditDecision,
    Outcome,
    PlannedDelivery,
    Reason,
    ReleaseDecision,
    SendDecision,
    SpaceDecision,
)
from chaperone.policy.facts import (
    Channel,
    ConsentFacts,
    ContactApprovalFacts,
    MemberFacts,
    OrgSettings,
    Override,
    PersonFacts,
    Role,
    ScreeningFacts,
    SpaceFacts,
    SpaceKind,
    SpaceRole,
)
from chaperone.policy.hours import is_quiet, next_office_start

__all__ = [
    "decide_add_member",
    "decide_delete",
    "decide_edit",
    "decide_open_direct",
    "decide_release",
    "decide_send",
]


def _fail_closed(refusal: Callable[[Reason], object]):
    """Turn an unexpected error inside a rule into a refusal rather than a permission."""

    def wrap(fn):
        @wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - any failure must refuse, never allow
                return refusal(Reason("POLICY", f"the rules could not be checked ({exc!r})"))

        return inner

    return wrap


def _local_date(settings: OrgSettings, now: datetime):
    return now.astimezone(ZoneInfo(settings.timezone)).date()


# --------------------------------------------------------------------------------------------
# Sending
# --------------------------------------------------------------------------------------------


@_fail_closed(lambda r: SendDecision(Outcome.REFUSED, reasons=(r,)))
def decide_send(
    sender: PersonFacts,
    space: SpaceFacts,
    consents: ConsentFacts,
    settings: OrgSettings,
    now: datetime,
    *,
    approval: ContactApprovalFacts | None = None,
    screening: ScreeningFacts | None = None,
    override: Override | None = None,
) -> SendDecision:
    """Who gets a message, who is copied, what waits, and why.

    - M1: a child receives a message from an adult only where another adult can read it (a
      second adult of the organisation in the space, or the child's parents through their copy).
    - M2: every message from an adult to a child is copied to each of the child's guardians;
      a DSL-approved support service is exempt and the DSL is the second reader instead.
    - M3: a child receives platform messages only while a parent's consent for "messages" is on
      record; withdrawal stops delivery at once.
    - M4: in a supervised space a member of staff opened, staff may write only while a parent's
      approval of the stated purpose is current.
    - M6: staff-to-child messages outside the organisation's hours are held until hours start;
      the DSL may override with a logged reason.
    - M8: a reply to an announcement channel by anyone but the organisation's adults is
      redirected to the staff inbox.
    - M11: late-evening timing and the screening engine's tone findings warn the sender.
    - G6: an under-13 receives nothing in a community space.
    - S1-S4: the screening decision blocks, holds for review, or warns.
    """
    today = _local_date(settings, now)
    refusals: list[Reason] = []
    warnings: list[Reason] = []
    holds: list[Reason] = []

    membership = space.member(sender.id)
    if membership is None or not sender.active:
        return SendDecision(
            Outcome.REFUSED, reasons=(Reason("ACCESS", "you are not a member of this space"),)
        )

    if space.kind == SpaceKind.ANNOUNCEMENT and not sender.is_org_adult:
        return SendDecision(
            Outcome.REDIRECTED,
            reasons=(
                Reason(
                    "M8",
                    "this channel is for information only; your message has gone to the "
                    "staff inbox, where two adults will read it",
                ),
            ),
        )

    # Screening (S1-S5, M11): a block refuses, a hold waits for review, a warn is shown.
    concern = False
    if screening is not None:
        concern = screening.concern
        for rule, category, why in screening.findings:
            # A why that already names its category ("grooming: secrecy") is not named twice.
            named = not category or why.startswith(f"{category}:")
            reason = Reason(rule, why if named else f"{category}: {why}")
            if screening.decision == "block" and rule.startswith("S"):
                refusals.append(reason)
            elif screening.decision == "hold" and rule.startswith("S"):
                holds.append(reason)
            else:
                warnings.append(reason)
        if screening.decision == "block" and not refusals:
            refusals.append(Reason("S7", "the text was blocked by screening"))
        if screening.decision == "hold" and not holds:
            holds.append(Reason("S7", "the text is held for review by screening"))

    sender_is_adult = sender.is_adult(today)
    recipients = [m for m in space.members if m.person.id != sender.id and m.person.active]
    child_recipients = [m.person for m in recipients if m.person.is_child(today)]

    # M4: staff-opened supervised contact needs a current, parent-approved purpose.
    if (
        space.kind == SpaceKind.SUPERVISED
        and sender.is_org_adult
        and not space.child_initiated
        and child_recipients
    ):
        if approval is None or not approval.approved:
            refusals.append(
                Reason(
                    "M4",
                    "direct contact with a child needs a parent's approval of its purpose; "
                    "the request is waiting for a parent",
                )
            )
        elif approval.expires_at is not None and approval.expires_at <= now:
            refusals.append(
                Reason("M4", "the parent's approval for this contact has expired; ask again")
            )

    quiet = is_quiet(settings, now)
    release_at = next_office_start(settings, now) if quiet else None
    if sender.is_org_adult and child_recipients:
        local = now.astimezone(ZoneInfo(settings.timezone)).time().replace(tzinfo=None)
        if quiet or local >= settings.late_evening:
            warnings.append(
                Reason("M11", "messages to young people late in the evening look unprofessional")
            )

    org_adult_readers = {
        m.person.id for m in recipients if m.person.is_org_adult and m.person.id != sender.id
    }
    member_ids = {m.person.id for m in space.members}

    deliveries: dict[int, PlannedDelivery] = {}
    copy_for: dict[int, int] = {}
    review_hold = bool(holds)

    for member in recipients:
        person = member.person
        if not person.is_child(today):
            state = DeliveryState.HELD if review_hold else DeliveryState.DELIVERED
            deliveries[person.id] = PlannedDelivery(
                person.id,
                DeliveryKind.RECIPIENT,
                state,
                reason=holds[0] if review_hold else None,
            )
            continue
        reason, state, at = _child_delivery(
            sender,
            person,
            space,
            consents,
            today,
            sender_is_adult=sender_is_adult,
            org_adult_readers=org_adult_readers,
            quiet_release=release_at,
            override=override,
            review_hold=holds[0] if review_hold else None,
        )
        deliveries[person.id] = PlannedDelivery(
            person.id, DeliveryKind.RECIPIENT, state, reason=reason, release_at=at
        )
        if state in (DeliveryState.DELIVERED, DeliveryState.HELD) and sender_is_adult:
            if space.support_service:
                for dsl_id in sorted(space.dsl_ids - {sender.id}):
                    copy_for.setdefault(dsl_id, person.id)
            else:
                for guardian_id in sorted(person.guardian_ids - {sender.id}):
                    copy_for.setdefault(guardian_id, person.id)

    for reader_id, child_id in copy_for.items():
        kind = DeliveryKind.SECOND_READER if space.support_service else DeliveryKind.PARENT_COPY
        state = DeliveryState.HELD if review_hold else DeliveryState.DELIVERED
        reason = holds[0] if review_hold else None
        if reader_id in member_ids:
            existing = deliveries.get(reader_id)
            if existing is not None:
                deliveries[reader_id] = PlannedDelivery(
                    reader_id,
                    kind,
                    existing.state,
                    existing.reason,
                    existing.release_at,
                    for_child_id=child_id,
                )
            continue
        deliveries[reader_id] = PlannedDelivery(
            reader_id, kind, state, reason=reason, for_child_id=child_id
        )

    planned = tuple(deliveries[k] for k in sorted(deliveries))

    # A supervised space exists for one child: if that child cannot receive, nothing is sent.
    if space.kind == SpaceKind.SUPERVISED and space.subject_child_id is not None:
        subject = deliveries.get(space.subject_child_id)
        if subject is not None and subject.state == DeliveryState.WITHHELD and subject.reason:
            refusals.append(subject.reason)

    if refusals:
        return SendDecision(
            Outcome.REFUSED,
            reasons=tuple(_unique(refusals)),
            warnings=tuple(_unique(warnings)),
            concern=concern,
        )

    reached = [d for d in planned if d.kind == DeliveryKind.RECIPIENT]
    if reached and all(d.state == DeliveryState.WITHHELD for d in reached):
        return SendDecision(
            Outcome.REFUSED,
            reasons=tuple(_unique([d.reason for d in reached if d.reason])),
            warnings=tuple(_unique(warnings)),
            concern=concern,
        )

    held = [d for d in planned if d.state == DeliveryState.HELD]
    reasons = list(holds) + [d.reason for d in planned if d.reason is not None]
    if override is not None:
        reasons.append(Reason("M6", f"quiet hours overridden by {override.by.name or 'the DSL'}"))
    return SendDecision(
        Outcome.HELD if held else Outcome.DELIVERED,
        reasons=tuple(_unique(reasons)),
        deliveries=planned,
        warnings=tuple(_unique(warnings)),
        concern=concern,
    )


def _child_delivery(
    sender: PersonFacts,
    child: PersonFacts,
    space: SpaceFacts,
    consents: ConsentFacts,
    today,
    *,
    sender_is_adult: bool,
    org_adult_readers: set[int],
    quiet_release: datetime | None,
    override: Override | None,
    review_hold: Reason | None,
) -> tuple[Reason | None, DeliveryState, datetime | None]:
    """The fate of one child's copy of a message, with the first rule that decides it."""
    if child.is_under_13(today) and space.kind in (SpaceKind.GROUP, SpaceKind.STAFF_INBOX):
        return (
            Reason("G6", f"{_name(child)} is under 13 and takes no part in community spaces"),
            DeliveryState.WITHHELD,
            None,
        )
    if not consents.has(child.id, Channel.MESSAGES):
        return (
            Reason(
                "M3", f"no parent's consent to platform messages is on record for {_name(child)}"
            ),
            DeliveryState.WITHHELD,
            None,
        )
    if sender_is_adult:
        other_readers = (org_adult_readers - {sender.id}) | (
            space.dsl_ids if space.support_service else child.guardian_ids
        ) - {sender.id}
        if not other_readers:
            return (
                Reason(
                    "M1",
                    f"no second adult can read messages to {_name(child)}: "
                    "add another adult of the organisation or link a parent",
                ),
                DeliveryState.WITHHELD,
                None,
            )
    if review_hold is not None:
        return review_hold, DeliveryState.HELD, None
    if sender.is_org_adult and quiet_release is not None:
        if override is not None and override.by.role == Role.DSL and override.reason.strip():
            return None, DeliveryState.DELIVERED, None
        return (
            Reason("M6", "outside the organisation's hours; it goes when hours start"),
            DeliveryState.HELD,
            quiet_release,
        )
    return None, DeliveryState.DELIVERED, None


def _no_consent(child: PersonFacts) -> Reason:
    return Reason("M3", f"no parent's consent to platform messages is on record for {_name(child)}")


def _name(person: PersonFacts) -> str:
    return person.name or f"person {person.id}"


def _unique(reasons: Iterable[Reason]) -> list[Reason]:
    seen: set[Reason] = set()
    out = []
    for r in reasons:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


# --------------------------------------------------------------------------------------------
# Spaces
# --------------------------------------------------------------------------------------------


@_fail_closed(lambda r: SpaceDecision(False, reasons=(r,)))
def decide_open_direct(
    requester: PersonFacts,
    other: PersonFacts,
    *,
    guardians: tuple[PersonFacts, ...],
    second_adults: tuple[PersonFacts, ...],
    consents: ConsentFacts,
    settings: OrgSettings,
    now: datetime,
    purpose: str = "",
) -> SpaceDecision:
    """A request for one-to-one contact between an adult of the organisation and a child (M1).

    There is no private adult-child channel: the answer is a supervised space holding the adult,
    the child, a second adult of the organisation and the child's parents, or a refusal that says
    why. Staff asking must state a purpose, which a parent approves per occasion (M4). A child
    asking for a member of staff lands in the same kind of space, with no approval needed: the
    reply is in the open. Under 13s get announcements through their parents only (G6, M3).
    """
    today = _local_date(settings, now)
    if requester.id == other.id:
        return SpaceDecision(
            False, reasons=(Reason("M1", "you cannot open a space with yourself"),)
        )

    if requester.is_org_adult and other.is_child(today):
        adult, child, child_initiated = requester, other, False
    elif other.is_org_adult and requester.is_child(today):
        adult, child, child_initiated = other, requester, True
    elif requester.is_child(today) or other.is_child(today):
        return SpaceDecision(
            False,
            reasons=(
                Reason(
                    "M1",
                    "direct contact with a young person is only between them and the "
                    "organisation's staff, in a supervised space",
                ),
            ),
        )
    else:
        # Two adults: no child rules apply (G6: they stop on the 18th birthday).
        return SpaceDecision(
            True,
            members=((requester.id, SpaceRole.MANAGER), (other.id, SpaceRole.MEMBER)),
        )

    reasons: list[Reason] = []
    if child.is_under_13(today):
        reasons.append(
            Reason(
                "G6",
                f"{_name(child)} is under 13: the organisation contacts them only through "
                "announcements to their parents",
            )
        )
    if not guardians:
        reasons.append(
            Reason(
                "M2", f"no parent or guardian is linked to {_name(child)}, so none can be copied"
            )
        )
    if not consents.has(child.id, Channel.MESSAGES):
        reasons.append(
            Reason(
                "M3", f"no parent's consent to platform messages is on record for {_name(child)}"
            )
        )
    if not child_initiated and not purpose.strip():
        reasons.append(Reason("M4", "say what the contact is for: a parent approves each occasion"))
    seconds = [p for p in second_adults if p.is_org_adult and p.active and p.id != adult.id]
    if not seconds:
        reasons.append(
            Reason(
                "M1",
                "no second adult of the organisation is available to join; a private "
                "adult-child channel is not allowed",
            )
        )
    if reasons:
        return SpaceDecision(False, reasons=tuple(reasons))

    second = sorted(seconds, key=lambda p: (p.role != Role.DSL, p.id))[0]
    members: list[tuple[int, SpaceRole]] = [
        (adult.id, SpaceRole.MANAGER),
        (child.id, SpaceRole.MEMBER),
        (second.id, SpaceRole.SECOND_ADULT),
    ]
    members += [(g.id, SpaceRole.GUARDIAN) for g in guardians if g.id not in {adult.id, second.id}]
    why = f"a supervised space with {_name(second)} as second adult and {_name(child)}'s parents"
    return SpaceDecision(
        True,
        reasons=(Reason("M1", why),),
        members=tuple(members),
        needs_parent_approval=not child_initiated,
    )


@_fail_closed(lambda r: SpaceDecision(False, reasons=(r,)))
def decide_add_member(
    space: SpaceFacts,
    person: PersonFacts,
    *,
    consents: ConsentFacts,
    settings: OrgSettings,
    now: datetime,
) -> SpaceDecision:
    """Whether a person may join a space (M1, M3, G6)."""
    today = _local_date(settings, now)
    if space.member(person.id) is not None:
        return SpaceDecision(
            False, reasons=(Reason("INPUT", f"{_name(person)} is already a member"),)
        )
    reasons: list[Reason] = []
    if person.is_child(today):
        if person.is_under_13(today) and space.kind != SpaceKind.SUPERVISED:
            reasons.append(
                Reason(
                    "G6",
                    f"{_name(person)} is under 13: no presence in community spaces; "
                    "announcements go to their parents",
                )
            )
        if space.kind == SpaceKind.STAFF_INBOX:
            reasons.append(Reason("M8", "the staff inbox is for the organisation's adults"))
        if not consents.has(person.id, Channel.MESSAGES):
            reasons.append(_no_consent(person))
    after = (*space.members, MemberFacts(person))
    adults = [m.person for m in after if m.person.is_org_adult]
    children = [m.person for m in after if m.person.is_child(today)]
    if len(after) == 2 and len(adults) == 1 and len(children) == 1:
        reasons.append(
            Reason(
                "M1",
                "a space may not hold one adult of the organisation and one child alone; "
                "ask for direct contact instead, which adds a second adult and the parents",
            )
        )
    if reasons:
        return SpaceDecision(False, reasons=tuple(reasons))
    return SpaceDecision(True, members=((person.id, SpaceRole.MEMBER),))


# --------------------------------------------------------------------------------------------
# After sending
# --------------------------------------------------------------------------------------------


@_fail_closed(lambda r: ReleaseDecision(DeliveryState.HELD, reason=r))
def decide_release(
    recipient: PersonFacts,
    *,
    consents: ConsentFacts,
    settings: OrgSettings,
    now: datetime,
    held_for_review: bool = False,
) -> ReleaseDecision:
    """Whether a delivery held for quiet hours goes now (M6), waits, or stops (M3)."""
    today = _local_date(settings, now)
    if held_for_review:
        return ReleaseDecision(
            DeliveryState.HELD, reason=Reason("S7", "waiting for a designated person's review")
        )
    if recipient.is_child(today) and not consents.has(recipient.id, Channel.MESSAGES):
        return ReleaseDecision(
            DeliveryState.STOPPED,
            reason=Reason("M3", "the parent's consent to platform messages was withdrawn"),
        )
    if is_quiet(settings, now):
        return ReleaseDecision(
            DeliveryState.HELD,
            reason=Reason("M6", "still outside the organisation's hours"),
            release_at=next_office_start(settings, now),
        )
    return ReleaseDecision(DeliveryState.DELIVERED)


def decide_edit(editor: PersonFacts, sender_id: int) -> EditDecision:
    """Only the author edits a message, and every earlier version is kept (M9)."""
    if editor.id != sender_id:
        return EditDecision(False, (Reason("M9", "only the author of a message can edit it"),))
    return EditDecision(True, (Reason("M9", "the earlier version is kept"),))


def decide_delete(actor: PersonFacts) -> EditDecision:
    """Nobody deletes a message, an edit or a record (M9)."""
    return EditDecision(
        False,
        (
            Reason(
                "M9",
                "nothing is deleted: messages and their versions are kept for the record; "
                "edit the message, or report it for a moderator to hide",
            ),
        ),
    )


def approval_expiry(settings: OrgSettings, approved_at: datetime) -> datetime:
    """When a parent's approval of direct contact lapses (M4)."""
    return approved_at + timedelta(days=settings.contact_approval_days)
