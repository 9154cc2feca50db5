"""Harm scores (S2): toxic, sexual, hate, threat, self_harm, extremism.

Two parts, combined per category by taking the larger:

- a linear model per category trained here (``scripts/train_screening.py``) on permissively
  licensed data, over hashed words and word pairs of the normalised text; its
  weights are committed in ``models/harm.npz``;
- the reviewed phrase lists of ``lexicon.py``, which also give the evidence spans.
"""

from __future__ import annotations

import functools
import json
import math
import re
import zlib
from collections.abc import Sequence
from importlib import resources

import numpy as np

from chaperone.screening.lexicon import HARM_LISTS
from chaperone.screening.types import Signal

CATEGORIES = ("toxic", "sexual", "hate", "threat", "self_harm", "extremism")
N_FEATURES = 2**18
_MASK = N_FEATURES - 1
_TOKEN = re.compile(r"[a-z0-9']+")


def features(text: str) -> dict[int, float]:
    """Hashed features of a normalised text: words and word pairs, each hashed with CRC-32 into
    ``N_FEATURES`` buckets, L2-normalised. (The normaliser has already read leetspeak,
    look-alikes and spacing tricks, which letter n-grams would otherwise be needed for.)

    Written here rather than taken from scikit-learn's HashingVectorizer because scoring one
    message must take microseconds: the vectorizer's per-call set-up costs a millisecond and
    more, while this is a handful of C-level CRC calls. Training uses the same function, so the
    features cannot drift apart.
    """
    words = _TOKEN.findall(text)
    counts: dict[int, float] = {}
    crc = zlib.crc32
    previous = "^"
    for word in words:
        for key in (word, previous + " " + word):
            h = crc(key.encode()) & _MASK
            counts[h] = counts.get(h, 0.0) + 1.0
        previous = word
    if counts:
        norm = math.sqrt(sum(v * v for v in counts.values()))
        for h in counts:
            counts[h] /= norm
    return counts


def _lexicon_score(hits: list[float]) -> float:
    """Several hits make a category more certain than one: 1 - prod(1 - w)."""
    if not hits:
        return 0.0
    rest = 1.0
    for w in hits:
        rest *= 1.0 - w
    return 1.0 - rest


class HarmModel:
    def __init__(self, weights: dict[str, tuple[np.ndarray, float]], manifest: dict):
        self.manifest = manifest
        self.model_categories = tuple(c for c in CATEGORIES if c in weights)
        self._coef = [weights[c][0].tolist() for c in self.model_categories]
        self._intercept = [weights[c][1] for c in self.model_categories]

    @classmethod
    @functools.cache
    def load(cls) -> HarmModel:
        folder = resources.files("chaperone.screening") / "models"
        manifest = json.loads((folder / "MANIFEST.json").read_text())
        with (folder / "harm.npz").open("rb") as fh:
            data = np.load(fh)
            weights = {c: (data[f"{c}_coef"], float(data[f"{c}_intercept"]))
                       for c in manifest["model_categories"]}  # fmt: skip
        return cls(weights, manifest)

    def _model_scores(self, text: str) -> list[float]:
        feats = features(text)
        out = []
        for coef, intercept in zip(self._coef, self._intercept, strict=True):
            logit = intercept + sum(coef[h] * v for h, v in feats.items())
            out.append(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit)))))
        return out

    def assess(self, normalised_text: str) -> tuple[dict[str, float], list[Signal]]:
        """Scores and the phrase-list evidence behind them, in one pass over the text."""
        scores = dict.fromkeys(CATEGORIES, 0.0)
        for c, p in zip(self.model_categories, self._model_scores(normalised_text), strict=True):
            scores[c] = p
        signals = []
        for plist in HARM_LISTS:
            hits = list(plist.hits(normalised_text))
            if hits:
                signals += [
                    Signal(plist.category, a, b, w, plist.why, plist.rule) for a, b, w in hits
                ]
                lexicon = _lexicon_score([w for _, _, w in hits])
                scores[plist.category] = max(scores[plist.category], lexicon)
        return scores, signals

    def score_batch(self, normalised_texts: Sequence[str]) -> list[dict[str, float]]:
        return [self.assess(t)[0] for t in normalised_texts]

    def score(self, normalised_text: str) -> dict[str, float]:
        return self.assess(normalised_text)[0]

    def signals(self, normalised_text: str) -> list[Signal]:
        return self.assess(normalised_text)[1]
