"""The one public entry point of the screening engine."""

from __future__ import annotations

import functools
import gc
import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from chaperone.screening.decide import Thresholds, decide
from chaperone.screening.lexicon import DISCLOSURE, forget_seen, prepare, triggered
from chaperone.screening.normalise import Normalised, normalise, normalise_batch
from chaperone.screening.normalise import prepare as prepare_normaliser
from chaperone.screening.pii import could_find, find_all, find_all_batch
from chaperone.screening.tone import tone_signals
from chaperone.screening.types import (
    Category,
    Context,
    Decision,
    Finding,
    GroomingResult,
    PiiSpan,
    PiiType,
    ScreeningResult,
    Signal,
    Turn,
)

__all__ = ["Screener"]

_CATEGORIES = tuple(c.value for c in Category)
_NO_SCORES = dict.fromkeys(_CATEGORIES, 0.0)
_ALLOW = Decision.ALLOW
_GROOMING = Category.GROOMING.value
_floor = math.floor
_HARM_WHY = {
    "toxic": "abusive, bullying or offensive language",
    "sexual": "sexual content",
    "hate": "hateful language about a group",
    "threat": "a threat of violence",
    "self_harm": "talk of self-harm or suicide",
    "extremism": "extremist or radicalising content",
    "grooming": "a pattern seen in grooming",
}
#: Why a category the model alone reads above its warning level is reported, written once.
_MODEL_WHY = {category: f"the model reads this as {why}" for category, why in _HARM_WHY.items()}
_made = ScreeningResult._of


def _collector_paused(method):
    """Run ``method`` with Python's cyclic garbage collector paused, when it was running.

    Screening a batch makes tens of thousands of short-lived objects (a long chat's index lists
    hold thousands of numbers each) and no reference cycles: the collector's passes over them,
    set off by the count of objects made, took about 7% of the time of chat segments of 3,000
    characters and more (5% on a sample of all segments, and on chat turns) and found nothing
    to free. Objects are still freed as they fall out of use; only the search for cycles waits,
    and runs as usual once the call returns. A collector already paused (by the caller, or by
    another thread screening) is left as it is."""

    @functools.wraps(method)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return method(*args, **kwargs)
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            gc.enable()

    return paused


def _coerce_context(context) -> Context:
    try:
        return Context(str(context))
    except ValueError as exc:
        raise ValueError(
            f"unknown context {context!r}; one of {[c.value for c in Context]}"
        ) from exc


