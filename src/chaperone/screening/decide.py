"""From scores and findings to a decision (S7): allow, warn, hold or block, and a concern.

Thresholds are per category and per context, with defaults here; an organisation overrides
them with a plain mapping such as::

    {"hold": {"toxic": 0.7}, "contexts": {"public_post": {"warn": {"toxic": 0.3}}}}

``Thresholds.from_overrides`` checks every key and value and raises ``ThresholdError`` naming
the first bad one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from chaperone.screening.types import Category, Context, Decision

HARM = (Category.TOXIC, Category.SEXUAL, Category.HATE, Category.THREAT, Category.SELF_HARM,
        Category.EXTREMISM)  # fmt: skip
CHILD_FACING = frozenset({Context.CHILD_MESSAGE, Context.STAFF_TO_CHILD, Context.GROUP_MESSAGE,
                          Context.DIRECT_MESSAGE})  # fmt: skip
#: Where identifying details are blocked (S1): the author is told why and nothing is sent.
PII_BLOCKED = frozenset({Context.PUBLIC_POST, Context.GROUP_MESSAGE, Context.PROFILE})
#: A young person's own message with identifying details is held for a designated person, who
#: can tell them why and talk to them: it is kept from the group, not bounced back (D1).
PII_HELD = frozenset({Context.CHILD_MESSAGE})

_DEFAULT_WARN = {
    "toxic": 0.5, "sexual": 0.4, "hate": 0.45, "threat": 0.45, "self_harm": 0.4,
    "extremism": 0.5, "grooming": 0.4,
}  # fmt: skip
_DEFAULT_HOLD = {
    "toxic": 0.75, "sexual": 0.6, "hate": 0.65, "threat": 0.6, "self_harm": 0.6,
    "extremism": 0.7, "grooming": 0.6,
}  # fmt: skip
_DEFAULT_CONCERN = {"sexual": 0.8, "self_harm": 0.7, "grooming": 0.6, "threat": 0.85}
_CONTEXT_DEFAULTS: dict[str, dict[str, dict[str, float]]] = {
    # Public posts are read by anyone: hold sooner.
    Context.PUBLIC_POST: {"hold": {"toxic": 0.6, "hate": 0.5, "sexual": 0.5}},
    # Staff writing to children: no room for borderline language.
    Context.STAFF_TO_CHILD: {"warn": {"toxic": 0.35, "sexual": 0.3}, "hold": {"sexual": 0.5}},
}


class ThresholdError(ValueError):
    """An organisation's threshold override is not usable."""


