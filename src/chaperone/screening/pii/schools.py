"""School names: "St Mary's Primary", "Kingsway Academy", "Heaton Manor School",
"Gosforth High", "Holy Trinity C of E Primary School", "Brighton College"; in lower case after a
cue ("i go to kingsway academy")."""

import re

from chaperone.screening.scan import AnyOf, Led, led, led_at

_KIND = r"(?:Primary|Secondary|Junior|Infants?|High|Grammar|Academy|College|School|Prep)"
_NAMED = (
    r"((?:St\.?\s+|Saint\s+)?(?:[A-Z][\w'’\-]*\s+){1,4}"
    r"(?:(?:C\s?of\s?E|CofE|CE|RC|Catholic|Church|Free|Community|Comprehensive)\s+)?"
    + _KIND
    + r"(?:\s+(?:School|Academy))?)\b"
)
_CAPITALISED = re.compile(r"(?<![\w'])" + _NAMED)
# ``_CAPITALISED`` led (``scan.led``): the character before the name consumed.
_CAPITALISED_LED = Led.compile(r"[^\w']", r"[^A-Za-z0-9_']", _NAMED)
_CUED = (
    r"(?:go(?:es)?\s+to|goes to|at|attend(?:s)?|from|in\s+year\s+\d+\s+at)\s+"
    r"((?:[a-z][\w'’\-]*\s+){1,3}(?:primary|secondary|junior|high|grammar|academy|college|school)"
    r"(?:\s+school)?)\b"
)
_CUE = re.compile(r"\b" + _CUED, re.I)
# ``_CUE`` led (``scan.led``): the character before the cue consumed.
_CUE_LED = Led.compile(r"\W", r"(?-i:[^A-Za-z0-9_])", _CUED, re.I)
#: From this length on, ``_CUE_LED`` is tried only in the stretches before the kinds a cued
#: name ends with (``_cue_matches``), where its search tries every character after a space: in
#: a long chat "a", "f", "g" and "i" open a third of the words.
_CUE_WINDOWS_FROM = 512
#: The kinds one of which ends every ``_CUE`` match's name, in lower case.
_CUED_KINDS = AnyOf(
    ("primary", "secondary", "junior", "high", "grammar", "academy", "college", "school")
)
#: Read in the text reversed from the character before a kind: the white space and the seven
#: words (white space apart) before it, the most a ``_CUE`` match holds before its kind: a cue
#: of up to four ("in year 7 at") and a name of up to three.
_BACK = re.compile(r"\s*(?:\S+\s*){0,7}")
#: Where a ``_CUE`` match can begin: a cue's first letter after no word character.
_CUE_START = re.compile(r"(?<!\w)[afgi]", re.I)


def _cue_matches(text: str, lowered: str):
    """``led(_CUE_LED, text)``; in a long text, tried only where a cue's first letter stands in
    the seven words before a kind (``_BACK``), with ``led_at``."""
    if len(text) < _CUE_WINDOWS_FROM:
        return led(_CUE_LED, text)
    kinds = _CUED_KINDS.starts(lowered)
    if not kinds:
        return ()
    backwards, size = text[::-1], len(text)
    starts: set[int] = set()
    for kind in kinds:
        first = size - _BACK.match(backwards, size - kind).end()
        starts.update(m.start() for m in _CUE_START.finditer(text, first, kind))
    return led_at(_CUE_LED, text, sorted(starts))


_NOT_NAMES = frozenset(
    [
        "I",
        "The",
        "A",
        "An",
        "My",
        "Our",
        "Your",
        "His",
        "Her",
        "Their",
        "At",
        "In",
        "On",
        "To",
        "From",
        "And",
        "But",
        "So",
        "If",
        "Then",
        "This",
        "That",
        "Year",
        "Secondary",
        "Primary",
        "High",
        "Junior",
        "Grammar",
        "School",
        "College",
        "Academy",
        "Infant",
        "Infants",
        "Prep",
        "Summer",
        "Sunday",
        "Saturday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Night",
        "Film",
        "Art",
        "Drama",
        "Dance",
        "Music",
        "Football",
        "Rugby",
        "Cricket",
        "Netball",
        "Police",
        "Military",
        "Medical",
        "Nursing",
        "Driving",
        "Sixth",
        "Middle",
        "Upper",
        "Lower",
        "New",
        "Old",
        "Big",
        "Best",
        "Good",
        "Great",
    ]
)
_NOT_AFTER = re.compile(r"\s*(?:five|fives|colours?|colors?|awards?|school\s+musical)\b", re.I)
_GENERIC = frozenset(
    [
        "primary",
        "secondary",
        "junior",
        "high",
        "grammar",
        "my",
        "the",
        "a",
        "his",
        "her",
        "their",
        "our",
        "your",
    ]
)