class Screener:
    """Screens messages and conversations. Load once per process: the models load here.

    >>> Screener().screen("call me on 07700 900123", context="group_message").decision
    <Decision.BLOCK: 'block'>
    """

    def __init__(self, thresholds: Thresholds | Mapping | None = None):
        from chaperone.screening import disclosure, grooming
        from chaperone.screening.harm import HarmModel

        self._harm = HarmModel.load()
        prepare()  # the gate and every list's patterns, once a process
        prepare_normaliser()  # the lists' words, for masked words
        self._disclosure = disclosure
        self._grooming = grooming
        self.thresholds = Thresholds.from_overrides(thresholds)

    # -- single messages ----------------------------------------------------------------------

    @_collector_paused
    def screen(
        self, text: str, context=Context.GROUP_MESSAGE, overrides=None, *, hour: int | None = None
    ) -> ScreeningResult:
        """Screen one text. ``hour`` is the sender's local hour (0-23), for M11's late-night
        check on staff messages to young people; ``None`` skips that check."""
        context, thresholds, floor = self._begin(context, overrides, hour)
        view = normalise(text if isinstance(text, str) else str(text))
        scores, harm = self._harm.assess(view.words)
        # The same steps as a batch's, for one text: every step's handling of a batch costs
        # more than its work on a single message.
        look = could_find(view.light, view.words, triggered(view.words))
        details = find_all(view.light, view.words) if look else None
        told = self._told([view], context)[0]
        return self._result(view, scores, harm, context, thresholds, hour, floor, details, told)

    def _begin(self, context, overrides, hour: int | None) -> tuple[Context, Thresholds, float]:
        """The context, thresholds and lowest level a call screens with, the hour checked; what
        was kept of the texts screened before is forgotten."""
        context = _coerce_context(context)
        if hour is not None and (isinstance(hour, bool) or hour not in range(24)):
            raise ValueError(f"hour must be a whole hour from 0 to 23, not {hour!r}")
        thresholds = self.thresholds if overrides is None else Thresholds.from_overrides(overrides)
        forget_seen()
        return context, thresholds, thresholds.floor(context.value)

    @_collector_paused
    def screen_batch(
        self,
        texts: Sequence[str],
        context=Context.GROUP_MESSAGE,
        overrides=None,
        *,
        hour: int | None = None,
    ) -> list[ScreeningResult]:
        context, thresholds, floor = self._begin(context, overrides, hour)
        views = normalise_batch([text if isinstance(text, str) else str(text) for text in texts])
        assessed = self._harm.assess_batch([view.words for view in views])
        # Identifying details for the whole batch at once (each recogniser reads every text in
        # turn), for the texts where ``could_find`` says a recogniser has something to read.
        looks = [could_find(view.light, view.words, triggered(view.words)) for view in views]
        looked = [(v.light, v.words) for v, look in zip(views, looks, strict=True) if look]
        found = iter(find_all_batch(looked))
        told = self._told(views, context)
        return [
            self._result(
                view,
                scores,
                harm,
                context,
                thresholds,
                hour,
                floor,
                next(found) if look else None,
                signals,
            )
            for view, (scores, harm), look, signals in zip(
                views, assessed, looks, told, strict=True
            )
        ]

    def _told(self, views: Sequence[Normalised], context: Context) -> list[list[Signal]]:
        """For each text, its disclosures, then its grooming stages: each list reads the whole
        batch in turn, where the gate leaves it anything to read."""
        fired = [triggered(view.words) for view in views]
        disclosing = [DISCLOSURE.may_match(met) for met in fired]
        grooming = [self._grooming.STAGES.may_match(met) for met in fired]
        if not any(disclosing) and not any(grooming):
            return [[] for _ in views]  # neither list has anything to read (most messages)
        told: list[list[Signal]] = [[] for _ in views]
        for view, may, signals in zip(views, disclosing, told, strict=True):
            if may:
                signals += self._disclosure.find_disclosures(view.words)
        factors = (
            self._grooming.STAFF_TO_CHILD
            if context == Context.STAFF_TO_CHILD
            else self._grooming.ONE_MESSAGE
        )
        for view, may, signals in zip(views, grooming, told, strict=True):
            if may:
                signals += self._grooming.message_signals(view.words, factors)
        return told

    def _evidence(
        self,
        view: Normalised,
        context: Context,
        harm: list[Signal],
        turn: int | None = None,
        hour: int | None = None,
        look_for_pii: bool = True,
        details: list | None = None,
        told: list[Signal] | None = None,
    ):
        # ``could_find`` said no recogniser has anything to look at: none is run. ``details``
        # are ``find_all``'s for this text, and ``told`` its disclosures and grooming stages
        # (``_told``), where the caller has found them already.
        pii = _pii(view, turn, details) if look_for_pii else []
        findings = [
            Finding("S1", str(p.type), p.start, p.end, 1.0, _PII_FINDING_WHY[p.type], turn)
            for p in pii
        ]
        # Signals over the words view, in order: the harm lists', then disclosures, then
        # grooming stages. Each list is read only where its words occur (``triggered``, kept
        # from the harm pass: ``_told``).
        if told is None:
            told = self._told([view], context)[0]
        signals = harm + told if told else harm
        if signals:
            findings += _word_findings(view, signals, turn)
        if context == Context.STAFF_TO_CHILD:
            findings += [
                _finding(view, which, s, turn)
                for which, s in tone_signals(view.original, view.words, hour=hour)
            ]
        return pii, findings

    @staticmethod
    def _allowed(scores: dict[str, float]) -> ScreeningResult:
        """Most messages end here, so ``_round4`` is written out in the loop."""
        out = _NO_SCORES.copy()
        for category, value in scores.items():
            if value:
                out[category] = _floor(value * 10000.0 + 0.5) / 10000.0
        return _made(_ALLOW, False, MappingProxyType(out), (), ())

    def _result(
        self,
        view: Normalised,
        scores: dict[str, float],
        harm: list[Signal],
        context: Context,
        thresholds: Thresholds,
        hour: int | None,
        floor: float,
        details: list | None,
        told: list[Signal],
    ) -> ScreeningResult:
        """The result for one text; ``floor`` is the lowest level in this context, ``details``
        the text's identifying details as ``find_all`` gives them (None where ``could_find``
        says there can be none), and ``told`` its disclosures and grooming stages
        (``_told``)."""
        below = max(scores.values()) < floor
        fired = triggered(view.words)  # kept from the harm pass over the same batch
        look = details is not None
        if below and not harm and context != Context.STAFF_TO_CHILD and not fired and not look:
            # No phrase list and no recogniser has anything to look at: skip them all.
            return self._allowed(scores)
        pii, findings = self._evidence(
            view,
            context,
            harm,
            hour=hour,
            look_for_pii=look,
            details=details,
            told=told,
        )
        if not findings and below:
            # Nothing found and every score below every level: the usual message, allowed.
            return self._allowed(scores)
        rules, have, grooming = _read_findings(scores, findings)
        scores[_GROOMING] = max(scores.get(_GROOMING, 0.0), grooming)
        findings += _category_findings(scores, have, view, thresholds, context)
        verdict = decide(
            scores,
            context=context,
            thresholds=thresholds,
            pii=bool(pii),
            disclosure="S3" in rules,
            tone="M11" in rules,
        )
        return _made(  # decision, concern, scores, pii, findings
            verdict.decision,
            verdict.concern,
            MappingProxyType(_clipped(scores)),
            tuple(pii),
            tuple(sorted(findings, key=_in_order)) if len(findings) > 1 else tuple(findings),
        )

    # -- conversations ------------------------------------------------------------------------

    @_collector_paused
    def score_grooming(self, turns: Sequence[Turn]) -> GroomingResult:
        """Grooming (S4) alone over a conversation: no per-turn harm or identifying details,
        for callers that screened each message as it was written."""
        turns = _turns(turns)
        forget_seen()
        return self._grooming_over(turns, [normalise(t.text) for t in turns])

    def _grooming_over(self, turns: list[Turn], views: list[Normalised]) -> GroomingResult:
        assessment = self._grooming.score_conversation(
            [Turn(t.author, t.role, v.words) for t, v in zip(turns, views, strict=True)]
        )
        return GroomingResult(
            score=_clip(assessment.score),
            alerted=assessment.alerted,
            author=assessment.author,
            findings=tuple(_finding(views[i], "words", s, i) for i, s in assessment.evidence),
        )

    @_collector_paused
    def screen_conversation(
        self, turns: Sequence[Turn], context=Context.DIRECT_MESSAGE, overrides=None
    ) -> ScreeningResult:
        """Screen a conversation: grooming (S4) is scored over all of it, with the turns that
        carry the evidence; every turn is also screened on its own."""
        context = _coerce_context(context)
        thresholds = self.thresholds if overrides is None else Thresholds.from_overrides(overrides)
        turns = _turns(turns)
        forget_seen()
        views = [normalise(t.text) for t in turns]
        scored = [self._harm.assess(v.words) for v in views]
        scores = {c.value: 0.0 for c in Category}
        pii: list[PiiSpan] = []
        findings: list[Finding] = []
        for i, (view, (turn_scores, harm)) in enumerate(zip(views, scored, strict=True)):
            turn_pii, turn_findings = self._evidence(view, context, harm, turn=i)
            turn_findings = [f for f in turn_findings if f.rule != "S4"]
            _, have, _ = _read_findings(turn_scores, turn_findings)
            # A turn the model alone reads above a warning level says so, as a message would.
            turn_findings += _category_findings(turn_scores, have, view, thresholds, context, i)
            for k, v in turn_scores.items():
                scores[k] = max(scores.get(k, 0.0), v)
            pii += turn_pii
            findings += turn_findings
        grooming = self._grooming_over(turns, views)
        scores[Category.GROOMING.value] = grooming.score
        findings += grooming.findings
        verdict = decide(
            scores,
            context=context,
            thresholds=thresholds,
            pii=bool(pii),
            disclosure=any(f.rule == "S3" for f in findings),
            tone=any(f.rule == "M11" for f in findings),
        )
        concern = verdict.concern or grooming.alerted
        return ScreeningResult(
            decision=verdict.decision,
            concern=concern,
            scores=MappingProxyType(_clipped(scores)),
            pii=tuple(pii),
            findings=tuple(sorted(findings, key=_in_order)),
        )


