"""Links: with a scheme, www., or a bare domain with a common ending."""

import re

_URL = re.compile(
    r"(?<![\w@.])(?:https?://[^\s<>\"']+|www\.[^\s<>\"']+|"
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|uk|net|org|io|gg|me|ly|app|tv|link)"
    r"(?:/[^\s<>\"']*)?)(?![\w@])",
    re.I,
)
_TRAILING = ".,;:!?)]}'\""
#: What every link ``_URL`` finds holds (in lower case): a scheme, "www." or a dot before one of
#: its endings. A text with none, the usual sentence with a full stop, skips the pattern, which
#: would otherwise try every word as the start of a domain.
MARKERS = ("http", "www.", ".com", ".uk", ".net", ".org", ".io", ".gg", ".me", ".ly", ".app",
           ".tv", ".link")  # fmt: skip


def find(text: str):
    if "." not in text:
        return
    lowered = text.lower()
    if not any(map(lowered.__contains__, MARKERS)):
        return
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        yield m.start(), end, 0.9, "a link"
