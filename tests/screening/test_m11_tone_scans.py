"""M11: the tone patterns, searched in their led form (``scan.led``), find what their plain
patterns find."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from chaperone.screening import tone
from chaperone.screening.normalise import normalise
from chaperone.screening.scan import led

PAIRS = [
    (tone._KISSES, tone._KISSES_LED),
    (tone._PET_NAMES, tone._PET_NAMES_LED),
    (tone._FAMILIAR, tone._FAMILIAR_LED),
    (tone._LOOKS, tone._LOOKS_LED),
    (tone._BOUNDARY, tone._BOUNDARY_LED),
    (tone._SLANG, tone._SLANG_LED),
]
# Words of the patterns themselves, and what stands beside them: digits, underscores, marks.
WORDS = sorted({w for plain, _ in PAIRS for w in re.findall(r"[a-z']{1,}", plain.pattern)})
PIECES = st.sampled_from([*WORDS, " ", "  ", "2", "_", ".", "!", "X", "xx", "é", "😘", "\n"])


def led_spans(pattern, text):
    return [(m.start(1) - 1, m.end(1) - 1) for m in led(pattern, text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
@example("xxbabe_babe 2babe love you\nhun")
def test_m11_each_tone_pattern_led_finds_what_it_finds(text):
    for view in (text, normalise(text).words):
        for plain, led_form in PAIRS:
            assert led_spans(led_form, view) == [m.span() for m in plain.finditer(view)], (
                plain.pattern[:30],
                view,
            )


def test_m11_the_signals_point_at_what_was_written():
    """The spans, and the pet name quoted, are the plain match's, not the led one's."""
    words = normalise("night night babe xx").words
    found = tone.tone_signals("night night babe xx", words)
    quoted = [s.why for _, s in found if "pet name" in s.why]
    assert quoted == ["a pet name or familiar word ('babe')"]
    spans = sorted((s.start, s.end) for _, s in found)
    assert spans == [(0, 11), (12, 16), (17, 19)]
