"""Disclosures (S3): a message that suggests abuse, neglect, self-harm intent or a child at risk
raises a concern for the safeguarding lead at once."""

from __future__ import annotations

from chaperone.screening.lexicon import DISCLOSURE
from chaperone.screening.types import Signal


def find_disclosures(normalised_text: str) -> list[Signal]:
    return [
        Signal("disclosure", start, end, weight, DISCLOSURE.why, "S3")
        for start, end, weight in DISCLOSURE.hits(normalised_text)
    ]
