"""Professional tone (M11): what a member of staff should not write to a young person.

Kisses ("x", "xx", "xoxo"), affectionate or flirty emoji, pet names and slang ("babe", "hun"),
and over-familiar wording ("miss you", "love you"), and, when the caller passes the sender's
local hour, late-night timing (22:00 to 07:00). These warn the sender; they never block. (The
policy engine's quiet hours, M6, hold such a message until morning; this tells the sender why.)
"""

from __future__ import annotations

import re

from chaperone.screening.scan import Led, led
from chaperone.screening.types import Signal

_KISS = r"(?:x{1,5}|xo(?:xo)+|kisses|hugs\s+and\s+kisses)(?![a-z0-9])"
_KISSES = re.compile(r"(?<![a-z0-9])" + _KISS, re.I)
_AFFECTIONATE_EMOJI = re.compile(
    "[\u2764\u2765\u2763\U0001f48b-\U0001f49f\U0001f5a4\U0001f90d\U0001f90e\U0001f9e1"
    "\U0001f60d\U0001f618\U0001f617\U0001f619\U0001f61a\U0001f970\U0001f609\U0001f60f"
    "\U0001f525\U0001f351\U0001f346\U0001f445\U0001f4a6\U0001f63b\U0001f48f\U0001f491]"
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_PET_NAMES = re.compile(
    r"\b(?:babe|baby|babes|bae|hun|hunny|honey|sweetie|sweetheart|sweetpea|darling|darlin|luv"
    r"|lovely girl|gorgeous|beautiful|handsome|sexy|cutie|cutiepie|princess|angel|sugar|pet"
    r"|my girl|my boy|mate xx)\b"
)
_FAMILIAR = re.compile(
    r"\b(?:miss(?:ing)?\s+(?:you|u|ya)|love\s+(?:you|u|ya)|luv\s+(?:you|u|ya)|ily|ilu"
    r"|thinking\s+(?:of|about)\s+(?:you|u)|can'?t\s+stop\s+thinking|you'?re\s+(?:so\s+)?special"
    r"|you\s+mean\s+(?:so\s+much|the\s+world)|(?:wish|want)\s+(?:i|we)\s+(?:could\s+)?see\s+(?:you|u)"
    r"|sweet\s+dreams|night\s+night|nighty\s+night|sleep\s+tight)\b"
)
#: Remarks on a young person's looks: staff praise the effort, not the appearance.
_LOOKS = re.compile(
    r"\b(?:you|u) (?:look|looked|looking|looks) (?:really |so |very |absolutely |well )?"
    r"(?:lovely|gorgeous|beautiful|pretty|stunning|hot|sexy|cute|grown up)\b"
)
#: Boundaries a member of staff keeps: contact at any hour, favourites, "just the two of us".
_BOUNDARY = re.compile(
    r"\b(?:(?:message|text|call|ring|dm|contact|talk to) me (?:any ?time|whenever|24/?7)"
    r"(?:,? day or night)?|day or night|any ?time of (?:the )?night|(?:you'?re|you are|ur) my"
    r" (?:fav(?:ou?rite)?|number one)|just (?:you and me|the two of us|us two))\b"
)
#: Wording a member of staff should not use with a young person, and why.
_WORDING = (
    (_FAMILIAR, "over-familiar wording for a young person"),
    (_LOOKS, "a remark on a young person's looks: praise the effort, not the appearance"),
    (_BOUNDARY, "staff keep to the platform, to working hours and to no favourites"),
)
_SLANG = re.compile(r"\b(?:u|ur|lol|lmao|omg|wanna|gonna|innit|ya|cya|wyd|hbu|ngl|tbh|fam)\b")


# Each pattern above that opens with a look-behind or a word boundary, led (``scan.led``): a
# staff message to a young person is read by all of them. Group 1 is the plain match.
_KISSES_LED = Led.compile(r"[^a-z0-9]", r"(?-i:[^A-Za-z0-9])", f"({_KISS})", re.I)
_PET_NAMES_LED, _FAMILIAR_LED, _LOOKS_LED, _BOUNDARY_LED, _SLANG_LED = (
    Led.compile(r"\W", r"[^A-Za-z0-9_]", "(" + p.pattern.removeprefix(r"\b") + ")")
    for p in (_PET_NAMES, _FAMILIAR, _LOOKS, _BOUNDARY, _SLANG)
)
_WORDING_LED = tuple(
    (led_form, why)
    for led_form, (_, why) in zip((_FAMILIAR_LED, _LOOKS_LED, _BOUNDARY_LED), _WORDING, strict=True)
)

#: Local hours at which a message from staff to a young person is late (22:00 to 07:00).
LATE_HOURS = frozenset({22, 23, 0, 1, 2, 3, 4, 5, 6})


def _on_words(m: re.Match, score: float, why: str) -> tuple[str, Signal]:
    """A tone signal at a led match (group 1) in the words view."""
    return "words", Signal("tone", m.start(1) - 1, m.end(1) - 1, score, why, "M11")


def tone_signals(original: str, words: str, *, hour: int | None = None) -> list[tuple[str, Signal]]:
    """Signals with the view their offsets index: "light" (the original's shape) or "words".

    ``hour`` is the sender's local hour (0-23) when the caller knows it: between 22:00 and
    07:00 the whole message gets a late-night signal.
    """
    out: list[tuple[str, Signal]] = []
    if hour is not None and hour in LATE_HOURS:
        out.append(
            (
                "words",
                Signal(
                    "tone",
                    0,
                    len(words),
                    0.7,
                    f"sent at {hour:02d}:00: messages to young people go between 07:00 and 22:00",
                    "M11",
                ),
            )
        )
    for m in led(_KISSES_LED, original):
        kiss, start, end = m.group(1), m.start(1) - 1, m.end(1) - 1
        tail = original[end:].strip(" !.\t\n")
        alone = not tail or _EMOJI.fullmatch(tail[:1] or " ") or original[end:].lstrip()[:1] in "\n"
        if kiss.lower().startswith("x") and not alone and len(kiss) < 2:
            continue  # a lone "x" mid-sentence ("x marks the spot", "5 x 3") is not a kiss
        out.append(("light", Signal("tone", start, end, 0.9, "a kiss", "M11")))
    for m in _AFFECTIONATE_EMOJI.finditer(original):
        out.append(
            (
                "light",
                Signal("tone", m.start(), m.end(), 0.85, "an affectionate or flirty emoji", "M11"),
            )
        )
    for m in led(_PET_NAMES_LED, words):
        out.append(_on_words(m, 0.85, f"a pet name or familiar word ({m.group(1)!r})"))
    for pattern, why in _WORDING_LED:
        out += [_on_words(m, 0.8, why) for m in led(pattern, words)]
    slang = next(led(_SLANG_LED, words), None)  # the first is enough to say why
    if slang is not None:
        out.append(_on_words(slang, 0.6, "text-speak or slang: write as you would in a letter"))
    return out
