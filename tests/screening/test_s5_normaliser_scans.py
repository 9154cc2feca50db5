"""S5: the normaliser's quicker scans find exactly what its plain patterns find."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from chaperone.screening import normalise as n
from chaperone.screening.lexicon import triggered

# The characters each pattern turns on, and their neighbours: letters alone and in runs, the
# mask characters, digits, the separators of spaced-out letters, line breaks.
TEXTS = st.text(alphabet="aaabkluy*#%.-_,/ 1\n\tA:`{~\x7f\x00", max_size=40)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_s5_masked_words_are_found_as_the_plain_pattern_finds_them(text):
    assert n._masked(text) == [m.span() for m in n._MASKED.finditer(text)]
    assert n._unmasked(text, n._masked(text)) == n._MASKED.sub(
        lambda m: n._unmask(text, *m.span()), text
    )


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
@example("yyyes kkkk aaand soooo")  # runs of several letters, out of the alphabet's order
def test_s5_repeated_letters_are_found_as_the_plain_pattern_finds_them(text):
    found = n._repeats(text, n._tripled(text))
    assert [m.span() for m in found] == [m.span() for m in n._REPEATS.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.integers(0, 1))
@example("yyyes kkkk aaand soooo é\U0001f600\U0001f600\U0001f600 111 ZZZ zzz", 1)
def test_s5_a_long_text_finds_its_repeated_letters_as_the_gate_does(text, long):
    """In a long text the letters three times in a row are found from the characters' codes,
    not from the gate's pass: the same letters."""
    if long:
        text = (text + " ") * (n._TRIPLED_FROM // (len(text) + 1) + 1)
        assert len(text) >= n._TRIPLED_FROM
    fired = triggered(text)
    assert n._tripled(text) == [c for c, key in n._REPEAT_KEYS.items() if key in fired]


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_s5_spaced_out_letters_are_found_as_the_plain_pattern_finds_them(text):
    assert [m.span() for m in n._spaced(text)] == [m.span() for m in n._SPACED.finditer(text)]
    starts = [m.start() for m in n._SPACED_START.finditer(text)]
    assert [m.end() - 2 for m in n._SPACED_LEAD.finditer(" " + text)] == starts
    if text.isascii():
        assert [m.end() - 2 for m in n._SPACED_LEAD_ASCII.finditer(" " + text)] == starts


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab  é😂\n", max_size=30))
def test_s5_runs_are_found_from_their_first_character(text):
    """Runs of spaces and of characters outside ASCII, written to open with one character (a
    pattern that opens with a repeat is tried at every character): the same runs."""
    import re

    assert [m.span() for m in n._SPACES.finditer(text)] == [
        m.span() for m in re.finditer(r" {2,}", text)
    ]
    assert n._GAP.split(text) == re.split(r" {2,}", text)
    assert [m.span() for m in n._NON_ASCII.finditer(text)] == [
        m.span() for m in re.finditer(r"[^\x00-\x7f]+", text)
    ]


def test_s5_white_space_other_than_the_space_is_never_printable():
    """The normaliser searches for white space other than the plain space only in a text that
    is not printable: every such character, in all of Unicode, is one ``isprintable`` refuses."""
    spaces = [chr(c) for c in range(0x110000) if n._NOT_SPACE.match(chr(c))]
    assert "\t" in spaces and "\u00a0" in spaces and "\u3000" in spaces
    assert not [c for c in spaces if c.isprintable()]
    assert n.normalise("kill\tyourself 😀").words == "kill yourself 😀"
    assert n.normalise("kill\u2028yourself 😀").words == "kill yourself 😀"


#: ``normalise._OPENING_STAR`` as written with its look-behind first.
OPENING_STAR = re.compile(r"(?<![^\s(\"'])\*(?=[a-z])")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab*( \"'\t.1", max_size=30), st.integers(0, 30))
@example("*i will stab you*", 16)
@example("(*hugs*", 6)
def test_s5_a_star_opening_markup_is_found_from_the_star(text, end):
    """The star is searched for first and what stands before it looked at after it: the same
    star, before any offset, as the pattern that looks behind first."""
    found, plain = n._OPENING_STAR.search(text, 0, end), OPENING_STAR.search(text, 0, end)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab0139@$!|+ -.\né", max_size=60), st.integers(0, 60))
