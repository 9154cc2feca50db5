"""The Screener end to end, the `chaperone screen` contract, and robustness (S1-S7)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chaperone.screening import Context, Decision, Screener, Turn
from chaperone.screening.cli import main as screen_main


@pytest.fixture(scope="module")
def screener():
    return Screener()


def test_s1_a_childs_phone_number_is_held_with_the_span(screener):
    text = "call me on 07700 900123 later"
    r = screener.screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision == Decision.HOLD
    assert screener.screen(text, context=Context.GROUP_MESSAGE).decision == Decision.BLOCK
    [pii] = r.pii
    assert (pii.type, text[pii.start : pii.end]) == ("phone", "07700 900123")
    assert ("S1", "phone") in {(f.rule, f.category) for f in r.findings}


def test_s5_an_obfuscated_invitation_is_found_at_its_original_offsets(screener):
    text = "add me on s.n.a.p"
    r = screener.screen(text, context=Context.PUBLIC_POST)
    assert r.decision == Decision.BLOCK
    assert all(text[p.start : p.end] == p.text for p in r.pii)


def test_m11_staff_tone_warns(screener):
    r = screener.screen("Well done today babe xx", context=Context.STAFF_TO_CHILD)
    assert r.decision == Decision.WARN
    assert {f.rule for f in r.findings} == {"M11"}


def test_s7_plain_messages_are_allowed(screener):
    for text in [
        "See you at training on Thursday",
        "Can I bring my own ball?",
        "Well done everyone, great effort today",
    ]:
        assert screener.screen(text).decision == Decision.ALLOW, text


def test_s7_every_finding_says_rule_category_span_score_and_why(screener):
    r = screener.screen("my snap is sam11 and I live at 14 Acacia Avenue", Context.CHILD_MESSAGE)
    assert r.findings
    for f in r.findings:
        assert f.rule and f.category and f.why and 0 <= f.score <= 1 and f.start <= f.end


def test_s4_conversation_result_has_the_contract_shape(screener):
    turns = [Turn("a", "adult", "hi how old are you"), Turn("b", "child", "13")]
    out = screener.screen_conversation(turns).to_dict("c1")
    assert set(out) == {"id", "decision", "concern", "scores", "pii", "findings"}
    assert set(out["scores"]) == {
        "toxic",
        "sexual",
        "hate",
        "threat",
        "self_harm",
        "extremism",
        "grooming",
    }


def test_s7_a_conversation_decision_names_the_turn_behind_it(screener):
    # The model alone reads the second turn as hate; the conversation's decision says which
    # turn and why, as the same message screened alone would.
    turns = [
        Turn("a", "unknown", "did you see the match last night"),
        Turn("b", "unknown", "those people are animals and should be sent home"),
    ]
    r = screener.screen_conversation(turns)
    alone = screener.screen(turns[1].text)
    assert r.decision == alone.decision == Decision.HOLD
    [finding] = [f for f in r.findings if f.category == "hate"]
    assert (finding.turn, finding.rule, finding.start, finding.end) == (
        1,
        "S2",
        0,
        len(turns[1].text),
    )
    assert finding.why == alone.findings[0].why


def run_cli(lines: str, *args: str) -> list[dict]:
    out = io.StringIO()
    assert screen_main(list(args), stdin=io.StringIO(lines), stdout=out) == 0
    return [json.loads(x) for x in out.getvalue().splitlines()]


def test_cli_answers_every_line_in_order_and_survives_bad_lines():
    lines = "\n".join(
        [
            json.dumps({"id": 1, "text": "see you later"}),
            "{not json",
            json.dumps(
                {"id": "x", "conversation": [{"author": "a", "role": "adult", "text": "hi"}]}
            ),
            json.dumps({"id": 4, "text": 5}),
            json.dumps({"id": 5}),
            '{"id": 6, "text": "lone \\ud800 surrogate"}',
            json.dumps([1, 2]),
        ]
    )
    out = run_cli(lines + "\n")
    assert [o.get("id") for o in out] == [1, None, "x", 4, 5, 6, None]
    assert out[0]["decision"] == "allow"
    assert "error" in out[1] and "error" in out[3] and "error" in out[4] and "error" in out[6]
    assert out[5]["decision"] in ("allow", "warn", "hold", "block")


def test_cli_runs_as_the_chaperone_command():
    proc = subprocess.run(
        [sys.executable, "-m", "chaperone", "screen", "--context", "child_message"],
        input='{"id": 7, "text": "text me on 07700 900123"}\n',
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == 7 and out["decision"] == "hold"
    assert {"type": "phone", "start": 11, "end": 23, "text": "07700 900123"} in out["pii"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=400))
def test_robustness_any_text_gives_a_valid_result_with_offsets_into_it(text):
    r = _SCREENER.screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision in Decision
    assert all(0.0 <= v <= 1.0 for v in r.scores.values())
    for p in r.pii:
        assert text[p.start : p.end] == p.text
    for f in r.findings:
        assert 0 <= f.start <= f.end <= len(text)


_SCREENER = Screener()


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        "\u202e\u202d" * 5000 + "call 07700 900123",
        "e\u0301" * 20000,
        "😀" * 30000,
        "\x00\x01\x02\x1f" * 1000,
        "\ud800\udfff\ud800",
        "\u200b" * 10000,
    ],
)
def test_robustness_hostile_inputs(text):
    r = _SCREENER.screen(text)
    for p in r.pii:
        assert text[p.start : p.end] == p.text


_MIXED = [
    "see you at training tomorrow",
    "call me on 07700 900123 after school",
    "you are a stupid loser",
    "add me on snap its jess_11",
    "i want to kill myself",
    "",
    "Our postcode is NE2 4AB",
    "the caliphate needs brothers, join the jihad",
    "lol ok",
    "send me a pic of you in your underwear",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_MIXED), st.text(max_size=120)), min_size=8, max_size=40))
@example(texts=["", "😂", "!!", "", "...", " ", "🎉", "?"])  # a batch with no word in it at all
def test_s7_a_batch_is_screened_as_each_message_alone(texts):
    """The batch path sums the models in numpy over all the texts at once; every message gets
    the decision, findings and (to four places) the scores it gets alone."""
    batch = _SCREENER.screen_batch(texts, context=Context.CHILD_MESSAGE)
    for text, together in zip(texts, batch, strict=True):
        alone = _SCREENER.screen(text, context=Context.CHILD_MESSAGE)
        assert together.decision == alone.decision and together.concern == alone.concern
        assert together.findings == alone.findings and together.pii == alone.pii
        for category, score in alone.scores.items():
            assert abs(together.scores[category] - score) <= 1e-4


def test_screening_leaves_no_cycles_and_the_collector_as_it_found_it(screener, monkeypatch):
    """The collector is paused while a batch or a conversation is screened: the engine makes
    no reference cycles for it to find once its lazily built parts are built (the garbage found
    after is none), and it runs again after, whether the call returned or failed; one paused by
    the caller stays paused."""
    import gc

    chat = " ".join(f"msg {i}: u free later? add me on snap jess_{i} x" for i in range(300))
    texts = [chat, "call me on 07700 900123", "you are a loser", "see you at training", ""]
    turns = [Turn("a", "adult", t) for t in texts]

    def screen_all():
        screener.screen_batch(texts * 3)
        screener.screen_conversation(turns)
        screener.score_grooming(turns)

    screen_all()  # the patterns and tables built on first use
    from chaperone.screening import screener as module

    seen = []
    normalise = module.normalise

    def reading(text):
        seen.append(gc.isenabled())
        return normalise(text)

    monkeypatch.setattr(module, "normalise", reading)
    gc.collect()
    assert gc.isenabled()
    screen_all()
    assert seen and not any(seen)  # paused while the texts were read
    assert gc.isenabled()
    assert gc.collect() == 0
    with pytest.raises(ValueError):
        screener.screen_batch(texts, context="nowhere")
    assert gc.isenabled()
    gc.disable()
    try:
        screener.screen_batch(texts)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_fresh_engine_compiles_nothing_while_it_screens():
    """Every list's patterns, the gate and the lists' words are built when the engine loads:
    the first messages of a fresh process (a masked word, a long chat, a phone number, a
    grooming question) compile no pattern, so none of them waits for one."""
    script = """
