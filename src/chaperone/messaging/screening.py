"""The screening engine as the message flow sees it: one engine per process, loaded once."""

from __future__ import annotations

import functools

from chaperone.policy import ScreeningFacts, SpaceKind


@functools.cache
def _screener():
    from chaperone.screening import Screener

    return Screener()


def context_for(space_kind: str, *, sender_is_child: bool, to_children: bool, staff: bool) -> str:
    from chaperone.screening import Context

    if staff and to_children:
        return Context.STAFF_TO_CHILD
    if sender_is_child:
        return Context.CHILD_MESSAGE
    if space_kind in (SpaceKind.SUPERVISED, SpaceKind.STAFF_INBOX):
        return Context.DIRECT_MESSAGE
    return Context.GROUP_MESSAGE


def screen_text(
    text: str, context: str, overrides: dict | None = None
) -> tuple[ScreeningFacts, dict]:
    """Screen ``text``; return the facts for the policy engine and the record to store (S7)."""
    result = _screener().screen(text, context=context, overrides=overrides or None)
    facts = ScreeningFacts(
        decision=str(result.decision),
        concern=result.concern,
        findings=tuple((f.rule, f.category, f.why) for f in result.findings),
    )
    record = result.to_dict()
    record.pop("id", None)
    record["context"] = str(context)
    return facts, record


#: How many of a space's latest messages grooming (S4) is scored over.
CONVERSATION_WINDOW = 60


def score_grooming(turns: list[tuple[str, str, str]]):
    """Score ``(author, role, text)`` turns as one conversation for grooming (S4) alone: each
    message was screened in full when it was written."""
    from chaperone.screening import Turn

    return _screener().score_grooming([Turn(a, r, t) for a, r, t in turns])
