"""Email addresses, plain and spelt out ("sam at gmail dot com")."""

import re

_EMAIL = re.compile(
    r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.I
)
_SPELT = re.compile(
    r"(?<![\w.])[a-z0-9][a-z0-9._+-]*(?:\s+dot\s+[a-z0-9][a-z0-9._+-]*)*"  # "jess dot smith"
    r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+)\s*[a-z0-9-]+\s*"
    r"(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*(?:com|co\s*(?:\.|dot|\(dot\)|\[dot\])?\s*uk|net|org|uk|io)\b",
    re.I,
)
# What follows the "@" of every address ``_EMAIL`` finds: the search for it jumps from one "@"
# to the next, where ``_EMAIL`` would try every word as the start of an address. A text full of
# mentions ("@sam @jo") and no address skips ``_EMAIL``.
_DOMAIN = re.compile(r"@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.I)
# What every ``_SPELT`` match holds, in lower case: "dot" and then the ending ("dot com",
# "(dot) co"). A chat says "at" and "dot" often enough and spells an address out seldom; the
# search for this jumps from one "dot" to the next, where ``_SPELT`` tries every character.
_SPELT_ENDING = re.compile(r"dot[)\]}]?\s*(?:com|co|net|org|uk|io)")
_PROVIDERS = re.compile(r"gmail|hotmail|outlook|yahoo|icloud|live|btinternet|aol|proton", re.I)


def find(text: str):
    if "@" in text and _DOMAIN.search(text) is not None:
        for m in _EMAIL.finditer(text):
            yield m.start(), m.end(), 0.99, "an email address"
    lowered = text.lower()
    if (
        "dot" in lowered
        and (" at " in lowered or "(at)" in lowered or "[at]" in lowered)
        and _SPELT_ENDING.search(lowered) is not None
    ):
        for m in _SPELT.finditer(text):
            if _PROVIDERS.search(m.group()) or "(" in m.group() or "[" in m.group():
                yield m.start(), m.end(), 0.9, "an email address spelt out"
