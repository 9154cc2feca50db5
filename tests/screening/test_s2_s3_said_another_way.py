"""S2 and S3 in the other ways harm is said: a friend at risk, a plan for tonight, threats to a
family, a filmed attack passed round, a compliment that is not one; and the look-alikes that
share their words (a staff notice about suicide prevention, "ur dead when mum sees", "kms if
the bus is late lol")."""

from __future__ import annotations

import pytest

from chaperone.screening import Context, Decision, Screener


@pytest.fixture(scope="module")
def screener():
    return Screener()


def screen(screener, text):
    return screener.screen(text, context=Context.CHILD_MESSAGE)


def named(result) -> set[str]:
    return {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "my mate's arms are all cut up and he says he wants to die",
        "she keeps saying she's gonna end it, what do i do",
        "he told me he's going to do it tonight and now he won't answer",
        "i'm going to end it tonight",
        "i nicked some of my nan's sleeping pills",
        "i took too many pills",
        "i took 2 many pills",
        "i think i've taken too many of my mum's tablets",
        # A weaker reading that starts first ("thinking about ending it", which may be a
        # friendship) must not hide the stronger one it runs into.
        "thinking about ending it all",
    ],
)
def test_s3_someone_at_risk_is_held_and_raises_a_concern(screener, text):
    result = screen(screener, text)
    assert result.decision == Decision.HOLD and result.concern, result.findings
    assert "self_harm" in named(result)


@pytest.mark.parametrize(
    "text",
    [
        "can u burn urself without it scarring",
        "i keep hitting my head against the wall when i get like this",
        "if i eat under 600 calories i'm allowed to feel ok",
        "kms if the bus is late again lol",
        "thanks for trying. it wasn't your fault",
    ],
)
def test_s2_self_harm_said_another_way_is_warned_at_least(screener, text):
    result = screen(screener, text)
    assert result.decision != Decision.ALLOW and "self_harm" in named(result), result


@pytest.mark.parametrize(
    "text",
    [
        "Suicide prevention week: the charity bake sale is on Friday",
        "Training tonight covers what to do if a young person discloses self-harm",
        "we watched a documentary about suicide bombers in history",
        "i'm going to end it with him tonight, he's been so rude",
        "she said she's going to do it tonight — dye her hair blue",
    ],
)
def test_s2_the_subject_named_or_a_break_up_is_not_held(screener, text):
    result = screen(screener, text)
    assert result.decision in (Decision.ALLOW, Decision.WARN) and not result.concern, result


def test_s2_a_figure_of_speech_is_warned_not_held(screener):
    result = screen(screener, "kms if we get another pop quiz lol")
    assert result.decision == Decision.WARN and not result.concern


