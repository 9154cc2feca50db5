"""S4 over a set of hand-written chat conversations (tests/screening/fixtures): at least 9 in
10 grooming conversations alert, at most 1 in 10 of the children's sides alone do (as children
and as speakers of unknown role), and at most 1 in 10 ordinary conversations do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chaperone.screening import Screener, Turn

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "conversations.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]
GROOMING = [r for r in ROWS if r["label"] == "grooming"]
ORDINARY = [r for r in ROWS if r["label"] == "ordinary"]


@pytest.fixture(scope="module")
def alerts():
    screener = Screener()

    def run(turns, role=None):
        turns = [Turn(t["author"], role or t["role"], t["text"]) for t in turns]
        return screener.screen_conversation(turns).concern

    return run


def test_s4_the_fixture_has_enough_of_both():
    assert len(GROOMING) >= 16 and len(ORDINARY) >= 16


def test_s4_nine_in_ten_grooming_conversations_alert(alerts):
    assert sum(alerts(r["turns"]) for r in GROOMING) >= 0.9 * len(GROOMING)


@pytest.mark.parametrize("role", ["child", "unknown"])
def test_s4_at_most_one_in_ten_childrens_sides_alert(alerts, role):
    sides = [[t for t in r["turns"] if t["role"] == "child"] for r in GROOMING]
    assert sum(alerts(side, role) for side in sides) <= 0.1 * len(sides)


def test_s4_at_most_one_in_ten_ordinary_conversations_alert(alerts):
    assert sum(alerts(r["turns"]) for r in ORDINARY) <= 0.1 * len(ORDINARY)
