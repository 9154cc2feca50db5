"""S1: the identifying-detail recognisers' shortcuts find exactly what their full patterns find.

Each recogniser skips work where a string every match holds is missing, or starts its search at
the characters a match must begin with. These tests hold each shortcut to the full pattern it
stands in for, on text made of the pieces those patterns read, through the light view the
recognisers are given."""

from __future__ import annotations

import re
import sys

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from chaperone.screening import pii
from chaperone.screening.normalise import _fold_uncached, normalise
from chaperone.screening.pii import (
    addresses,
    dates_of_birth,
    emails,
    handles,
    phones,
    postcodes,
    schools,
    urls,
)
from chaperone.screening.scan import has_digit, led, led_at

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
@given(texts("jess", "sam.k", " at ", "(at)", "[at]", "{at}", "AT", " ", "  ", "gmail", " dot ",
             "(dot)", "[dot]", "{dot}", "DOT", "dot", "com", "co", "uk", "net", "io", ".", "\t",
             "x"))  # fmt: skip
@example("jess at gmail dot com")
@example("jess (at) gmail [dot]\tco dot uk")
@example("sam.k AT gmail {dot} io")
def test_s1_emails_spelt_out_are_looked_for_only_after_dot_and_an_ending(text):
    """The spelt-out pattern runs only where "dot" stands before an ending: it finds what it
    finds run on every text with "dot" and "at" in it."""
    view = light(text)
    lowered = view.lower()
    found = [(a, b) for a, b, score, _ in emails.find(view) if score == 0.9]
    if "dot" in lowered and any(at in lowered for at in (" at ", "(at)", "[at]")):
        expected = [
            m.span()
            for m in emails._SPELT.finditer(view)
            if emails._PROVIDERS.search(m.group()) or "(" in m.group() or "[" in m.group()
        ]
    else:
        expected = []
    assert found == expected


@settings(max_examples=1000, deadline=None)
@given(texts("NE1", "4ST", "0AA", "GIR", "sw1a", "1aa", "9", "a", "B", " ", "x", "1", "&#",
             "1st", "\t", "W1A", "EC1A", "2nd"))  # fmt: skip
@example("NE1 4ST, sw1a1aa, GIR 0AA, xNE1 4ST, B1 1AAx")
@example("EC1A 1BB W1A 0AX B11AAB1 1AA M1 1AE1st 2nd")
@example("B11AA and M11AE")
@example("NE1 4ST is near")
def test_s1_postcodes_are_looked_for_only_after_an_inward_code(text):
    view = light(text)
    assert [(a, b) for a, b, *_ in postcodes.find(view)] == spans(
        postcodes._POSTCODE.finditer(view)
    )


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["1", "9", "AB", "zz", "C", "i", "k", "M", "o", "v", "Q", " ", "_", "-", "0aa", "5Yu"]
        ),
        max_size=20,
    ).map("".join),  # fmt: skip
    st.sampled_from(["", "é", "ſ"]),
)
@example("1AB 2aB3zz 4CI 5QQ_ 6yy7", "")
def test_s1_inward_codes_in_ascii_text_are_found_where_their_classes_stand(text, odd):
    """An ASCII text's inward codes are tried only where a digit and two of their letters
    stand; any other text is searched as before. The same codes either way."""
    text += odd
    assert postcodes._inward(text) == [m.start() for m in postcodes._INWARD.finditer(text)]


#: ``addresses._ONE_WORD`` as it would be written without starting its search at a digit.
ONE_WORD = re.compile(r"(?<![\w£$.:/])\d{1,4}[a-z]?\s+([A-Z][a-z]{2,})(?:way|gate)\b")


