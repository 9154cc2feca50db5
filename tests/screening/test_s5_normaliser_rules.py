"""S5: what the normaliser reads as letters, what it leaves alone, and that its maps always
point into the original text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chaperone.screening.normalise import _HAS_LEET, _SPACED, _spaced, normalise


@pytest.mark.parametrize(
    "text,words",
    [
        # leetspeak inside words, "1" read as "l" where English needs one
        ("he11o", "hello"),
        ("1ove you", "love you"),
        ("a1one", "alone"),
        ("k1ll", "kill"),
        ("sh1t", "shit"),
        ("a55", "ass"),
        # numbers with units and ordinals are numbers, not leetspeak
        ("at 3pm", "at 3pm"),
        ("the 10th", "the 10th"),
        ("in the 90s", "in the 90s"),
        ("7am start", "7am start"),
        ("the year 2011", "the year 2011"),
        # spaced-out letters: three or more with spaces, two or more with punctuation
        ("s e x", "sex"),
        ("d i e", "die"),
        ("s-e-x", "sex"),
        ("s.n.a.p", "snap"),
        ("k i l l  y o u r s e l f", "kill yourself"),
        # a message spelt out letter by letter with wider gaps: every group is a word
        ("y o u  a r e  d e a d", "you are dead"),
        ("a d d  m e  o n  s n a p", "add me on snap"),
        ("i  w i l l  s t a b  y o u", "i will stab you"),
        # but text-speak made of one-letter words stays as typed
        ("r u ok", "r u ok"),
        ("u r a star", "u r a star"),
        ("i c u", "i c u"),
        ("r u  ok  m8", "r u ok m8"),
        ("c u  l8r", "c u l8r"),
        # "!" ends a shouted sentence ("!!1!"), and "@" begins a mention
        ("kys!1!", "kys!1!"),
        ("you ok!!", "you ok!!"),
        ("@sam1 hi", "@sam1 hi"),
        # any white space reads as one space
        ("kill\nyourself", "kill yourself"),
        ("kill \t  yourself", "kill yourself"),
    ],
)
def test_s5_word_view_table(text, words):
    assert normalise(text).words == words


@pytest.mark.parametrize(
    "text,light",
    [
        ("ＮＥ１ ４ＳＴ", "NE1 4ST"),  # full-width
        ("0７７００ ９００１２３", "07700 900123"),
        ("０７７００\u200b９００１２３", "07700900123"),  # a zero-width space inside a number
        ("𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑", "07700 900123"),  # mathematical bold digits
    ],
)
def test_s5_digits_survive_in_the_light_view(text, light):
    assert normalise(text).light == light


def test_s5_a_disguised_phone_number_is_found_at_its_original_offsets():
    from chaperone.screening import Context, Screener

    text = "ring me ０７７００\u200b９００１２３ tonight"
    [pii] = Screener().screen(text, context=Context.GROUP_MESSAGE).pii
    assert pii.type == "phone" and pii.text == "０７７００\u200b９００１２３"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=200), st.data())
def test_s5_every_span_of_either_view_maps_inside_the_original(text, data):
    n = normalise(text)
    for view, back in ((n.words, n.words_span), (n.light, n.light_span)):
        start = data.draw(st.integers(0, len(view)))
        end = data.draw(st.integers(start, len(view)))
        a, b = back(start, end)
        assert 0 <= a <= b <= len(text)
        if end > start:  # a character of the view always comes from a character of the text
            assert b > a


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeiklorstux013457@$ .-\n", max_size=60))
def test_s5_the_word_view_maps_back_in_order(text):
    n = normalise(text)
    starts = [n.words_span(i, i + 1)[0] for i in range(len(n.words))]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "text,words",
    [
        ("s*icide is the only way", "suicide is the only way"),
        ("wanna see my d*ck", "wanna see my dick"),
        ("f**k off", "fuck off"),
        ("p#rn link", "porn link"),
        ("*hugs* c# is fun", "*hugs* c# is fun"),  # no word of the list fits: kept as typed
        ("50% off", "50% off"),
        ("b*nana", "b*nana"),
        ("all imm*grants are v*rmin", "all immigrants are vermin"),  # words the lists look for
        ("join the j*had", "join the jihad"),
        ("k*ll", "kill"),
        ("fuc* off", "fuck off"),  # a swear word's end, starred
        ("*i will stab you*", "*i will stab you*"),  # marks around words are markup
    ],
)
def test_s5_a_masked_word_is_read_as_the_word_it_hides(text, words):
    """A symbol over a letter stands for that one letter, so the word keeps its length and
    every offset still points at the character typed."""
    n = normalise(text)
    assert n.words == words
    assert len(n.words) == len(text)


#: ``normalise._HAS_LEET`` as it would be written beginning at the letter: the same places found.
LEET_FROM_THE_LETTER = re.compile(
    r"[a-z][0-9@$|+]|[0-9$!|+][a-z]|[a-z]!+[a-z0-9$|+]|(?<=[0-9$|+])@[a-z]"
)


def _tokens_with(pattern: re.Pattern, text: str) -> set[tuple[int, int]]:
    return {
        t.span() for t in re.finditer(r"[a-z0-9@$!|+]+", text) if pattern.search(text, *t.span())
    }


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "sh", "k", "1", "0", "4", "@", "$", "!", "!!", "|", "+", " ", "é"]),
        max_size=16,
    ).map("".join)
)
def test_s5_leetspeak_is_looked_for_from_its_symbols(text):
    """The search for a letter beside a leetspeak character starts at the character: it finds
    leetspeak in exactly the texts, and the words, that a search from the letter finds."""
    assert bool(_HAS_LEET.search(text)) == bool(LEET_FROM_THE_LETTER.search(text))
    assert _tokens_with(_HAS_LEET, text) == _tokens_with(LEET_FROM_THE_LETTER, text)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", "r", "u", "ok", "1", " ", "  ", ".", " . ", "-", "*", "/", "x"]),
        max_size=20,
    ).map("".join)
)
def test_s5_spaced_out_letters_are_tried_only_where_two_letters_stand_alone(text):
    """The spaced-out pattern is tried only where two letters stand alone side by side: it
    finds what it finds trying every character."""
    assert [m.span() for m in _spaced(text)] == [m.span() for m in _SPACED.finditer(text)]
