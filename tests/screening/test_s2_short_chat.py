"""S2 on chat as it is really sent: mostly short lines. A child answering "ya", "aww" or "15"
is not warned; a staff member's "proud of you all" is not either; short statements of
self-harm, bullying and threats are caught, each with the everyday lines that share their
words. The hand-written set of chat lines in ``fixtures/`` is held to a bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chaperone.screening import Context, Decision, Screener, Turn
from chaperone.screening.lexicon import SELF_HARM

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def screener():
    return Screener()


_CHILD, _STAFF = Context.CHILD_MESSAGE, Context.STAFF_TO_CHILD


@pytest.mark.parametrize(
    "context,text",
    [(_CHILD, text) for text in (
        "ya", "yeah", "ye", "aww", "oh", "ohhh", "same", "wdym", "will do", "yeah ofc",
        "12", "15 in december", "im 13", "14 f", "year 9", "near bristol", "in town",
        "7 then", "after tea", "its maisie", "finn u?", "sent", "lol why", "as if",
    )] + [(_STAFF, text) for text in (
        "proud of you all", "get well soon", "Happy Friday everyone, have a lovely weekend",
        "Congratulations on your county call up, thoroughly deserved",
        "Don't forget shin pads, the ref won't let you play without them",
    )],
)  # fmt: skip
def test_s2_a_childs_short_reply_and_a_staff_members_kind_message_are_allowed(
    screener, context, text
):
    result = screener.screen(text, context=context)
    assert result.decision == Decision.ALLOW, result.findings


@pytest.mark.parametrize(
    "text",
    [
        "no point living anymore",
        "life's not worth it",
        "no one will even notice when i'm gone",
        "nobody will miss me once im dead",
        "took a load of tablets",
        "downed a whole packet of my mums sleeping pills",
        "i'm going to take all my pills",
    ],
)
def test_s2_a_short_statement_of_suicide_is_held_and_raises_a_concern(screener, text):
    result = screener.screen(text, context=Context.CHILD_MESSAGE)
    assert result.decision == Decision.HOLD
    assert result.concern
    assert any(f.category == "self_harm" for f in result.findings)


def test_s2_a_note_written_with_nothing_else_said_is_held_for_a_designated_person(screener):
    """'ive written my note' may be a goodbye or homework: held, for a person to read."""
    result = screener.screen("ive written my note", context=Context.CHILD_MESSAGE)
    assert result.decision == Decision.HOLD
    assert any(f.category == "self_harm" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "i wrote my note to the teacher",
        "take all of your tablets with food",
        "have you taken all the tablets the doctor gave you",
        "no point going if it's raining",
        "i'll be gone by morning, early flight to spain",
        "is it worth living in london",
    ],
)
def test_s2_everyday_lines_with_those_words_are_not_self_harm(screener, text):
    result = screener.screen(text, context=Context.CHILD_MESSAGE)
    assert not any(f.category == "self_harm" for f in result.findings if f.score >= 0.4)
    assert not result.concern


@pytest.mark.parametrize(
    "category,text",
    [
        ("toxic", "everyone's laughing at you"),
        ("toxic", "they all laugh about how ugly u are"),
        ("toxic", "no wonder your mum left"),
        ("toxic", "crybaby loser"),
        ("threat", "wait till i catch you"),
        ("threat", "sleep with one eye open"),
        ("sexual", "facetime me from the bath"),
    ],
)
def test_s2_short_bullying_threats_and_requests_are_caught(screener, category, text):
    result = screener.screen(text, context=Context.CHILD_MESSAGE)
    assert result.decision in (Decision.WARN, Decision.HOLD)
    assert any(f.category == category for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "we all talk about how good you are at singing",
        "everyone was laughing at the dog",
        "shall we do a secret santa for the team",
    ],
)
def test_s2_look_alikes_of_short_bullying_are_allowed(screener, text):
    assert screener.screen(text, context=Context.CHILD_MESSAGE).decision == Decision.ALLOW


def test_s2_the_stronger_reading_of_the_same_words_is_reported():
    """'no point' is low mood; 'no point living' is not wanting to live, and is reported so."""
    hits = list(SELF_HARM.named_hits("no point living anymore"))
    assert hits[0][3] == "not_worth"
    assert hits[0][2] >= 0.7


def test_s5_masked_short_words_are_read():
    result = Screener().screen("y*u ar* d*ad t*morrow", context=Context.CHILD_MESSAGE)
    assert result.decision == Decision.HOLD
    assert any(f.category == "threat" and f.start == 0 for f in result.findings)


def test_s4_a_child_saying_their_age_is_not_a_grooming_signal_alone(screener):
    """'im 13' in one message is not evidence; an adult who says it in a conversation is."""
    assert screener.screen("im 13 lol", context=Context.CHILD_MESSAGE).decision == Decision.ALLOW
    conversation = [
        Turn("dan", "adult", "im 14 too lol"),
        Turn("amy", "child", "cool"),
        Turn("dan", "adult", "dont tell ur mum we talk ok"),
        Turn("dan", "adult", "send me a pic"),
    ]
    assert screener.screen_conversation(conversation).concern


def test_s2_held_out_chat_lines_meet_the_bar(screener):
    """The hand-written chat lines: at most 1 ordinary line in 40 warned or held, short or
    long; at least 29 of each category's 32 harmful lines caught."""
    lines = (FIXTURES / "uk_chat_turns_heldout.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    flagged = {"short": [0, 0], "long": [0, 0]}
    caught: dict[str, list[int]] = {}
    for row in rows:
        context = Context.CHILD_MESSAGE if row["role"] == "child" else Context.STAFF_TO_CHILD
        decision = screener.screen(row["text"], context=context).decision
        if row["label"] == "ordinary":
            size = "short" if len(row["text"].split()) <= 4 else "long"
            flagged[size][0] += decision != Decision.ALLOW
            flagged[size][1] += 1
        else:
            tally = caught.setdefault(row["label"], [0, 0])
            tally[0] += decision != Decision.ALLOW
            tally[1] += 1
    for size, (bad, total) in flagged.items():
        assert bad / total <= 1 / 40, (size, bad, total)
    assert set(caught) == {"toxic", "threat", "sexual", "self_harm", "hate"}
    for category, (hit, total) in caught.items():
        assert hit >= 29, (category, hit, total)
