"""First lines of street addresses, UK forms first: a house or flat number, a street name and
a suffix ("14 Acacia Avenue", "Flat 3, 22 Heaton Road", "221b Baker Street", "12 The Crescent")."""

import re
import string

from chaperone.screening.lexicon import shared_beginnings
from chaperone.screening.scan import (
    Cues,
    Led,
    as_ascii,
    ascii_finds,
    ascii_twin,
    classes,
    has_digit,
    led,
)

_SUFFIX = (
    r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|grove|gr|place|pl"
    r"|gardens|gdns|terrace|terr|court|ct|hill|park|row|mews|walk|square|sq|green|view|rise"
    r"|parade|boulevard|wharf|yard|vale|croft|chase|meadows?|fields?|wynd|gate|hall|estate"
    r"|cottages?|heights|circus"
)
# The suffixes with their shared beginnings written once ("r(?:d|ise|o(?:ad|w))"): the engine
# tries an alternation's words one by one, and the suffix is tried after every word that could
# be a street's name. Each is followed by a word boundary, so no two can match at one place
# and the order they are tried in changes nothing.
_SUFFIXES = shared_beginnings(_SUFFIX)
# After the house number's first digit: the rest of the number or range, up to three words of
# the street's name (group 1) and the suffix.
_AFTER_DIGIT = (
    r"\d{0,3}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?\s*,?\s+((?:[a-z][a-z'\-]*\s+){0,3})(?:"
    + _SUFFIXES
    + r")\b\.?"
)
_UNITS = ("flat", "apartment", "apt", "unit")
_ADDRESS = re.compile(
    r"(?<![\w£$.:/])(?:(?:" + "|".join(_UNITS) + r")\s*\d{1,4}[a-z]?\s*,?\s*)?\d" + _AFTER_DIGIT,
    re.I,
)
# ``_ADDRESS`` for a text with no flat or unit in it: the same matches, but the search starts at
# a digit (a digit first lets it jump from digit to digit; the look-behind after the digit
# tests the character before it), where ``_ADDRESS`` tries every character.
_AT_NUMBER = re.compile(r"\d(?<![\w£$.:/]\d)" + _AFTER_DIGIT, re.I)
# Both in ASCII ranges, for a text all in ASCII (``scan.ascii_twin``).
_ADDRESS_ASCII = ascii_twin(_ADDRESS)
_AT_NUMBER_ASCII = ascii_twin(_AT_NUMBER)
# "number 9 on elm grove": the house number said, then the street.
_NUMBER_ON = re.compile(
    r"(?<![\w£$.:/])(?:house |flat )?(?:number|no\.?) \d{1,4}[a-z]? (?:on|in) "
    r"((?:[a-z][a-z'\-]*\s+){0,3})(?:" + _SUFFIXES + r")\b\.?",
    re.I,
)
# One word with the suffix inside it, capitalised as a name: "44 Kingsway", "2 Broadway". A
# digit first, as in ``_AT_NUMBER``.
_ONE_WORD = re.compile(r"\d(?<![\w£$.:/]\d)\d{0,3}[a-z]?\s+([A-Z][a-z]{2,})(?:way|gate)\b")
_ONE_WORD_ASCII = ascii_twin(_ONE_WORD)
# The same typed in lower case, where the sentence says it is where someone lives: "my house is
# 27 westgate" ("we lost 3 anyway" is not an address).
_SAID_CUES = ("live at", "lives at", "living at", "house is", "address is", "m at", "moved to")
_ONE_WORD_SAID_RE = (
    r"(?:live at|lives at|living at|house is|address is|i'?m at|moved to) (?:number )?"
    r"(\d{1,4}[a-z]?\s+([a-z]{3,})(?:way|gate))\b"
)
_ONE_WORD_SAID = re.compile(_ONE_WORD_SAID_RE, re.I)
# The same read in the light view's lower case, where it finds what ``_ONE_WORD_SAID`` finds in
# the light view (see ``_patterns``): ignoring case, the search could not jump from one cue's
# first letter to the next and tried every character.
_ONE_WORD_SAID_LOWER = re.compile(_ONE_WORD_SAID_RE)
# What every ``_NUMBER_ON`` match holds, in lower case: a text without it skips the pattern,
# which tries every character.
_NUMBER_SAID = re.compile(r"(?:number|no\.?) \d")
#: What each pattern but the first needs, in lower case, read in one pass (``scan.Cues``): a
#: flat or unit (``_ADDRESS`` rather than ``_AT_NUMBER``), the number said (``_NUMBER_SAID``),
#: a way or gate (``_ONE_WORD``, ``_ONE_WORD_SAID``) and a cue of it said (``_ONE_WORD_SAID``).
_CUES = Cues(
    {
        "unit": _UNITS,
        "number": ("number ", "no ", "no. "),
        "way": ("way", "gate"),
        "said": _SAID_CUES,
    }
)
_NOT_ONE_WORD = frozenset({"any", "half", "some", "no", "mid", "door", "motor", "free", "run",
                           "sub", "walk", "path", "stair", "hall", "gang", "drive", "express",
                           "rail"})  # fmt: skip
