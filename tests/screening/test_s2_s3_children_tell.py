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
        "my step dad comes in the bathroom when im in the shower",
        "my mums boyfriend watches me get changed",
        "my mum's new boyfriend keeps coming in my room at night",
        "he told me if i tell anyone ill get taken away",
        "my dad said if i tell social services hell kill my mum",
        "i got sent to my room without food again for two days",
        "we havent had electric for a week and theres no food",
        "my nan hits me with her slipper when im naughty",
        "this lad at school has a video of me and is sending it round",
        "an older boy said hes my boyfriend and wants me to meet his mates",
        "i met a guy on roblox hes 19 and wants to meet up",
        "my friend's brother gave us weed and made us sell it",
        "he said i owe him money for the weed and now i have to work for him",
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
        "i've been starving myself for a week",
        "im making myself sick after every meal",
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
        ("threat", "if you tell anyone ill make your life hell"),
        ("sexual", "i wanna lick you all over"),
        ("sexual", "do u want to come over and do stuff when my parents are out"),
        ("extremism", "join the brotherhood, our race needs you"),
    ],
)
def test_s2_a_weapon_a_threat_or_a_sexual_message_is_held(screener, category, text):
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
        "my dad walked in when i was getting changed for the party and we both laughed",
        "my brother came in my room to borrow my charger",
        "my nan hits me with her handbag when i make jokes lol",
        "the coach watches me in training to see if i improve",
        "mum said if i tell my brother about the surprise he'll kill me lol",
        "we got sent to bed without dinner cos we were naughty lol",
        "we havent had electric for two hours cos of the storm",
        "my friend has a video of me dancing and is sending it to everyone lol",
        "an older boy asked me to meet his mates at the skate park for the competition",
        "a guy from fortnite wants to meet in the game later",
        "i have to work for him on saturdays at the shop",
        "do you want to come over and play fifa when my parents are out",
        "our team needs you on saturday",
        "my gran watches me play every week",
    ],
)
def test_s2_s3_everyday_sentences_in_those_words_are_allowed(screener, text):
    result = screen(screener, text)
    assert result.decision is Decision.ALLOW, result.findings
    assert not result.concern


@pytest.mark.parametrize(
    "text",
    [
        "you're so much more mature than the other kids",
        "i can pick you up from the bus stop, no need to tell anyone",
        "add me on snap so we can chat properly",
        "i think about you a lot when i'm not at training",
        "you're really special to me, no one understands you like i do",
        "come to my house after training, i'll drive you home after",
        "you look so grown up in that dress",
        "i love you, you know that right",
    ],
)
def test_s4_staff_singling_a_child_out_is_held_and_the_lead_told(screener, text):
    """From a member of staff to a young person, making them feel singled out, a private
    channel, their home or a remark on how grown up they look is held and raises a concern."""
    result = screener.screen(text, context=Context.STAFF_TO_CHILD)
    assert result.decision is Decision.HOLD
    assert result.concern
    assert "grooming" in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "you were more mature than the other team today, great discipline",
        "no need to tell anyone the score yet, we announce it friday",
        "no need to tell anyone, it's on the website already",
        "come to the club so we can talk properly about the season with your mum",
        "i think about the team a lot when i'm planning sessions",
        "you look so smart in your new kit",
        "i love your enthusiasm, you know that right",
    ],
)
def test_s4_staff_messages_in_those_words_are_not_held(screener, text):
    result = screener.screen(text, context=Context.STAFF_TO_CHILD)
    assert result.decision is not Decision.HOLD, result.findings
    assert not result.concern


@pytest.mark.parametrize(
    "text",
    ["you look so grown up in that dress omg", "no need to tell anyone lol"],
)
def test_s4_the_same_words_between_children_are_allowed(screener, text):
    assert screen(screener, text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "category,text",
    [
        ("sexual", "send me a pic of ur bum"),
        ("sexual", "can i see you in your bikini"),
        ("sexual", "ur so fit i'd smash"),
        ("sexual", "wanna come round and have some fun in my bed"),
        ("sexual", "show me what's under your skirt"),
        ("sexual", "i'm hard thinking about you"),
        ("extremism", "deus vult, time for a new crusade"),
        ("extremism", "we need to take our country back by force"),
        ("threat", "i'm going to kill everyone at school tomorrow"),
    ],
)
def test_s2_sexual_requests_calls_to_violence_and_threats_to_a_school_are_held(
    screener, category, text
):
    result = screen(screener, text)
    assert result.decision is Decision.HOLD
    assert category in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "send me a pic of ur new trainers",
        "i would smash that exam",
        "id smash it at the trials",
        "whats under your bed",
        "we had fun in my bed fort lol",
        "i get hard questions for homework",
        "the new crusade film looks good",
        "we need to take our country back from the tories at the election",
    ],
)
def test_s2_the_same_words_in_everyday_sentences_are_allowed(screener, text):
    assert screen(screener, text).decision is Decision.ALLOW