# A name typed in lower case at the start of a sentence, with no cue: "heaton manor school is
# rubbish". Two or three words before "school", none of them a word of an ordinary sentence
# about school. ("arsenal academy" and "city college" are as often a club's or a team's.)
_OPENING_BODY = (
    r"((?:[a-z][a-z'’\-]*\s+){2,3}?)(primary school|grammar school|high school|school)\b"
)
_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))" + _OPENING_BODY)
# ``_OPENING`` after a sentence's end, with the mark and the space before the name consumed
# (``_openings``): the search jumps from one mark to the next, where ``_OPENING``, opening with
# an anchor or a look-behind, tries every character.
_OPENING_AFTER = re.compile(r"[.!?]\s" + _OPENING_BODY)
# The words of an ordinary sentence about school, with the names' stop words above.
_OPENING_STOP_WORDS = (
    "about", "acting", "after", "all", "also", "always", "am", "any", "are", "back", "bad",
    "ballet", "be", "because", "been", "before", "boarding", "boring", "boys", "by", "can",
    "can't", "cant", "catholic", "cause", "church", "cooking", "cos", "could", "coz", "day",
    "days", "did", "do", "does", "elementary", "english", "even", "ever", "every", "faith",
    "first", "flight", "for", "forest", "form", "free", "french", "fun", "get", "girls", "go",
    "going", "got", "had", "half", "has", "hate", "have", "he", "here", "hes", "him",
    "holiday", "holidays", "home", "how", "i'm", "im", "independent", "is", "it", "it's",
    "its", "just", "language", "last", "law", "leave", "leaving", "left", "like", "local",
    "lol", "love", "many", "maths", "me", "med", "miss", "missed", "mixed", "most", "must",
    "nah", "nahh", "never", "next", "nice", "no", "not", "now", "nursery", "of", "off", "omg",
    "online", "only", "or", "out", "private", "public", "really", "science", "she", "shes",
    "should", "small", "some", "spanish", "special", "sport", "sports", "stage", "start",
    "started", "starting", "state", "still", "such", "surf", "swim", "swimming", "term",
    "them", "there", "these", "they", "they're", "theyre", "those", "time", "today",
    "tomorrow", "too", "u", "ugh", "us", "very", "village", "wait", "was", "we", "week",
    "went", "were", "what", "what's", "whats", "when", "where", "which", "who", "whole",
    "whose", "why", "will", "winter", "with", "worst", "would", "y'all", "ya'll", "yall",
    "yes", "yesterday", "you",
)  # fmt: skip
_NOT_OPENING_NAMES = (
    frozenset(w.lower() for w in _NOT_NAMES) | _GENERIC | frozenset(_OPENING_STOP_WORDS)
)


def _openings(text: str) -> list[re.Match]:
    """The matches ``_OPENING.finditer(text)`` gives: one at the very start, then each after
    a sentence's end. A match after the first begins past its end (a name ends in a letter, and
    the mark and space before a match are not letters), so each search starts there."""
    found = []
    first = _OPENING.match(text)
    if first is not None:
        found.append(first)
    pos = first.end() if first is not None else 0
    while (m := _OPENING_AFTER.search(text, pos)) is not None:
        found.append(m)
        pos = m.end()
    return found


#: Words one of which every school name holds; a text without any has no school in it.
KEYWORDS = ("prim", "second", "junior", "infant", "high", "grammar", "academy", "college",
            "school", "prep")  # fmt: skip
_HAS_KEYWORD = AnyOf(KEYWORDS)


#: Whether a text holds one of the capitalised kinds ``_CAPITALISED`` ends with (``_KIND``;
#: "Infant" for "Infants?"): a text without one skips that pattern, which would otherwise try
#: every capitalised word as the start of a name. One pass of a small automaton, where a search
#: for ``_KIND`` tried every capital.
_HAS_CAPITAL_KIND = AnyOf(
    ("Primary", "Secondary", "Junior", "Infant", "High", "Grammar", "Academy", "College",
     "School", "Prep")
)  # fmt: skip


def find(text: str):
    lowered = text.lower()
    if not _HAS_KEYWORD(lowered):
        return
    seen = []
    named = led(_CAPITALISED_LED, text) if _HAS_CAPITAL_KIND(text) else ()
    for m in named:
        start, end = m.start(1) - 1, m.end(1) - 1
        words = m.group(1).replace("St.", "St").split()
        names = [w for w in words[:-1] if w not in ("St", "Saint")]
        if not names or all(w in _NOT_NAMES for w in names):
            continue
        while words and words[0] in _NOT_NAMES and words[0] not in ("St", "Saint"):
            start += text[start:].index(words[0]) + len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        if _NOT_AFTER.match(text, end):
            continue
        seen.append((start, end))
        yield start, end, 0.85, "a school's name"
    for m in _openings(text) if "school" in text else ():
        names = m.group(1).split()
        if any(w in _NOT_OPENING_NAMES for w in names):
            continue
        start, end = m.start(1), m.end(2)
        if any(s < end and start < e for s, e in seen) or _NOT_AFTER.match(text, end):
            continue
        seen.append((start, end))
        yield start, end, 0.75, "a school's name"
    for m in _cue_matches(text, lowered):
        start, end = m.start(1) - 1, m.end(1) - 1
        first = m.group(1).split()[0].lower()
        if first in _GENERIC or any(s <= start < e for s, e in seen):
            continue
        if _NOT_AFTER.match(text, end):
            continue
        yield start, end, 0.75, "a school's name"
