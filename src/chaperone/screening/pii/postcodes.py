"""UK postcodes in every valid format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA,
GIR 0AA), with or without the space, in any case."""

import re

_POSTCODE = re.compile(
    r"(?<![a-z0-9])(?:GIR\s?0AA|"
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![a-z0-9])",
    re.I,
)
# The inward code that ends every postcode ("9AA"): the search for it jumps from digit to digit,
# where ``_POSTCODE`` would try every letter as the start of an outward code.
_INWARD = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}(?![a-z0-9])", re.I)


def find(text: str):
    if _INWARD.search(text) is None:
        return
    for m in _POSTCODE.finditer(text):
        yield m.start(), m.end(), 0.95, "a postcode"