def as_written(pattern: re.Pattern) -> re.Pattern:
    """An address pattern with its suffixes as the list writes them, one after another."""
    assert addresses._SUFFIXES in pattern.pattern
    return re.compile(pattern.pattern.replace(addresses._SUFFIXES, addresses._SUFFIX), re.I)


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
        "house is ",
        "i'm at ",
        "NO ",
        "Number ",
        "we live on ",
        "living off ",
        "westgate",
        "Westgate",
        "WAY",
        "anyway",
        "Ab",
        "Moved to ",
        "LIVE AT ",
        "\u212a",
        "\x1c",
        "\t",
        "Rd.",
        "meadows",
        "meadow",
        "st",
    )  # fmt: skip
)
@example("Flat 3, 22 Heaton Road")
@example("Unit 4 12 Elm Grove")
@example("No. 9 on elm grove")
@example("number 9 in Elm Road")
@example("12 Broadgate and 44 Kingsway")
@example("my house is 27 westgate and NO 4 on elm road")
@example("we live on elm road, i'm at 3 Broadgate, they are living off kings grove")
@example("anyway 4 Abwayway, Moved to 12 KINGSWAY and LIVE AT 7 \u212aingsway")
@example("at 4 Abcway")
@example("I live on Elm Road. x'we live in kings grove; they live at the corner of low fell st")
@example("12\x1cElm Road, 3\tst and 4 meadows")
@example("ø4 Elm Road 😂")  # a word character outside ASCII before a house number
@example("9\u2028Elm Road 😂")  # white space outside ASCII
@example("7\x85Elm st, £5 Elm st, 4–6 Elm Road 😂")
def test_s1_addresses_run_only_the_patterns_that_can_match(text):
    """Each pattern runs only where it can match (a digit, a unit, "number", a named way), in
    ASCII ranges for an ASCII text, with its suffixes shared: the addresses the patterns as
    written find."""
    view = light(text)
    every = [
        (as_written(addresses._ADDRESS), 0.85),
        (as_written(addresses._NUMBER_ON), 0.85),
        (ONE_WORD, 0.8),
    ]
    said = [
        (m.start(1), m.end(1), 0.8, "a street address")
        for m in addresses._ONE_WORD_SAID.finditer(view)
        if m.group(2).lower() not in addresses._NOT_ONE_WORD
    ]
    live = [
        (m.start(1), m.end(), 0.75, "the street where someone lives")
        for m in as_written(addresses._LIVE_ON).finditer(view)
        if not set(m.group(1).lower().split()) & addresses._NOT_A_STREET_NAME
    ]
    assert list(addresses.find(view)) == list(addresses.found_by(view, every)) + said + live
    if not any(unit in view.lower() for unit in addresses._UNITS):
        assert spans(addresses._AT_NUMBER.finditer(view)) == spans(
            addresses._ADDRESS.finditer(view)
        )


@settings(max_examples=1000, deadline=None)
@given(texts("live", "lives", "living", "liv", "e", "s", "ing", " ", "on", "in", "at", "off", "of",
             "o", "x"))  # fmt: skip
def test_s1_the_cue_of_where_someone_lives_is_one_of_the_cues(text):
    """The one search for where someone lives finds a cue exactly where one of ``LIVE_CUES``
    stands in the text."""
    found = addresses._LIVE_CUE.search(text) is not None
    assert found == any(cue in text for cue in addresses.LIVE_CUES)


@settings(max_examples=1000, deadline=None)
@given(texts("12", "4", "221b", " ", ",", "Elm ", "Road", "st", "Kingsway", "Flat ", "unit",
             "😂", "’", "ø", "\u2028", "–", "£", "x", "-", "\x85", "\ud800", "\u0663"))  # fmt: skip
@example("😂 12 Elm Road’s, 4 Kingsway £3 Elm Road é4 Elm st, Flat 3, 22 Elm Road")
@example("’12 Elm Road 4–6 Elm Road 9\u2028Elm Road 7\x85Elm st 😂 ø4 Elm Road")
def test_s1_addresses_in_a_long_text_outside_ascii_read_as_ascii_where_they_can(text):
    """A text outside ASCII whose every such character is one the patterns read as "?" (an
    emoji, a quotation mark) is read as an ASCII text is, its house numbers tried where their
    first digit stands: the addresses it gives when read whole, and those of a text with "?"
    in their place."""
    from unittest import mock

    view = light(text)
    with mock.patch.object(addresses, "_NUMBER_STARTS_FROM", 10**9):
        whole = list(addresses.find(view))
    with mock.patch.object(addresses, "_NUMBER_STARTS_FROM", 0):
        assert list(addresses.find(view)) == whole
    stand_in = addresses._as_ascii(view)
    if stand_in is not None:
        assert len(stand_in) == len(view)
        assert list(addresses.found_by(view, addresses._patterns(view, view.lower()))) == list(
            addresses.found_by(stand_in, addresses._patterns(stand_in, stand_in.lower()))
        )


