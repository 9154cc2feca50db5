"""What the rules decide: outcomes with reasons that cite rule ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from chaperone.policy.facts import SpaceRole


@dataclass(frozen=True)
class Reason:
    rule: str
    why: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "why": self.why}


class Outcome(StrEnum):
    DELIVERED = "delivered"
    HELD = "held"
    REFUSED = "refused"
    REDIRECTED = "redirected"  # M8: a reply to an announcement goes to the staff inbox


class DeliveryKind(StrEnum):
    RECIPIENT = "recipient"  # a member of the space
    PARENT_COPY = "parent_copy"  # M2
    SECOND_READER = "second_reader"  # M2 exemption: the DSL reads a support service


class DeliveryState(StrEnum):
    DELIVERED = "delivered"
    HELD = "held"  # waits: quiet hours (M6) or review (S2, S3)
    WITHHELD = "withheld"  # never goes: no consent (M3), under 13 (G6), unsupervised (M1)
    STOPPED = "stopped"  # was held, then a rule stopped it (consent withdrawn)


@dataclass(frozen=True)
class PlannedDelivery:
    recipient_id: int
    kind: DeliveryKind
    state: DeliveryState
    reason: Reason | None = None
    release_at: datetime | None = None
    for_child_id: int | None = None


@dataclass(frozen=True)
class SendDecision:
    outcome: Outcome
    reasons: tuple[Reason, ...] = ()
    deliveries: tuple[PlannedDelivery, ...] = ()
    warnings: tuple[Reason, ...] = ()
    concern: bool = False

    @property
    def refused(self) -> bool:
        return self.outcome == Outcome.REFUSED


@dataclass(frozen=True)
class SpaceDecision:
    allowed: bool
    reasons: tuple[Reason, ...] = ()
    members: tuple[tuple[int, SpaceRole], ...] = ()
    needs_parent_approval: bool = False


@dataclass(frozen=True)
class ReleaseDecision:
    state: DeliveryState  # DELIVERED (release now), HELD (keep waiting) or STOPPED
    reason: Reason | None = None
    release_at: datetime | None = None


@dataclass(frozen=True)
class EditDecision:
    allowed: bool
    reasons: tuple[Reason, ...] = field(default=())
