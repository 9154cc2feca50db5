"""Measure the screening engine: `make eval`.

Prints, per harm category, ROC AUC and precision and recall at the operating threshold (the
category's warning level for a group message) on held-out data, per identifying-detail type
precision and recall, grooming rates, and obfuscated variants; writes docs/screening-quality.md.

    python scripts/eval_screening.py [--data ../shared/data] [--limit N]

Training sets are evaluated only on the rows ``train_screening.py`` held out; the other sets
were never used in training. Cases the public data lacks (UK phone numbers, postcodes, addresses
and school names in running text, platform invitations, obfuscated text) are generated here
from templates with a fixed seed.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_screening import (  # noqa: E402
    DEFAULT_DATA,
    clean_tweet,
    held_out,
    held_out_account,
    read_jsonl,
)

from chaperone.screening import Context, Decision, Screener, Turn  # noqa: E402
from chaperone.screening.decide import Thresholds  # noqa: E402

SEED = 7
csv.field_size_limit(10**8)


def roc_auc(labels: list[int], scores: list[float]) -> float:
    pairs = sorted(zip(scores, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):  # average ranks over ties
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def pr(labels, predicted) -> tuple[float, float]:
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    return (
        tp / (tp + fp) if tp + fp else float("nan"),
        tp / (tp + fn) if tp + fn else float("nan"),
    )


def read_csv(path: Path):
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        yield from csv.DictReader(fh)


# ---------------------------------------------------------------------------------------------
# Data sets: each returns (texts, labels) for one category
# ---------------------------------------------------------------------------------------------


def davidson(data: Path, which: str):
    texts, labels = [], []
    for r in read_csv(data / "davidson-hate-offensive" / "labeled_data.csv"):
        if held_out("davidson:" + r[""]):
            texts.append(clean_tweet(r["tweet"]))
            cls = int(r["class"])
            labels.append(int(cls in (0, 1)) if which == "toxic" else int(cls == 0))
    return texts, labels


def pan12_reviewed(segment: str) -> bool:
    """The half of the PAN12 segments whose phrasing was read when writing the phrase lists."""
    return hashlib.sha256(segment.encode()).digest()[0] < 128


FIXTURES = ROOT / "tests" / "screening" / "fixtures"


#: Hand-written conversations: (status, first measurement as "grooming flagged, children's
#: sides flagged (child / unknown), ordinary flagged", or None when written with the lists).
CONVERSATION_SETS = {
    "conversations.jsonl": ("tuned on", None),
    "conversations_heldout.jsonl": ("held out, never tuned on", None),
    # Long instant-messenger logs in the manner of the public decoy archives: slow approaches,
    # children who give their age late or never, and family, coaches and adults dating.
    "im_chat_logs_heldout.jsonl": (
        "stage patterns mended after its first measurement",
        "21/24, 0/24 / 0/24, 6/16",
    ),
}


def conversation_fixtures(screener) -> list[str]:
    """S4 on the hand-written conversations with roles (tests/screening/fixtures): the set the
    phrase lists were tuned on, a second set written apart and never tuned on, and long
    instant-messenger logs."""
    out = [
        "",
        "Hand-written conversations with authors and roles. Children's sides are screened alone, "
        "as role child and as role unknown (as `chaperone screen` may receive them).",
        "",
        "| set | grooming flagged | children's sides flagged (child / unknown) "
        "| ordinary flagged | first measured |",
        "|---|---|---|---|---|",
    ]
    for name, (label, first) in CONVERSATION_SETS.items():
        path = FIXTURES / name
        if not path.exists():
            continue
        rows = read_jsonl(path)

        def alerted(turns, role=None):
            return screener.score_grooming(
                [Turn(t["author"], role or t["role"], t["text"]) for t in turns]
            ).alerted

        grooming = [r["turns"] for r in rows if r["label"] == "grooming"]
        ordinary = [r["turns"] for r in rows if r["label"] == "ordinary"]
        sides = [[t for t in turns if t["role"] == "child"] for turns in grooming]
        g = sum(map(alerted, grooming))
        c = sum(alerted(side, "child") for side in sides)
        u = sum(alerted(side, "unknown") for side in sides)
        o = sum(map(alerted, ordinary))
        out.append(
            f"| {name} ({label}) | {g}/{len(grooming)} | {c}/{len(sides)} / {u}/{len(sides)} "
            f"| {o}/{len(ordinary)} | {first or '-'} |"
        )
        print(out[-1], flush=True)
    return out


#: Each set of hand-written UK messages as first measured, before any change was made with it
#: in view: (ROC AUC per category, ordinary allowed / warned / held). The first three sets were
#: tuned on once their misses had been read, and now also train the models (the third's first
#: figures are from before the self_harm, threat and sexual models existed, when phrase lists
#: alone scored them); the fourth is held out (its messages never read, nothing trained on
#: it), first measured before the third's phrase-list mending.
UK_SETS = {
    "uk_messages_heldout.jsonl": {
        "status": "tuned and trained on after its first measurement",
        "first": {"toxic": 0.902, "self_harm": 0.684, "threat": 0.688, "sexual": 0.644,
                  "hate": 0.825, "extremism": 0.885,
                  "ordinary": "224/240 allowed, 11 warned, 5 held"},
    },
    "uk_messages_heldout2.jsonl": {
        "status": "tuned and trained on after its first measurement",
        "first": {"toxic": 0.950, "self_harm": 0.773, "threat": 0.719, "sexual": 0.648,
                  "hate": 0.933, "extremism": 0.933,
                  "ordinary": "223/240 allowed, 10 warned, 7 held"},
    },
    "uk_messages_heldout3.jsonl": {
        "status": "tuned and trained on after its first measurement",
        "first": {"toxic": 0.930, "self_harm": 0.771, "threat": 0.679, "sexual": 0.637,
                  "hate": 0.926, "extremism": 0.885,
                  "ordinary": "164/180 allowed, 6 warned, 10 held"},
    },
    "uk_messages_heldout4.jsonl": {
        "status": "held out, never tuned or trained on",
        "first": {"toxic": 0.911, "self_harm": 0.968, "threat": 0.986, "sexual": 0.970,
                  "hate": 0.985, "extremism": 0.933,
                  "ordinary": "165/180 allowed, 6 warned, 9 held"},
    },
}  # fmt: skip
_UK_CATEGORIES = ("toxic", "self_harm", "threat", "sexual", "hate", "extremism")


def against_ordinary(category: str, mine: list, ordinary: list) -> tuple[float, str]:
    """ROC AUC of a category's messages against the ordinary ones by that category's score,
    and how many of them were caught (any decision but allow), as "n/total"."""
    scores = [x.scores[category] for x in mine] + [x.scores[category] for x in ordinary]
    auc = roc_auc([1] * len(mine) + [0] * len(ordinary), scores)
    return auc, f"{sum(x.decision != Decision.ALLOW for x in mine)}/{len(mine)}"


def uk_messages(screener) -> list[str]:
    """S2 on hand-written UK youth-club messages (tests/screening/fixtures), each set written
    apart from the engine by someone who had not read it: each harm category against the
    ordinary messages, many of them hard negatives ("i hate maths", "my mum will kill me"),
    screened as a child's."""
    out = [
        "",
        "## Hand-written UK messages",
        "",
        "Sets of messages in the words of children and staff, each written without sight of "
        "the engine, each screened as a child's message. ROC AUC ranks each category's "
        "messages against the ordinary ones by that category's score; 'caught' is the share "
        "given a decision other than allow; 'as its category' the share whose findings name "
        "the category. A set's first measurement, before anything was changed with it in view, "
        "is kept below the table.",
        "",
        "| set | category | messages | ROC AUC | caught | as its category |",
        "|---|---|---|---|---|---|",
    ]
    notes = []
    for name, about in UK_SETS.items():
        path = FIXTURES / name
        if not path.exists():
            continue
        rows = read_jsonl(path)
        results = [screener.screen(r["text"], context=Context.CHILD_MESSAGE) for r in rows]
        ordinary = [x for r, x in zip(rows, results, strict=True) if r["label"] == "ordinary"]
        label = f"{name} ({about['status']})"
        for category in _UK_CATEGORIES:
            mine = [x for r, x in zip(rows, results, strict=True) if r["label"] == category]
            if not mine:
                continue
            auc, caught = against_ordinary(category, mine, ordinary)
            named = sum(any(f.category == category for f in x.findings) for x in mine)
            out.append(
                f"| {label} | {category} | {len(mine)} | {auc:.3f} | {caught} | "
                f"{named}/{len(mine)} |"
            )
            print(out[-1], flush=True)
        decisions = [str(x.decision) for x in ordinary]
        notes.append(
            f"- {name}, ordinary messages now: {decisions.count('allow')}/{len(ordinary)} "
            f"allowed, {decisions.count('warn')} warned, {decisions.count('hold')} held, "
            f"{decisions.count('block')} blocked."
        )
        print(notes[-1], flush=True)
        first = about["first"]
        if first:
            aucs = ", ".join(f"{c} {first[c]:.3f}" for c in _UK_CATEGORIES)
            notes.append(f"- {name}, first measured: ROC AUC {aucs}; ordinary {first['ordinary']}.")
    return out + [""] + notes