#: Every set of strings a recogniser tests a text for at once (``scan.AnyOf``).
_ANY_OF = [
    schools._HAS_KEYWORD,
    schools._HAS_CAPITAL_KIND,
    urls._HAS_MARKER,
    urls._HAS_ENDING,
    handles._HAS_BARE_PLATFORM,
    dates_of_birth._HAS_CUE,
]


def test_s1_a_schools_capitalised_kinds_are_the_kinds_its_pattern_names():
    """The strings tested for a capitalised kind are those ``_KIND`` matches, read as its
    alternation's words (an optional letter left off)."""
    words = {w.rstrip("?").rstrip("s") if w.endswith("?") else w for w in
             schools._KIND.strip("(?:)").split("|")}  # fmt: skip
    assert set(schools._HAS_CAPITAL_KIND.strings) == words
    for word in words:
        assert re.fullmatch(schools._KIND, word)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(_ANY_OF),
    st.lists(
        st.sampled_from([*{s for a in _ANY_OF for s in a.strings}, "x", " ", ".", "\ud800", *ODD])
        | st.sampled_from([s for a in _ANY_OF for s in a.strings]).map(lambda s: s[1:] + s[:1]),
        max_size=12,
    ).map("".join),
)
@example(schools._HAS_KEYWORD, "high\ud800")
@example(urls._HAS_MARKER, "\ud800 x.co")
def test_s1_a_text_holds_one_of_a_recognisers_strings_as_the_substring_tests_say(any_of, text):
    """The one pass over a text for a recogniser's strings says what a substring test for each
    says, a lone surrogate in the text or not."""
    assert any_of(text) == any(s in text for s in any_of.strings)


_ADDRESS_CUES = addresses._CUES._groups


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from([*{s for g in _ADDRESS_CUES.values() for s in g}, "x", " ", ".", "\ud800"])
        | st.sampled_from([s for g in _ADDRESS_CUES.values() for s in g]).map(
            lambda s: s[1:] + s[:1]
        ),
        max_size=12,
    ).map("".join)
)
@example("i'm at no. 4\ud800")
@example("anyway she lives at number 3")
def test_s1_the_groups_of_an_addresss_cues_a_text_holds_are_those_the_substring_tests_say(text):
    """The one pass over a text for the cues of the address patterns says, for each group, what
    a substring test for each of its strings says, a lone surrogate in the text or not."""
    assert addresses._CUES(text) == {
        name for name, group in _ADDRESS_CUES.items() if any(s in text for s in group)
    }


@settings(max_examples=1000, deadline=None)
@given(texts("12", "4", "221b", " ", "  ", ",", "\t", "\x1c", "Elm ", "Road", "st", "Kingsway",
             "Broadgate", "a", "$", "£", ".", ":", "/", "_", "-", "x", "3-5", "Flat ", "APT",
             "unit", "apartment"))  # fmt: skip
@example("12 Elm Road, $4 Elm Road, 4.5 Elm Road, x4 Elm Road and 3 Kingsway")
@example("4 Elm Road4 Elm Road")
@example("-4 Elm Road, (12 Elm Road, -Flat 3, 22 Heaton Road, #unit 2 9 Elm st")
@example("Flat 3, 22 Heaton Road, xunit 4 12 Elm Road, community 5 Elm st, APT 9 4 Elm Road")
def test_s1_house_numbers_in_a_long_text_are_tried_where_their_first_digit_stands(text):
    """In a long ASCII text the patterns that open with a house number (or a flat) are tried
    only where ``_number_starts`` and ``_unit_starts`` say one stands: the matches their search
    finds over the whole text."""
    text = text.encode("ascii", "ignore").decode()
    numbers = addresses._number_starts(text)
    for pattern in (*addresses._NUMBER_LED, addresses._ADDRESS_ASCII):
        starts = addresses._starts(pattern, text, numbers)
        assert spans(addresses._matches(pattern, text, starts)) == spans(pattern.finditer(text))


@settings(max_examples=1000, deadline=None)
@given(texts("http", "https", "HTTP", "://", "www", ".", "www.", "t", "co", "/", "x", "@",
             "_", " ", "ab", "1", '"', "<", "me"))  # fmt: skip
