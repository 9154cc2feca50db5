"""S7: decisions from thresholds per category and context, with organisation overrides."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chaperone.screening.decide import CHILD_FACING, ThresholdError, Thresholds, decide
from chaperone.screening.types import Context, Decision

ZERO = {
    "toxic": 0.0,
    "sexual": 0.0,
    "hate": 0.0,
    "threat": 0.0,
    "self_harm": 0.0,
    "extremism": 0.0,
    "grooming": 0.0,
}


def verdict(
    context=Context.GROUP_MESSAGE,
    thresholds=None,
    pii=False,
    disclosure=False,
    tone=False,
    **scores,
):
    return decide(
        {**ZERO, **scores},
        context=context,
        thresholds=thresholds or Thresholds(),
        pii=pii,
        disclosure=disclosure,
        tone=tone,
    )


def test_s7_clean_text_is_allowed():
    assert verdict().decision == Decision.ALLOW


def test_s7_identifying_details_block_in_community_spaces_hold_from_children_warn_elsewhere():
    assert verdict(pii=True).decision == Decision.BLOCK
    assert verdict(Context.PUBLIC_POST, pii=True).decision == Decision.BLOCK
    assert verdict(Context.CHILD_MESSAGE, pii=True).decision == Decision.HOLD
    assert verdict(Context.DIRECT_MESSAGE, pii=True).decision == Decision.WARN


def test_s7_harm_warns_then_holds_by_score():
    assert verdict(toxic=0.55).decision == Decision.WARN
    assert verdict(toxic=0.9).decision == Decision.HOLD


def test_s7_thresholds_differ_per_context():
    assert verdict(toxic=0.65).decision == Decision.WARN
    assert verdict(Context.PUBLIC_POST, toxic=0.65).decision == Decision.HOLD


def test_s3_a_disclosure_raises_a_concern_and_is_never_bounced():
    v = verdict(Context.CHILD_MESSAGE, pii=True, disclosure=True)
    assert v.concern and v.decision == Decision.HOLD


def test_s2_sexual_content_in_a_childs_space_goes_to_the_lead():
    assert verdict(Context.CHILD_MESSAGE, sexual=0.9).concern


def test_m11_tone_warns_only_staff_writing_to_children():
    assert verdict(Context.STAFF_TO_CHILD, tone=True).decision == Decision.WARN
    assert verdict(Context.GROUP_MESSAGE, tone=True).decision == Decision.ALLOW


def test_s7_an_organisation_overrides_thresholds():
    strict = Thresholds.from_overrides({"hold": {"toxic": 0.5}})
    assert verdict(toxic=0.55, thresholds=strict).decision == Decision.HOLD
    per_context = Thresholds.from_overrides(
        {"contexts": {"group_message": {"warn": {"hate": 0.1}}}}
    )
    assert verdict(hate=0.2, thresholds=per_context).decision == Decision.WARN


@pytest.mark.parametrize(
    "bad",
    [
        ["not", "a", "mapping"],
        {"block": {}},
        {"hold": {"toxicity": 0.5}},
        {"hold": {"toxic": 2}},
        {"hold": {"toxic": "high"}},
        {"hold": {"toxic": True}},
        {"contexts": {"chatroom": {}}},
        {"contexts": {"group_message": {"hold": []}}},
    ],
)
def test_s7_a_bad_override_is_a_clear_error(bad):
    with pytest.raises(ThresholdError):
        Thresholds.from_overrides(bad)


def _levels_as_tables_read_them(scores, context, thresholds):
    """The strictest level (0 allow, 1 warn, 2 hold) and the concern, read from the merged
    tables one category at a time."""
    table = thresholds.table(str(context))
    level, concern = 0, False
    for category, score in scores.items():
        if not score:
            continue
        if score >= table["hold"].get(category, 1.01):
            level = max(level, 2)
        elif score >= table["warn"].get(category, 1.01):
            level = max(level, 1)
        if score >= table["concern"].get(category, 1.01) and (
            category != "sexual" or context in CHILD_FACING
        ):
            concern = True
    return level, concern


OVERRIDES = [
    None,
    {"hold": {"toxic": 0.3}, "warn": {"hate": 0.1}, "concern": {"sexual": 0.2, "toxic": 0.9}},
    {"contexts": {"public_post": {"warn": {"sexual": 0.05}, "concern": {"hate": 0.5}}}},
]


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(st.sampled_from(list(ZERO)), st.floats(0, 1)),
    st.sampled_from(list(Context)),
    st.sampled_from(OVERRIDES),
)
def test_s7_each_contexts_levels_read_once_decide_as_the_tables_do(scores, context, overrides):
    """The levels of a context are merged once into one row a category: the decision and the
    concern the merged tables give, read one category at a time."""
    thresholds = Thresholds.from_overrides(overrides)
    scores = {**ZERO, **scores}
    level, concern = _levels_as_tables_read_them(scores, context, thresholds)
    found = decide(
        scores, context=context, thresholds=thresholds, pii=False, disclosure=False, tone=False
    )
    expected = [Decision.ALLOW, Decision.WARN, Decision.HOLD][level]
    assert (found.decision, found.concern) == (expected, concern)
