"""S2 in the words UK children and the adults around them use: indirect warning signs of
suicide, playground threats and sextortion, requests on camera, what is said of a group, praise
of attackers, and bullying without a swear word; each with the everyday sentences that share
its words and must be allowed. The hand-written sets in ``fixtures/`` are held to a bar too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chaperone.screening import Context, Decision, Screener

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def screener():
    return Screener()


def screen(screener, text):
    return screener.screen(text, context=Context.CHILD_MESSAGE)


@pytest.mark.parametrize(
    "category,text",
    [
        ("self_harm", "i just want to unalive myself"),
        ("self_harm", "started cutting again 😔"),
        ("self_harm", "how many sleeping pills would it take"),
        ("self_harm", "how many of my nan's tablets would it take"),
        ("self_harm", "i keep hiding the razors from my mum"),
        ("self_harm", "nobody would even care if i was gone"),
        ("self_harm", "i'm so tired of existing"),
        ("self_harm", "thinking of walking into the river tonight"),
        ("self_harm", "s*icide feels like the answer"),
        ("self_harm", "g o  k y s"),
        # the words young people use so that filters miss them
        ("self_harm", "unalive urself"),
        ("self_harm", "i wanna sh again"),
        ("self_harm", "relapsed on s/h last night"),
        ("self_harm", "i feel like giving up on life"),
        ("self_harm", "i dont want to be alive anymore"),
        ("self_harm", "i keep thinking about dying"),
        ("self_harm", "everyone would be happier if i wasnt here"),
        ("self_harm", "i wish i could just not wake up"),
        ("self_harm", "i scratch myself until i bleed"),
        ("threat", "im gonna unalive you after school"),
        ("sexual", "do u want to have seggs"),
        ("threat", "ima stamp on your head"),
        ("threat", "we're gonna rush you at the park"),
        ("threat", "your days are numbered"),
        ("threat", "pay me £40 or i'll send them to your mum"),
        ("threat", "there's gonna be a shooting at the school monday"),
        ("threat", "we know which bus you take home"),
        ("sexual", "take off your top on facetime for me"),
        ("sexual", "send me a selfie with nothing on"),
        ("sexual", "your body looks so grown up for your age"),
        ("sexual", "i'll show you mine if you show me"),
        ("hate", "romanians are all thieves"),
        ("hate", "muslims should be deported"),
        ("hate", "disabled people shouldn't even exist"),
        ("hate", "deaf kids are useless"),
        ("extremism", "tarrant was a hero"),
        ("extremism", "the bombing was justified"),
        ("extremism", "i'm ready to become a martyr"),
        ("extremism", "the white race must rise"),
        ("toxic", "no one wants you in this group"),
        ("toxic", "we made a new chat without you"),
        ("toxic", "you're the ugliest kid in our year"),
        ("toxic", "are you actually that thick"),
        ("toxic", "ur a paedo"),
        ("toxic", "stupid autistic kid"),
        ("hate", "smelly gypsy"),
        ("extremism", "hitler did nothing wrong"),
        ("extremism", "i support the taliban"),
        ("extremism", "we need a new leader like hitler"),
        ("extremism", "christchurch was a good start"),
        ("extremism", "the government is controlled by zionists"),
        ("extremism", "we need to protect our women from the invaders"),
        ("extremism", "check out this telegram group for real patriots"),
        ("hate", "islam is a cancer"),
        ("sexual", "send feet pics"),
        ("sexual", "ill send u a pic if u send me one"),
        ("sexual", "send a vid of u in the shower"),
        ("sexual", "are u wearing anything"),
        ("sexual", "whats ur bra size"),
        ("sexual", "come sit on my lap"),
        ("threat", "ill get my cousins on u"),
        ("toxic", "everyone thinks ur weird and smelly"),
        ("toxic", "i hope you get hit by a bus"),
        ("toxic", "i hope your mum dies"),
        ("toxic", "do us all a favour and disappear"),
        ("toxic", "the world would be better without you"),
        ("toxic", "imagine having no dad lol"),
        ("toxic", "ur an embarrassment to the team"),
        ("sexual", "i had a wet dream about u"),
        ("sexual", "what colour is ur underwear"),
        ("sexual", "lets have sex"),
        ("self_harm", "i stopped eating again"),
        ("self_harm", "i hate myself so much i deserve pain"),
        ("self_harm", "i punched the wall till my knuckles bled"),
        ("self_harm", "theres no point anymore"),
        ("self_harm", "im not going to be around much longer"),
        ("hate", "andrew tate is right women are property"),
        ("hate", "jews are behind 9/11"),
        ("extremism", "isis are heroes"),
        ("extremism", "we must secure a future for white children"),
        ("threat", "everyone at this school is gonna pay"),
        ("threat", "dont come in tomorrow if u know whats good for u"),
        ("threat", "we're gonna jump him at the bus stop"),
        ("self_harm", "i took 20 paracetamol"),
        ("self_harm", "my scars are showing again"),
    ],
)
def test_s2_uk_phrasing_is_caught_as_its_category(screener, category, text):
    result = screen(screener, text)
    assert result.decision != Decision.ALLOW, result.scores
    assert any(f.category == category for f in result.findings), result.findings


@pytest.mark.parametrize(
    "text",
    [
        "i saved up for a new bike",
        "shh don't tell anyone it's a surprise",
        "report paedos to ceop",
        "i'm autistic and i love this club",
        "the gypsy kings are a band",
        "in history we learnt hitler did terrible things",
        "i support the local football team",
        "our telegram group for the trip",
        "protect our kids from the sun",
        "cancer is a disease",
        "my nan has diabetes",
        "i gave up on the quiz",
        "got my hair cut again last night",
        "how many pills do i take for my hayfever",
        "see my last message about the kit",
        "i keep cutting my finger when i chop onions",
        "i've been cutting out sugar",
        "i'm starving myself of sugar for lent lol",
        "no one would notice if i left early right?",
        "my arms are covered in paint from art",
        "the river looks so tempting on a hot day, can we go paddling?",
        "i'll shoot you the link later",
        "i'll beat you at the park run on saturday",
        "we're coming for you in the final",
        "i'll sort you out with a lift on sunday",
        "your mum gets it when she sees the mess lol",
        "shame if something happened to my phone, mum would kill me",
        "ur dead to me for eating my last biscuit 😂",
        "we did a lesson on sexting and why it's illegal",
        "we're learning about sexual health in pshe",
        "sex education is on tuesday",
        "forward it to your mum so she knows the time",
        "the irish are class at rugby",
        "black players in the premier league face so much racism online",
        "non binary people use they/them pronouns",
        "trans women are women",
        "muslims are fasting for ramadan this month",
        "deaf people use sign language, we learnt some in assembly",
        "purge the old files from the drive please",
        "sir says the next saint's day is a holiday",
        "the zombies are the invaders in this game",
        "you smell like cake, have you been baking",
        "nobody's coming to the park today it's raining",
        "leave the group chat if you want, it's just memes",
        "my dog sits on my lap",
        "i dont want to be alive for the maths test tomorrow lol",
        "i could sleep forever after that match lol",
        "you can stay at mine for the sleepover",
        "can you come early so its just us, we can practise the dance",
        "the feet pics meme is so old",
        "ill get my brother on the xbox",
        "i got pics of u in the bath when u were a baby lol",
        "i hope you win tomorrow",
        "i hope your dog gets better",
        "i hope she dyes her hair pink",
        "you absolute melt 😂 love u really",
        "do us a favour and bring snacks",
        "imagine being that good at football",
        "my dog stopped eating again so we took him to the vet",
        "theres no point going now its raining",
        "the team would be better with you in goal",
        "we learned about puberty and wet dreams in pshe",
        "sex education was so awkward today",
        "i punched the air when we scored",
        "the property market is mad",
        "i deserve a medal",
        "i want the pain in my knee to stop before the match",
        "nothing to live for except pizza lol",
        "i dont want to go to school tomorrow",
        "i dont want to do my homework",
        "we read about the taliban in history",
        "everyone is gonna pay for their own tickets",
        "you all will pay £5 for the trip",
        "we're gonna jump in the lake",
        "i took 2 paracetamol for my headache",
        "i took 12 photos of the match",
        "my scars from the operation are healing",
    ],
)
def test_s2_everyday_sentences_with_the_same_words_are_not_held(screener, text):
    result = screen(screener, text)
    assert result.decision in (Decision.ALLOW, Decision.WARN), (result.decision, result.scores)
    assert result.decision == Decision.ALLOW or max(f.score for f in result.findings) < 0.6


def test_s2_a_word_of_faith_met_in_re_warns_at_most(screener):
    """'jihad' alone lets the extremism model's reading stand no higher than a warning."""
    result = screen(screener, "jihad means struggle in arabic, we learnt in RE")
    assert result.decision in (Decision.ALLOW, Decision.WARN)
    assert not result.concern