# Where one lives, said with the street and no number: "i live on elm street".
LIVE_CUES = ("live on", "live in", "live at", "live off", "lives on", "lives in", "lives at",
             "lives off", "living on", "living in", "living at", "living off")  # fmt: skip
#: Whether a text holds one of ``LIVE_CUES``: one search that jumps from "liv" to "liv", where a
#: substring test for each cue reads a long chat a dozen times.
_LIVE_CUE = re.compile(r"liv(?:es?|ing) (?:on|in|at|off)")
_LIVED_ON = (
    r"(?:i|we|she|he|they|my family|my mum|my dad|my nan) (?:live|lives|living)"
    r" (?:on|in|at|off) (?:the corner of )?((?:[a-z][a-z'\-]*\s+){1,3})(?:" + _SUFFIXES + r")\b\.?"
)
_LIVE_ON = re.compile(r"(?<![\w'])" + _LIVED_ON, re.I)
# ``_LIVE_ON`` led (``scan.led``), read in the light view's lower case (see ``_patterns``): the
# character before the one who lives there consumed, where ``_LIVE_ON`` tried every character.
_LIVE_ON_LED = Led.compile(r"[^\w']", r"[^A-Za-z0-9_']", _LIVED_ON)
# Words that show the number is a count or a time, not a house.
_NOT_A_STREET = frozenset(
    [
        "at",
        "in",
        "on",
        "to",
        "for",
        "with",
        "and",
        "or",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "of",
        "from",
        "by",
        "near",
        "into",
        "onto",
        "down",
        "up",
        "over",
        "across",
        "along",
        "round",
        "around",
        "past",
        "off",
        "minutes",
        "minute",
        "mins",
        "min",
        "hours",
        "hour",
        "hrs",
        "days",
        "day",
        "weeks",
        "week",
        "times",
        "time",
        "goals",
        "goal",
        "points",
        "point",
        "laps",
        "lap",
        "miles",
        "mile",
        "yards",
        "metres",
        "meters",
        "km",
        "kids",
        "people",
        "players",
        "children",
        "years",
        "year",
        "months",
        "month",
        "more",
        "less",
        "than",
        "mins",
        "secs",
        "seconds",
        "is",
        "are",
        "was",
        "were",
        "be",
        "i",
        "you",
        "we",
        "they",
        "he",
        "she",
        "it",
        "me",
        "us",
        "them",
        "pm",
        "am",
        "o'clock",
        "oclock",
        "no",
        "not",
        "very",
        "so",
        # Verbs and the words of a sentence: "the year 7s have the hall", "3 of us got the park".
        "have",
        "has",
        "had",
        "got",
        "get",
        "want",
        "wants",
        "need",
        "needs",
        "do",
        "did",
        "does",
        "can",
        "will",
        "should",
        "would",
        "could",
        "left",
        "went",
        "go",
        "going",
        "a",
        "an",
        "all",
        "each",
    ]
)


#: Words in "i live on the same road" or "we live in a close" that are not a street's name.
_NOT_A_STREET_NAME = _NOT_A_STREET | {"same", "other", "next", "this", "that", "end", "posh",
                                      "nice", "quiet", "big", "long", "busy", "main", "fast",
                                      "slow"}  # fmt: skip


# A character outside ASCII that the patterns read as more than "?" is: a word character
# (before a house number, or in a street's name), white space, a digit, "£" or a dash.
_READ_OUTSIDE_ASCII = re.compile(r"[\w\s£–]")


def _as_ascii(text: str) -> str | None:
    """``text`` as the patterns in ASCII ranges read it (``scan.as_ascii``): itself where it is
    all ASCII, with "?" for each character outside ASCII where every such character is one they
    read as "?" is read (an emoji, a quotation mark); else None."""
    return as_ascii(text, _READ_OUTSIDE_ASCII)


def _patterns(text: str, lowered: str, ascii: bool | None = None, cues: set[str] | None = None):
    """The patterns that can match ``text``, in order, each with its score: each is left out
    where a word every match of it holds is missing; in ASCII ranges where ``ascii`` (the text
    reads as ASCII, ``_as_ascii``; worked out here when not given). ``cues`` are the groups of
    ``_CUES`` that ``lowered`` holds, where the caller has read them. (The light view holds no
    letter that matches an ASCII one only when case is ignored, so ``lowered``,
    ``text.lower()``, tests what ``re.I`` matches.)"""
    if ascii is None:
        ascii = _as_ascii(text) is not None
    if cues is None:
        cues = _CUES(lowered)
    if "unit" in cues:
        yield (_ADDRESS_ASCII if ascii else _ADDRESS), 0.85
    else:
        yield (_AT_NUMBER_ASCII if ascii else _AT_NUMBER), 0.85
    if "number" in cues and _NUMBER_SAID.search(lowered):
        yield _NUMBER_ON, 0.85
    if "way" in cues and _named_way(text):
        yield (_ONE_WORD_ASCII if ascii else _ONE_WORD), 0.8


