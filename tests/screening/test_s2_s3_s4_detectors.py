"""S2 harm, S3 disclosures, S4 grooming: tables of should-match and should-not-match texts, and
the committed weights."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest

from chaperone.screening import Context, Decision, Screener, Turn
from chaperone.screening.disclosure import find_disclosures
from chaperone.screening.grooming import ALERT, score_conversation
from chaperone.screening.harm import HarmModel
from chaperone.screening.normalise import normalise


def words(text):
    return normalise(text).words


@pytest.fixture(scope="module")
def harm():
    return HarmModel.load()


def assert_held_as(text, category):
    """A child's message is held, with a finding of the category."""
    r = Screener().screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision == Decision.HOLD
    assert any(f.category == category for f in r.findings)


@pytest.mark.parametrize(
    "category,text",
    [
        ("toxic", "you are such a pathetic loser"),
        ("toxic", "fuck off you twat"),
        ("self_harm", "i want to kill myself"),
        ("self_harm", "i've been cutting myself again"),
        ("threat", "i'm going to stab you after school"),
        ("sexual", "send me nudes"),
        ("hate", "go back to your own country"),
        ("extremism", "join the jihad brothers, the caliphate needs you"),
    ],
)
def test_s2_clear_cases_score_above_the_warning_level(harm, category, text):
    assert harm.score(words(text))[category] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",
        "I'd die for a pizza right now",
        "shoot the ball harder",
        "see you at training on thursday",
        "we smashed it today, well done",
        "the film was sick",
    ],
)
def test_s2_benign_look_alikes_stay_below_the_hold_level(harm, text):
    scores = harm.score(words(text))
    assert all(v < 0.6 for v in scores.values()), scores


@pytest.mark.parametrize(
    "text",
    [
        "i hate geography",
        "ugh hate wednesdays",
        "i hate french lessons so much",
        "my nan will kill me lol",
        "i hate it when it rains",
        "i hate this song",
        "i want to die of embarrassment",
        "i'm gonna beat you at fifa",
        "white socks or black socks for the match",
        "is the away kit black",
    ],
)
def test_s2_a_childs_everyday_dislikes_and_figures_of_speech_are_allowed(text):
    """Disliking a lesson or a weekday is not hate speech, and "my nan will kill me" is not a
    threat: a child's message saying so goes through."""
    r = Screener().screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision == Decision.ALLOW, (r.scores, r.findings)


@pytest.mark.parametrize(
    "text",
    ["i hate immigrants", "i hate jews", "i cant stand gay people", "all muslims should leave"],
)
def test_s2_hatred_of_a_group_is_held_with_a_hate_finding(text):
    r = Screener().screen(text, context=Context.CHILD_MESSAGE)
    assert r.decision == Decision.HOLD
    assert any(f.rule == "S2" and f.category == "hate" for f in r.findings)


@pytest.mark.parametrize(
    "text",
    [
        "i wish i was dead",
        "honestly everyone would be better off without me, i'm just a burden",
        "i can't take it anymore",
        "this is goodbye everyone",
        "i've been saving up my pills",
        "i want to go to sleep and never wake up",
    ],
)
def test_s2_warning_signs_of_suicide_score_as_self_harm(harm, text):
    assert harm.score(words(text))["self_harm"] >= 0.4


@pytest.mark.parametrize(
    "text",
    [
        "see my last message about the kit",
        "first attempt at baking lol",
        "this heat is unbearable",
        "how many pills do i take for a headache? asking mum",
        "10 ways to die in minecraft",
    ],
)
def test_s2_ordinary_look_alikes_of_warning_signs_do_not_warn(harm, text):
    assert harm.score(words(text))["self_harm"] < 0.4


