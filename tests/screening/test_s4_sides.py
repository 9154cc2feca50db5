"""S4 over whole conversations: a grooming adult's conversation alerts; the child's side of it
alone does not, whether the child is known as a child or of unknown role; ordinary club
conversations with the same risky words do not."""

from __future__ import annotations

import pytest

from chaperone.screening import Screener, Turn


def chat(*lines: str, adult="mark", child="ellie", child_role="child", adult_role="adult"):
    """Lines starting "A:" are the adult's, "C:" the child's."""
    out = []
    for line in lines:
        who, text = line.split(":", 1)
        if who == "A":
            out.append(Turn(adult, adult_role, text.strip()))
        else:
            out.append(Turn(child, child_role, text.strip()))
    return out


GROOMING = {
    "secrecy and photos": chat(
        "A: hey saw u at the skate park, how old r u?",
        "C: 13 why",
        "A: just asking lol ur really mature for 13",
        "C: thanks i guess",
        "A: r u home alone now?",
        "C: ya mum is at work till 8",
        "A: cool. send me a pic of u, ill send one back",
        "C: idk",
        "A: its fine just dont tell ur mum we talk ok, our secret",
        "C: ok",
    ),
    "platform and gifts": chat(
        "A: gg that was a sick game",
        "C: thanks lol",
        "A: how old are you? u play like a pro",
        "C: im 12",
        "A: nice. add me on snap its easier to talk",
        "C: my mum checks my snap",
        "A: dont worry i can get you robux if u want",
        "C: rly?? how many",
        "A: loads, just keep it between us",
    ),
    "meeting": chat(
        "A: hey cutie",
        "C: hi",
        "A: where do u live? what school do u go to",
        "C: near the park, i go to st marys",
        "A: we should meet up this weekend, i can drive",
        "C: idk my dad wont let me",
        "A: he doesnt need to know. age is just a number anyway",
        "C: lol ok",
    ),
    "adult claiming to be a teen": chat(
        "A: hi im 14 too, i go to the school near yours",
        "C: oh cool",
        "A: u look so pretty in ur profile pic",
        "C: aww thanks",
        "A: do u have a webcam? we could video",
        "C: not in my room",
        "A: delete these messages after ok, i could get in trouble",
    ),
    "sexual questions": chat(
        "A: how old are you",
        "C: 13, is that ok",
        "A: thats fine. have you ever kissed anyone",
        "C: no lol",
        "A: i could teach you how to kiss",
        "C: haha",
        "A: what are you wearing right now",
    ),
}

ORDINARY = {
    "fixtures": chat(
        "A: well played today everyone, proud of you",
        "C: thanks coach! when is the next match",
        "A: saturday, meet at the clubhouse at 10. bring your boots",
        "C: can my mum drive me",
        "A: yes, parents can drop off at the front gate",
    ),
    "registration": chat(
        "A: welcome to the club! how old are you, for the age group?",
        "C: 12",
        "A: great, under-13s then. which school do you go to, for the league form?",
        "C: kingsway",
        "A: thanks, your mum has the form",
    ),
    "photos of the team": chat(
        "A: can someone send me a photo of the team sheet",
        "C: here it is",
        "A: thanks! dont tell anyone about the surprise party for sam on friday",
        "C: i wont lol",
        "A: see you at training",
    ),
    "homework club": chat(
        "C: i cant do question 4",
        "A: have a look at the example on page 12 first",
        "C: oh i get it now",
        "A: brilliant, well done. same time next week",
    ),
    "upset after a match": chat(
        "C: we lost again, im rubbish",
        "A: you're not rubbish, you made two great saves",
        "C: i guess",
        "A: we'll work on crosses at training, you'll be fine. say hi to your dad",
    ),
}


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("name", GROOMING)
def test_s4_a_grooming_conversation_alerts_on_the_adult(screener, name):
    turns = GROOMING[name]
    r = screener.screen_conversation(turns)
    assert r.concern and r.scores["grooming"] >= 0.5, (name, r.scores)
    evidence = {f.turn for f in r.findings if f.rule == "S4"}
    assert evidence and all(turns[i].author == "mark" for i in evidence)


@pytest.mark.parametrize("role", ["child", "unknown"])
@pytest.mark.parametrize("name", GROOMING)
def test_s4_the_childs_side_alone_does_not_alert(screener, name, role):
    side = [Turn(t.author, role, t.text) for t in GROOMING[name] if t.author == "ellie"]
    r = screener.screen_conversation(side)
    assert r.scores["grooming"] < 0.5, (name, r.scores)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                strict=True,
                reason="an unknown-role speaker who says they are 14 is weighed as a child: an "
                "adult claiming to be a child is told apart only when the platform knows the "
                "speaker is an adult",
            ),
        )
        if name == "adult claiming to be a teen"
        else name
        for name in GROOMING
    ],
)
def test_s4_roles_unknown_still_alert_on_the_adult(screener, name):
    turns = [Turn(t.author, "unknown", t.text) for t in GROOMING[name]]
    assert screener.screen_conversation(turns).scores["grooming"] >= 0.5, name


@pytest.mark.parametrize("name", ORDINARY)
def test_s4_ordinary_club_conversations_do_not_alert(screener, name):
    r = screener.screen_conversation(ORDINARY[name])
    assert r.scores["grooming"] < 0.5, (name, r.scores, r.findings)
