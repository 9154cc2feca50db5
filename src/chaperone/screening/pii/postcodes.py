"""UK postcodes in every valid format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA,
GIR 0AA), with or without the space, in any case."""

import re

from chaperone.screening.scan import ascii_finds, classes

_POSTCODE = re.compile(
    r"(?<![a-z0-9])(?:GIR\s?0AA|"
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![a-z0-9])",
    re.I,
)
# The inward code that ends every postcode ("9AA"): the search for it jumps from digit to digit,
# where ``_POSTCODE`` would try every letter as the start of an outward code.
_INWARD = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}(?![a-z0-9])", re.I)
# An ASCII text read as classes: a digit as "0", a letter of an inward code (either case) as
# "a". Every inward code opens where "0aa" stands; ``_INWARD`` is tried there alone.
_INWARD_LETTERS = b"ABDEFGHJLNPQRSTUWXYZ"
_INWARD_CLASSES = classes({b"0123456789": b"0", _INWARD_LETTERS + _INWARD_LETTERS.lower(): b"a"})


def find(text: str):
    # Every postcode ends with an inward code, its outward code and a space at most before it:
    # it starts two to five characters before the inward code's digit. ``_POSTCODE`` is tried
    # there alone, left to right, each try after the last match (as ``finditer`` reads it),
    # where its look-behind would otherwise try every character of a chat full of "1st".
    inward = _inward(text)
    if not inward:
        return
    starts = sorted({i - back for i in inward for back in (2, 3, 4, 5) if i >= back})
    pos = 0
    for start in starts:
        if start >= pos and (m := _POSTCODE.match(text, start)) is not None:
            yield m.start(), m.end(), 0.95, "a postcode"
            pos = m.end()


def _inward(text: str) -> list[int]:
    """The start of every match of ``_INWARD`` in ``text`` (no two can overlap)."""
    candidates = ascii_finds(text, _INWARD_CLASSES, b"0aa")
    if candidates is None:
        return [m.start() for m in _INWARD.finditer(text)]
    return [i for i in candidates if _INWARD.match(text, i)]
