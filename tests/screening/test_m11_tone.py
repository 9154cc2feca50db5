"""M11: staff messages to young people are checked for kisses, emoji, pet names and slang."""

from __future__ import annotations

import pytest

from chaperone.screening.normalise import normalise
from chaperone.screening.tone import tone_signals


def found(text):
    n = normalise(text)
    return [s.why for _, s in tone_signals(n.original, n.words)]


@pytest.mark.parametrize(
    "text",
    [
        "Well done today x",
        "See you soon xx",
        "Great game xxx!",
        "Well done babe",
        "u ok hun?",
        "Miss you at training",
        "love you loads",
        "Night night sweetie",
        "Amazing 😘",
        "You were great ❤️",
        "Thanks gorgeous",
        "lol that was funny",
        # Boundaries: contact at any hour, favourites.
        "You can message me anytime, day or night",
        "You're my favourite in the group",
        # Remarks on looks: praise the effort, not the appearance.
        "you looked really lovely at training today",
        "you look gorgeous in that dress",
    ],
)
def test_m11_unprofessional_tone_is_flagged(text):
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Training is at 6pm on Thursday.",
        "Well done today, great effort.",
        "The score was 5 x 3.",
        "Bring your kit and a water bottle.",
        "X marks the spot on the map",
        "Room 3 is booked 👍",
        "You looked confident on stage today.",
        "The hall looked lovely after you all decorated it.",
    ],
)
def test_m11_professional_messages_are_not_flagged(text):
    assert found(text) == []


@pytest.mark.parametrize("hour,late", [(21, False), (22, True), (23, True), (0, True), (6, True),
                                       (7, False), (12, False)])  # fmt: skip
def test_m11_late_night_messages_warn_with_the_hour(hour, late):
    n = normalise("See you at training")
    signals = [s for _, s in tone_signals(n.original, n.words, hour=hour)]
    assert bool(signals) == late
    if late:
        assert f"{hour:02d}:00" in signals[0].why


def test_m11_late_night_warns_staff_and_nobody_else():
    from chaperone.screening import Context, Decision, Screener

    screener = Screener()
    staff = screener.screen("See you at training", context=Context.STAFF_TO_CHILD, hour=23)
    assert staff.decision == Decision.WARN
    [finding] = staff.findings
    assert (finding.rule, finding.start, finding.end) == ("M11", 0, len("See you at training"))
    text = "See you at training"
    assert screener.screen(text, context=Context.GROUP_MESSAGE, hour=23).decision == "allow"
    assert screener.screen(text, context=Context.STAFF_TO_CHILD).decision == "allow"
    with pytest.raises(ValueError):
        screener.screen(text, context=Context.STAFF_TO_CHILD, hour=24)


@pytest.mark.parametrize(
    "text",
    [
        "let's keep this between us",
        "i'll give you a lift home after, no need to tell your mum",
        "delete these messages after you read them",
        "send me a pic of you after training",
        "turn on vanish mode",
        "use the app with disappearing messages",
        # what a code of conduct forbids: the adult's own number, home, and time alone
        "you can message me on my personal number anytime",
        "you can stay at mine if things are bad at home",
        "can you come early so its just us",
        "dont tell the other leaders i gave you this",
        "i deleted our messages, you should too",
        "can you stay behind after training so we can talk alone",
        "dont tell the others i gave you extra time",
        "you can always come round to mine if things are bad at home",
    ],
)
def test_s4_a_member_of_staff_writing_a_grooming_pattern_is_held_with_a_concern(text):
    """One message is weak evidence between strangers; from a member of staff to a young person
    the relationship is known and the code of conduct forbids a secret, a private lift or a
    picture of the child: the message is held and the safeguarding lead told."""
    from chaperone.screening import Context, Decision, Screener

    result = Screener().screen(text, context=Context.STAFF_TO_CHILD)
    assert result.decision == Decision.HOLD and result.concern, (result.scores, result.findings)
    assert any(f.rule == "S4" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "what are you up to tonight? home alone?",
        "is your mum home tonight?",
        "are you on your own right now",
    ],
)
def test_s4_a_member_of_staff_probing_is_warned(text):
    """A coach may ask whether a parent is home for a reason, and one question is not a
    pattern: the sender is told why the question reads badly, and the conversation is scored
    as it goes on."""
    from chaperone.screening import Context, Decision, Screener

    result = Screener().screen(text, context=Context.STAFF_TO_CHILD)
    assert result.decision == Decision.WARN and not result.concern, (result.scores, result.findings)
    assert any(f.rule == "S4" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for telling me. If I think you're not safe I have to share it with our "
        "safeguarding lead, I can't keep it a secret, but it's to help",
        "Keep working on your first touch at home, it'll make a big difference",
        "Great session today, see you Thursday",
        "Remember to keep your account private",
        "Tell the other leaders if you need anything",
        "please don't tell the others the quiz answers",
        "don't tell the others about the surprise party for Sam!",
        "can you stay behind after training to help pack the cones away",
        "are you on your own for the lift or is your mum coming?",
        "ask your mum if you can come round to mine for the team bbq",
    ],
)
def test_s4_a_member_of_staff_doing_the_right_thing_is_not_held(text):
    from chaperone.screening import Context, Decision, Screener

    result = Screener().screen(text, context=Context.STAFF_TO_CHILD)
    assert result.decision in (Decision.ALLOW, Decision.WARN) and not result.concern, (
        result.scores,
        result.findings,
    )
