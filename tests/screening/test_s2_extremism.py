"""S2 extremism: the model trained on a propaganda collection, with the phrase lists, must tell
support for violence from children talking about their faith or the news."""

from __future__ import annotations

import pytest

from chaperone.screening import Context, Decision, Screener

EVERYDAY = [
    "Eid mubarak everyone! see you at the mosque after",
    "we learnt about the crusades in history today",
    "my dad is watching the news about syria again",
    "did you see the news about isis on the bbc, it's so scary",
    "Allahu akbar, we won the match!!",
    "inshallah we'll win on saturday",
    "what's the difference between sunni and shia, for my RE homework",
    "our citizenship lesson was about how people get radicalised online",
    "brothers and sisters, the charity bake sale is on friday",
    "my cousin lives in iraq",
    "we are praying for the people in gaza",
    "can't come to training friday, it's jummah",
    "message 3 from Alex",
    "Match moved to 10am, 2 buses from the school",
]

SUPPORT = [
    "join the brothers in sham, the caliphate needs you",
    "kill the infidels, die for the cause",
    "the islamic state will rise, the kuffar will burn, baqiyah",
    "white genocide is real, the race war is coming",
]


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("text", EVERYDAY)
def test_s2_talk_of_faith_and_the_news_is_not_held(screener, text):
    r = screener.screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision in (Decision.ALLOW, Decision.WARN), (r.scores, r.findings)
    assert r.scores["extremism"] < 0.7


@pytest.mark.parametrize("text", SUPPORT)
def test_s2_support_for_extremist_violence_is_held(screener, text):
    r = screener.screen(text, context=Context.GROUP_MESSAGE)
    assert r.decision in (Decision.HOLD, Decision.BLOCK), r.scores
    assert any(f.category == "extremism" for f in r.findings)
