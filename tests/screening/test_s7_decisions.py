"""S7: decisions from thresholds per category and context, with organisation overrides."""

from __future__ import annotations

import pytest

from chaperone.screening.decide import ThresholdError, Thresholds, decide
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