@example("d4ab8f3e a 69b0d3dfe919 ur a sh!t h3ll0 @sam1 k1ll!! b4 5ome", 0)
@example("a1b2 c3", 3)
def test_s5_leetspeak_is_read_token_by_token_as_the_plain_substitution_reads_it(text, first):
    """Leetspeak is read only in the tokens with a letter beside a leetspeak character, each
    token's edges found as runs, each search starting past the last token: the same text as
    substituting every token, from any first place the caller gives up to the first such
    character."""
    found = n._HAS_LEET.search(text)
    first = min(first, found.start() if found else len(text))
    assert n._read_leet(text, first) == n._LEET_TOKEN.sub(n._leet, text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab0139@$!|+ -.\né😂\ud800A_", max_size=60))
@example("d4ab8f3e a 69b0d3dfe919 ur a sh!t h3ll0 @sam1 k1ll!! b4 5ome 4@b !a a! 1é1")
@example("1a a1 !!a a!! a!!b 3@a @a")
def test_s5_a_long_texts_leetspeak_is_searched_where_a_letter_stands_beside_it(text):
    """In a long text, leetspeak is looked for only where a leetspeak character has a letter
    beside it: from every place, the search finds what ``_HAS_LEET`` finds, and the text reads
    as it would."""
    from unittest import mock

    with mock.patch.object(n, "_LEET_PLACES_FROM", 0):
        search = n._leet_search(text)
    for pos in range(len(text) + 1):
        found, expected = search(text, pos), n._HAS_LEET.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), pos
    assert n._read_leet(text, 0, search) == n._LEET_TOKEN.sub(n._leet, text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="aabkluy .-*#1@\tİéﬁ\u200b😂\U0001d41a", max_size=40),
    st.integers(1, 40),
)
@example("k i l l  yoooou ﬁne İ é\u200b 😂 u r a", 30)
@example("s.n.a.p  k  i  l  l 𝐚𝐛 İİ", 60)
def test_s5_a_long_texts_map_to_the_original_is_read_as_a_short_ones(text, times):
    """From ``_ARRAY_FROM`` characters on, the maps back to the original are numpy arrays: the
    same views, and every offset of both views mapped back to the same place, as the tuples of
    a short text give."""
    from unittest import mock

    text = text * times
    with mock.patch.object(n, "_ARRAY_FROM", 10**9):
        short = n.normalise(text)
    with mock.patch.object(n, "_ARRAY_FROM", 0):
        long = n.normalise(text)
    assert (long.light, long.words) == (short.light, short.words)
    for view, size in (("light", len(short.light)), ("words", len(short.words))):
        span_short = getattr(short, f"{view}_span")
        span_long = getattr(long, f"{view}_span")
        for start in range(size + 2):
            for end in (start, start + 1, start + 3, size, size + 5):
                assert span_long(start, end) == span_short(start, end), (view, start, end)
                assert all(type(x) is int for x in span_long(start, end))


def _resolve_by_reading_every_word(masked: str) -> str:
    """``_resolve`` as written first: every word of ``_MASKABLE``, then of the lists' words of
    the token's length, tried in turn."""
    candidates = list(n._MASKABLE)
    if masked.count("*") <= (1 if len(masked) == 3 else 2) and len(masked) >= 3:
        candidates += n._listed_words().get(len(masked), ())
    return next((word for word in candidates if n._fits(word, masked)), masked)


@settings(max_examples=2000, deadline=None)
@given(
    st.sampled_from(["fuck", "kill", "jihad", "you", "suicide", "vermin", "slag", "k", "f", "x"]),
    st.lists(st.integers(0, 8), max_size=3),
    st.text(alphabet="aeiouckls*", max_size=3),
)
@example("fuck", [1, 2], "")
@example("j", [], "*had")
@example("*", [], "uck")
def test_s5_a_masked_word_is_read_from_the_words_with_its_length_and_first_letter(word, at, tail):
    """A masked token is read as the first word it fits, tried among the words of its length and
    first letter alone: the word reading every word would find."""
    masked = list(word + tail)
    for i in at:
        if i < len(masked):
            masked[i] = "*"
    masked = "".join(masked)
    n._RESOLVED.clear()
    assert n._resolve(masked) == _resolve_by_reading_every_word(masked)


def _fields(view: n.Normalised) -> tuple:
    """A view's fields, its maps as lists (an array's ``==`` is an array, not an answer)."""
    return tuple(v.tolist() if hasattr(v, "tolist") else v for v in view)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS | st.text(max_size=30), max_size=6), st.integers(0, 1))
@example(["soooo bad", "k i l l", "see you", "sh*t"], 0)
def test_s5_a_batch_is_normalised_as_each_text_alone(texts, long):
    """A batch's texts are read in three steps, the gate's pass over them all in the middle:
    each text's views and maps are those it has alone, short and long."""
    texts = [t * 40 if long else t for t in texts]
    batch = n.normalise_batch(texts)
    assert [_fields(v) for v in batch] == [_fields(n.normalise(t)) for t in texts]