CHAT_TURNS = "uk_chat_turns_heldout.jsonl"
#: Its first measurement, before anything was changed with it in view: a child's "ya", "aww" or
#: "15" was warned by a model reading a short line by its intercept and one or two words.
CHAT_TURNS_FIRST = {
    "status": "phrase lists and training text mended after its first measurement; never "
    "trained on",
    "ordinary": {"1-4 words": "301/369 allowed, 67 warned, 1 held",
                 "5 or more words": "256/271 allowed, 14 warned, 1 held"},
    "auc": {"toxic": 0.993, "threat": 0.980, "sexual": 0.982, "self_harm": 0.967, "hate": 0.994},
    "caught": {"toxic": "30/32", "threat": "30/32", "sexual": "31/32", "self_harm": "25/32",
               "hate": "32/32"},
}  # fmt: skip


def uk_chat_turns(screener) -> list[str]:
    """Single chat lines as they are really sent (tests/screening/fixtures), written apart from
    the engine: ordinary lines, most of them one to four words ("ya", "near leeds", "15 wbu"),
    and short harmful ones. A child's line is screened as a child's message, an adult's as a
    staff message to a child."""
    path = FIXTURES / CHAT_TURNS
    if not path.exists():
        return []
    rows = read_jsonl(path)
    results = [
        screener.screen(r["text"], context=Context.CHILD_MESSAGE if r["role"] == "child"
                        else Context.STAFF_TO_CHILD)
        for r in rows
    ]  # fmt: skip
    out = [
        "",
        "## Hand-written chat lines",
        "",
        f"`{CHAT_TURNS}` ({CHAT_TURNS_FIRST['status']}): lines of everyday chat between "
        "children and from staff, most of them short, and short harmful lines. A child's line "
        "is screened as a child's message, an adult's as a staff message to a child.",
        "",
        "| ordinary lines | lines | allowed | warned | held | blocked | first measured |",
        "|---|---|---|---|---|---|---|",
    ]
    ordinary = [(r, x) for r, x in zip(rows, results, strict=True) if r["label"] == "ordinary"]
    for size, keep in (("1-4 words", lambda n: n <= 4), ("5 or more words", lambda n: n > 4)):
        group = [str(x.decision) for r, x in ordinary if keep(len(r["text"].split()))]
        out.append(
            f"| {size} | {len(group)} | {group.count('allow')} | {group.count('warn')} | "
            f"{group.count('hold')} | {group.count('block')} | "
            f"{CHAT_TURNS_FIRST['ordinary'][size]} |"
        )
        print(out[-1], flush=True)
    out += [
        "",
        "| category | lines | ROC AUC | caught | first measured (AUC, caught) |",
        "|---|---|---|---|---|",
    ]
    for category in CHAT_TURNS_FIRST["auc"]:
        mine = [x for r, x in zip(rows, results, strict=True) if r["label"] == category]
        auc, caught = against_ordinary(category, mine, [x for _, x in ordinary])
        out.append(
            f"| {category} | {len(mine)} | {auc:.3f} | {caught} "
            f"| {CHAT_TURNS_FIRST['auc'][category]:.3f}, {CHAT_TURNS_FIRST['caught'][category]} |"
        )
        print(out[-1], flush=True)
    return out