@example("x@http://a.b _www.x HTTP://T.CO/abc www.a:b http://x http://y")
def test_s1_links_without_a_bare_domain_are_matched_where_they_begin(text):
    view = light(text)
    if not any(ending in view.lower() for ending in urls._ENDINGS):
        assert spans(urls._at(view, view.lower())) == spans(urls._URL.finditer(view))


@settings(max_examples=1500, deadline=None)
@given(texts("o", "O", "oo", "0", "7", "07700", " ", "-", ".", "x", "Xo", "9OO123", "io", "\u0663"))
@example("o7700 9OO123, 1ooa, 12 o 3, xo7 O.9 ٣o")
def test_s1_a_letter_o_for_a_nought_is_searched_from_the_letter(text):
    """``_OH_LED`` finds the noughts typed as the letter O that ``_OH`` finds, with the search
    jumping from one "o" to the next."""
    view = light(text)
    assert spans(phones._OH_LED.finditer(view)) == spans(phones._OH.finditer(view))


def _phones_read_whole(text: str) -> list[tuple[int, int]]:
    """Phone numbers as the matcher finds them in the whole text (``phones.find`` with no
    windows), for the windows to be held to."""
    text = phones._OH.sub(lambda m: "0" * len(m.group()), text)
    uk = [m.span() for m in phones._SPREAD_UK.finditer(text)]
    digits = len(phones._DIGITS.findall(text))
    if uk and digits - sum(len(phones._DIGITS.findall(text, a, b)) for a, b in uk) < 7:
        return uk
    found = [
        (m.start, m.end)
        for m in phonenumbers.PhoneNumberMatcher(
            text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
        )
        if phones._is_phone_shaped(m.raw_string)
    ]
    return found + [(a, b) for a, b in uk if not any(s < b and a < e for s, e in found)]


@settings(max_examples=1500, deadline=None)
@given(texts("07700", " 900", "123", "456", "0", "1", "15", " ", "-", "(", ")", "+44", "+",
             ".", "/", "x", "ext", " ext. ", "int", "#", ":", ":30", "12:", "2012", "am",
             "tonight", "b", "call ", ",", "o", "O", "9OO", "\t", "\n", "٣", "\u3000", "–",
             "—", "‑"))  # fmt: skip
@example("call 07700 900123 ext. 45 or 0161 496 0000 at 10:30:15 on 2012-01-02 08:00:30")
@example("15 and 17 then +44 (0)7700 900456, or 0 7 7 0 0-9 0 0 1 2 3 / x 68 ;ext=5")
@example("ring 020 7946 0018 int 4 b 01632 960001 and 07700900123 and +33 1 23 45 67 89")
@example("ring (+44)– 7700–900–123 x or 0161–496–0000")
@example("o7700 9OO123 or 0161 49O OOOO")
@example("07700 9OO1")
@example("call o7700 900123")
@example("ring +33 1 23 45 67 89 or +33 1 23 45 67 89, 15 b +33 1 23 45 67 89 b 07700900123")
def test_s1_phone_numbers_are_looked_for_only_near_seven_digits(text):
    """The matcher reads only the stretches round each run of seven digits: it finds there
    exactly what it finds reading the whole text, a number given again in a window of the
    same text included (each window's text is read once)."""
    view = light(text)
    assert [(a, b) for a, b, _, _ in phones.find(view)] == _phones_read_whole(view)


def _windows_a_character_at_a_time(text):
    """``phones._windows`` widening each window one character at a time."""
    windows = []
    for m in phones._SEED.finditer(text):
        start, end = m.span()
        if windows and start < windows[-1][1]:
            continue
        while start and phones._REACH.match(text, start - 1):
            start -= 1
        while end < len(text) and phones._REACH.match(text, end):
            end += 1
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


@settings(max_examples=1000, deadline=None)
@given(texts("0770090", "0123", "4", " ", "-", "ext", "me", "at", "x", ":", "b", "(", "\t",
             "٣٣٣٣٣٣٣", "\u3000", "–"))  # fmt: skip
@example("call me at 07700 900123 tonight, ext 4 or at 0161 496 0000")
@example("0770090 0123")
def test_s1_phone_windows_reach_as_far_read_in_runs(text):
    """Each window's edges, found a run at a time (backwards in the reversed text), stand
    where reading a character at a time puts them."""
    assert phones._windows(text) == _windows_a_character_at_a_time(text)