@pytest.mark.parametrize(
    "text",
    [
        "my dad hits me when he's drunk",
        "i'm scared to go home",
        "he touched me down there",
        "i haven't eaten in two days",
        "i'm going to kill myself tonight",
        "he told me not to tell anyone",
        # Violence at home a child sees, and touching a child does not want.
        "my mum's boyfriend hits her",
        "my dad hits my mum when he's drunk",
        "someone at school keeps touching me and i don't like it",
        "the coach keeps touching my shoulder and it makes me feel weird",
        "it makes me feel weird when he touches my leg",
        # The harms of Keeping Children Safe in Education, in a child's words.
        "my parents are making me marry my cousin this summer",
        "they're taking me abroad to get cut",
        "some older lads make me carry packages for them",
        "they said if i don't deliver the stuff they'll hurt my mum",
        "a man online said he'd give me money if i sent pics",
        "i sent a pic to a boy and now he's showing everyone",
        "my mum drinks every night and i have to look after my little brother",
        "my dad says i'm worthless and stupid every day",
        "i've been sleeping at my friend's because i can't go home",
        "my brother keeps watching videos about killing non believers",
        "my teacher asked me to keep our chats secret",
        "my coach gave me his number and said not to tell my parents",
        "i've been bullied since year 7",
        "people at school keep calling me names and i don't want to go anymore",
        "someone keeps posting stuff about me online",
        # An adult reaching a child online.
        "a man online asked me to send pics",
        "he said he would leak my pics if i dont send more",
        "hes threatening to share my pics",
        "my coach keeps messaging me at night",
        # Harm told plainly, and what keeps a child from home.
        "i was raped",
        "i am being abused",
        "i get hit with a belt",
        "i have bruises from my dad",
        "dad said he will hurt me if i tell",
        "mum said nobody will believe me",
        "my uncle makes me keep secrets",
        "my boyfriend makes me do stuff i dont want to",
        "my step dad comes into my room at night",
        "my older cousin showed me videos of people doing sex",
        "they said theyll hurt my little sister if i dont do it",
        "i dont feel safe at home",
        "my mum locks me in my room",
        "i run away from home last night",
        "im sleeping in the park",
        "i owe them money and they said i have to work it off",
        "i keep getting sent to do drops",
        "theres a man who waits outside school for me",
        "im scared of my brother",
        # Exploitation, neglect and assault in a child's own words.
        "my brother's mate gives me weed to hold for him",
        "theres an older guy who gives me lifts and buys me stuff",
        "i have to carry packages for them or they said theyll hurt me",
        "someone is blackmailing me with my pics",
        "my mum hasnt come home for 3 days",
        "i havent had tea in ages theres never any food",
        "i got touched at the party and i didnt want it",
        "he made me do stuff in his car",
        "my friend is being forced to have sex with older boys",
        "i have to look after my little brothers cos mum is always drunk",
        "i got jumped and they took my phone",
        "a teacher keeps messaging me on insta",
    ],
)
def test_s3_disclosures_are_found(text):
    assert find_disclosures(words(text))


@pytest.mark.parametrize(
    "text",
    [
        "my dad hits the ball really far",
        "i'm going home now",
        "i ate two days worth of cake",
        "in the film he hits her with a chair",
        "my brother keeps touching my xbox",
        "the cat keeps touching me with its paw lol",
        "they make me carry the cones every week lol",
        "if i don't deliver the leaflets my boss will be annoyed",
        "my sister is getting married in pakistan",
        "i got my hair cut",
        "my mum kicked me out of the kitchen lol",
        "i sent a pic to my nan and now she's showing everyone at church",
        "my dad says i'm useless at fifa",
        "my teacher said not to tell anyone the answers",
        "my brother keeps watching videos about ww2",
        "the film was about a boy who gets bullied",
        "i get called names like jimbo by my family lol",
        "they keep laughing at my jokes",
        "the teacher asked me to send the photos from the trip",
        "my mum said she would send my photos to nan",
        "the coach keeps messaging me about the match",
        "she said she would send the photos to the group chat",
        "i got hit by a ball in pe",
        "he forced me to eat broccoli lol",
        "i owe him a fiver lol",
        "we did drops of paint in art",
        "i ran away from the spider lol",
        "the car waits outside school every day to pick up my friend",
        "my bf checks my phone battery lol",
        "i was groomed for the role in the play",
        "my sister comes into my room at night to steal my charger",
        "nobody will believe me when i say i got 100 on the test",
        "my mum gives me a parcel to drop off at the post office",
        "i have to carry the bags for them or else we'll be late lol",
        "my older brother gives me lifts to school",
        "my grandad buys me presents every christmas",
        "theres never any food left when i get home cos my brothers eat it all",
        "my dad hasnt been home for 3 days cos hes working away",
        "my mum hasnt come back in days shes on a work trip",
        "i got touched by the ball and it was out",
        "coach made me do laps with the team",
        "she made me do it with her in her room, the project i mean",
        "i got jumped in fortnite",
        "i got robbed by the ref",
        "we got mugged off by the ref today, that was never a pen",
        "my teacher keeps messaging me on teams about homework",
        "forced to do pe with the year 7s lol",
        "he was blackmailing the villain in the film",
    ],
)
def test_s3_ordinary_sentences_are_not_disclosures(text):
    assert find_disclosures(words(text)) == []


