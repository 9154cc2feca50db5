"""S4 in the chat-speak of instant messengers ("u home alone?", "wanna meet 2morrow", "luv u
hun"), as predators write it, with roles unknown as they are to ``chaperone screen``; and the
child who answers "14 f" or a bare "13" is weighed as the child they say they are."""

from __future__ import annotations

import pytest

from chaperone.screening import Screener, Turn
from chaperone.screening.grooming import STAGES
from chaperone.screening.normalise import normalise


@pytest.fixture(scope="module")
def screener():
    return Screener()


def chat(*lines: str, role="unknown"):
    """Lines starting "A:" are the adult's (jim), "C:" the child's (kayla)."""
    return [
        Turn("jim" if who == "A" else "kayla", role, text.strip())
        for who, text in (line.split(":", 1) for line in lines)
    ]


CONVERSATION = chat(
    "A: hey asl?",
    "C: 14 f ohio u?",
    "A: 34 m. is that ok",
    "C: i guess lol",
    "A: u r so cute in ur pic",
    "C: ty",
    "A: u home alone?",
    "C: ya my moms at work til 10",
    "A: wish i could come over and cuddle with u",
    "C: lol",
    "A: u got a cell? ill call u 2nite",
    "C: maybe",
    "A: dont tell ur mom ok, i could get in big trouble",
    "C: i wont",
    "A: luv u hun. wanna meet 2morrow after school? i got a car",
)


def test_s4_chat_speak_grooming_alerts_with_roles_unknown(screener):
    result = screener.score_grooming(CONVERSATION)
    assert result.alerted and result.author == "jim"
    whys = {f.why for f in result.findings}
    assert {"grooming: alone", "grooming: meeting", "grooming: secrecy", "grooming: risk"} <= whys


@pytest.mark.parametrize(
    "answer",
    [
        "14 f ohio u?",
        "13",
        "im 13 u?",
        "13/f/cali",
        "14 hbu",
        "13. u?",
        "13 lol",
        "13!! lol",
        "13 and a half",
        "13 yrs old",
        "gonna be 14 in march",
        "turning 14 next month",
        "im almost 14",
        "im in 7th",
        "8th grade",
        "year 8",
    ],
)
def test_s4_a_child_answering_with_their_age_is_weighed_as_a_child(screener, answer):
    side = [t for t in CONVERSATION if t.author == "kayla"]
    side[0] = Turn("kayla", "unknown", answer)
    side += [Turn("kayla", "unknown", t) for t in ("wanna meet 2morrow?", "luv u", "call me")]
    result = screener.score_grooming(side)
    assert not result.alerted, result


@pytest.mark.parametrize(
    "text",
    [
        "my son is turning 14 next week",
        "it's gonna be 14 degrees tomorrow",
        "we were almost 14 points up",
        "im in 7th place on the leaderboard",
        "13 years old when i started driving tractors",
        "im almost 14 mins away",
    ],
)
def test_s4_an_age_that_is_not_the_speakers_own_is_no_claim(text):
    names = {name for *_, name in STAGES.named_hits(normalise(text).words)}
    assert "claims_child" not in names


def test_s4_a_number_alone_does_not_make_an_adult_a_child(screener):
    turns = [Turn("jim", "adult", "how many are coming?"), Turn("jim", "adult", "13")]
    turns += CONVERSATION[-5:]
    assert screener.score_grooming([Turn("jim", "adult", t.text) for t in turns]).alerted


@pytest.mark.parametrize(
    "text",
    [
        "dont tell anyone about the surprise party",
        "do u have a pic of ur dog",
        "send me the photo of the team",
        "im 15 mins away",
        "i scored 14 m",
    ],
)
def test_s4_ordinary_phrases_are_no_signal(text):
    assert list(STAGES.named_hits(normalise(text).words)) == []


@pytest.mark.parametrize(
    "text,stage",
    [
        ("r u home alone?", "alone"),
        ("when does ur mom get home", "alone"),
        ("wanna meet 2morrow", "meeting"),
        ("i could sneak out", "meeting"),
        ("ill call u tonite", "phone"),
        ("u got a cell?", "platform"),
        ("luv u hun", "affection"),
        ("u a virgin?", "sexual_questions"),
        ("i could get in big trouble", "risk"),
        ("if only u lied and said you were 18", "risk"),
        ("im not ur age", "age_gap"),
        ("14 f near detroit", "claims_child"),
        ("i just turned 14", "claims_child"),
    ],
)
def test_s4_chat_speak_stages_are_found(text, stage):
    assert stage in {name for *_, name in STAGES.named_hits(normalise(text).words)}