@settings(max_examples=1000, deadline=None)
@given(texts("0770090", "0123", "9", " ", "-", "x", "X", "o", "O", "(", ".", "/", "+", "~", "\t",
             "\x1c", "\x1f", "\x7f", ",", "a", "[", "]", "_", "*"))  # fmt: skip
@example("07700 900123")
@example("0 7 7 0 0 9\x1c0 0")
@example("1x2x3x4x5x6x7 and 1X2X3X4X5X6X7")
def test_s1_phone_seeds_read_in_an_ascii_texts_bytes_are_the_patterns(text):
    """In an ASCII text the runs of seven digits are read in its bytes with every digit as
    "0": the same windows as the pattern gives over the text."""
    text = text.encode("ascii", "ignore").decode()  # ``find`` reads the bytes of ASCII alone
    folded = text.encode().translate(phones._DIGITS_AS_NOUGHT)
    assert phones._windows(text, folded) == phones._windows(text)


@settings(max_examples=1500, deadline=None)
@given(texts("0770090", "0123", "9", " ", "-", "x", "o", "O", "(", ".", "+", "\t", "😂", "é",
             "\u0663", "\uff10", "\u2010", "\u3000", "\u00a0", "\uff08", "\u0435", "\ud800",
             "ó", "\u2060", "a"))  # fmt: skip
@example("07700 900123 😂")
@example("07700\u3000900123 é")
@example("0770090\u0663 é o7700 900123")
def test_s1_phone_seeds_in_a_text_outside_ascii_are_read_in_bytes_where_they_can_be(text):
    """A text with characters outside ASCII none of which a number can hold is read in bytes
    as an ASCII text is, each such character as "?": the same windows, digits and numbers as
    the patterns give over the text itself."""
    folded = phones._folded(text)
    if folded is None:
        return
    assert len(folded) == len(text)
    assert folded.count(b"0") == len(phones._DIGITS.findall(text))
    assert phones._windows(text, folded) == phones._windows(text)
    with_oh = phones._OH_LED.search(text) is not None
    assert not with_oh or b"o0" in folded or b"0o" in folded


def test_s1_a_text_outside_ascii_with_a_character_a_number_holds_is_read_as_it_is():
    for text in ["0770\u0663 900123", "07700\u2010900123", "(\uff10)7700 900123", "07700\u3000900"]:
        assert phones._folded(text) is None
    assert phones._folded("07700 900123 😂") == b"00000 000000 ?"


def led_spans(pattern, text, group=0):
    """The spans of a led pattern's matches (``scan.led``), in the text's offsets."""
    return [
        (m.start() if group == 0 else m.start(group) - 1, m.end(group) - 1)
        for m in led(pattern, text)
    ]


@settings(max_examples=1000, deadline=None)
@given(texts("snap", "sc", "ig", "insta", "tik tok", "kik", ":", "=", " - ", "-", " ", "@",
             "jess_11", "jo", "x", ".", "_", "1", "a", "whatsapp"))  # fmt: skip
@example("snap:jess_11ig:bobby.")
@example("ig: abcdefghijklmnopqrstuvwxyzabc.ig: bob")  # a name at its longest, one straight after
def test_s1_named_handles_are_searched_from_the_character_before_them(text):
    words = normalise(text).words
    plain = list(handles._NAMED_HANDLE.finditer(words))
    assert led_spans(handles._NAMED_HANDLE_LED, words) == spans(plain)
    assert led_spans(handles._NAMED_HANDLE_LED, words, "name") == [m.span("name") for m in plain]


@settings(max_examples=1500, deadline=None)
@given(texts("snap", "snapchat", "sc", "ig", "insta", "instagram", "tik tok", "tiktok", "tik",
             "tok", "kik", "tt", ":", "=", " - ", "-", " ", "\u3000", "@", "jess_11", "jo", "x",
             ".", "_", "1", "whatsapp", "discord", "telegram"))  # fmt: skip