def test_s3_a_disclosure_raises_a_concern_through_the_screener():
    r = Screener().screen("my stepdad hits me", context=Context.CHILD_MESSAGE)
    assert r.concern and r.decision == Decision.HOLD
    assert any(f.rule == "S3" for f in r.findings)


GROOMING = [
    Turn("m", "adult", "hey how old are you?"),
    Turn("c", "child", "13"),
    Turn("m", "adult", "you seem so mature for your age"),
    Turn("m", "adult", "are you home alone?"),
    Turn("m", "adult", "send me a pic of you, our little secret, don't tell your mum"),
    Turn("m", "adult", "add me on snap"),
]
ORDINARY = [
    Turn("a", "adult", "Training is moved to the sports hall on Thursday"),
    Turn("c", "child", "ok thanks, can I bring my own ball?"),
    Turn("a", "adult", "Yes, and bring a water bottle"),
]


def test_s4_a_grooming_pattern_alerts_with_evidence_on_the_right_turns():
    result = score_conversation([Turn(t.author, t.role, words(t.text)) for t in GROOMING])
    assert result.alerted and result.score >= ALERT
    turns = {i for i, _ in result.evidence}
    assert {0, 2, 3, 4, 5} <= turns and 1 not in turns


def test_s4_an_ordinary_conversation_does_not_alert():
    result = score_conversation([Turn(t.author, t.role, words(t.text)) for t in ORDINARY])
    assert not result.alerted and result.evidence == ()


def test_s4_one_innocent_question_is_not_a_pattern():
    assert not score_conversation([Turn("a", "adult", "how old are you")]).alerted


def test_s4_the_screener_raises_a_concern_for_a_grooming_conversation():
    r = Screener().screen_conversation(GROOMING)
    assert r.concern
    assert {f.turn for f in r.findings if f.rule == "S4"} >= {0, 4}


def test_models_load_from_the_package_and_match_their_manifest():
    folder = resources.files("chaperone.screening") / "models"
    manifest = json.loads((folder / "MANIFEST.json").read_text())
    weights = (folder / "harm.npz").read_bytes()
    assert hashlib.sha256(weights).hexdigest() == manifest["weights_sha256"]
    assert len(weights) < 20 * 1024 * 1024
    assert set(manifest["model_categories"]) == set(HarmModel.load().model_categories)


@pytest.mark.parametrize(
    "text,category",
    [
        ("i'll beat you after school", "threat"),
        ("i'm going to beat you up", "threat"),
        ("i want to die", "self_harm"),
    ],
)
def test_s2_the_plain_meaning_next_to_a_figure_of_speech_is_still_held(text, category):
    assert_held_as(text, category)


@pytest.mark.parametrize("text", ["i hate u", "you're a total idiot", "nobody even likes u"])
def test_s2_an_insult_to_one_person_reads_as_toxic_more_than_hate(harm, text):
    """Hate speech is about a group: abuse of one person is toxic first, so the sender is told
    what they actually wrote."""
    scores = harm.score(words(text))
    assert scores["toxic"] >= 0.5 and scores["toxic"] > scores["hate"]


@pytest.mark.parametrize(
    "text,category",
    [
        ("ur getting jumped after school", "threat"),
        ("i'll knock u out", "threat"),
        ("your dead meat", "threat"),
        ("i'll smash your face in", "threat"),
        ("send noods", "sexual"),
        ("show me ur boobs", "sexual"),
    ],
)
def test_s2_playground_slang_for_threats_and_sexual_requests_is_held(text, category):
    assert_held_as(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "i'll knock out the last level tonight",
        "gonna end you in fifa",
        "we need to square up the corners of the poster",
        "hook up the speaker to the laptop",
    ],
)
def test_s2_the_same_words_about_games_and_things_are_not_threats_or_sexual(harm, text):
    scores = harm.score(words(text))
    assert scores["threat"] < 0.45 and scores["sexual"] < 0.4, scores