#: Everyday questions and plans in the shapes hate speech and insults take ("do you have any
#: more ...", "people are bringing ...", "you're ..."): the openers and subjects are those the
#: training text has, the things and plans are never in it. First measured before the training
#: text had such lines: 15% of the questions and 6% of the plans were warned or held.
_LOOK_ALIKE_FIRST = {"questions": "679/800 allowed, 98 warned, 23 held",
                     "plans": "566/600 allowed, 27 warned, 7 held",
                     "said to a child": "289/300 allowed, 10 warned, 1 held"}  # fmt: skip


def look_alike_sentences() -> dict[str, list[str]]:
    rng = random.Random(5)
    asks = ["do u have", "do you have", "does anyone have", "have you got", "has anyone got",
            "can i have", "can we have", "do u want", "do you want", "do we need",
            "do they have", "did u get", "did you bring", "are there", "is there", "do u know",
            "can u bring", "will there be", "should i bring", "u got"]  # fmt: skip
    how_many = ["more", "any more", "a spare", "some", "the", "another", "extra", "enough", "two",
                ""]  # fmt: skip
    things = ["pics", "pictures", "tickets", "snacks", "time", "sizes", "pens", "water", "kit",
              "shin pads", "chairs", "food", "paper", "cones", "balls", "room", "players",
              "money for the trip", "photos from the trip", "homework", "chargers", "drinks",
              "seats", "plasters"]  # fmt: skip
    who = [
        "they",
        "we",
        "the other team",
        "our coach",
        "the leaders",
        "my parents",
        "the girls",
        "the boys",
        "the year 7s",
        "everyone",
        "people",
        "the new kids",
        "the teachers",
    ]
    do = ["have", "want", "need", "are bringing", "said", "won", "lost", "are coming", "will be",
          "can't find", "are getting", "think", "left"]  # fmt: skip
    what = ["more time", "the minibus", "new kit", "a meeting on friday", "the bibs", "it at 5",
            "their tickets", "at the park", "the hall", "extra practice", "a party", "the results",
            "the trophy", "lunch early", "some help"]  # fmt: skip
    you = [
        "you",
        "u",
        "you're",
        "ur",
        "you are",
        "you've",
        "you need to",
        "you have to",
        "you can",
        "you should",
        "did you",
        "are you",
        "you left",
        "you forgot",
        "you were",
    ]
    about = ["bring your kit", "at the front", "on the bus", "picked for saturday",
             "a good runner", "in goal", "late again", "the one with the keys",
             "my partner for the project", "so close to scoring", "the first one here",
             "meant to bring a packed lunch", "next on the list", "really quick today",
             "sitting with us", "back in the team", "on the rota", "in charge of the music",
             "allowed to leave at 3", "a natural at this"]  # fmt: skip
    questions = [f"{a} {b} {c}".replace("  ", " ") for a in asks for b in how_many for c in things]
    plans = [f"{a} {b} {c}" for a in who for b in do for c in what]
    return {
        "questions": rng.sample(questions, 800),
        "plans": rng.sample(plans, 600),
        "said to a child": [f"{a} {b}" for a in you for b in about],
    }