@pytest.mark.parametrize(
    "stage,text",
    [
        ("alone", "did ur mom leave yet?"),
        ("alone", "message me when she goes to work"),
        ("secrecy", "can u sneak ur gma phone later"),
        ("secrecy", "clear the caller id after"),
        ("meeting", "im on my way, how far is it from the station"),
        ("meeting", "in a couple hours u will be here with me"),
        ("affection", "i cant wait to give u a real hug"),
        ("sexual_questions", "i had a hard on thinking about u"),
        ("sexual_questions", "i could let you see me after my shower"),
        ("sexual_questions", "u ever kiss a boy?"),
        ("sexual_questions", "u got a bf"),
        ("teaching", "i could show u how lol"),
        ("age", "what grade are you in?"),
        ("age", "wat grade"),
        ("location", "what part of the country are you in?"),
        ("location", "where u live"),
        ("location", "wats ur address"),
        ("alone", "so you're on your own a lot?"),
        ("alone", "when does she get home"),
        ("alone", "wed be done before ur mom gets home"),
        ("secrecy", "maybe don't mention me to your mom"),
        ("secrecy", "don't tell her about me"),
        ("isolation", "ppl wouldnt understand us being friends"),
        ("isolation", "i bet you get lonely"),
        ("meeting", "maybe we could get some ice cream"),
        ("meeting", "i could come keep u company after school"),
        ("trust", "you seem pretty mature"),
        ("risk", "r u sure ur not a cop"),
        ("phone", "can i call u"),
    ],
)
def test_s4_stages_in_the_words_of_chat_logs(stage, text):
    assert stage in {name for _, _, _, name in STAGES.named_hits(normalise(text).words)}


@pytest.mark.parametrize(
    "text",
    [
        "my mum goes to work at 8",  # a child saying where their mum is, no question
        "i'll touch base with you tomorrow about the fixture",
        "the coach is on the bus, we're on our way back",
        "kiss you goodbye at the gate mum!",
        "send me a pic of your science fair project",
        "do u have a pic from the trip",
        "tell ur mom to call me after",
        "the pic of u on the first day is so cute",
    ],
)
def test_s4_ordinary_lines_with_the_same_words_are_not_those_stages(text):
    names = {name for _, _, _, name in STAGES.named_hits(normalise(text).words)}
    assert not names & {"alone", "secrecy", "affection", "sexual_questions", "photos", "phone"}, (
        names
    )


SLOW = chat(
    "A: hi there, saw your profile. you skate?",
    "C: ya",
    "A: what part of the country are you in?",
    "C: ohio",
    "A: how old are you if you don't mind me asking?",
    "C: 13",
    "A: you seem pretty mature. what does your mom do?",
    "C: shes a nurse, works nights",
    "A: so you're on your own a lot?",
    "C: kinda",
    "A: i bet you get lonely. you can always talk to me",
    "A: maybe don't mention me to your mom, she might not understand an older friend",
    "A: i'm coming through ohio in a couple weeks. maybe we could get some ice cream?",
    role="unknown",
)


def test_s4_a_slow_friendly_approach_alerts_on_the_adult(screener):
    result = screener.score_grooming(SLOW)
    assert result.alerted and result.author == "jim", result


def test_s4_the_child_answering_a_slow_approach_is_not_flagged(screener):
    side = [t for t in SLOW if t.author == "kayla"]
    assert not screener.score_grooming(side).alerted


@pytest.mark.parametrize("role", ["adult", "unknown"])
def test_s4_two_adults_flirting_and_swapping_numbers_do_not_alert(screener, role):
    turns = [
        Turn("jen", role, "so asl is so 1999 but... 32 f sacramento"),
        Turn("matt", role, "ha 35 m, oakland"),
        Turn("jen", role, "you're cute in your profile pic"),
        Turn("matt", role, "so are you. wanna meet for a drink saturday?"),
        Turn("jen", role, "yes! mine's 555-0119, text me"),
        Turn("matt", role, "can i call u tonight?"),
        Turn("jen", role, "call me after 8 babe x"),
    ]
    assert not screener.score_grooming(turns).alerted
