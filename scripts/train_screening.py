"""Train the screening engine's harm models and write them into the package.

    python scripts/train_screening.py [--data ../shared/data]

Only data sets whose SOURCE.md states a permissive licence train the shipped weights:

- davidson-hate-offensive (MIT): toxic (hate or offensive) and hate;
- jigsaw-toxic-ibm-sample (CC0): toxic;
- pii-presidio-synth (MIT): ordinary sentences, as non-harmful examples;
- ordinary youth-club chat generated here from our own templates (``ordinary_chat``), so that
  short everyday messages ("see you", "what time is it?") are not read as harmful just for
  being short and informal, which tweet-trained models otherwise do.

Every other set serves evaluation only (``scripts/eval_screening.py``). Categories with no
permissive training data (sexual, threat, self_harm, extremism) are scored by the reviewed
phrase lists in ``chaperone/screening/lexicon.py``. A fixed split (seeded) keeps a held-out part
of every training set for evaluation; training is deterministic.
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
            rows.append((text, {"toxic": int(cls in (0, 1)), "hate": int(cls == 0)}))
    path = data / "jigsaw-toxic-ibm-sample" / "test_examples.csv"
    files[str(path.relative_to(data))] = path
    with path.open(newline="", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if held_out(f"jigsaw-ibm:{i}"):
                continue
            rows.append(
                (r["comment_text"], {"toxic": int(r["toxic"]), "hate": int(r["identity_hate"])})
            )
    path = data / "pii-presidio-synth" / "synth_dataset_v2.json"
    files[str(path.relative_to(data))] = path
    for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if held_out(f"pii-synth:{i}"):
            continue
        rows.append((item["full_text"], {"toxic": 0, "hate": 0}))
    rows += [(text, {"toxic": 0, "hate": 0}) for text in ordinary_chat()]
    return rows, files


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
    for category in ("toxic", "hate"):
        y = np.array([labels[category] for _, labels in rows])
        model = LogisticRegression(
            C=4.0, max_iter=2000, class_weight="balanced", random_state=SEED, solver="liblinear"
        )
        model.fit(x, y)
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
            "kind": "HashingVectorizer",
            "analyzer": "char_wb",
            "ngram_range": [2, 5],
            "n_features": N_FEATURES,
        },
        "model_categories": ["toxic", "hate"],
        "lexicon_categories": [c for c in CATEGORIES if c not in ("toxic", "hate")],
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
