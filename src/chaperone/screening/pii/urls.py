"""Links: with a scheme, www., or a bare domain with a common ending."""

import re

from chaperone.screening.scan import AnyOf, Led, led_at

_LINK = (
    r"(?:https?://[^\s<>\"']+|www\.[^\s<>\"']+|"
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|uk|net|org|io|gg|me|ly|app|tv|link)"
    r"(?:/[^\s<>\"']*)?)(?![\w@])"
)
_URL = re.compile(r"(?<![\w@.])" + _LINK, re.I)
# ``_URL`` led (``scan.led``): the character before the link consumed.
_URL_LED = Led.compile(r"[^\w@.]", r"(?-i:[^A-Za-z0-9_@.])", _LINK, re.I)
# A link with a scheme or "www.", matched where one of those begins: for a text with none of
# the endings of a bare domain in it (a tweet's "http://t.co/..." link), ``_URL`` finds these
# alone, after trying every word as the start of a domain.
_SCHEME = re.compile(r"(?:https?://|www\.)[^\s<>\"']+(?![\w@])", re.I)
# Where "http" or "www." begins, read in lower case: one pass of a small automaton, where a
# search for either tried every "h" and "w".
_STARTS = AnyOf(("http", "www."))
_TRAILING = ".,;:!?)]}'\""
#: What every link ``_URL`` finds holds (in lower case): a scheme, "www." or a dot before one of
#: its endings. A text with none, the usual sentence with a full stop, skips the pattern, which
#: would otherwise try every word as the start of a domain.
MARKERS = ("http", "www.", ".com", ".uk", ".net", ".org", ".io", ".gg", ".me", ".ly", ".app",
           ".tv", ".link")  # fmt: skip
#: The endings, one of which every bare domain holds.
_ENDINGS = MARKERS[2:]
_HAS_MARKER = AnyOf(MARKERS)
_HAS_ENDING = AnyOf(_ENDINGS)


def find(text: str):
    if "." not in text:
        return
    lowered = text.lower()
    if not _HAS_MARKER(lowered):
        return
    if _HAS_ENDING(lowered):
        spans = ((m.start(), m.end() - 1) for m in led_at(_URL_LED, text, _starts(lowered)))
    else:
        spans = (m.span() for m in _at(text, lowered))
    for start, end in spans:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        yield start, end, 0.9, "a link"


# A dot and one of the endings: the search jumps from one dot to the next.
_ENDING = re.compile(r"\.(?:" + "|".join(re.escape(e[1:]) for e in _ENDINGS) + ")")
# What a bare domain is made of, as ``_URL`` reads the light view (which holds no letter that
# matches an ASCII one only when case is ignored).
_DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def _starts(lowered: str) -> list[int]:
    """Every offset where a link ``_URL`` finds in the text can begin (``lowered`` is the
    light view in lower case), in order: where "http" or "www." stands, and in each run of a
    domain's characters that holds a dot and an ending, its first character and each after a
    hyphen (the character before a link is none of the others). ``_URL`` is then tried there
    alone, where it would try every word as the start of a domain."""
    starts = _STARTS.starts(lowered)
    run = -1  # where the run of the last ending read ends
    for m in _ENDING.finditer(lowered):
        dot = m.start()
        if dot < run:
            continue  # in the run already read
        first = dot
        while first and lowered[first - 1] in _DOMAIN:
            first -= 1
        run = m.end()
        while run < len(lowered) and lowered[run] in _DOMAIN:
            run += 1
        starts.append(first)
        starts.extend(i + 1 for i in range(first, run) if lowered[i] == "-")
    return sorted(set(starts))


def _at(text: str, lowered: str):
    """``_URL.finditer(text)`` for a text with no bare domain's ending: ``_SCHEME`` tried where
    "http" or "www." begins (the light view's lower case keeps every offset), as ``_URL``
    would find them: left to right, each after the last, none after a word character, "@"
    or dot."""
    end = 0
    for i in _STARTS.starts(lowered):
        if i < end or (i and (text[i - 1].isalnum() or text[i - 1] in "_@.")):
            continue
        m = _SCHEME.match(text, i)
        if m is not None:
            end = m.end()
            yield m
