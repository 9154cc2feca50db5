"""S4 over three sets of hand-written chat conversations (tests/screening/fixtures): the set the
phrase lists were tuned on, a second set written apart from them and never tuned on, and long
instant-messenger logs (slow approaches, a child's age given late or never, family and adults
dating) whose first measurement is kept in ``make eval``. In
each, at least 9 in 10 grooming conversations alert, at most 1 in 10 of the children's sides
alone do (as children and as speakers of unknown role), and at most 1 in 10 ordinary
conversations do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chaperone.screening import Screener, Turn

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ["conversations.jsonl", "conversations_heldout.jsonl", "im_chat_logs_heldout.jsonl"]


def rows(name: str, label: str) -> list[dict]:
    lines = (FIXTURES / name).read_text().splitlines()
    return [r for r in map(json.loads, filter(str.strip, lines)) if r["label"] == label]


@pytest.fixture(scope="module")
def alerts():
    screener = Screener()

    def run(turns, role=None):
        turns = [Turn(t["author"], role or t["role"], t["text"]) for t in turns]
        return screener.screen_conversation(turns).concern

    return run


@pytest.mark.parametrize("name", SETS)
def test_s4_the_fixture_has_enough_of_both(name):
    assert len(rows(name, "grooming")) >= 16 and len(rows(name, "ordinary")) >= 16


@pytest.mark.parametrize("name", SETS)
def test_s4_nine_in_ten_grooming_conversations_alert(alerts, name):
    grooming = rows(name, "grooming")
    assert sum(alerts(r["turns"]) for r in grooming) >= 0.9 * len(grooming)


@pytest.mark.parametrize("role", ["child", "unknown"])
@pytest.mark.parametrize("name", SETS)
def test_s4_at_most_one_in_ten_childrens_sides_alert(alerts, name, role):
    sides = [[t for t in r["turns"] if t["role"] == "child"] for r in rows(name, "grooming")]
    assert sum(alerts(side, role) for side in sides) <= 0.1 * len(sides)


@pytest.mark.parametrize("name", SETS)
def test_s4_at_most_one_in_ten_ordinary_conversations_alert(alerts, name):
    ordinary = rows(name, "ordinary")
    assert sum(alerts(r["turns"]) for r in ordinary) <= 0.1 * len(ordinary)