#: The patterns whose every match opens with a house number's first digit (``\d(?<![\w£$.:/]
#: \d)``), in their ASCII forms, and ``_ADDRESS``'s, whose match opens with one or with a flat
#: or unit, in a long text read as ASCII (``_as_ascii``) are tried only where such a match can
#: begin
#: (``_number_starts``, ``_unit_starts``), where the search tests a class at every character,
#: several nanoseconds each.
_NUMBER_LED = (_AT_NUMBER_ASCII, _ONE_WORD_ASCII)
#: From this length on, the numbers' first digits are found first: in a shorter text the
#: translation costs about what the search does.
_NUMBER_STARTS_FROM = 512
# The look-behind's class (``[\w£$.:/]``) in an ASCII text, but for the digits: a house number
# or a unit begins after none of these and no digit.
_WORDISH = string.ascii_letters + "_$.:/"
_NOT_AFTER = frozenset(string.digits + _WORDISH)
# An ASCII text's characters as classes: a digit "0", one of ``_WORDISH`` "w", any other " ". A
# house number's first digit is a "0" after a " ".
_NUMBER_CLASSES = classes({string.digits.encode(): b"0", _WORDISH.encode(): b"w"})


def _number_starts(text: str) -> list[int]:
    """The offsets in an ASCII ``text`` (or one as ``_as_ascii`` gives it) of every digit with
    no word character, "$", ".", ":" or "/" before it (or none at all): where a match of
    ``_NUMBER_LED`` can begin."""
    return ascii_finds(" " + text, _NUMBER_CLASSES, b" 0")


def _unit_starts(text: str) -> list[int]:
    """The offsets in ``text`` (one read as ASCII, ``_as_ascii``) where a flat or unit ("Flat",
    "apt") stands, in any case, with none of those characters before it: where ``_ADDRESS`` can
    begin but for a number's first digit."""
    lowered = text.lower()
    found = []
    for unit in _UNITS:
        at = lowered.find(unit)
        while at >= 0:
            if not at or text[at - 1] not in _NOT_AFTER:
                found.append(at)
            at = lowered.find(unit, at + 1)
    return found


def _starts(pattern: re.Pattern, text: str, numbers: list[int]) -> list[int] | None:
    """Where ``pattern`` can begin in ``text`` (``numbers`` its ``_number_starts``), in order;
    None where it is not one read so."""
    if pattern is _ADDRESS_ASCII:
        units = _unit_starts(text)
        return sorted({*numbers, *units}) if units else numbers
    return numbers if pattern in _NUMBER_LED else None


def _matches(pattern: re.Pattern, text: str, starts: list[int] | None):
    """``pattern.finditer(text)``, tried only at ``starts`` (in order) where those are given:
    each try after the last match, as the search goes on from its end."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    match = pattern.match
    pos = 0
    for start in starts:
        if start >= pos and (m := match(text, start)) is not None:
            yield m
            pos = m.end()


def _named_way(text: str) -> bool:
    """Whether a capitalised word ends in "way" or "gate" as ``_ONE_WORD`` reads one ("Broadway",
    "Westgate"): a capital, two lower-case letters or more, then the ending. Every match of it
    holds one; "anyway" and "always" in a chat do not."""
    for ending in ("way", "gate"):
        at = text.find(ending)
        while at >= 0:
            start = at
            while start and "a" <= text[start - 1] <= "z":
                start -= 1
            if at - start >= 2 and start and "A" <= text[start - 1] <= "Z":
                return True
            at = text.find(ending, at + 1)
    return False


def find(text: str):
    lowered = text.lower()
    if has_digit(text):
        cues = _CUES(lowered)
        read = _as_ascii(text)
        yield from found_by(text, _patterns(text, lowered, read is not None, cues), read)
        if "way" in cues and "said" in cues:
            for m in _ONE_WORD_SAID_LOWER.finditer(lowered):
                if m.group(2).lower() not in _NOT_ONE_WORD:
                    yield m.start(1), m.end(1), 0.8, "a street address"
    if "liv" in lowered and _LIVE_CUE.search(lowered):
        for m in led(_LIVE_ON_LED, lowered):
            words = m.group(1).split()
            if not set(words) & _NOT_A_STREET_NAME:
                yield m.start(1) - 1, m.end() - 1, 0.75, "the street where someone lives"


def found_by(text: str, patterns, read: str | None = None):
    """The addresses ``patterns`` find in ``text``, each (pattern, score): the first found of
    two that overlap is kept. ``read`` is the text as ``_as_ascii`` gives it, where the caller
    has it: in a long text, the numbers' first digits are found in it."""
    seen: list[tuple[int, int]] = []
    numbers = (
        _number_starts(read) if read is not None and len(text) >= _NUMBER_STARTS_FROM else None
    )
    for pattern, score in patterns:
        for m in _matches(
            pattern, text, None if numbers is None else _starts(pattern, text, numbers)
        ):
            words = m.group(1).lower().split()
            if not words:
                continue  # "14 Road", "3 st": a street has a name
            if any(w in _NOT_A_STREET for w in words):
                continue
            if any(a < m.end() and m.start() < b for a, b in seen):
                continue
            seen.append((m.start(), m.end()))
            yield m.start(), m.end(), score, "a street address"
