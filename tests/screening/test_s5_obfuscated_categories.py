"""S5: for every category, obfuscated forms of a phrase are screened as the plain phrase is,
and the finding points at what the author actually typed."""

from __future__ import annotations

import pytest

from chaperone.screening import Context, Screener

CASES = [
    ("self_harm", "go kill yourself", "g0 k1ll y0urs3lf"),
    ("self_harm", "go kill yourself", "k i l l  y o u r s e l f"),
    ("self_harm", "go kill yourself", "go k\u200bill yourself"),  # zero-width space
    ("threat", "i will stab you", "i w1ll st4b you"),
    ("threat", "i will stab you", "i wіll stаb you"),  # Cyrillic і and а
    ("threat", "you are dead tomorrow", "y o u  a r e  d e a d  t o m o r r o w"),
    ("hate", "go back to your own country", "g o  b a c k  t o  y o u r  o w n  c o u n t r y"),
    ("grooming", "add me on snap", "a d d  m e  o n  s n a p"),
    ("sexual", "send nudes", "send ｎｕｄｅｓ"),  # full-width
    ("sexual", "send nudes", "send nuuuudes"),
    ("sexual", "send nudes", "send n u d e s"),
    ("hate", "kill all muslims", "k1ll all musl1ms"),
    ("extremism", "join isis", "join i.s.i.s"),
    ("extremism", "join isis", "jоin 1s1s"),
    ("toxic", "you are a stupid loser", "you are a stup1d l0ser"),
    ("toxic", "you are a stupid loser", "you are a stuuupid loser"),
    ("grooming", "don't tell your mum", "d0n't t3ll your mum"),
    ("grooming", "don't tell your mum", "dоn't tell your mum"),  # Cyrillic о
    # Letters masked with symbols, one symbol for one letter.
    ("self_harm", "suicide is the only way out", "s*icide is the only way out"),
    ("sexual", "send nudes", "send n*d*s"),
    ("toxic", "fuck off you twat", "f**k off you tw#t"),
    ("hate", "all pakis are scum", "all p*kis are scum"),
    ("threat", "i will kill you", "i will k*ll you"),
    # Wishing harm, the wish to be gone, and a proposition, obfuscated.
    ("toxic", "i hope you die", "𝕚 𝕙𝕠𝕡𝕖 𝕪𝕠𝕦 𝕕𝕚𝕖"),  # mathematical double-struck letters
    ("toxic", "i hope you die", "i h0pe u d1e"),
    ("self_harm", "nobody would miss me if i was gone", "n0 one would m1ss me if i was g0ne"),
    ("sexual", "lets have sex", "lets h@ve s3x"),
]


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("category,plain,obfuscated", CASES)
def test_s5_obfuscated_phrase_is_screened_like_the_plain_one(screener, category, plain, obfuscated):
    expected = screener.screen(plain, context=Context.GROUP_MESSAGE)
    got = screener.screen(obfuscated, context=Context.GROUP_MESSAGE)
    assert expected.decision != "allow", "the plain phrase itself must be caught"
    assert got.decision == expected.decision
    assert got.scores[category] >= expected.scores[category] - 1e-9
    spans = [obfuscated[f.start : f.end] for f in got.findings if f.category == category]
    assert spans, f"no {category} finding for {obfuscated!r}"
    for span in spans:  # the span is the obfuscated text itself, not a blank or a neighbour
        assert span and span == span.strip()
