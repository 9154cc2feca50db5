"""Train the screening engine's harm models and write them into the package.

    python scripts/train_screening.py [--data ../shared/data]

Only data sets whose SOURCE.md states a permissive licence train the shipped weights:

- davidson-hate-offensive (MIT): toxic (hate or offensive) and hate;
- jigsaw-toxic-ibm-sample (CC0): toxic;
- jigsaw-toxic-subset (CC0 upstream, as its SOURCE.md states; the comment text is Wikipedia's,
  CC BY-SA 3.0): Kaggle's training split only, for toxic and hate; its test split is kept for
  evaluation;
- extremism-isis-fanboy (CC0 upstream, as its SOURCE.md states): extremism, as positives, with
  every other set here as negatives; a fifth of its accounts are held out whole, so evaluation
  never sees an account the model learnt from;
- pii-presidio-synth (MIT): ordinary sentences, as non-harmful examples;
- ordinary youth-club chat generated here from our own templates (``ordinary_chat``), so that
  short everyday messages ("see you", "what time is it?") are not read as harmful just for
  being short and informal, which tweet-trained models otherwise do; the short replies most
  of a chat is made of (``short_replies``: "ya", "aww", "15 wbu", "near leeds") and staff
  messages of praise and reminders (``staff_notes``), every category's negatives, and with
  the ordinary tweets the pool the extremism model's intercept is set on;
- children's everyday dislikes and figures of speech generated here (``everyday_feelings``):
  "i hate maths", "my mum will kill me", so that the word "hate" alone is not hate speech;
  and insults aimed at one person (``personal_insults``), toxic but not hate.

Every other set serves evaluation only (``scripts/eval_screening.py``). Categories with no
permissive training data (sexual, threat, self_harm) are scored by the reviewed phrase lists
in ``chaperone/screening/lexicon.py``. A fixed split (seeded) keeps a held-out part of every
training set for evaluation; training is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chaperone.screening.harm import CATEGORIES, N_FEATURES, features  # noqa: E402
from chaperone.screening.normalise import normalise  # noqa: E402

SEED = 20261122
HELD_OUT = 0.2
MODEL_CATEGORIES = ("toxic", "hate", "extremism", "self_harm", "threat", "sexual")
#: Hand-written UK messages that train the models (our own text, written apart from the
#: engine), each once its first measurement was taken and its misses read. Later sets in the
#: same folder are kept for evaluation only.
UK_TRAINING_SETS = (
    "uk_messages_heldout.jsonl",
    "uk_messages_heldout2.jsonl",
    "uk_messages_heldout3.jsonl",
)
FIXTURES = ROOT / "tests" / "screening" / "fixtures"
#: Categories that the public data barely covers: the models learn them from our own text, and
#: these rows of public data say only "not this" (the comments and tweets are not about self-harm
#: or sexual requests to children, and Jigsaw labels threats).
OWN_TEXT_CATEGORIES = ("self_harm", "threat", "sexual")
CALIBRATE = {"extremism": 0.95}
VERSION = 1
OUT = ROOT / "src" / "chaperone" / "screening" / "models"
DEFAULT_DATA = ROOT.parent / "shared" / "data"

_TWEET_NOISE = re.compile(r"(?:\bRT\b\s*)?@\w+:?|https?://\S+|&amp;|&lt;|&gt;|&#\d+;")


def clean_tweet(text: str) -> str:
    return _TWEET_NOISE.sub(" ", text).strip()


def held_out(key: str) -> bool:
    """A stable split: the same row is always on the same side, whatever the order."""
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return digest[0] / 255.0 < HELD_OUT


def read_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON-lines file (the hand-written fixtures), blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def own_text(texts, **labels) -> list[tuple[str, dict[str, int]]]:
    """Rows of our own text: not toxic, not hate and none of ``OWN_TEXT_CATEGORIES``, unless
    ``labels`` says otherwise (``chat=1`` puts a row in the extremism intercept's pool)."""
    none = {"toxic": 0, "hate": 0, **dict.fromkeys(OWN_TEXT_CATEGORIES, 0)}
    return [(text, {**none, **labels}) for text in texts]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_OPENERS = [
    "",
    "hi",
    "hey",
    "hiya",
    "morning",
    "thanks",
    "ok",
    "cool",
    "yes",
    "no",
    "lol",
    "omg",
    "sorry",
    "great",
    "well done",
    "nice one",
    "haha",
    "right",
]
_BODIES = [
    "see you",
    "see you later",
    "see you at training",
    "what time is it",
    "what time is training",
    "can i bring a friend",
    "is the match still on",
    "where do we meet",
    "i forgot my kit",
    "can someone send the timetable",
    "who is coming on saturday",
    "the bus is late",
    "i'm on my way",
    "running 5 minutes late",
    "that was so funny",
    "good game today",
    "we won 3-1",
    "we lost again",
    "can't wait for the trip",
    "what do we need to bring",
    "is it indoors or outside",
    "thanks coach",
    "thank you",
    "happy birthday",
    "good luck tomorrow",
    "well played everyone",
    "did anyone find my water bottle",
    "my mum will pick me up",
    "what school do you go to",
    "are you going to the disco",
    "i got a new phone",
    "can we do football again",
    "i'm so tired",
    "this homework is killing me",
    "i could eat a horse",
    "that film was sick",
    "he's mad at football",
    "shoot from further out",
    "we smashed it",
    "i nearly died laughing",
    "do we need money for the trip",
    "how much is the trip",
    "is it raining there",
]
_CLOSERS = ["", "!", "?", " :)", " lol", " thanks", " x2", " please", " anyone?", " 👍"]


def ordinary_chat(n: int = 3000) -> list[str]:
    """Everyday messages made from templates with a fixed seed: our own text, any licence."""
    import random

    rng = random.Random(SEED)
    out = []
    for _ in range(n):
        opener, body, closer = rng.choice(_OPENERS), rng.choice(_BODIES), rng.choice(_CLOSERS)
        text = f"{opener} {body}{closer}".strip()
        out.append(text.capitalize() if rng.random() < 0.5 else text)
    return out


#: Chat is mostly short replies. Tweet-trained models read a short, clean line ("yeah", "aww",
#: "near leeds", "12") by the intercept and one or two words alone, and the propaganda that
#: trains the extremism model is short and clean too: without these, a child answering "ya"
#: or "15" was warned. Our own text, every category's negative.
_ACKS = [
    "yeah", "yea", "yeh", "ya", "ye", "yh", "yep", "yup", "yes", "yess", "ok", "okay", "okk",
    "okie", "kk", "k", "sure", "same", "same tbh", "aww", "aw", "awww", "oh", "ohh", "ohhh",
    "ah", "ahh", "lol", "lool", "lmao", "haha", "hahaha", "hehe", "wdym", "fr", "true", "tru",
    "bet", "safe", "nice", "cool", "sound", "ta", "cheers", "nah", "no", "nope", "idk",
    "dunno", "omg", "ikr", "hmm", "hm", "ugh", "yay", "wow", "soz", "sorry", "brb", "gtg",
    "night", "nightt", "see ya", "cya", "later", "thanks", "thx", "ty", "np", "no worries",
    "all good", "done", "sent", "got it", "will do", "on it", "coming", "here", "wait",
    "what", "huh", "why", "how", "when", "who", "where", "maybe", "probs", "defo", "ofc",
    "of course", "fair", "fair enough", "mood", "literally", "exactly", "agreed", "deal",
    "go on then", "alright", "aight", "innit", "mint", "class", "peak", "gutted", "jokes",
    "pls", "please", "hiya", "hey", "hi", "heyy", "morning", "mornin", "oops", "whoops",
    "its fine", "it's ok", "nvm", "never mind", "yeah ok", "ok cool", "yeah same", "yo", "oi",
    "as if", "awkward", "lets go", "sick", "bless", "nice one", "easy", "calm", "rip",
]  # fmt: skip
_ACK_ENDINGS = ["", " lol", "!!", "?", " x", " 😂", " 👍", " :)", "...", " tbh", " ngl"]
_TOWNS = [
    "leeds", "bristol", "stockport", "wigan", "derby", "hull", "york", "luton", "slough",
    "croydon", "brixton", "salford", "bolton", "preston", "swindon", "reading", "cardiff",
    "swansea", "glasgow", "dundee", "belfast", "newcastle", "gateshead", "sunderland",
    "norwich", "ipswich", "exeter", "plymouth", "leicester", "coventry", "walsall",
    "dudley", "oldham", "rochdale", "blackpool", "doncaster", "barnsley", "wakefield",
    "peckham", "hackney", "ealing", "harrow", "the city centre", "town",
]  # fmt: skip
_PLACE_BODIES = ["near {p}", "in {p}", "from {p}", "{p}", "just outside {p}", "{p} u?",
                 "im in {p}", "we live near {p}", "{p} way", "round {p}"]  # fmt: skip
_NAMES = [
    "josh", "ellie", "amira", "kai", "zara", "ollie", "priya", "jayden", "niamh", "callum",
    "sophie", "mo", "leah", "tyler", "aisha", "finn", "maisie", "reece", "hannah", "dev",
]  # fmt: skip
_NAME_BODIES = ["{n}", "its {n}", "{n} u?", "im {n}", "{n} wbu", "this is {n}", "{n}_{w}{d}",
                "{n}{d}", "{w}{n}{d}", "{n}.{w}", "ye its {n}{d}", "{n} from the team"]  # fmt: skip
_HANDLE_WORDS = ["gamer", "xo", "fc", "plays", "rbx", "yt", "ttv", "official", "sk8", "x"]
_AGE_BODIES = [
    "{a}", "im {a}", "{a} u?", "{a} wbu", "{a} in june", "nearly {a}", "{a} next month",
    "im {a} lol", "just turned {a}", "{a} in december", "year {y}", "im in year {y}",
    "{a}, year {y}", "{a} and u",
]  # fmt: skip
_TIMES = [
    "7 then", "half 6", "after tea", "4:30", "tmrw", "at 6", "after school", "sat morning",
    "sunday", "5ish", "quarter past", "in 10", "2 mins", "later on", "tonight?", "now?",
    "after practice", "before training", "at lunch", "next week", "tuesday", "8 o clock",
]  # fmt: skip
_QUESTIONS = [
    "who's this", "whos this", "what time", "where r u", "u coming?", "how much", "which one",
    "what u doing", "u ok?", "you ok", "what u up to", "hbu", "wbu", "u there?", "is it on",
    "wanna play", "u on?", "can i come", "where's that", "what's that", "who's coming",
    "what did u get", "did u finish it", "is it today", "what page", "who won",
]  # fmt: skip


#: What staff and volunteers write to young people: praise, reminders, well-wishes. Comment
#: data rarely says "proud of you all", and the toxic model read such lines near its warning
#: level for staff (0.35). Our own text.
_STAFF_NOTES = [
    "proud of you all", "so proud of you", "well done today", "well done everyone",
    "brilliant effort today", "great work this week", "you were all amazing on saturday",
    "congratulations on your results", "congrats on making the squad", "get well soon",
    "hope you feel better soon", "hope you're ok", "hope you're feeling better",
    "happy friday everyone", "have a lovely weekend", "have a great half term",
    "happy holidays all", "merry christmas and a happy new year",
    "happy birthday, have a great day",
    "good luck in your exams", "good luck tomorrow, you've got this", "rest up this weekend",
    "don't forget your shin pads", "don't forget your water bottle", "bring a packed lunch",
    "please bring your consent form back by friday", "kit needs to be washed for saturday",
    "training is cancelled tonight because of the weather", "the minibus leaves at 8 sharp",
    "pick up is at 4:30 from the main gate", "parents are welcome to watch",
    "everyone will get a turn", "everyone gets game time over the season",
    "if you're new, come and find me at the front desk", "come and say hi if you're new",
    "keep practising at home, it'll make a big difference", "work on your first touch",
    "thanks for helping tidy up", "thank you for your patience", "thanks for letting me know",
    "thanks for telling me", "let me know if you can't make it", "welcome back after your injury",
    "good to have you back", "you've earned a rest", "nice one, see you next week",
    "remember to drink plenty of water", "sun cream and a hat please", "wrap up warm",
    "we'll meet at the clubhouse", "the session starts at 6", "doors open at half 5",
    "the trip letter is on the website", "your certificate is ready to collect",
    "you did really well in the assessment", "that was a lovely bit of teamwork",
    "thoroughly deserved", "what a performance", "keep it up", "you should be really proud",
]  # fmt: skip
_STAFF_ENDINGS = ["", "!", ".", " 😊", " 👏", "!!", ", see you soon", " everyone", " all"]


def after_openers(lines: list[str]) -> list[str]:
    """Each line after each of ``_OPENERS`` ("", "hi", "thanks", "well done" ...), in that
    order."""
    return [f"{opener} {text}".strip() for text in lines for opener in _OPENERS]


def with_endings(lines: list[str], endings: list[str], openers: list[str] | None = None):
    """Each line with each ending (and, given ``openers``, the opener paired with it), every
    other one with a capital."""
    pairs = list(zip(openers or [""] * len(endings), endings, strict=True))
    out = []
    for i, text in enumerate(lines):
        for j, (opener, ending) in enumerate(pairs):
            line = f"{opener}{text}{ending}"
            out.append(line.capitalize() if (i + j) % 2 else line)
    return out


def staff_notes() -> list[str]:
    """Staff messages from the list above, with endings and capitals: our own text."""
    return with_endings(_STAFF_NOTES, _STAFF_ENDINGS)


def short_replies() -> list[str]:
    """The short lines most of a chat is made of, from the lists above: our own text."""
    import random

    rng = random.Random(SEED + 1)
    out = [f"{a}{e}" for a in _ACKS for e in _ACK_ENDINGS]
    out += [f"{a} {b}" for a in _ACKS[:40] for b in rng.sample(_ACKS, 4)]
    out += [body.format(p=p) for body in _PLACE_BODIES for p in _TOWNS]
    for body in _NAME_BODIES:
        for n in _NAMES:
            out.append(body.format(n=n, w=rng.choice(_HANDLE_WORDS), d=rng.randint(1, 99)))
    out += [body.format(a=a, y=a - 5) for body in _AGE_BODIES for a in range(11, 18)]
    out += [f"{t}{e}" for t in _TIMES + _QUESTIONS for e in _ACK_ENDINGS[:6]]
    return out


_DISLIKED = [
    "maths", "mondays", "homework", "school", "this song", "the rain", "getting up early",
    "broccoli", "exams", "the bus", "waiting", "long car journeys", "spiders", "tests",
    "science", "the dentist", "being late", "losing", "penalties", "my hair today",
    "this weather", "the new kit", "tidying my room", "revision", "pe in the rain",
    "this level", "the last episode", "my phone", "running laps", "cold showers",
    "when the wifi goes", "it when we lose", "it when my brother takes my charger", "queueing",
    "sprouts", "tuesdays",
]  # fmt: skip
_DISLIKE_BODIES = [
    "i hate {x}", "ugh i hate {x}", "i really hate {x}", "i hate {x} so much",
    "honestly i hate {x}", "{x} is the worst", "i can't stand {x}", "{x} sucks",
    "i'm so sick of {x}", "i hate hate hate {x}",
]  # fmt: skip
_IDIOMS = [
    "my mum will kill me if i'm late", "my dad's going to kill me lol", "i'm dead",
    "i literally died", "you killed it today", "that was savage", "this level is killing me",
    "i'm gonna smash this exam", "my feet are killing me", "i'm dying to see the film",
    "she'll murder me if i lose her pen", "we got destroyed 5-0", "that tackle was brutal",
    "i'm so done with this homework", "this traffic is the worst", "my brother is so annoying",
    "mum's going to go mad", "i could scream, i left my kit at home",
    "it's killing me not knowing the score", "shut up no way", "shut up you didn't",
    "shut up that's amazing", "kill the lights when you leave",
    # Games and sport: beating, destroying and killing someone there is winning.
    "i'll beat you in the race", "i'm gonna destroy you at fifa",
    "we're coming for you in the final",
    "i'll smash you at chess", "you're going down on saturday",
    "i killed you three times in fortnite",
    "he got a headshot on me from the tower", "i'm going to thrash you at table tennis",
    "their keeper is deadly", "we murdered them 6-0", "she's a beast in goal",
    "you're dead good at this", "ur dead funny", "you're next to bat", "you smell like cake",
    "take your muddy boots off before you come in", "my brother blew up my lego tower",
    "the zombie bit me and i died lol", "a bomb went off in my game",
    "i could die of embarrassment", "i'm going to die of boredom in maths",
    "i nearly died laughing",
    "i'll end you in fortnite", "gonna wreck you at rocket league",
    "i'll knock you out of the cup",
    "i want to die of boredom", "i wanted to die of shame when i tripped",
    "i want to die of cringe",
    "i literally want to die of laughter", "we all wanted to die of heat on the walk",
    # In British English a fag is a cigarette.
    "my uncle smokes fags", "he went out for a fag", "a packet of fags", "fags are bad for you",
    "mum's trying to give up the fags",
]  # fmt: skip
# Colours of kit and things: tweet-trained models read "black" and "white" as race.
_COLOURS = ["black", "white", "brown", "yellow"]
_THINGS = [
    "kit", "socks", "shirt", "shirts", "trainers", "boots", "pen", "car", "cat", "dog", "bag",
    "hoodie", "team", "board", "paper", "shorts", "football", "belt", "top", "bib", "van",
]  # fmt: skip
_COLOUR_BODIES = [
    "{c} {o}", "the {c} {o}", "my {c} {o}", "bring your {c} {o}", "is the {o} {c}",
    "{c} {o} or {d} {o}", "we're wearing {c} {o} on saturday", "i lost my {c} {o}",
]  # fmt: skip


_INSULTS = [
    "i hate you", "i hate you so much", "you're an idiot", "shut up you idiot", "you're so ugly",
    "nobody likes you", "you're pathetic", "you're such a loser", "go away nobody wants you",
    "you're thick", "you're a waste of space", "you stink", "everyone hates you", "you're a joke",
    "you're so fat", "shut your mouth", "you're a freak", "you're useless", "get lost weirdo",
    "i can't stand you",
    # Shutting someone out and mocking their looks: bullying without a swear word in it.
    "no one invited you", "you're not welcome here", "we don't want you in our group",
    "we made a new group without you", "everyone laughs at you behind your back",
    "don't sit with us", "why do you even come", "you're the ugliest in the class",
    "you smell disgusting", "look at your spotty face", "get out of our chat",
    "even your friends don't like you", "nobody will come to your party",
]  # fmt: skip


#: Bullying as children write it to each other: shutting someone out, mocking looks, voice,
#: family or money, spreading screenshots and rumours, piling on online. Most of it has no
#: swear word and no slur, which is all tweet and comment data teach a model to see.
_BULLYING = [
    # Shutting out.
    "don't invite her", "we're not letting u sit with us", "ur not coming to the party",
    "she's not in the group anymore", "we all left the chat cos u joined",
    "nobody wants u on their team", "pick anyone but him", "we made a chat without her lol",
    "don't add him back", "who added this weirdo", "u weren't invited so don't turn up",
    "we're all going but ur not allowed", "leave the group no one wants u here",
    "sit somewhere else", "go find ur own friends", "ur not one of us",
    # Looks, clothes, body.
    "ur teeth are so yellow", "did ur mum cut ur hair", "nice charity shop trainers",
    "ur clothes are always dirty", "those glasses make u look like a bug",
    "look at the state of her", "ur face is a crime", "imagine looking like that",
    "ur eyebrows tho", "u look like a thumb", "ur so short it's embarrassing",
    "ur uniform is older than u", "u dress like ur nan", "take a shower u tramp",
    # Ability, voice, the way someone is.
    "ur so thick it's embarrassing", "u can't even read properly", "everyone heard u stutter",
    "ur voice is so annoying", "even the sub is better than u", "ur the reason we lost",
    "don't pass to him he's useless", "u run like a penguin", "u try so hard it's sad",
    "ur so cringe", "ur embarrassing to be around", "imagine being u",
    "ur literally a joke to everyone", "u have no friends and everyone knows it",
    "ur such a loner", "no wonder nobody talks to u",
    # Rumours, screenshots, exposure.
    "everyone knows what u did", "i'm gonna tell everyone ur secret",
    "i screenshotted ur messages, the whole year's seen them", "we're all laughing at ur post",
    "send it to the group chat lol", "i'll post that pic of u everywhere",
    "should we tell everyone she cried", "the whole school's talking about u",
    "i showed everyone what u said about her", "everyone's got the video of u falling over",
    # Making someone small.
    "no one would care if u left", "no one would miss u", "do everyone a favour and leave",
    "go cry to ur mum", "cry about it", "stay mad", "nobody asked", "who even are u",
    "ur so annoying everyone says so", "u should be embarrassed", "get a life loser",
    # Family and money.
    "ur family is so poor", "free school meals kid", "does ur mum even wash ur clothes",
    "no wonder ur dad left", "ur house smells", "ur mum can't even afford a proper phone",
    # Piling on online.
    "everyone report her account", "spam her with clowns", "unfollow him everyone",
    "let's all leave her on read", "kick her from the squad", "block him from the server",
    "everyone comment something on his pic", "vote her out of the group",
    # Mocking.
    "keep crying", "keep crying it's funny", "ur the worst player on the team",
    "look at his shoes did he get them from a bin", "why do u even bother coming",
]  # fmt: skip
#: Bullying takes a few endings, kind chat all of them: the words they share ("ur", "u",
#: "everyone") must not be read as bullying in themselves.
_BULLYING_ENDINGS = ["", " lol", " 💀"]
_CHAT_ENDINGS = ["", " lol", " 😂", " 🤡", " fr", " tbh", " ngl", " lmao", "!!", " 💀"]

#: Threats at a person: toxic and threats, never hate, which reads a group into them.
_PERSONAL_THREATS = [
    "i'll kill you", "i'm going to kill you", "i'll smash your face in", "you're dead tomorrow",
    "i'll batter you after school", "watch your back", "i'll hurt you", "i'll break your legs",
    "i'm coming for you", "i'll stab you", "i know where you live",
]  # fmt: skip


#: Praise in the same shape as the insults ("you're a star", "you're a joke"): the model must
#: learn the insult from its word, not from "you're a", which staff and friends write most
#: often to say something kind.
_PRAISE = [
    "you're a star", "you are a star", "ur a star", "you're such a star", "you're a superstar",
    "you are a superstar", "you're a legend", "you are a legend", "ur a legend", "you're a hero",
    "you're a gem", "you're a genius", "you're a natural", "you're a great captain",
    "you're a good friend", "you're a credit to the team", "you're a diamond",
    "you're a lifesaver", "you're a champ", "you're a rockstar", "you're a good egg",
    "you're a role model", "you're an inspiration", "you are an inspiration", "you're amazing",
    "you are amazing", "you're brilliant", "you are brilliant", "you're so kind",
    "you are so kind", "ur so kind", "you're the best", "you are the best", "you're so talented",
    "you're so brave", "you are so brave", "you're so clever", "you're a quick learner",
    "you're doing so well", "you are doing so well", "you're such a good listener",
    "you're a really good goalie", "you are a fantastic reader", "you're a great help",
]  # fmt: skip


def praise() -> list[str]:
    """Praise from the list above, after each opener, as the insults are: our own text."""
    return after_openers(_PRAISE)


def personal_insults() -> list[str]:
    """Insults aimed at one person: our own text, toxic but not hate. The tweets that teach
    the hate model often say "hate"; these teach it that hate speech is about a group, so that
    "i hate you" is reported as abuse of a person, not of a group."""
    return after_openers(_INSULTS)


#: Kind and plain chat in the same shorthand ("ur", "u") and with the same endings as the
#: bullying above, so that the model learns the bullying, not the spelling of "your".
_KIND_CHAT = [
    "ur so funny", "ur the best", "love ur hair", "ur team won", "u coming tmrw",
    "ur bag is in the hall", "tell ur mum thanks", "ur a legend", "ur drawing is sick",
    "ur not late dw", "ur mum said ur coming", "is ur mum picking u up", "ur so good at this",
    "ur mad for that goal", "ur so random i love it", "u did so well", "ur in my group for science",
    "ur coat's on the bench", "ur mum's cooking is the best", "ur dad's outside",
    "year 8 are on first",
    "ur turn", "ur up next", "u ok?", "ur voice is so nice", "ur trainers are sick",
    "can u send me the homework", "u left ur bottle at mine", "ur cousin says hi",
    "ur brother is so funny", "u should come to the party", "ur invited to mine saturday",
    "everyone's coming, u should too", "we saved u a seat", "sit with us at lunch",
    "we're all going, come with", "add him to the chat", "she's in the group now",
    "nobody's in the hall yet", "nobody asked for ketchup lol",
    "who even made this game it's so good",
    "imagine if we win the league", "ur glasses are cute", "did ur mum do ur hair, looks nice",
    "everyone's talking about the match", "the whole year's going on the trip",
    "everyone watch his video it's so good", "send it to the group chat", "post the team pic",
    "everyone's here", "everyone bring a drink", "everyone said it was fun", "everyone's going",
    "everyone knows the way", "everyone agrees", "everyone gets a medal", "hey ur back!",
    "ur back early", "ur back already?", "u back yet?", "are u back from ur holiday",
    "ur home already?", "everyone wants to win this one", "long day?", "busy day?", "ur right",
    "ur not wrong", "u told me that",
    "i told everyone the time", "we told everyone", "where u at", "where r u now",
    "are we allowed phones on the trip", "is my brother allowed to come", "dogs are allowed in",
    "are mums and dads allowed in the hall", "you're allowed two guests", "no one's allowed in yet",
    # Care in the words of exclusion and harm.
    "nobody wants u to get hurt, wear ur shin pads", "be careful, we don't want him to get hurt",
    "leave him alone he's trying to sleep", "everyone leave her alone she's revising",
    "no one wants anyone left out", "nobody gets hurt if we follow the rules",
    "nobody wants her to get hurt", "no one wants him to miss out", "nobody wants u to be sad",
    "nobody wants anyone to get hurt", "no one wants her to feel left out",
    # Friends' teasing, which ends in affection: a warning at most, never held.
    "ur such an idiot 😂 love u", "weirdo lol miss u", "ur so annoying i love u",
    "shut up ur hilarious", "he's such a nerd i love him", "ur a nutter", "you muppet 😂",
    "she's so extra i love her", "ur actually mental lol love it", "you numpty, it's tomorrow",
    "my dad's jokes are so cringe", "the dance at assembly was so cringe lol", "so cringe 😂",
    "haha ur face when u scored", "look at ur face in the team photo 😂", "stop spamming memes lol",
    # Plans after school and on the way home.
    "see you after school", "meet at the park after school", "football after school?",
    "i'll call you after school", "gonna get chips after school", "gonna get a lift home",
    "we're gonna get pizza", "ur gonna love the new kit", "you're gonna get picked for sure",
    # Families.
    "my uncle and his husband are coming to the match", "my aunt and her wife have a dog",
    "my two mums are picking me up", "my dad and his boyfriend live in leeds",
]  # fmt: skip


def bullying() -> list[str]:
    """Bullying from the list above with chat endings, half with a capital: our own text."""
    return with_endings(_BULLYING, _BULLYING_ENDINGS)


def kind_chat() -> list[str]:
    """Everyday chat-speak from the list above, with the same endings: our own text."""
    return with_endings(_KIND_CHAT, _CHAT_ENDINGS)


def personal_threats() -> list[str]:
    """Threats at one person, after each opener: our own text."""
    return after_openers(_PERSONAL_THREATS)


#: Plans about other people, in chat's spellings: "ill ask him", "can u text her". The
#: bullying and threats above are about a "her", "him" or "u"; these are the same words in
#: the everyday errands most of a chat is made of.
_ERRAND_WHO = ["i'll", "ill", "i'm gonna", "gonna", "can u", "did u", "should we", "we'll"]
_ERRAND_DO = ["ask", "tell", "text", "call", "message", "get", "pick up", "meet", "help",
              "show", "email", "bring", "wait for", "save a seat for"]  # fmt: skip
_ERRAND_WHOM = ["him", "her", "u", "them", "you", "ur mum", "my dad"]
_ERRAND_TAIL = ["", " later", " tmrw", " after school", " something", " lol", " at 6", " x"]


def errands() -> list[str]:
    """Every pairing of the lists above, with a tail in turn: our own text."""
    out = []
    for i, who in enumerate(_ERRAND_WHO):
        for j, do in enumerate(_ERRAND_DO):
            for k, whom in enumerate(_ERRAND_WHOM):
                out.append(f"{who} {do} {whom}{_ERRAND_TAIL[(i + j + k) % len(_ERRAND_TAIL)]}")
    return out


#: Support for violent extremism in the words young people meet it online: far-right,
#: Islamist, incel and school-shooter talk, and the invitation into a closed group. The
#: extremism model's positives are otherwise one set of ISIS supporters' tweets, in the
#: vocabulary of one conflict; these are positives for extremism only.
_EXTREMISM = [
    "they're replacing us and nobody's doing anything",
    "the great replacement is happening in our town", "white people need to wake up and fight back",
    "race war now", "there is no political solution", "we need to take our country back by force",
    "the invaders have to be removed", "send them all back or we'll make them go",
    "no more talking, it's time for action against them",
    "join the patriots, we train in the woods on sundays",
    "our people are under attack, arm yourselves", "the system won't save us, only violence will",
    "he did nothing wrong, read his manifesto", "the day of the rope is coming for the traitors",
    "blood and soil brothers", "burn the mosques down", "respect to the lads who torched the hotel",
    "the kuffar will pay for what they've done", "join the mujahideen, jannah awaits",
    "hijrah to the khilafah is an obligation on every muslim", "democracy is shirk, only sharia",
    "the brothers who attacked them are heroes", "martyrdom is the greatest honour",
    "when the call comes be ready to act", "fight the enemies of allah wherever you find them",
    "the lions of the caliphate will strike again", "the apostates deserve death",
    "the beta uprising has begun", "someone should do a columbine at our school",
    "the kid who shot up his school is my hero", "we meet in a private server, tell no one",
    "i'll send u the real videos they don't show on the news",
    "our group is the only one telling the truth, join up",
    "ur one of us now, don't tell ur parents about the channel",
    "the media lies, the only answer is to fight", "every one of them is a legitimate target",
    "he's a saint, he did what we all think about",
]  # fmt: skip


def extremism_support() -> list[str]:
    """The lines above, alone and after a few chat openers and endings: our own text."""
    openers = ["", "honestly ", "", "", "ngl ", ""]
    return with_endings(_EXTREMISM, ["", "", " fr", "!!", "", " 💯"], openers)


def everyday_feelings() -> list[str]:
    """Children's everyday dislikes, figures of speech and colours ("i hate maths", "my mum
    will kill me", "black kit or white kit"): our own text. Tweets and Wikipedia comments teach
    the models that "hate", "kill" and "black" are abuse; these teach them that disliking
    Mondays, or a kit's colour, is not."""
    out = [body.format(x=x) for body in _DISLIKE_BODIES for x in _DISLIKED]
    out += after_openers(_IDIOMS)
    out += [
        body.format(c=c, d=d, o=o)
        for body in _COLOUR_BODIES
        for o in _THINGS
        for c, d in zip(_COLOURS, _COLOURS[1:] + _COLOURS[:1], strict=True)
    ]
    # Dying of something that does not kill: the self-harm model learns "want to die" from
    # disclosures, and must not read the idiom as one.
    out += [
        f"{who} die of {what}"
        for who in ("i want to", "i wanted to", "i could", "i nearly", "i'm gonna", "u will")
        for what in ("embarrassment", "boredom", "shame", "cringe", "laughter", "heat", "hunger")
    ]
    # Not wanting a chore is not not wanting to live: the self-harm model learns "i don't want
    # to" from the disclosures, and read "i dont want to go to school tomorrow" as one.
    out += [
        f"{who} {what}{when}"
        for who in ("i dont want to", "i don't want to", "i really dont wanna", "i cba to")
        for what in ("go to school", "go to training", "do my homework", "get up", "revise",
                     "go to the dentist", "go back to school", "do pe", "go to bed")
        for when in ("", " tomorrow", " today", " anymore", " this week")
    ]  # fmt: skip
    # Wanting a lesson over, and being out for the evening, in the words of a goodbye.
    out += [
        f"{start} {rest}"
        for start in ("i wont be around much longer today", "i won't be here for long tonight",
                      "i just want it to end", "i want this to be over", "i cant do this anymore")
        for rest in ("im going to my nans", "this lesson is so long", "this match is so boring",
                     "the film is dragging", "got football after", "this homework is endless")
    ]  # fmt: skip
    return out


_TOPICS = [
    "isis",
    "the islamic state",
    "syria",
    "iraq",
    "afghanistan",
    "gaza",
    "israel",
    "the crusades",
    "terrorism",
    "the war",
    "the taliban",
    "al qaeda",
    "9/11",
    "the attack in paris",
    "refugees",
    "the army",
    "the news",
    "islam",
    "the caliphs",
    "world war two",
    "the holocaust",
    "extremism",
    "radicalisation",
    "the bombing",
]
_TOPIC_BODIES = [
    "did you see the news about {t}",
    "we're learning about {t} in history",
    "sir said we'd talk about {t} in citizenship",
    "my dad was watching a documentary on {t}",
    "is {t} going to be on the test",
    "i did my project on {t}",
    "the assembly was about {t}",
    "mum says not to watch videos about {t}",
    "scary news about {t} today",
    "our teacher explained {t} really well",
    "can someone explain {t} for the homework",
    "there was a programme about {t} on bbc",
    "we're praying for everyone affected by {t}",
    "{t} is so sad",
    "why do people support {t}",
    "what do you think about {t}",
    # The news with the group as its subject, as children retell it.
    "{t} was on the news again",
    "{t} is in the news every day",
    "{t} were in power for years, we learnt",
    "{t} came up in our history lesson",
    "apparently {t} lost most of their land",
]
_FAITH = [
    "eid mubarak everyone", "ramadan mubarak", "see you at the mosque after", "allahu akbar we won",
    "inshallah we win on saturday", "mashallah that goal was amazing", "alhamdulillah i passed",
    "no snacks for me, i'm fasting", "i can't come friday, it's jummah", "happy diwali",
    "merry christmas everyone", "shabbat shalom", "see you at church", "salam brother",
    "brothers and sisters, the bake sale is on friday", "my cousin lives in baghdad",
    "my nan is from pakistan", "we're going to mecca for umrah", "i'm reading the quran tonight",
    "what's the difference between sunni and shia for re", "my family is from syria",
    "my uncle is in the army", "praying for the people of gaza", "peace be upon him",
    "allah knows best", "jazakallah for the lift", "my sister is starting hifz classes",
]  # fmt: skip


_IDENTITIES = [
    "gay people", "lesbians", "trans people", "trans women", "trans men", "non binary people",
    "bisexual people", "black people", "white people", "asian people", "muslims", "jews",
    "christians", "sikhs", "hindus", "disabled people", "deaf people", "blind people",
    "wheelchair users", "autistic people", "refugees", "immigrants", "travellers",
    "polish people", "women", "girls",
]  # fmt: skip
_IDENTITY_BODIES = [
    "{g} are welcome at our club", "we learnt about {g} in pshe today", "{g} are people too",
    "{g} face a lot of unfair treatment", "there's a support group for {g} on tuesdays",
    "my best mate's family are {g}", "our assembly was about respecting {g}",
    "{g} are just like everyone else", "famous {g} in history for my project",
    "{g} can play for any team", "being kind to {g} costs nothing",
    "{g} are valid", "{g} deserve respect", "{g} belong here like anyone else",
    "love and support to all {g}",
]  # fmt: skip


#: Everyday sentences with the words of self-harm, threats and sexual requests in them ("got my
#: hair cut again", "i'll sort you out with a lift", "send me the pics from the trip"): our own
#: text, written to test the phrase lists, and negatives for the models of those categories.
_LOOK_ALIKES = [
    # hate's shapes, said of pests and weeds
    "the only good wasp is a dead wasp",
    "the only good slug is a dead slug lol",
    "get rid of all the weeds before the judging",
    "mosquitoes should all be wiped out",
    "i saved up for a new bike",
    "my knee hurt again at training",
    "got my hair cut again lol",
    "we're going to the bridge to feed the ducks",
    "sorry for everything earlier, i was in a mood",
    "thank you all for being my friends this year, best summer ever",
    "tonight's the night!! prom 🎉",
    "you'll know why when you see the cake",
    "how many pills do i take for my hayfever",
    "how deep do we dig the fire pit",
    "i'm going to end it with a big finish in the song",
    "i'm done with my homework finally",
    "the film has a shooter in it and it was so good",
    "we learnt about the christchurch attack in re today, it was awful",
    "hitler was a dictator who started ww2",
    "the manchester bomber killed 22 people, we remembered them today",
    "our school council manifesto is on the wall",
    "we need to take action on climate change",
    "who's next for the penalty shootout",
    "the brother i talk to online is my actual brother at uni lol",
    "muslims are fasting for ramadan this month",
    "the irish are class at rugby",
    "women are amazing footballers, lionesses 🦁",
    "polish food is the best",
    "no phones allowed on the pitch",
    "ban all single use plastics",
    "i hate the smell of bleach",
    "leave the group chat if you want, it's just memes",
    "nobody's coming to the park today it's raining",
    "everyone's laughing at the video of the dog",
    "you smell like chocolate, have you been baking",
    "wash your kit before saturday please",
    "she's the ugliest dog in the world and i love her 😂",
    "you're dead good at drawing",
    "ur dead funny",
    "you're next to bat",
    "we're coming for you in the final 😤",
    "i'm gonna destroy you at fifa tonight",
    "i'll smash you at chess",
    "i'll beat you in the race",
    "i'll push you on the swing",
    "my dad's hammer is in the shed",
    "bring a bat and ball to the park",
    "i'll send you the photos from the trip on whatsapp",
    "i'll post the pics from sports day on the page",
    "sex education is on tuesday",
    "we're learning about sexual health in pshe",
    "take off your muddy shirt before you come in",
    "turn the camera down a bit, i can only see the ceiling",
    "what colour is your kit",
    "the pill case is in my drawer",
    "no one would notice if i left early right?",
    "i'm starving myself of sugar for lent lol",
    "i'd rather die than wear that jumper 😂",
    "my phone's gone forever, dropped it in the lake",
    "he disappeared for good after the match, never saw him again",
    "i scratched my arm on the bramble and it bled",
    "i've been cutting out sugar",
    "i keep cutting my finger when i chop onions",
    "fags are so bad for you, my uncle smokes",
    "i'll shoot you a message later",
    "we're gonna jump you in the queue for the slide lol",
    "i'll beat you at the park run on saturday",
    "if i don't wake up on time can you ring me",
    "i don't see the point of algebra tbh",
    "what's the point in going if it's raining",
    "i keep pretending i'm ok at maths in front of sir",
    "not eating meat either, i'm veggie now",
    "i don't deserve this award honestly, thanks coach",
    "i got my hair cut again last night",
    "my arms are covered in paint from art",
    "the river looks so tempting on a hot day, can we go paddling?",
    "i won't be around for long on saturday, got a party after",
    "you won't have to worry about me for long, mum's picking me up at 4",
    "give all my stuff away to the charity shop? mum says i have too many toys",
    "your mum gets it when she sees the mess lol",
    "shame if something happened to my phone 😂 mum would kill me",
    "i'll sort you out with a lift on sunday",
    "make your life easier and bring a packed lunch",
    "got a knife on me for the cooking class? no need, we provide them",
    "see what happens to you if you eat all the sweets 🤢",
    "send me the pics from the trip please",
    "take a pic with no filter",
    "lesson on sexting was so awkward",
    "forward it to your mum so she knows the time",
    "when my parents are out i'm allowed to have friends round, can you come?",
    "we did a video together for the drama project, just us two",
    "deaf people use sign language, we learnt some in assembly",
    "black players in the premier league face so much racism online",
    "the chinese new year celebration is on friday",
    "blind people can use guide dogs",
    "non binary people use they/them pronouns",
    "trans women are women",
    "jihad means struggle in arabic, we learnt in RE",
    "the lone wolf in jungle book",
    "the beheading of anne boleyn was in 1536",
    "we're learning about britain first in politics, they're a far right party",
    "defend the goal, they're attacking",
    "are you really that tired? go to bed",
    "i'm so embarrassed of my dance moves lol",
    "nobody's gonna pick the broccoli pizza lol",
    "you're out of the team photo because you were off sick",
    "the whale we saw on the trip was huge 🐋",
    "purge the old files from the drive please",
    "day x of the holidays and i'm bored",
    "the zombies are the invaders in this game",
    "sir says the next saint's day is a holiday for the catholic school",
    # The words of bullying in kind or plain use.
    "everyone comment on the team pic, it's so good",
    "report to the front desk when you arrive",
    "who added the new kid? welcome!",
    "sit anywhere you like",
    "vote for your team captain",
    "block the shot!",
    "the server's down again",
    "your glasses are so nice",
    "did ur mum cut ur hair? looks lovely",
    "send it to the group chat so everyone has the time",
    "the whole school's talking about the trip",
    "everyone's got the video of the goal",
    "no one's coming to the park, it's raining",
    "the party's cancelled, sorry everyone",
    "i'll beat his score on subway surfers",
    "join the club, we meet on sundays",
]


#: Asking for a picture of a thing, a loan in the words of love, a warning not to panic: the
#: sexual model learns photo requests and pressure ("if u loved me u would") from a few
#: hundred of our own lines, and read these as such until it saw them.
_THINGS_PICTURED = [
    "new puppy", "dog", "cat", "hamster", "cake", "homework sheet", "drawing", "new kit",
    "new trainers", "medal", "certificate", "painting", "lego set", "garden", "bike",
    "science project", "timetable", "rabbit", "new haircut", "dinner",
]  # fmt: skip
_PICTURE_ASKS = [
    "send me a pic of ur {x}", "send a pic of your {x}", "can u send me a pic of the {x}",
    "show me a photo of your {x}", "pic of ur {x} pls", "send us a photo of the {x}!",
]  # fmt: skip
_FAVOURS = [
    "lend me your charger", "share your chips", "save me a seat", "pick me for your team",
    "do my homework", "give me the last biscuit", "walk to the shop with me", "lend me a pen",
]  # fmt: skip
_FAVOUR_ASKS = ["if you really loved me you'd {x}", "if u loved me u'd {x}",
                "if u were a real friend u'd {x} lol"]  # fmt: skip
_DONT_PANIC = ["don't freak out", "dont freak out", "don't panic", "no need to freak out"]
_DONT_PANIC_AFTER = [
    "", " but i lost your pen", ", the match is just moved to 4", " but mum's running late",
    " lol it's fine", ", we found your bag",
]  # fmt: skip


def everyday_asks() -> list[str]:
    """The lines above: our own text, negatives for every category."""
    out = [ask.format(x=x) for ask in _PICTURE_ASKS for x in _THINGS_PICTURED]
    out += [ask.format(x=x) for ask in _FAVOUR_ASKS for x in _FAVOURS]
    out += [f"{a}{b}" for a in _DONT_PANIC for b in _DONT_PANIC_AFTER]
    out += [f"{a} {b}{c}" for a in _SEE_YOU for b in _SEE_YOU_WHEN for c in ("", " x", "!")]
    out += [mark.format(n=n) for mark in _MARKS for n in (2, 3, 4, 5)] + _GAMES
    out += [c.format(x=x) for c in _FRIEND_COMPLIMENTS for x in _ADMIRED]
    out += [w.format(x=x) for w in _WHO_COMES for x in _COMING]
    return out


#: Marks and games: a bad score and a base wrecked on a server are complaints, not abuse.
_MARKS = ["i got {n} out of 10 on the quiz", "that test was so hard i only got {n} out of 20",
          "only {n} out of 10 again 😭", "i got {n}/10 in the spelling test"]  # fmt: skip
_GAMES = [
    "someone griefed my base 😡", "my house got griefed on the server", "who griefed my farm",
    "some kid blew up my base in minecraft", "i got spawn killed again", "they raided my base",
    "someone stole all my diamonds on the server 😡", "my village got wrecked by creepers",
]  # fmt: skip


#: Friends admiring each other's photos and clothes, and who is coming with whom: the sexual
#: and threat models learn "you look so" and "on your own" from grooming and threats.
_FRIEND_COMPLIMENTS = ["u look so pretty in ur {x}", "you look gorgeous in your {x}!!",
                       "omg ur {x} is so pretty", "love ur {x} u look amazing"]  # fmt: skip
_ADMIRED = ["prom pics", "new dress", "school photo", "dance costume", "bridesmaid dress",
            "new trainers", "holiday pics"]  # fmt: skip
_WHO_COMES = [
    "are you on your own or is your {x} coming", "are u walking on ur own or with ur {x}",
    "is your {x} coming or are you on your own",
    "r u getting the bus on ur own or is ur {x} taking u",
]  # fmt: skip
_COMING = ["mum", "brother", "sister", "dad", "nan"]


#: Saying goodbye: the threat model learns "i'll see you" from "i'll see you after school", and
#: read "i'll see you tomorrow" as a threat.
_SEE_YOU = ["i'll see you", "ill see u", "i'll see u", "see you", "see u", "we'll see you"]
_SEE_YOU_WHEN = [
    "tomorrow", "at school tomorrow", "at training", "later", "on saturday", "at the match",
    "there", "in a bit", "at the park", "next week", "on monday", "at the party",
]  # fmt: skip


#: Everyday questions and plans about things and about "they", "people" or "the boys": the
#: hate and extremism models learn from text where a group is the subject of nearly every
#: positive, and read "do you have any more cones" or "people are bringing the bibs" as talk
#: of a group. Subjects and openers are those of hate speech; the rest is kit and plans.
_ASK_OPENERS = ["do u have", "do you have", "does anyone have", "have you got", "has anyone got",
                "can i have", "can we have", "do u want", "do you want", "do we need",
                "do they have", "did u get", "did you bring", "are there", "is there",
                "do u know where", "can u bring", "will there be", "should i bring", "u got",
                "have they got", "do people need", "we need"]  # fmt: skip
_ASK_HOW_MANY = ["more", "any more", "a spare", "some", "the", "another", "extra", "enough", "",
                 "two", "any"]  # fmt: skip
_ASK_THINGS = ["crisps", "bibs", "sweets", "stickers", "forms", "medals", "biscuits", "bottles",
               "sun cream", "hoodies", "socks", "goggles", "raffle tickets", "glue sticks",
               "lanyards", "tennis balls", "hi vis vests", "bin bags", "consent forms",
               "sandwiches", "copies", "markers", "rackets", "plates"]  # fmt: skip
_WHO = ["they", "we", "people", "the other team", "our coach", "my parents", "the girls",
        "the boys", "everyone", "the teachers", "the leaders", "my mates", "the seniors",
        "the juniors", "the parents", "them lot", "those kids", "the new lot"]  # fmt: skip
_WHO_DO = ["have", "want", "need", "are bringing", "are getting", "said", "think", "got",
           "asked for", "forgot", "are sorting", "booked", "found", "will bring", "are having",
           "always get", "never have", "should get"]  # fmt: skip
_WHO_WHAT = ["the cones", "a new ball", "crisps after", "their bags", "a lift home",
             "pizza after", "a photo", "the registers", "the big pitch", "some spare socks",
             "extra water", "a break", "the fixtures list", "tickets for saturday", "more chairs",
             "more snacks", "the keys", "a day off", "their own kit", "the wrong shirts",
             "loads of homework", "the front seats"]  # fmt: skip


def everyday_questions() -> list[str]:
    """Every third pairing of the lists above (a question about things, a plan about people):
    our own text, negatives for every category."""
    asks = [f"{a} {b} {c}".replace("  ", " ")
            for a in _ASK_OPENERS for b in _ASK_HOW_MANY for c in _ASK_THINGS]  # fmt: skip
    plans = [f"{a} {b} {c}" for a in _WHO for b in _WHO_DO for c in _WHO_WHAT]
    return asks[::5] + plans[::5]


#: A young person saying who they are: coming out, faith, disability, heritage. A child who
#: writes "i'm gay and i'm scared to tell my parents" must not be told their message is hate.
_SELVES = ["gay", "a lesbian", "bi", "bisexual", "trans", "non binary", "queer", "muslim",
           "jewish", "sikh", "hindu", "christian", "black", "mixed race", "deaf", "disabled",
           "autistic", "a traveller", "polish", "a refugee"]  # fmt: skip
_SELF_BODIES = [
    "i'm {s} and i'm scared to tell my parents", "i think i might be {s}", "i'm {s} lol",
    "i told my friends i'm {s}", "being {s} at my school is hard sometimes",
    "is it ok to be {s}", "i'm {s} and proud", "nobody at home knows i'm {s}",
    "i came out as {s} today", "i'm {s} and i love this club",
]  # fmt: skip


#: A child telling someone they are bullied: a report of abuse, not abuse (S3 raises it).
_TOLD_BULLYING = [
    "i get called names at school", "people keep picking on me", "i'm being bullied",
    "someone keeps posting stuff about me", "they keep laughing at me in class",
    "the girls in my year won't let me sit with them", "i've been bullied since year 7",
    "people call me names because i'm gay", "they said i'm fat and ugly and everyone laughed",
    "some kids took my phone and called me a loser", "i got pushed over at lunch again",
    "everyone in the group chat was saying horrible things about me",
]  # fmt: skip


def told_bullying() -> list[str]:
    """The lines above with chat endings: our own text, negatives for every model."""
    return with_endings(_TOLD_BULLYING, _BULLYING_ENDINGS)


#: Illness talked of plainly: hate speech calls groups a disease, a cancer or a plague, and the
#: models learnt those words as hate ("cancer is a disease" was held). Our own text, negatives
#: for every model.
_ILLNESSES = ["cancer", "diabetes", "asthma", "epilepsy", "covid", "the flu", "measles",
              "leukaemia", "chickenpox", "malaria", "dementia", "arthritis"]  # fmt: skip
_ILLNESS_BODIES = [
    "{i} is a disease", "{i} is a serious illness", "my nan has {i}",
    "my uncle is being treated for {i}",
    "we learnt about {i} in science today", "{i} is caused by a virus or something",
    "is {i} a disease or a condition", "raising money for {i} research at the bake sale",
    "{i} can spread really fast", "my friend's mum is in hospital with {i}",
]  # fmt: skip


def health_talk() -> list[str]:
    return [body.format(i=i) for body in _ILLNESS_BODIES for i in _ILLNESSES]


def identity_mentions() -> list[str]:
    """Groups named kindly or plainly, and young people saying who they are: our own text.
    Comment data teaches models that words for groups ("gay", "trans", "muslim", "deaf") are
    abuse in themselves, because abuse names them more often than anything else does; these
    teach that naming a group, or oneself, is not."""
    out = [body.format(g=g) for body in _IDENTITY_BODIES for g in _IDENTITIES]
    return out + [body.format(s=x) for body in _SELF_BODIES for x in _SELVES]


def everyday_topics() -> list[str]:
    """Ordinary talk about faith and the news: our own text, so that the extremism model
    learns the difference between talking about a conflict or a faith and supporting
    violence, which positive-only data cannot teach it."""
    out = [body.format(t=t) for body in _TOPIC_BODIES for t in _TOPICS]
    out += after_openers(_FAITH)
    return out


def load_training(data: Path):
    """Rows of (text, labels) from the permissively licensed sets, training side only."""
    rows: list[tuple[str, dict[str, int]]] = []
    files = {}
    path = data / "davidson-hate-offensive" / "labeled_data.csv"
    files[str(path.relative_to(data))] = path
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            text = clean_tweet(r["tweet"])
            if not text or held_out("davidson:" + r[""]):
                continue
            cls = int(r["class"])
            rows.append(
                (
                    text,
                    {
                        "toxic": int(cls in (0, 1)),
                        "hate": int(cls == 0),
                        "tweet": 1,
                        "self_harm": 0,
                    },
                )
            )
    path = data / "jigsaw-toxic-ibm-sample" / "test_examples.csv"
    files[str(path.relative_to(data))] = path
    with path.open(newline="", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if held_out(f"jigsaw-ibm:{i}"):
                continue
            rows.append(
                (r["comment_text"], {"toxic": int(r["toxic"]), "hate": int(r["identity_hate"])})
            )
    # Kaggle's training split only: its test split (test_labeled.csv) is kept for evaluation.
    path = data / "jigsaw-toxic-subset" / "train.csv"
    files[str(path.relative_to(data))] = path
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            labels = {"toxic": int(r["toxic"]), "hate": int(r["identity_hate"])}
            labels.update(threat=int(r["threat"]), self_harm=0)
            rows.append((r["comment_text"], labels))
    path = data / "pii-presidio-synth" / "synth_dataset_v2.json"
    files[str(path.relative_to(data))] = path
    for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if held_out(f"pii-synth:{i}"):
            continue
        rows.append((item["full_text"], {"toxic": 0, "hate": 0}))
    # Our own everyday text is none of the categories the public data barely covers.
    rows += own_text(ordinary_chat())
    rows += own_text(short_replies(), chat=1) + own_text(staff_notes(), chat=1)
    rows += own_text(everyday_feelings()) + own_text(personal_insults(), toxic=1)
    rows += own_text(praise()) + own_text(everyday_questions()) + own_text(told_bullying())
    rows += own_text(bullying(), toxic=1) + own_text(kind_chat()) + own_text(errands())
    # Threats train toxic and hate ("kill" is no group) only: the threat model's own text is
    # the hand-written sets, with their everyday negatives in proportion.
    rows += [(text, {"toxic": 1, "hate": 0}) for text in personal_threats()]
    rows += own_text(identity_mentions()) + own_text(health_talk())
    rows += [(text, {"extremism": 0, **dict.fromkeys(OWN_TEXT_CATEGORIES, 0)})
             for text in everyday_topics()]  # fmt: skip
    for _, labels in rows:
        labels["extremism"] = 0
    rows += own_text(_LOOK_ALIKES) + own_text(everyday_asks())
    rows += uk_training_rows()
    rows += [(text, {"extremism": 1}) for text in extremism_support()]
    for name in UK_TRAINING_SETS:
        files[f"tests/screening/fixtures/{name}"] = FIXTURES / name
    path = data / "extremism-isis-fanboy" / "IsisFanboy.csv"
    files[str(path.relative_to(data))] = path
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh):
            text = clean_tweet(r.get("tweets") or "")
            if text and not held_out_account(r.get("username") or ""):
                rows.append((text, {"extremism": 1}))
    return rows, files


def uk_training_rows() -> list[tuple[str, dict[str, int]]]:
    """The hand-written UK sets: each message is a positive for its own category and a negative
    for the others (an insult is not a threat; "i hate maths" is none of them)."""
    rows = []
    for name in UK_TRAINING_SETS:
        for item in read_jsonl(FIXTURES / name):
            labels = {c: int(item["label"] == c) for c in OWN_TEXT_CATEGORIES}
            if item["label"] in ("ordinary", "toxic", "hate", "extremism"):
                labels["toxic"] = int(item["label"] == "toxic")
                labels["hate"] = int(item["label"] == "hate")
            labels["extremism"] = int(item["label"] == "extremism")
            rows.append((item["text"], labels))
    return rows


def held_out_account(username: str) -> bool:
    """Accounts, not tweets, are split: one account's tweets are all on one side."""
    return held_out("isis-account:" + username.lower())


def train(data: Path) -> dict:
    from sklearn.linear_model import LogisticRegression

    rows, files = load_training(data)
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text, _ in rows:
        feats = features(normalise(text).words)
        indices.extend(feats)
        values.extend(feats.values())
        indptr.append(len(indices))
    x = csr_matrix(
        (np.array(values, dtype=np.float64), indices, indptr), shape=(len(rows), N_FEATURES)
    )
    weights = {}
    report = {}
    for category in MODEL_CATEGORIES:
        use = np.array([category in labels for _, labels in rows])
        calibration = np.zeros(len(rows), dtype=bool)
        if category in CALIBRATE:  # ordinary tweets and chat kept out of the fit, for the intercept
            calibration = np.array(
                [labels.get(category) == 0 and labels.get("toxic") == 0
                 and ("tweet" in labels or "chat" in labels)
                 and held_out(f"calibration:{i}")
                 for i, (_, labels) in enumerate(rows)]
            )  # fmt: skip
            use &= ~calibration
        y = np.array([labels[category] for (_, labels), u in zip(rows, use, strict=True) if u])
        model = LogisticRegression(
            C=4.0, max_iter=2000, class_weight="balanced", random_state=SEED, solver="liblinear"
        )
        model.fit(x[use], y)
        if category in CALIBRATE:
            # Rare in real use: move the intercept so that the given share of negatives the
            # fit never saw score under 0.5, the warning level. The ranking is unchanged.
            logits = x[calibration] @ model.coef_[0] + model.intercept_[0]
            model.intercept_[0] -= float(np.quantile(logits, CALIBRATE[category]))
            # A line of words the model has never seen ("slay", "check gc") is read by the
            # intercept alone: at most even odds, never a lean towards the category.
            model.intercept_[0] = min(model.intercept_[0], 0.0)
        weights[f"{category}_coef"] = model.coef_[0].astype(np.float32)
        weights[f"{category}_intercept"] = np.float32(model.intercept_[0])
        report[category] = {"rows": int(len(y)), "positives": int(y.sum())}
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "harm.npz", **weights)
    manifest = {
        "version": VERSION,
        "seed": SEED,
        "held_out_share": HELD_OUT,
        "features": {
            "kind": "words hashed by CRC-32 and word pairs by Fibonacci hashing of the two CRCs, "
            "L2-normalised",
            "function": "chaperone.screening.harm.features",
            "n_features": N_FEATURES,
        },
        "model_categories": list(MODEL_CATEGORIES),
        "lexicon_categories": [c for c in CATEGORIES if c not in MODEL_CATEGORIES],
        "training": report,
        "data": {name: {"sha256": sha256(p)} for name, p in sorted(files.items())},
        "weights_sha256": sha256(OUT / "harm.npz"),
    }
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not (args.data / "davidson-hate-offensive").is_dir():
        print(
            f"no training data at {args.data}: pass --data DIR (the shared data folder)",
            file=sys.stderr,
        )
        return 2
    manifest = train(args.data)
    print(json.dumps(manifest["training"], indent=2))
    print(f"wrote {OUT / 'harm.npz'} ({(OUT / 'harm.npz').stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