@example("snap:jess_11ig:bobby. tik\u3000tok = jo_11 snapchat- x_y1 xsc : abc ig\u3000:bob")
def test_s1_named_handles_are_tried_only_before_a_colon_equals_or_dash(text):
    """``handles._named_starts`` names every offset where a platform's name and a username
    can begin: tried there alone, the led pattern finds what its search over the text finds."""
    for words in (normalise(text).words, text):  # any white space, as the pattern reads it
        starts = handles._named_starts(words)
        found = [(m.start(), m.end()) for m in led_at(handles._NAMED_HANDLE_LED, words, starts)]
        assert found == [(m.start(), m.end()) for m in led(handles._NAMED_HANDLE_LED, words)]


@settings(max_examples=1000, deadline=None)
@given(texts("heaton", "manor", "school", "high school", "primary school", " ", ".", "!", "? ",
             ". ", "\t", "x", "'", "-", "\u2019", "A"))  # fmt: skip
@example("heaton manor school. kings road high school! big red school")
@example("a b school. c d school")
def test_s1_schools_named_at_a_sentence_start_are_searched_from_its_end(text):
    view = light(text)
    found = [(m.span(1), m.span(2)) for m in schools._openings(view)]
    assert found == [(m.span(1), m.span(2)) for m in schools._OPENING.finditer(view)]


@settings(max_examples=1000, deadline=None)
@given(texts("go to", "goes to", "at", "attends", "from", "in year 7 at", " ", "Heaton",
             "manor", "High", "school", "academy", "x", "-", "'", "1", "AT"))  # fmt: skip
@example("at kingsway academyat heaton high school")
def test_s1_school_cues_are_searched_from_the_character_before_them(text):
    view = light(text)
    assert led_spans(schools._CUE_LED, view, 1) == [m.span(1) for m in schools._CUE.finditer(view)]


@settings(max_examples=1000, deadline=None)
@given(texts("go to", "goes\tto", "at", "Attends", "from", "in year 7 at", " ", "  ", "Heaton",
             "manor", "High", "school", "academy", "x", "-", "'", "(", "1", "AT", "thigh",
             "secondary", "Primary", "a b c d e f g"))  # fmt: skip
@example("at kingsway academyat heaton high school")
@example("(at a b c high school and in year 7 at st johns academy x")
@example("x go  to big old heaton high")
@example("x in year 7 at big old heaton high. (in  year 10\tat a b c school")
def test_s1_school_cues_in_a_long_text_are_tried_before_a_kind(text):
    """In a long text the cue is tried only where a cue's first letter stands in the seven
    words before a kind: the matches its search finds over the whole text."""
    from unittest import mock

    view = light(text)
    with mock.patch.object(schools, "_CUE_WINDOWS_FROM", 0):
        found = [(m.span(), m.span(1)) for m in schools._cue_matches(view, view.lower())]
    assert found == [(m.span(), m.span(1)) for m in led(schools._CUE_LED, view)]


@settings(max_examples=1000, deadline=None)
@given(texts("http://", "www.", "a", "b1", ".com", ".co.uk", ".me", "/x", "@", ".", "-", "_",
             " ", "ME", "'", "<", "x.y"))  # fmt: skip
@example("a.com.b.me/x y.mez.me")
def test_s1_links_are_searched_from_the_character_before_them(text):
    view = light(text)
    assert led_spans(urls._URL_LED, view) == spans(urls._URL.finditer(view))


@settings(max_examples=1500, deadline=None)
@given(texts("http://", "www.", "wwww.", "a", "b1", ".com", ".co.uk", ".uk", ".me", "/x", "@", ".",
             "-", "--", "_", " ", "ME", "'", "x.y", "COM", "\u212a", "é", "a-b"))  # fmt: skip
@example("see x-y.com and http://a.b www.c.co.uk ok... bob.me/x -a.com a--b.me")
@example("x_y-z.com x@y-z.com .-a.com a.b-c.d-e.com")
def test_s1_links_are_tried_only_where_a_link_can_begin(text):
    """``urls._starts`` names every offset where a link can begin: tried there alone, the
    led pattern finds what its search over the whole text finds."""
    view = light(text)
    found = [(m.start(), m.end()) for m in led_at(urls._URL_LED, view, urls._starts(view.lower()))]
    assert found == [(m.start(), m.end()) for m in led(urls._URL_LED, view)]