_PII_WHY = {
    PiiType.PHONE: "a phone number",
    PiiType.EMAIL: "an email address",
    PiiType.POSTCODE: "a postcode",
    PiiType.ADDRESS: "a home address",
    PiiType.SCHOOL: "a school's name",
    PiiType.DATE_OF_BIRTH: "a date of birth",
    PiiType.SOCIAL_HANDLE: "a social media handle or an invitation to another platform",
    PiiType.URL: "a link",
}


_PII_FINDING_WHY = {
    kind: f"{why}: identifying details are kept off shared spaces" for kind, why in _PII_WHY.items()
}


def _in_order(f: Finding) -> tuple:
    """Findings are reported by turn, then where they start, then by rule."""
    return (f.turn or 0, f.start, f.rule)


def _turns(turns) -> list[Turn]:
    return [t if isinstance(t, Turn) else Turn(**t) for t in turns]


def _clip(x: float) -> float:
    """A score as reported: a number in [0, 1] (NaN as 0) to four places."""
    if not x:
        return 0.0
    x = float(x)
    if x > 1.0:
        return 1.0
    return _round4(x) if x > 0.0 else 0.0  # below zero, or NaN, is 0


def _clipped(scores: Mapping[str, float]) -> dict[str, float]:
    """Every category's score as reported (``_clip``), 0 for one not scored: ``_clip`` and
    ``_round4`` written out, once a category rather than two calls."""
    out = {}
    for c in _CATEGORIES:
        x = scores.get(c, 0.0)
        if x:
            x = float(x)
            x = 1.0 if x > 1.0 else _floor(x * 10000.0 + 0.5) / 10000.0 if x > 0.0 else 0.0
        out[c] = x or 0.0
    return out