import re, sys
from chaperone.screening import Screener, Turn
screener = Screener()
compiled = []
real = re._compile
def counting(pattern, flags):
    compiled.append(pattern)
    return real(pattern, flags)
re._compile = counting
chat = " ".join(f"hi {i} asl? u r so mature, add me on snap jess_{i} x" for i in range(60))
texts = ["shut up you stupid c**t", chat, "call me on 07700 900123", "how old r u? 13?",
         "i want to kill myself", "my dad hits me", "k i l l yourself", "soooo sexy",
         "i go to heaton manor school", "14 Acacia Avenue NE1 4ST", "\\u00e9\\U0001f602 x"]
for text in texts:
    screener.screen(text, context="staff_to_child", hour=23)
screener.screen_batch(texts)
screener.screen_conversation([Turn("a", "adult", t) for t in texts])
print(len(compiled), sorted(set(map(str, compiled)))[:5])
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out[0] == "0", out


def test_s7_a_result_made_by_the_screener_is_the_frozen_result_its_fields_make(screener):
    """The screener sets a result's slots directly, where the dataclass's ``__init__`` sets
    each through ``object.__setattr__``: the same value, equal and shown alike, read-only."""
    import dataclasses

    from chaperone.screening.types import ScreeningResult

    for text in ("see you at training", "you are so stupid, call me on 07700 900123"):
        made = screener.screen(text)
        assert type(made) is ScreeningResult
        fields = {f.name: getattr(made, f.name) for f in dataclasses.fields(made)}
        assert made == ScreeningResult(**fields)
        assert repr(made) == repr(ScreeningResult(**fields))
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.decision = Decision.ALLOW
        with pytest.raises(TypeError):
            made.scores["toxic"] = 0.0