@pytest.mark.parametrize(
    "category,text",
    [
        ("threat", "ur whole family's getting done in"),
        ("threat", "next time i see u you're leaving in an ambulance"),
        ("threat", "i know which gate ur little sister comes out of"),
        ("threat", "tell ur brother to watch himself walking home"),
        ("threat", "bring the ting, we're sliding on their ends tonight"),
        ("threat", "don't come to school tomorrow if u like living"),
        ("threat", "there's something in the canteen and it goes off at 1"),
        ("threat", "i'm shooting up the youth club friday"),
        ("threat", "send more or the video goes out tonight"),
        ("threat", "everyone who laughed at me is gonna pay"),
        ("extremism", "14/88 brothers"),
        ("extremism", "the school shooters were heroes"),
        ("extremism", "ER did nothing wrong"),
        ("extremism", "watch the livestream before it gets taken down"),
        ("extremism", "the system won't collapse on its own. accelerate"),
        ("extremism", "they're planning something for the synagogue, you in?"),
        ("extremism", "national socialism is the only answer"),
        ("extremism", "based and redpilled, the holocaust never happened"),
        ("extremism", "tarrant did nothing wrong"),
        ("extremism", "the west is at war with islam, every muslim must fight"),
        ("extremism", "the ira should start again"),
        ("threat", "the next school shooting will be at ours, watch"),
        ("threat", "watch what happens to you after school"),
        ("threat", "you're getting jumped on friday"),
        ("threat", "i'll get my brother to sort you out"),
        ("threat", "we're gonna set your house on fire"),
        ("threat", "i've got a gun at home and i'm bringing it in"),
        ("threat", "i'll slash your tyres"),
        ("sexual", "you've got a nice bum"),
        ("sexual", "i can see down your top"),
        ("sexual", "you'd look good in a bikini"),
        ("sexual", "show me your bra"),
        ("sexual", "do you touch yourself"),
        ("toxic", "that's so autistic"),
        ("hate", "hitler had the right idea"),
        ("hate", "the only good muslim is a dead one"),
        ("hate", "disabled people are a waste of money"),
        ("hate", "black players are more like animals"),
        ("sexual", "you've got an amazing body for your age"),
        ("sexual", "been imagining u in ur swimsuit"),
        ("sexual", "ur legs in those shorts 🤤"),
        ("sexual", "if u really loved me u would"),
        ("sexual", "truth or dare but the dares have to be dirty"),
        ("sexual", "he sent me a pic of his willy"),
        ("sexual", "on cam now, take the hoodie off"),
        ("toxic", "we're voting u off the team"),
        ("toxic", "he only asked u out for a dare"),
        ("toxic", "that's all ur good for"),
        ("toxic", "f r e a k"),
        ("toxic", "everyone post a clown on her pic 🤡"),
        # Bullying with no swear word in it, in words the training text does not have.
        ("toxic", "everyone unfollow her she's so fake"),
        ("toxic", "ur so poor u cant even afford lunch"),
        ("toxic", "ur nan dresses better than u"),
        ("toxic", "no one picks him cos hes rubbish"),
        ("toxic", "ur so useless lol"),
        ("toxic", "ur actually so dumb"),
        ("toxic", "you're literally such a joke"),
        ("sexual", "send me a pic of u in ur bra"),
        ("sexual", "pic of u in just ur boxers"),
    ],
)
def test_s2_harm_said_another_way_is_caught_as_its_category(screener, category, text):
    result = screen(screener, text)
    assert result.decision != Decision.ALLOW and category in named(result), result


@pytest.mark.parametrize(
    "category,text",
    [
        ("threat", "ur gonna get smoked in the 200m lol"),
        ("threat", "ur so dead when ur mum sees that mess"),
        ("threat", "lmao ur dead meat when mum sees the kitchen"),
        ("threat", "you'll regret picking me for quiz night, i know nothing"),
        ("threat", "my alarm goes off at 6"),
        ("threat", "let's hit the club after the exams"),
        ("extremism", "we learnt about columbine in media studies"),
        ("extremism", "watch this clip before it gets taken down lol it's so funny"),
        ("extremism", "accelerate out of the corner, then brake"),
        ("hate", "the only good spider is a dead one"),
        ("sexual", "take your hoodie off, it's boiling in here"),
        ("sexual", "truth or dare at the sleepover was so funny"),
        ("grooming", "send me a pic of ur new puppy"),
        ("sexual", "send me a pic of ur new puppy"),
        ("sexual", "show me a pic of ur new fish tank"),
        ("toxic", "don't freak out"),
        ("toxic", "she's in the gc now, say hi"),
        ("toxic", "my brother is so annoying i love him tho"),
        ("toxic", "ur fat cat is so cute"),
        ("toxic", "ur stupid phone keeps ringing"),
        ("grooming", "do u have a pic from the trip"),
        ("toxic", "i'm a control freak about my pencil case"),
        ("extremism", "some people say the holocaust never happened, which is why we learn it"),
        ("extremism", "in history we did national socialism in germany"),
        ("extremism", "every brother must fight for the last slice of pizza lol"),
        ("threat", "the next school trip will be at easter"),
        ("threat", "you're getting jumped on in the game lol"),
        ("threat", "i got my brother to sort out the wifi"),
        ("threat", "i found my dad's knife set and i'm bringing it to the cooking class"),
        ("threat", "watch what happens when you add the vinegar"),
        ("sexual", "you've got a nice body of work in that portfolio"),
        ("sexual", "she looks good in her new kit"),
        ("sexual", "i've got a big chest of drawers"),
        ("toxic", "my brother is autistic and he's so funny"),
    ],
)
def test_s2_look_alikes_that_share_the_words_are_not_read_as_that_harm(screener, category, text):
    result = screen(screener, text)
    assert category not in named(result) and result.decision != Decision.HOLD, result.findings