@dataclass(frozen=True)
class Thresholds:
    warn: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(_DEFAULT_WARN))
    hold: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(_DEFAULT_HOLD))
    concern: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(_DEFAULT_CONCERN))
    contexts: Mapping[str, Mapping[str, Mapping[str, float]]] = field(
        default_factory=lambda: MappingProxyType(_CONTEXT_DEFAULTS)
    )
    # What the methods below work out for each context, kept (the levels are frozen): no part of
    # the object's value.
    _tables: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _plans: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _floors: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def level(self, kind: str, category: str, context: str) -> float:
        return self.table(str(context))[kind].get(category, 1.01)

    def table(self, context: str) -> dict[str, dict[str, float]]:
        """Every level for one context, merged once and kept (the object is frozen)."""
        cache = self._tables
        table = cache.get(context)
        if table is None:
            per_context = self.contexts.get(context, {})
            table = {
                kind: {**getattr(self, kind), **per_context.get(kind, {})}
                for kind in ("warn", "hold", "concern")
            }
            cache[context] = table
        return table

    def plan(self, context: str) -> tuple[tuple[str, float, float, float], ...]:
        """Each category's (name, hold, warn, concern) levels in this context, in the order of
        ``Category``, worked out once and kept: 1.01 (never reached) where a level is not set,
        and no concern for sexual content outside the contexts children read (S7)."""
        plans = self._plans
        found = plans.get(context)
        if found is None:
            table = self.table(context)
            hold, warn, concern = table["hold"], table["warn"], table["concern"]
            found = tuple(
                (
                    c.value,
                    hold.get(c.value, 1.01),
                    warn.get(c.value, 1.01),
                    concern.get(c.value, 1.01)
                    if c != Category.SEXUAL or context in CHILD_FACING
                    else float("inf"),
                )
                for c in Category
            )
            plans[context] = found
        return found

    def floor(self, context: str) -> float:
        """The lowest level of any kind in this context: scores below it decide nothing."""
        floors = self._floors
        level = floors.get(context)
        if level is None:
            level = min(min(kind.values(), default=1.01) for kind in self.table(context).values())
            floors[context] = level
        return level

    @classmethod
    def from_overrides(cls, overrides: Mapping | None) -> Thresholds:
        base = cls()
        if not overrides:
            return base
        if isinstance(overrides, Thresholds):
            return overrides
        if not isinstance(overrides, Mapping):
            raise ThresholdError("threshold overrides must be a mapping")
        known = {"warn", "hold", "concern", "contexts"}
        for key in overrides:
            if key not in known:
                raise ThresholdError(f"unknown threshold kind {key!r}; use {sorted(known)}")
        levels = {k: dict(getattr(base, k)) for k in ("warn", "hold", "concern")}
        for kind in ("warn", "hold", "concern"):
            levels[kind].update(_check_levels(overrides.get(kind, {}), kind))
        contexts = {c: {k: dict(v) for k, v in d.items()} for c, d in base.contexts.items()}
        raw_contexts = overrides.get("contexts", {})
        if not isinstance(raw_contexts, Mapping):
            raise ThresholdError("contexts must be a mapping of context to thresholds")
        for context, kinds in raw_contexts.items():
            if context not in {c.value for c in Context}:
                raise ThresholdError(f"unknown context {context!r}")
            if not isinstance(kinds, Mapping):
                raise ThresholdError(f"thresholds for {context} must be a mapping")
            for kind, values in kinds.items():
                if kind not in ("warn", "hold", "concern"):
                    raise ThresholdError(f"unknown threshold kind {kind!r} in {context}")
                contexts.setdefault(context, {}).setdefault(kind, {}).update(
                    _check_levels(values, f"{context}.{kind}")
                )
        return cls(
            warn=MappingProxyType(levels["warn"]),
            hold=MappingProxyType(levels["hold"]),
            concern=MappingProxyType(levels["concern"]),
            contexts=MappingProxyType(contexts),
        )


def _check_levels(values, where: str) -> dict[str, float]:
    if not isinstance(values, Mapping):
        raise ThresholdError(f"{where} must map categories to numbers")
    out = {}
    for category, level in values.items():
        if category not in {c.value for c in Category}:
            raise ThresholdError(f"unknown category {category!r} in {where}")
        if isinstance(level, bool) or not isinstance(level, int | float):
            raise ThresholdError(f"{where}.{category} must be a number between 0 and 1")
        if not 0.0 <= float(level) <= 1.0:
            raise ThresholdError(f"{where}.{category} must be between 0 and 1, not {level}")
        out[category] = float(level)
    return out


#: The decisions from the mildest to the strictest, each at its ``severity``.
_ORDER = sorted(Decision, key=lambda d: d.severity)


class Verdict(NamedTuple):
    decision: Decision
    concern: bool


def decide(
    scores: Mapping[str, float],
    *,
    context: str,
    thresholds: Thresholds,
    pii: bool,
    disclosure: bool,
    tone: bool,
) -> Verdict:
    # The strictest decision reached, as its place in ``_ORDER``.
    level = 0
    concern = False
    for category, hold, warn, raise_concern in thresholds.plan(str(context)):
        score = scores.get(category)
        if not score:
            continue
        if score >= hold:
            level = 2
        elif score >= warn and not level:
            level = 1
        if score >= raise_concern:
            concern = True
    if disclosure:  # S3: handled as a face-to-face disclosure
        concern = True
        level = max(level, 2)
    if pii:
        if context in PII_BLOCKED:
            level = 3
        elif context in PII_HELD:
            level = max(level, 2)
        else:
            level = max(level, 1)
    if tone and context == Context.STAFF_TO_CHILD:
        level = max(level, 1)
    if concern and level == 3:
        level = 2  # a disclosure is never bounced back: it goes to the lead
    decision = _ORDER[level]
    return Verdict(decision, concern)