@settings(max_examples=1000, deadline=None)
@given(texts("a", "1", "@", ":", "=", "-", "_", ".", " ", "..", ".a", "x"))
def test_s1_the_recognisers_gate_reads_its_cues_as_written(text):
    """``could_find`` tests its cues as one class, the dot kept before a word character: the
    same texts pass as with the cues written out."""
    from chaperone.screening import pii

    view = light(text)
    cues = re.compile(pii._LIGHT_CUES)
    assert (pii._LIGHT_GATE.search(view) is None) == (cues.search(view) is None)


@settings(max_examples=1000, deadline=None)
@given(texts("snap", "ig", "insta", "tik tok", "kik", "its ", " ", "@", "jess_xo", "jo", "x",
             ".", "_", "2011", "big", "a", "tiktok", "chat", "gram", "discord", "telegram",
             "tik", "tok", "\t"))  # fmt: skip
@example("ig jess_xosnap jo2011")
@example("snapchat jess_xo instagram jo2011 tik\ttok sam_1 big jo_x")
def test_s1_bare_handles_are_searched_from_the_character_before_them(text):
    view = light(text)
    lowered = view.lower()
    assert led_spans(handles._BARE_HANDLE_LED, lowered) == spans(
        handles._BARE_HANDLE.finditer(lowered)
    )
    bare = [(a, b) for a, b, _, why in handles.find(view) if why.startswith("a username")]
    assert bare == spans(handles._BARE_HANDLE.finditer(lowered))


@settings(max_examples=1000, deadline=None)
@given(texts("#", "1234", "12", "jess", "_", ".", " ", "#tbt", "@", "x"))
@example("jess#1234 #tbt")
def test_s1_discord_tags_are_looked_for_only_beside_four_digits(text):
    view = light(text)
    tags = [(a, b) for a, b, _, why in handles.find(view) if why == "a Discord tag"]
    assert tags == spans(handles._TAG.finditer(view))


@settings(max_examples=1000, deadline=None)
@given(texts("St ", "Mary's ", "Heaton ", "Manor ", "High", " School", "Primary", "Kingsway ",
             "Academy", "CE ", " ", "'", "x", "The ", "1", "é"))  # fmt: skip
@example("Heaton Manor SchoolKingsway High")
def test_s1_capitalised_school_names_are_searched_from_the_character_before_them(text):
    view = light(text)
    assert led_spans(schools._CAPITALISED_LED, view, 1) == [
        m.span(1) for m in schools._CAPITALISED.finditer(view)
    ]


@settings(max_examples=1000, deadline=None)
@given(texts("1", "a", " ", "\u0663", "\uff11", "\u00b2", "x"))
@example("\u0663")  # an Arabic-Indic three: a digit to ``\\d``
@example("\u00b2")  # a superscript two: not one
def test_s1_a_digit_is_found_as_the_pattern_finds_one(text):
    """``scan.has_digit`` reads an ASCII text's digits as a range: the same answer as ``\\d``."""
    assert has_digit(text) == (re.search(r"\d", text) is not None)


@settings(max_examples=1000, deadline=None)
@given(texts(*sorted({s for strings in pii._CUES.values() for s in strings}), "li", "ve ", "o",
             "www", ".c", "om", "\ud800", "x", " "))  # fmt: skip
@example("i live on elm road, dm me on snap or insta @jo, kik / tik, st mary's high school")
def test_s1_the_kinds_a_text_may_hold_are_read_in_one_pass(text):
    """One small automaton says which kinds' strings a text holds: the kinds a substring test
    of each of their strings finds."""
    lowered = text.lower()
    assert pii._maybe_kinds(lowered) == {
        kind for kind, strings in pii._CUES.items() if any(s in lowered for s in strings)
    }


@settings(max_examples=1000, deadline=None)
@given(texts("1", "a", " ", ".", "..", "@", ":", "=", "-", "_", "\u0663", "x.y", ". ", "Z", "/"))
@example("see you at 5")
@example("end.")
def test_s1_the_light_cues_of_an_ascii_text_are_read_in_ranges(text):
    """In an ASCII text the cues that let a recogniser run are read from its bytes, and a dot
    before a word in ASCII ranges: a cue where the pattern with Unicode classes finds one."""
    assert pii._has_light_cue(text) == (pii._LIGHT_GATE.search(text) is not None)