@pytest.mark.parametrize("text", ["i'll kill you", "im gonna kill u", "ill batter u"])
def test_s2_a_threat_at_one_person_is_a_threat_not_hate(screener, text):
    """Hate speech is about a group: a threat at one person is held as a threat, and the
    sender is not told they wrote hate."""
    result = screen(screener, text)
    assert result.decision == Decision.HOLD and "threat" in named(result), result.findings
    assert "hate" not in named(result), result.findings


@pytest.mark.parametrize(
    "text",
    [
        "i'll ring him when i'm home",
        "did she get the bus ok",
        "everyone thinks the same",
        "we'll see u there",
        "can u remind her about tmrw",
        "i'll let him know",
        "nobody told me lol",
    ],
)
def test_s2_everyday_talk_about_him_her_or_everyone_is_allowed(screener, text):
    """Bullying is about a "him", a "her" or "everyone"; so are most errands. The toxic model
    learns bullying as children write it and must not take those words for it."""
    result = screen(screener, text)
    assert result.decision == Decision.ALLOW, (result.scores, result.findings)


PRAISE = [
    "you're a star",
    "you are a star",
    "well done, you are a superstar",
    "you're so kind",
    "thanks, you're the best",
    "you are a fantastic goalie",
    "nobody wants her to get hurt",
]


@pytest.mark.parametrize(
    "context,text",
    [(Context.STAFF_TO_CHILD, t) for t in PRAISE]
    + [(Context.CHILD_MESSAGE, t) for t in [*PRAISE, "ur a legend", "ur back already?"]],
)
def test_s2_praise_in_the_shape_of_an_insult_is_allowed(screener, context, text):
    """ "You're a star" has the shape of "you're a joke": a coach praising a child, or a child a
    friend, is not warned for the words an insult begins with. (A coach's "ur" is warned for
    its tone, M11, and is left out here.)"""
    result = screener.screen(text, context=context)
    assert result.decision == Decision.ALLOW, (result.scores, result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "do you have any more tickets",
        "do u have more snacks",
        "do u want more",
        "people are bringing the bibs",
        "they have new kit",
        "do they have any more seats",
        "the year 7s have the hall",
    ],
)
def test_s2_everyday_questions_and_plans_in_the_words_of_hate_are_allowed(screener, text):
    """Hate speech is mostly about "they" and "people", and asks for "more" of something: a
    child asking for more tickets, or saying the other team has new kit, is none of it."""
    result = screen(screener, text)
    assert result.decision == Decision.ALLOW, (result.scores, result.findings)


@pytest.mark.parametrize(
    "text",
    ["send nudes", "send me sexy pics", "our secret, send me sexy pics", "send me a naughty video"],
)
def test_s2_a_request_for_sexual_pictures_is_held_and_raises_a_concern(screener, text):
    """Sexual content about a child goes straight to the DSL: the request is held and a
    concern raised, whichever words it begins with ("send me" reads as a milder request on its
    own and must not hide the "sexy pics" it leads into)."""
    result = screen(screener, text)
    assert result.decision == Decision.HOLD and result.concern, (result.scores, result.findings)
    assert "sexual" in named(result)


@pytest.mark.parametrize(
    "text",
    [
        "i'm gay and i'm scared to tell my parents",
        "i'm trans and my dad doesn't know",
        "is it ok to be bi",
        "i'm muslim and fasting for ramadan this week",
        "i think i might be autistic",
        "there's a trans girl in our team and she's amazing",
    ],
)
def test_s2_a_young_person_saying_who_they_are_is_not_hate(screener, text):
    """A child coming out, or naming their faith or a disability, is told nothing about hate."""
    result = screen(screener, text)
    assert not named(result) & {"hate", "toxic"}, (result.scores, result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "i'm gonna blow up the school",
        "the next school shooting will be at ours, watch",
        "there's something in the canteen and it goes off at 1",
        "i'm shooting up the youth club friday",
    ],
)
def test_s2_a_threat_of_mass_violence_is_held_and_the_lead_told(screener, text):
    result = screen(screener, text)
    assert result.decision == Decision.HOLD and result.concern, (result.scores, result.findings)
    assert "threat" in named(result)


def test_s2_burning_the_school_down_in_jest_is_held_without_a_concern(screener):
    result = screen(screener, "we should burn the school down lol")
    assert result.decision == Decision.HOLD and not result.concern, result.scores