def _round4(x: float) -> float:
    """A score in [0, 1] to four places, half up: the same as ``round(x, 4)`` but for values
    within a rounding error of a half, and several times cheaper."""
    return math.floor(x * 10000.0 + 0.5) / 10000.0


def _pii(view: Normalised, turn: int | None, found: list | None = None) -> list[PiiSpan]:
    """Identifying details at original offsets (``found``: ``find_all``'s, where the caller
    has them); where spans overlap, the recogniser listed first wins. The kept spans are
    disjoint, so one sorted list and bisection find overlaps."""
    if found is None:
        found = find_all(view.light, view.words)
    starts: list[int] = []
    kept: list[PiiSpan] = []
    for kind, which, start, end, _score, _why in found:
        a, b = view.light_span(start, end) if which == "light" else view.words_span(start, end)
        if b <= a:
            continue
        i = bisect_left(starts, a)
        if (i and kept[i - 1].end > a) or (i < len(kept) and kept[i].start < b):
            continue
        starts.insert(i, a)
        kept.insert(i, PiiSpan(kind, a, b, view.original[a:b], turn))
    return kept


def _word_findings(view: Normalised, signals: list[Signal], turn: int | None) -> list[Finding]:
    """``_finding(view, "words", s, turn)`` for each of ``signals``, in one list."""
    span = view.words_span
    return [
        Finding(s.rule, s.category, *span(s.start, s.end), _clip(s.score), s.why, turn)
        for s in signals
    ]


def _finding(view: Normalised, which: str, s: Signal, turn: int | None) -> Finding:
    a, b = view.light_span(s.start, s.end) if which == "light" else view.words_span(s.start, s.end)
    return Finding(s.rule, s.category, a, b, _clip(s.score), s.why, turn)


def _read_findings(scores: dict[str, float], findings) -> tuple[set, set, float]:
    """One pass over ``findings``: a phrase-list hit (S2) lifts its category's score to the
    hit's, in place; returned are the rules and the categories found, and the strongest
    grooming (S4) score, 0 for none."""
    rules, have, grooming = set(), set(), 0.0
    for f in findings:
        rule, category = f.rule, f.category
        rules.add(rule)
        have.add(category)
        if rule == "S4":
            grooming = max(grooming, f.score)
        elif rule == "S2" and category in scores:
            scores[category] = max(scores[category], f.score)
    return rules, have, grooming


def _category_findings(scores, have, view, thresholds, context, turn=None) -> list[Finding]:
    """A finding for a category the model scores above its warning level with no phrase-list
    evidence of its own (none of the categories ``have``): the whole text is the span."""
    out = []
    for category, _, warn, _ in thresholds.plan(str(context)):
        if category in have or category == "grooming":
            continue
        score = scores.get(category)
        if score and score >= warn:
            out.append(
                Finding(
                    "S2",
                    category,
                    0,
                    len(view.original),
                    _clip(score),
                    _MODEL_WHY.get(category) or f"the model reads this as {category}",
                    turn,
                )
            )
    return out
