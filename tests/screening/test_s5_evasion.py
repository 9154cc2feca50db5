"""S5: the normaliser reads through evasion and maps findings back to the original."""

from __future__ import annotations

import pytest

from chaperone.screening.normalise import normalise


@pytest.mark.parametrize(
    "text,word",
    [
        ("k i l l  y o u r s e l f", "kill yourself"),
        ("s.n.a.p", "snap"),
        ("ＫＩＬＬ yourself", "kill yourself"),  # full-width
        ("kіll уourself", "kill yourself"),  # Cyrillic і and у
        ("k\u200bi\u200cl\u200dl yourself", "kill yourself"),  # zero-width characters
        ("k1ll y0urs3lf", "kill yourself"),  # leetspeak
        ("kiiiiill yourrrrself", "kill yourrself"),  # repeated vowels read once, consonants twice
        ("𝐤𝐢𝐥𝐥 yourself", "kill yourself"),  # mathematical bold
        ("kíll yóurself", "kill yourself"),  # accents
        ("k y s", "kys"),  # spaced letters that are text-speak apart ("k", "y") but harm joined
        ("kıll yourself", "kill yourself"),  # Turkish dotless ı
        ("sh!t", "shit"),  # "!" for "i" inside a word
        ("b@stard", "bastard"),  # "@" for "a" after a letter
    ],
)
def test_s5_obfuscated_forms_read_plainly(text, word):
    n = normalise(text)
    assert word in n.words
    start = n.words.index(word)
    a, b = n.words_span(start, start + len(word))
    assert 0 <= a < b <= len(text)
    assert text[a:b].strip() == text[a:b]  # the span is the obfuscated words themselves


def test_s5_digits_survive_for_identifying_details():
    n = normalise("call 07700 900123")
    assert "07700 900123" in n.light


def test_s5_plain_ascii_takes_the_fast_path():
    n = normalise("see you at training")
    assert n.light_index is None and n.words_index is None


def test_s5_short_spaced_text_speak_stays_words():
    assert normalise("r u ok").words == "r u ok"
    assert normalise("i c u").words == "i c u"


@pytest.mark.parametrize(
    "text",
    [
        "kys!",
        "send nudes!",
        "i want to die!!",
        "i will stab you!",
        "kill urself!!!",
        "kys!1!",
        "*i will stab you*",
    ],  # fmt: skip
)
def test_s5_marks_around_harm_do_not_hide_it(text):
    """An "!" stands for "i" only inside a word: after one it ends the sentence, and "kys!" is
    read as "kys", not as a word "kysi" that no list knows. A "*" after a word is markup, not a
    masked letter ("you*" is not "your")."""
    from chaperone.screening import Context, Decision, Screener

    plain = Screener().screen(text.strip("!1*"), context=Context.CHILD_MESSAGE)
    marked = Screener().screen(text, context=Context.CHILD_MESSAGE)
    assert marked.decision == plain.decision == Decision.HOLD
    assert marked.concern == plain.concern
    assert normalise(text).words.strip("!1*") == normalise(text.strip("!1*")).words


def test_s5_a_mention_keeps_its_at_sign():
    assert normalise("@sam you coming?").words == "@sam you coming?"
    assert normalise("hello! see you at training!").words == "hello! see you at training!"
