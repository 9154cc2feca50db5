"""Dates of birth: a date after a cue ("born on 3/4/2011", "my birthday is 14th March 2012",
"DOB 01/02/2010")."""

import re

from chaperone.screening.scan import AnyOf

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_DOB = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday(?:\s+is)?"
    r"|b'?day(?:\s+is)?)\s*(?:is\s+|was\s+|:\s*|-\s*|on\s+|the\s+)*(" + _DATE + r")\b",
    re.I,
)


#: What every ``_DOB`` match holds, in lower case: a text with none skips the pattern.
CUES = ("born", "birth", "dob", "d.o.b", "bday", "b'day")
_HAS_CUE = AnyOf(CUES)


def find(text: str):
    lowered = text.lower()
    if not _HAS_CUE(lowered):
        return
    for m in _DOB.finditer(text):
        yield m.start(), m.end(1), 0.9, "a date of birth"
