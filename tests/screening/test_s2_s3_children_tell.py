"""S2 and S3 in more of the words children tell with: harm at home said in the past tense, an
adult singling a child out or filming them, pictures paid for, a plan said plainly; and the
everyday sentences that share those words (a high five, the kit bags, the yearbook photos)."""

from __future__ import annotations

import pytest

from chaperone.screening import Context, Decision, Screener


@pytest.fixture(scope="module")
def screener():
    return Screener()


def screen(screener, text):
    return screener.screen(text, context=Context.CHILD_MESSAGE)


@pytest.mark.parametrize(
    "text",
    [
        "dad threw a plate at me last night",
        "she pulled my hair and slapped me again",
        "my dad gets drunk and smashes things",
        "ive been sleeping at my mates cos i cant go home",
        "my brother makes me do things i dont like",
        "i have bruises from where he grabbed me",
        "he records me when im changing",
        "my coach keeps hugging me and it makes me uncomfortable",
        "my teacher said im his favourite and gave me his number",
        "coach said im his special girl",
        "my uncle keeps sending me weird pics",
        "a guy from fortnite sent me money for pics",
        "some guy online keeps asking for pics of my feet",
        "an older lad gave me vodka and then tried stuff",
    ],
)
def test_s3_harm_a_child_tells_in_their_own_words_is_held_and_raises_a_concern(screener, text):
    result = screen(screener, text)
    assert result.decision is Decision.HOLD
    assert result.concern
    assert "disclosure" in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "im going to take all my mums pills tonight",
        "i want to disappear forever",
        "im a burden to everyone",
        "i wrote my goodbye letters",
        "i looked up how many pills it takes",
        "i've got the rope ready",
        "tonight's the night i'm going to do it, i've said my goodbyes",
    ],
)
def test_s2_a_plan_or_a_goodbye_is_held_and_raises_a_concern(screener, text):
    result = screen(screener, text)
    assert result.decision is Decision.HOLD
    assert result.concern
    assert "self_harm" in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "category,text",
    [
        ("threat", "im going to stab him after school"),
        ("threat", "we're gonna shank that kid"),
        ("toxic", "ur mum is a slag"),
    ],
)
def test_s2_a_weapon_named_on_someone_or_a_family_insulted_is_held(screener, category, text):
    result = screen(screener, text)
    assert result.decision is Decision.HOLD
    assert category in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "she slapped me a high five",
        "he hit me up last night",
        "he pulled my hair by accident in pe",
        "my dad threw the ball at me and i caught it",
        "the older lads made me carry the kit bags",
        "i'm staying at my nan's cos mum's working late",
        "my nan keeps sending me funny pics of her cat",
        "coach asked for my number for the team whatsapp",
        "the teacher gave me her email for the homework",
        "miss said im her favourite student lol jk",
        "my mum gave me money for the school pics",
        "my dad filmed me when i was scoring the winning goal",
        "grandad gets drunk at christmas and sings",
        "we're going to shoot them for the yearbook tomorrow",
        "im going to shoot him a message later",
        "im gonna shoot them in fortnite",
        "we're going to take all our pills with us on holiday",
        "i said my goodbyes to my nan at the airport",
        "ive got the rope ready for the tug of war",
        "i wrote my goodbye letters to my old school before we moved",
        "ur mum is lovely",
    ],
)
def test_s2_s3_everyday_sentences_in_those_words_are_allowed(screener, text):
    result = screen(screener, text)
    assert result.decision is Decision.ALLOW, result.findings
    assert not result.concern
