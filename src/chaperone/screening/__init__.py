"""The screening engine (S1-S7, M11): pure Python, no Django.

from chaperone.screening import Screener
result = Screener().screen("add me on snap", context="child_message")
result.decision, result.concern, result.scores, result.pii, result.findings
"""

from chaperone.screening.decide import ThresholdError, Thresholds
from chaperone.screening.screener import Screener
from chaperone.screening.types import (
    Category,
    Context,
    Decision,
    Finding,
    GroomingResult,
    PiiSpan,
    PiiType,
    ScreeningResult,
    Signal,
    Turn,
)

__all__ = [
    "Category",
    "Context",
    "Decision",
    "Finding",
    "GroomingResult",
    "PiiSpan",
    "PiiType",
    "Screener",
    "ScreeningResult",
    "Signal",
    "ThresholdError",
    "Thresholds",
    "Turn",
]
