"""The typed values the screening engine takes and returns.

Every detector returns :class:`Signal` values over the normalised text; the
:class:`~chaperone.screening.screener.Screener` maps them back to the original text as
:class:`Finding` values and decides (:class:`Decision`) what happens to the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple


class Category(StrEnum):
    """Harm categories: the keys of :attr:`ScreeningResult.scores`, in this order."""

    TOXIC = "toxic"
    SEXUAL = "sexual"
    HATE = "hate"
    THREAT = "threat"
    SELF_HARM = "self_harm"
    EXTREMISM = "extremism"
    GROOMING = "grooming"


class Decision(StrEnum):
    """What happens to a screened text (S7), from the mildest to the strictest."""

    ALLOW = "allow"
    WARN = "warn"
    HOLD = "hold"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Decision.ALLOW: 0, Decision.WARN: 1, Decision.HOLD: 2, Decision.BLOCK: 3}


class Context(StrEnum):
    """Where the text is going; thresholds differ per context."""

    PUBLIC_POST = "public_post"
    GROUP_MESSAGE = "group_message"
    CHILD_MESSAGE = "child_message"
    STAFF_TO_CHILD = "staff_to_child"
    DIRECT_MESSAGE = "direct_message"
    PROFILE = "profile"


class PiiType(StrEnum):
    """Kinds of identifying detail (S1)."""

    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"
    ADDRESS = "address"
    SCHOOL = "school"
    DATE_OF_BIRTH = "date_of_birth"
    SOCIAL_HANDLE = "social_handle"
    URL = "url"


class PiiSpan(NamedTuple):
    """An identifying detail; ``text == original[start:end]`` (code points).

    ``turn`` is the index of the conversation turn whose text the offsets index, or
    ``None`` for a single message.
    """

    type: PiiType
    start: int
    end: int
    text: str
    turn: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": str(self.type),
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.turn is not None:
            out["turn"] = self.turn
        return out


class Finding(NamedTuple):
    """One piece of evidence behind a decision (S7): rule, category, span, score and why.

    Offsets index the original text (for a conversation, the text of turn ``turn``). A named
    tuple, like ``Signal``: immutable, and made in a third of the time of a frozen dataclass,
    which matters at several findings a message.
    """

    rule: str
    category: str
    start: int
    end: int
    score: float
    why: str
    turn: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "why": self.why,
        }
        if self.turn is not None:
            out["turn"] = self.turn
        return out


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn of a conversation; ``role`` is ``"adult"``, ``"child"`` or ``"unknown"``."""

    author: str
    role: str
    text: str


@dataclass(frozen=True, slots=True)
class GroomingResult:
    """Grooming (S4) over a conversation: the score, whether it alerts, the participant whose
    conduct scored highest (a turn's ``author``), and that participant's evidence as S4
    findings at original offsets."""

    score: float
    alerted: bool
    author: str | None
    findings: tuple[Finding, ...]


class Signal(NamedTuple):
    """What a detector returns; offsets index the text the detector was given."""

    category: str
    start: int
    end: int
    score: float
    why: str
    rule: str


_CATEGORY_NAMES = tuple(c.value for c in Category)


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """The outcome of screening one message or one conversation."""

    decision: Decision
    concern: bool
    scores: Mapping[str, float]
    pii: tuple[PiiSpan, ...]
    findings: tuple[Finding, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.scores, MappingProxyType):
            object.__setattr__(self, "scores", MappingProxyType(dict(self.scores)))

    @classmethod
    def _of(
        cls,
        decision: Decision,
        concern: bool,
        scores: MappingProxyType,
        pii: tuple[PiiSpan, ...],
        findings: tuple[Finding, ...],
    ) -> ScreeningResult:
        """The result the screener makes for every message, from parts already in their final
        form (``scores`` read-only): its slots set directly, in half the time the frozen
        dataclass's ``__init__`` takes, which sets each through ``object.__setattr__`` and then
        checks the scores."""
        made = _new(cls)
        _SET_DECISION(made, decision)
        _SET_CONCERN(made, concern)
        _SET_SCORES(made, scores)
        _SET_PII(made, pii)
        _SET_FINDINGS(made, findings)
        return made

    def to_dict(self, id: Any = None) -> dict[str, Any]:
        """The output line of SPEC.md's screening contract, as a JSON-ready dict."""
        return {
            "id": id,
            "decision": self.decision.value,
            "concern": self.concern,
            "scores": {c: float(self.scores.get(c, 0.0)) for c in _CATEGORY_NAMES},
            "pii": [p.to_dict() for p in self.pii],
            "findings": [f.to_dict() for f in self.findings],
        }


_new = object.__new__
_SET_DECISION = ScreeningResult.decision.__set__
_SET_CONCERN = ScreeningResult.concern.__set__
_SET_SCORES = ScreeningResult.scores.__set__
_SET_PII = ScreeningResult.pii.__set__
_SET_FINDINGS = ScreeningResult.findings.__set__

__all__ = [
    "Category",
    "Context",
    "Decision",
    "Finding",
    "GroomingResult",
    "PiiSpan",
    "PiiType",
    "ScreeningResult",
    "Signal",
    "Turn",
]
