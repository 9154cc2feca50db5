"""S1: the identifying-detail recognisers' shortcuts find exactly what their full patterns find.

Each recogniser skips work where a string every match holds is missing, or starts its search at
the characters a match must begin with. These tests hold each shortcut to the full pattern it
stands in for, on text made of the pieces those patterns read, through the light view the
recognisers are given."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from chaperone.screening.normalise import _fold_uncached, normalise
from chaperone.screening.pii import addresses, emails, handles, postcodes, urls

# Characters that every view must handle, whatever the recogniser.
ODD = ["ı", "İ", "\u212a", "ſ", "é", "😂", "\n"]


def texts(*pieces: str):
    """Text made of the pieces one recogniser reads, and of characters every view must handle."""
    return st.lists(st.sampled_from([*pieces, *ODD]), max_size=20).map("".join)


def light(text: str) -> str:
    return normalise(text).light


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_s1_the_light_view_holds_no_letter_that_matches_ascii_only_ignoring_case():
    """What lets the shortcuts test ``str.lower()`` for what a case-insensitive pattern
    matches: every character that ``re.I`` reads as an ASCII letter ("İ", "ı", "ſ", the
    Kelvin sign) is folded to an ASCII letter in the light view, and lower case keeps every
    other character's length."""
    letter = re.compile("[a-z]", re.I)
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or not letter.fullmatch(ch):
            continue
        assert _fold_uncached(ch).isascii(), hex(code)


@settings(max_examples=1000, deadline=None)
@given(texts("@", "@@", ".", "x", "Sam", "_", " ", "1", ",", "#", "-"))
@example("@@sam and x@jo and .@al and @sam")
def test_s1_handles_start_their_search_at_the_at_sign(text):
    full = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?(?![\w@])", re.I)
    view = light(text)
    assert spans(handles._HANDLE.finditer(view)) == spans(full.finditer(view))


@settings(max_examples=1000, deadline=None)
@given(texts("@", "sam", ".", "com", "co", "uk", "-", "_", "+", " ", "x1", "%", "@@"))
@example("sam@x.com sam@@x.co.uk a.b@c-d.org @jo")
def test_s1_emails_are_looked_for_only_after_a_domain(text):
    view = light(text)
    found = [(a, b) for a, b, score, _ in emails.find(view) if score == 0.99]
    assert found == spans(emails._EMAIL.finditer(view))


@settings(max_examples=1000, deadline=None)
@given(texts("NE1", "4ST", "0AA", "GIR", "sw1a", "1aa", "9", "a", "B", " ", "x", "1", "&#"))
@example("NE1 4ST, sw1a1aa, GIR 0AA, xNE1 4ST, B1 1AAx")
@example("NE1 4ST is near")
def test_s1_postcodes_are_looked_for_only_after_an_inward_code(text):
    view = light(text)
    assert [(a, b) for a, b, *_ in postcodes.find(view)] == spans(
        postcodes._POSTCODE.finditer(view)
    )


@settings(max_examples=1000, deadline=None)
@given(
    texts(
        "12",
        "3a",
        "-",
        "–",
        " ",
        ", ",
        "flat",
        "Flat",
        "apt",
        "unit",
        "no",
        "No.",
        "number",
        "on",
        "in",
        "elm",
        "road",
        "Road",
        "St",
        "grove",
        "Kings",
        "12 Broad",
        "4 Elm ",
        "Broad",
        "gate",
        "way",
        "£",
        ".",
        ":",
    )  # fmt: skip
)
@example("Flat 3, 22 Heaton Road")
@example("Unit 4 12 Elm Grove")
@example("No. 9 on elm grove")
@example("number 9 in Elm Road")
@example("12 Broadgate and 44 Kingsway")
def test_s1_addresses_run_only_the_patterns_that_can_match(text):
    view = light(text)
    every = [(addresses._ADDRESS, 0.85), (addresses._NUMBER_ON, 0.85), (addresses._ONE_WORD, 0.8)]
    assert list(addresses.find(view)) == list(addresses.found_by(view, every))
    if not any(unit in view.lower() for unit in addresses._UNITS):
        assert spans(addresses._AT_NUMBER.finditer(view)) == spans(
            addresses._ADDRESS.finditer(view)
        )


@settings(max_examples=1000, deadline=None)
@given(texts("http", "https", "HTTP", "://", "www", ".", "www.", "t", "co", "/", "x", "@",
             "_", " ", "ab", "1", '"', "<", "me"))  # fmt: skip
@example("x@http://a.b _www.x HTTP://T.CO/abc www.a:b http://x http://y")
def test_s1_links_without_a_bare_domain_are_matched_where_they_begin(text):
    view = light(text)
    if not any(ending in view.lower() for ending in urls._ENDINGS):
        assert spans(urls._at(view, view.lower())) == spans(urls._URL.finditer(view))
