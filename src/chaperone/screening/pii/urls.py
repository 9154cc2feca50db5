"""Links: with a scheme, www., or a bare domain with a common ending."""

import re

from chaperone.screening.scan import Led, led

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
_STARTS = re.compile(r"http|www\.")  # read in lower case: the search jumps to an "h" or a "w"
_TRAILING = ".,;:!?)]}'\""
#: What every link ``_URL`` finds holds (in lower case): a scheme, "www." or a dot before one of
#: its endings. A text with none, the usual sentence with a full stop, skips the pattern, which
#: would otherwise try every word as the start of a domain.
MARKERS = ("http", "www.", ".com", ".uk", ".net", ".org", ".io", ".gg", ".me", ".ly", ".app",
           ".tv", ".link")  # fmt: skip
#: The endings, one of which every bare domain holds.
_ENDINGS = MARKERS[2:]


def find(text: str):
    if "." not in text:
        return
    lowered = text.lower()
    if not any(map(lowered.__contains__, MARKERS)):
        return
    if any(map(lowered.__contains__, _ENDINGS)):
        spans = ((m.start(), m.end() - 1) for m in led(_URL_LED, text))
    else:
        spans = (m.span() for m in _at(text, lowered))
    for start, end in spans:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        yield start, end, 0.9, "a link"


def _at(text: str, lowered: str):
    """``_URL.finditer(text)`` for a text with no bare domain's ending: ``_SCHEME`` tried where
    "http" or "www." begins (the light view's lower case keeps every offset), as ``_URL``
    would find them: left to right, each after the last, none after a word character, "@"
    or dot."""
    end = 0
    for start in _STARTS.finditer(lowered):
        i = start.start()
        if i < end or (i and (text[i - 1].isalnum() or text[i - 1] in "_@.")):
            continue
        m = _SCHEME.match(text, i)
        if m is not None:
            end = m.end()
            yield m