def look_alikes(screener) -> list[str]:
    """Generated everyday sentences, screened as a child's message: how many are allowed."""
    out = [
        "",
        "## Everyday sentences in the shapes of abuse",
        "",
        'Questions about things, plans about "they", "people" or "the boys", and things '
        "said to one person (`look_alike_sentences` in `scripts/eval_screening.py`), screened as "
        "a child's message. Their openers and subjects are in the training text (that is the "
        "point: those are the words hate speech and insults begin with); their things and plans "
        "are not.",
        "",
        "| sentences | count | allowed | warned | held | blocked | first measured |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, texts in look_alike_sentences().items():
        got = [str(r.decision) for r in screener.screen_batch(texts, Context.CHILD_MESSAGE)]
        out.append(
            f"| {name} | {len(got)} | {got.count('allow')} | {got.count('warn')} | "
            f"{got.count('hold')} | {got.count('block')} | {_LOOK_ALIKE_FIRST[name]} |"
        )
        print(out[-1], flush=True)
    return out


_PII_TYPES = ("postcode", "email", "address", "phone", "school")


def uk_pii(screener) -> list[str]:
    """S1 on hand-written UK messages with their details marked (tests/screening/fixtures),
    written apart from the recognisers, look-alikes among them ("the M25", "room 14b", "after
    school"). A detail is found when a span of its type covers at least four fifths of it; a
    span of one of these types that covers no marked detail of its type is a false positive."""
    path = FIXTURES / "uk_pii_heldout.jsonl"
    if not path.exists():
        return []
    rows = read_jsonl(path)
    counts = {kind: [0, 0, 0] for kind in _PII_TYPES}  # tp, fp, fn
    for row in rows:
        text = row["text"]
        truth = []
        for entity in row["entities"]:
            start = text.find(entity["value"])
            truth.append((entity["type"], start, start + len(entity["value"])))
        found = screener.screen(text, context=Context.CHILD_MESSAGE).pii
        for kind in _PII_TYPES:
            marked = [(a, b) for k, a, b in truth if k == kind]
            spans = [(p.start, p.end) for p in found if str(p.type) == kind]
            for a, b in marked:
                covered = max((min(b, y) - max(a, x) for x, y in spans), default=0)
                counts[kind][0 if covered >= 0.8 * (b - a) else 2] += 1
            counts[kind][1] += sum(
                1 for x, y in spans if not any(x < b and a < y for a, b in marked)
            )
    out = [
        "",
        f"Hand-written UK messages with their details marked (`{path.name}`, {len(rows)} "
        "messages, written apart from the recognisers and never tuned on):",
        "",
        "| type | marked | precision | recall |",
        "|---|---|---|---|",
    ]
    for kind, (tp, fp, fn) in counts.items():
        out.append(
            f"| {kind} | {tp + fn} | {tp / max(1, tp + fp):.3f} | {tp / max(1, tp + fn):.3f} |"
        )
        print(out[-1], flush=True)
    return out


def jigsaw(data: Path, column: str):
    texts, labels = [], []
    for r in read_csv(data / "jigsaw-toxic-subset" / "test_labeled.csv"):
        if r[column] in ("0", "1"):
            texts.append(r["comment_text"])
            labels.append(int(r[column]))
    return texts, labels


def stormfront(data: Path):
    texts, labels = [], []
    for r in read_csv(data / "stormfront-hate" / "stormfront_sentences.csv"):
        if r["label"] in ("hate", "noHate"):
            texts.append(r["text"])
            labels.append(int(r["label"] == "hate"))
    return texts, labels


def cyberbullying(data: Path):
    texts, labels = [], []
    for r in read_csv(data / "cyberbullying-tweets" / "cyberbullying_tweets.csv"):
        texts.append(clean_tweet(r["tweet_text"]))
        labels.append(int(r["cyberbullying_type"] != "not_cyberbullying"))
    return texts, labels


def suicide_watch(data: Path):
    texts, labels = [], []
    for r in read_csv(data / "suicide-watch-sample" / "Suicide_Detection.csv"):
        texts.append(r["text"][:2000])
        labels.append(int(r["class"] == "suicide"))
    return texts, labels


def cssrs(data: Path):
    texts, labels = [], []
    for r in read_csv(data / "suicide-cssrs-reddit500" / "500_Reddit_users_posts_labels.csv"):
        try:
            posts = ast.literal_eval(r["Post"])
        except (ValueError, SyntaxError):
            posts = [r["Post"]]
        texts.append(" ".join(posts)[:3000])
        labels.append(int(r["Label"] in ("Ideation", "Behavior", "Attempt")))
    return texts, labels


def isis_accounts(data: Path, limit: int) -> list[str]:
    """Tweets of the accounts training held out (the split is by account)."""
    rng = random.Random(SEED)
    rows = list(read_csv(data / "extremism-isis-fanboy" / "IsisFanboy.csv"))
    rng.shuffle(rows)
    return [
        clean_tweet(r["tweets"])
        for r in rows
        if r.get("tweets") and held_out_account(r.get("username") or "")
    ][:limit]


def isis(data: Path, limit: int):
    """Held-out accounts against held-out ordinary tweets and comments."""
    pos = isis_accounts(data, limit)
    neg_texts, neg_labels = davidson(data, "toxic")
    neg = [t for t, y in zip(neg_texts, neg_labels, strict=True) if not y]
    jt, jl = jigsaw(data, "toxic")
    neg += [t for t, y in zip(jt, jl, strict=True) if not y]
    neg = neg[:limit]
    return pos + neg, [1] * len(pos) + [0] * len(neg)


def isis_vs_cyberbullying(data: Path, limit: int):
    """Held-out accounts against tweets from another collection (evaluation only)."""
    pos = isis_accounts(data, limit)
    ct, cl = cyberbullying(data)
    neg = [t for t, y in zip(ct, cl, strict=True) if not y][:limit]
    return pos + neg, [1] * len(pos) + [0] * len(neg)


# ---------------------------------------------------------------------------------------------
# Generated UK cases
# ---------------------------------------------------------------------------------------------

FIRST = ["Sam", "Mia", "Leo", "Ava", "Noah", "Isla", "Jack", "Amira", "Oliver", "Zara"]
STREETS = [
    "Acacia Avenue",
    "Heaton Road",
    "Baker Street",
    "Mill Lane",
    "Church Street",
    "Victoria Road",
    "The Crescent",
    "Park View",
    "Station Road",
    "Elm Grove",
]
SCHOOLS = [
    "St Mary's Primary",
    "Kingsway Academy",
    "Heaton Manor School",
    "Gosforth High",
    "Holy Trinity C of E Primary School",
    "Brighton College",
    "Oakfield Primary",
    "Westgate Community College",
    "St John's RC Primary",
    "Hillside Academy",
]
AREAS = ["NE", "SW", "M", "B", "LS", "EH", "CF", "G", "BS", "SE"]


def _postcode(rng):
    area = rng.choice(AREAS)
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 20)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def _phone(rng):
    return rng.choice([
        f"07700 900{rng.randint(100, 999)}",
        f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        f"01632 960{rng.randint(100, 999)}",
        f"(0191) {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
    ])  # fmt: skip


