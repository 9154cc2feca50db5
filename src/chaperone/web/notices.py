"""What a sender reads after pressing send: delivered, held until when and why, or refused with
every reason, and the tone warnings (M11). Kept in the session across the redirect."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from chaperone.orgs.models import Person
from chaperone.policy import ORG_ADULT_ROLES, DeliveryKind, DeliveryState, Outcome, Reason
from chaperone.web.pages import when

SESSION_KEY = "web.send_notice"


@dataclass(frozen=True)
class Line:
    rule: str
    why: str
    who: str = ""
    until: str = ""


@dataclass(frozen=True)
class SendNotice:
    outcome: str  # delivered | held | redirected | refused | edited
    headline: str
    message_id: int | None = None
    reasons: list[Line] = field(default_factory=list)
    held: list[Line] = field(default_factory=list)
    not_reached: list[Line] = field(default_factory=list)
    warnings: list[Line] = field(default_factory=list)
    reached: int = 0
    copied: int = 0
    auto_reply: str = ""

    def to_session(self) -> dict:
        return asdict(self)

    @classmethod
    def from_session(cls, data: dict | None) -> SendNotice | None:
        if not data:
            return None
        lists = ("reasons", "held", "not_reached", "warnings")
        plain = {k: v for k, v in data.items() if k not in lists}
        return cls(**plain, **{k: [Line(**x) for x in data.get(k, [])] for k in lists})


def _lines(reasons) -> list[Line]:
    return [Line(r.rule, r.why) for r in reasons]


def refused(reasons: tuple[Reason, ...]) -> SendNotice:
    return SendNotice("refused", "Not sent: nothing was delivered", reasons=_lines(reasons))


def after_send(actor: Person, result) -> SendNotice:
    """Turn a send result into words. The organisation's adults see each person's fate; a child,
    a parent or an adult member sees only what concerns their own message (M7)."""
    decision = result.decision
    deliveries = list(result.deliveries)
    staff_view = actor.role in ORG_ADULT_ROLES
    names = dict(
        Person.objects.filter(pk__in=[d.recipient_id for d in deliveries]).values_list(
            "pk", "display_name"
        )
    )
    mine = [d for d in deliveries if d.kind == DeliveryKind.RECIPIENT]
    reached = sum(1 for d in mine if d.state == DeliveryState.DELIVERED)
    copied = sum(1 for d in deliveries if d.kind != DeliveryKind.RECIPIENT)
    held = [
        Line(d.reason_rule, d.reason_why, names.get(d.recipient_id, ""), when(d.release_at))
        for d in mine
        if d.state == DeliveryState.HELD
    ]
    not_reached = [
        Line(d.reason_rule, d.reason_why, names.get(d.recipient_id, ""))
        for d in mine
        if d.state == DeliveryState.WITHHELD
    ]
    shown = {(x.rule, x.why) for x in held + not_reached}
    if staff_view:
        reasons = [Line(r.rule, r.why) for r in decision.reasons if (r.rule, r.why) not in shown]
    else:
        # Other families' details stay hidden: only the reasons about the text itself.
        reasons = [
            Line(r.rule, r.why)
            for r in decision.reasons
            if r.rule.startswith("S") or r.rule == "M8"
        ]
        held = list({(x.rule, x.why, x.until): Line(x.rule, x.why, "", x.until) for x in held})
        held = [Line(rule, why, "", until) for rule, why, until in held]
        not_reached = []
        copied = 0
    if decision.outcome == Outcome.REDIRECTED:
        outcome, headline = "redirected", "Redirected: sent to the staff team"
        reasons = _lines(decision.reasons)
    elif decision.outcome == Outcome.HELD:
        outcome, headline = "held", "Held: not everyone has it yet"
    elif not_reached:
        outcome, headline = "delivered", "Delivered, but not to everyone"
    else:
        outcome, headline = "delivered", "Delivered"
    auto_reply = ""
    if result.auto_reply is not None:
        auto_reply = result.auto_reply.versions.order_by("number").first().body
    return SendNotice(
        outcome,
        headline,
        message_id=result.message.pk if result.message else None,
        reasons=reasons,
        held=held,
        not_reached=not_reached,
        warnings=_lines(decision.warnings),
        reached=reached,
        copied=copied,
        auto_reply=auto_reply,
    )
