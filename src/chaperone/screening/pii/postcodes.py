"""UK postcodes in every valid format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA,
GIR 0AA), with or without the space, in any case."""

import re

_POSTCODE = re.compile(
    r"(?<![a-z0-9])(?:GIR\s?0AA|"
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![a-z0-9])",
    re.I,
)
_DIGIT = re.compile(r"\d")


def find(text: str):
    if not _DIGIT.search(text):
        return
    for m in _POSTCODE.finditer(text):
        yield m.start(), m.end(), 0.95, "a postcode"
