"""The phrase lists skip texts without any of their trigger strings; the skip never loses a hit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chaperone.screening.grooming import STAGES
from chaperone.screening.lexicon import DISCLOSURE, HARM_LISTS
from chaperone.screening.normalise import normalise
from chaperone.screening.pii.handles import INVITATIONS

LISTS = [*HARM_LISTS, DISCLOSURE, STAGES, INVITATIONS]
# Words taken from the lists' own patterns, so random sentences of them hit the lists often.
VOCABULARY = sorted(
    {w for p in LISTS for w in re.findall(r"[a-z']{2,}", p.pattern.pattern)}
    | {"you", "your", "me", "my", "i", "a", "the", "to", "so", "are", "is", "im", "ur", "u"}
)


def full(plist, text):
    return [(m.start(), m.end(), plist.weights[m.lastgroup]) for m in plist.pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12))
def test_the_gate_never_loses_a_hit(words):
    text = normalise(" ".join(words)).words
    for plist in LISTS:
        assert list(plist.hits(text)) == full(plist, text), plist.category


def test_the_gate_skips_ordinary_chat():
    text = normalise("see you at training on thursday, bring a water bottle").words
    assert all(list(p.hits(text)) == [] for p in LISTS)


def test_the_batch_model_sums_agree_with_one_message_at_a_time():
    from chaperone.screening.harm import HarmModel

    model = HarmModel.load()
    texts = [
        normalise(t).words
        for t in ["see you at training", "", "a a a b b", "you are a stupid loser"] * 3
    ]
    batch = model._model_scores_batch(texts)
    for text, scores in zip(texts, batch, strict=True):
        assert scores == pytest.approx(model._model_scores(text), abs=1e-9)


PII_WORDS = [
    "call",
    "me",
    "on",
    "07700",
    "900123",
    "NE1",
    "4XX",
    "sam@example.com",
    "at",
    "dot",
    "com",
    "St",
    "Mary's",
    "Primary",
    "School",
    "www.example.org",
    "@sam_11",
    "snap:",
    "jess_11",
    "12",
    "High",
    "Street",
    "born",
    "3/4/2012",
    "-",
    "ig",
    "add",
    "my",
    "is",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PII_WORDS + VOCABULARY[:200]), min_size=1, max_size=12))
def test_the_identifying_details_gate_never_loses_a_hit(words):
    from chaperone.screening.pii import could_find, find_all

    view = normalise(" ".join(words))
    if not could_find(view.light, view.words):
        assert find_all(view.light, view.words) == []