def generated_pii(n: int = 400):
    """(text, type, span text) with the details embedded in chat; plus clean chat as negatives."""
    rng = random.Random(SEED)
    cases = []
    for _ in range(n):
        name = rng.choice(FIRST)
        kind = rng.choice(["phone", "postcode", "address", "school", "email", "social_handle"])
        if kind == "phone":
            value = _phone(rng)
            text = rng.choice(
                [
                    f"text me on {value} later",
                    f"my number is {value}",
                    f"{name} ring me {value} after school",
                    f"call {value} x",
                ]
            )
        elif kind == "postcode":
            value = _postcode(rng)
            text = rng.choice(
                [
                    f"i live near {value}",
                    f"my postcode is {value.lower()}",
                    f"{name} lives in {value} lol",
                    f"its {value.replace(' ', '')}",
                ]
            )
        elif kind == "address":
            value = f"{rng.randint(1, 240)} {rng.choice(STREETS)}"
            text = rng.choice(
                [
                    f"I live at {value}",
                    f"come to {value.lower()} after",
                    f"{name}'s house is {value}, the blue door",
                    f"{value} is mine",
                ]
            )
        elif kind == "school":
            value = rng.choice(SCHOOLS)
            text = rng.choice(
                [
                    f"I go to {value}",
                    f"{name} is at {value} too",
                    f"we beat {value} on saturday",
                    f"are you at {value}?",
                ]
            )
        elif kind == "email":
            value = f"{name.lower()}{rng.randint(1, 99)}@gmail.com"
            text = f"email me at {value}"
        else:
            value = rng.choice(
                [
                    "add me on snap",
                    "dm me on insta",
                    "what's your number",
                    "my snap is sammy11",
                    "let's move to whatsapp",
                ]
            )
            text = f"{value} {name}"
        cases.append((text, kind, value))
    negatives = [
        "see you at training on thursday",
        "we scored 3 goals at the park",
        "it's 5 minutes down the road",
        "high five everyone",
        "i got 10 out of 10",
        "the match is at 7 pm at the sports hall",
        "bring 2 water bottles",
        "year 9 are doing a cake sale",
        "we learnt primary colours in art",
        "my score was 2011 points",
    ] * 40
    return cases, negatives