@pytest.mark.parametrize(
    "text",
    [
        "nobody would miss me if i was gone",
        "everyone would be better off if i was dead",
        "ive got nothing left to live for",
        "i have no reason to live",
        "i cant do this anymore i want it to end",
    ],
)
def test_s2_warning_signs_of_suicide_raise_a_concern(screener, text):
    """What NHS and Samaritans guidance lists as warning signs (no reason to live, others better
    off without them) is held with a concern for the DSL, not only warned."""
    result = screen(screener, text)
    assert result.decision == Decision.HOLD, result.scores
    assert result.concern


def test_s2_a_goodbye_with_a_means_raises_a_concern(screener):
    result = screen(screener, "sorry for everything. i've saved up my mum's pills")
    assert result.decision == Decision.HOLD
    assert result.concern


def test_s2_sextortion_raises_a_concern(screener):
    result = screen(screener, "send me £50 or i'll post your pics everywhere")
    assert result.decision == Decision.HOLD
    assert result.concern


def _auc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


@pytest.mark.parametrize(
    "name",
    ["uk_messages_heldout.jsonl", "uk_messages_heldout2.jsonl", "uk_messages_heldout3.jsonl"],
)
def test_s2_hand_written_uk_sets_rank_harm_above_ordinary_messages(screener, name):
    """A floor under each hand-written set (the first two reviewed against and trained on, the
    third never): every category ranks its messages above the ordinary ones (ROC AUC at least
    0.8) and nine in ten ordinary messages, most of them hard look-alikes, are allowed."""
    rows = [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line]
    results = [screen(screener, r["text"]) for r in rows]
    ordinary = [x for r, x in zip(rows, results, strict=True) if r["label"] == "ordinary"]
    for category in ("toxic", "self_harm", "threat", "sexual", "hate", "extremism"):
        mine = [x for r, x in zip(rows, results, strict=True) if r["label"] == category]
        auc = _auc([x.scores[category] for x in mine], [x.scores[category] for x in ordinary])
        assert auc >= 0.8, (category, auc)
    allowed = sum(x.decision == Decision.ALLOW for x in ordinary)
    assert allowed >= 0.9 * len(ordinary), (allowed, len(ordinary))
