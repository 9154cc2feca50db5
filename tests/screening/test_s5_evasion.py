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