def _mask_word(word: str) -> str:
    """The longer words with their first vowel after the first letter masked ("f*ck",
    "n*des", "k*ll"), as people mask the word they expect a filter to catch."""
    if len(word) < 3 or not word.isalpha():
        return word
    for i in range(1, len(word)):
        if word[i] in "aeiou":
            return word[:i] + "*" + word[i + 1 :]
    return word


OBFUSCATE = [
    (
        "leetspeak",
        lambda t: t.replace("e", "3").replace("a", "4").replace("o", "0").replace("i", "1"),
    ),
    ("spaced letters", lambda t: "  ".join(" ".join(w) for w in t.split())),
    ("homoglyphs", lambda t: t.replace("a", "а").replace("e", "е").replace("o", "о")),
    ("zero-width", lambda t: "\u200b".join(t)),
    ("repeated letters", lambda t: "".join(c * 3 if c in "aeiou" else c for c in t)),
    ("masked letters", lambda t: " ".join(_mask_word(w) for w in t.split())),
]
OBFUSCATED_CASES = {
    "toxic": ["you are a pathetic loser", "fuck off you twat"],
    "self_harm": ["i want to kill myself", "i have been cutting myself"],
    "threat": ["i will stab you", "you are dead tomorrow"],
    "sexual": ["send me nudes", "you look so sexy"],
    "hate": ["go back to your own country", "all immigrants are vermin"],
    "extremism": ["join the jihad brothers", "white power race war now"],
    "phone": ["call me on 07700 900123"],
    "invitation": ["add me on snap", "dm me on insta"],
}


# ---------------------------------------------------------------------------------------------


def squash(text: str) -> str:
    return "".join(text.lower().split())


def score_category(screener: Screener, texts, category: str) -> list[float]:
    out = []
    for i in range(0, len(texts), 512):
        out += [r.scores[category] for r in screener.screen_batch(texts[i : i + 512])]
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=4000, help="rows per data set at most")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screening-quality.md")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no evaluation data at {args.data}: pass --data DIR", file=sys.stderr)
        return 2
    started = time.time()
    screener = Screener()
    thresholds = Thresholds()
    data, limit = args.data, args.limit
    rng = random.Random(SEED)

    def cap(texts, labels):
        rows = list(zip(texts, labels, strict=True))
        rng.shuffle(rows)
        rows = rows[:limit]
        return [t for t, _ in rows], [y for _, y in rows]

    suites: list[tuple[str, str, Callable]] = [
        ("toxic", "davidson held-out (trained on the rest)", lambda: davidson(data, "toxic")),
        (
            "toxic",
            "jigsaw subset, Kaggle test split (trained on its train split)",
            lambda: jigsaw(data, "toxic"),
        ),
        ("toxic", "cyberbullying tweets (evaluation only)", lambda: cyberbullying(data)),
        ("hate", "davidson held-out (trained on the rest)", lambda: davidson(data, "hate")),
        ("hate", "stormfront sentences (evaluation only)", lambda: stormfront(data)),
        ("hate", "jigsaw identity_hate, Kaggle test split", lambda: jigsaw(data, "identity_hate")),
        (
            "threat",
            "jigsaw threat, Kaggle test split (trained on its train split)",
            lambda: jigsaw(data, "threat"),
        ),
        ("sexual", "jigsaw obscene, a proxy; Kaggle test split", lambda: jigsaw(data, "obscene")),
        ("self_harm", "suicide watch sample (evaluation only)", lambda: suicide_watch(data)),
        ("self_harm", "C-SSRS reddit users (evaluation only)", lambda: cssrs(data)),
        (
            "extremism",
            "ISIS fanboy held-out accounts vs held-out ordinary tweets and comments",
            lambda: isis(data, limit // 2),
        ),
        (
            "extremism",
            "ISIS fanboy held-out accounts vs cyberbullying set's ordinary tweets (eval only)",
            lambda: isis_vs_cyberbullying(data, limit // 2),
        ),
    ]
    lines = [
        "# Screening quality",
        "",
        "Written by `make eval` (`scripts/eval_screening.py`); the figures below are from "
        "its last run. Training used only permissively licensed sets (see "
        "`scripts/train_screening.py`): davidson-hate-offensive (MIT) and "
        "jigsaw-toxic-ibm-sample (CC0) and the training split of jigsaw-toxic-subset (CC0 "
        "upstream) for the toxic and hate models, extremism-isis-fanboy "
        "(CC0 upstream; four fifths of its accounts) for the extremism model, "
        "pii-presidio-synth (MIT) and our own templates as ordinary sentences. The self-harm, "
        "threat and sexual models learn from the first three hand-written UK sets below (our "
        "own text, each trained on after its first measurement), Jigsaw's threat labels "
        "(training split) and our own everyday look-alikes; those sets and our own bullying "
        "and extremist lines train the toxic, hate and extremism models too. The fourth UK "
        "set is never trained or tuned on. Reviewed phrase lists "
        "(`chaperone/screening/lexicon.py`) add their evidence and weight to every category. "
        "Every other set is evaluation only. The threshold column is the warning level of a "
        "child's message; the extremism, self-harm, threat and sexual models are scaled down "
        "when no phrase list confirms them, so that alone they warn and do not hold, which "
        "lowers their recall at the threshold without changing their ROC AUC.",
        "",
        "## Harm (S2), per category",
        "",
        "| category | data | rows | ROC AUC | threshold | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for category, name, load in suites:
        try:
            texts, labels = cap(*load())
        except FileNotFoundError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        scores = score_category(screener, texts, category)
        level = thresholds.level("warn", category, Context.GROUP_MESSAGE)
        p, r = pr(labels, [s >= level for s in scores])
        auc = roc_auc(labels, scores)
        lines.append(
            f"| {category} | {name} | {len(texts)} | {auc:.3f} | {level:.2f} | {p:.3f} | {r:.3f} |"
        )
        print(lines[-1], flush=True)

    # Grooming (S4): PAN12 segments have no turn boundaries, so each is one turn. The segments
    # are split in two halves by a hash of their text: the phrasing of the "reviewed" half was
    # read when the phrase lists were written; the other half never was.
    lines += ["", "## Grooming (S4), over conversations", ""]
    try:
        halves: dict[str, tuple[list, list]] = {"reviewed": ([], []), "never read": ([], [])}
        for row in read_csv(data / "grooming-pan12-vtpan-val" / "val_seg.csv"):
            half = "reviewed" if pan12_reviewed(row["segment"]) else "never read"
            halves[half][0].append(row["segment"])
            halves[half][1].append(int(row["label"]))
        lines += [
            "| data | segments | ROC AUC | grooming flagged | other chats flagged |",
            "|---|---|---|---|---|",
        ]
        for half, (g_texts, g_labels) in halves.items():
            results = [screener.score_grooming([Turn("a", "unknown", t)]) for t in g_texts]
            g_scores = [x.score for x in results]
            pos = [x.alerted for x, y in zip(results, g_labels, strict=True) if y]
            neg = [x.alerted for x, y in zip(results, g_labels, strict=True) if not y]
            lines.append(
                f"| PAN12 segments, {half} half (evaluation only; each screened as one unknown "
                f"turn) | {len(g_texts)} | {roc_auc(g_labels, g_scores):.3f} | "
                f"{sum(pos) / max(1, len(pos)):.3f} | {sum(neg) / max(1, len(neg)):.3f} |"
            )
            print(lines[-1], flush=True)
        lines += [
            "",
            "The PAN12 copy keeps no authors or turn boundaries, so a segment is screened as one "
            "speaker's words, the child's answers included (a segment where the child says "
            '"13" reads as a child speaking), and the children\'s side cannot be screened on '
            "its own; 'other chats flagged' is the share of ordinary (non-predator) segments "
            "flagged, many of them adults' sexual chat.",
        ]
    except FileNotFoundError as exc:
        print(f"skipped grooming: {exc}", file=sys.stderr)
    lines += conversation_fixtures(screener)
    lines += uk_messages(screener)
    lines += uk_chat_turns(screener)
    lines += look_alikes(screener)

    # Identifying details (S1).
    lines += [
        "",
        "## Identifying details (S1)",
        "",
        "| type | data | cases | precision | recall |",
        "|---|---|---|---|---|",
    ]
    cases, negatives = generated_pii()
    by_type: dict[str, list[int]] = {}
    found_on_negatives: dict[str, int] = {}
    for text, kind, value in cases:
        result = screener.screen(text, context=Context.CHILD_MESSAGE)
        hit = any(
            p.type == kind and (squash(p.text) in squash(value) or squash(value) in squash(p.text))
            for p in result.pii
        )
        by_type.setdefault(kind, []).append(int(hit))
    for text in negatives:
        for p in screener.screen(text, context=Context.CHILD_MESSAGE).pii:
            found_on_negatives[p.type] = found_on_negatives.get(p.type, 0) + 1
    for kind, hits in sorted(by_type.items()):
        tp, fp = sum(hits), found_on_negatives.get(kind, 0)
        lines.append(
            f"| {kind} | generated UK chat (seed {SEED}) | {len(hits)} | "
            f"{tp / max(1, tp + fp):.3f} | {tp / len(hits):.3f} |"
        )
        print(lines[-1], flush=True)
    try:
        synth = json.loads((data / "pii-presidio-synth" / "synth_dataset_v2.json").read_text())
        wanted = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone"}
        counts = {k: [0, 0, 0] for k in wanted.values()}  # tp, fp, fn
        for item in synth:
            text = item["full_text"]
            truth = {
                (wanted[s["entity_type"]], s["start_position"], s["end_position"])
                for s in item["spans"]
                if s["entity_type"] in wanted
            }
            found = screener.screen(text, context=Context.CHILD_MESSAGE).pii
            for kind in counts:
                t = [(a, b) for k, a, b in truth if k == kind]
                f = [(p.start, p.end) for p in found if p.type == kind]
                tp = sum(1 for a, b in t if any(x < b and a < y for x, y in f))
                counts[kind][0] += tp
                counts[kind][2] += len(t) - tp
                counts[kind][1] += sum(1 for x, y in f if not any(x < b and a < y for a, b in t))
        for kind, (tp, fp, fn) in counts.items():
            if not tp + fn:
                continue
            lines.append(
                f"| {kind} | pii-presidio-synth (US-centric) | {tp + fn} | "
                f"{tp / max(1, tp + fp):.3f} | {tp / max(1, tp + fn):.3f} |"
            )
            print(lines[-1], flush=True)
    except FileNotFoundError:
        pass

    lines += uk_pii(screener)

    # Obfuscated variants (S5).
    lines += [
        "",
        "## Obfuscated variants (S5)",
        "",
        "| category | variant | caught |",
        "|---|---|---|",
    ]
    for category, phrases in OBFUSCATED_CASES.items():
        for variant, transform in OBFUSCATE:
            caught = 0
            for phrase in phrases:
                r = screener.screen(transform(phrase), context=Context.CHILD_MESSAGE)
                if category in ("phone", "invitation"):
                    caught += bool(r.pii)
                else:
                    caught += r.scores[category] >= thresholds.level(
                        "warn", category, Context.GROUP_MESSAGE
                    )
            lines.append(f"| {category} | {variant} | {caught}/{len(phrases)} |")
    print("\n".join(lines[-len(OBFUSCATED_CASES) * len(OBFUSCATE) :]), flush=True)
    lines += ["", f"Evaluation took {time.time() - started:.0f} s."]
    args.out.write_text("\n".join(lines) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
