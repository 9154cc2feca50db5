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
import operator
import zlib
from collections import Counter
from collections.abc import Sequence
from importlib import resources

import numpy as np

from chaperone.screening.lexicon import HARM_LISTS, triggered
from chaperone.screening.types import Signal

CATEGORIES = ("toxic", "sexual", "hate", "threat", "self_harm", "extremism")
N_FEATURES = 2**18
_MASK = N_FEATURES - 1
_BITS = N_FEATURES.bit_length() - 1  # a bucket's bits
#: Categories whose model, on its own, is scaled down so that it can warn but never hold: the
#: extremism model learnt from one collection of propaganda accounts and reads some ordinary
#: short messages ("message 3 from Alex") as news from a war; the self-harm, threat and sexual
#: models learnt from a few hundred hand-written messages and read the words of everyday
#: look-alikes ("got my hair cut again", "i'll sort you out with a lift") as their category
#: more often than a hold can afford. With a phrase-list hit of its category of at least
#: ``CONFIRMS`` the model's score stands; a weaker hit ("jihad" alone, a word children meet in
#: RE) does not lift it. The scaling keeps the order of scores (ROC AUC).
MODEL_ALONE = {"extremism": 0.65, "self_harm": 0.58, "threat": 0.58, "sexual": 0.58}
CONFIRMS = 0.6
#: A word is a run of ``[a-z0-9']``. Read by one byte translation and a split of the text's
#: UTF-8: every byte of a character outside ASCII is 0x80 or above, so it separates words just
#: as the character does, and ``bytes.translate`` and ``split`` cost a third of ``findall``.
_WORD_BYTES = bytes(
    c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39 or c == 0x27) else 0x20 for c in range(256)
)


_HASH_CACHE_LIMIT = 1 << 18
_START = zlib.crc32(b"^")  # the word before the first word, so that openings pair too
_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 / the golden ratio, odd: Fibonacci hashing
_M64 = (1 << 64) - 1
_SHIFT = 64 - N_FEATURES.bit_length() + 1


# Text-speak read as the word it stands for, so that "i hate u" has the features of "i hate
# you": the models learn from tweets and comments, which spell both ways. Only unambiguous
# spellings; applied where a word is hashed, so a cached word costs nothing more.
_ALIASES = {k.encode(): v.encode() for k, v in {
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "yr": "your", "r": "are", "im": "i'm",
    "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "thats": "that's", "youre": "you're", "ppl": "people",
    "pls": "please", "plz": "please", "thx": "thanks", "cuz": "because", "coz": "because",
    "bc": "because", "wat": "what", "wot": "what", "luv": "love", "gonna": "going",
    "seggs": "sex", "secks": "sex",
}.items()}  # fmt: skip


class _Hashes(dict):
    """Each word met (UTF-8) -> the CRC-32 of the word it stands for (``_ALIASES``): a word not
    in it is hashed and kept by ``__missing__``, so a text's words are looked up by one ``map``
    in C with no pass over the answers for a word not met before."""

    __slots__ = ()

    def __missing__(self, word: bytes) -> int:
        h = zlib.crc32(_ALIASES.get(word, word))
        if len(self) >= _HASH_CACHE_LIMIT:
            self.clear()
        self[word] = h
        return h


_HASHES = _Hashes()


def _words(text: str) -> list[bytes]:
    """The words of a normalised text, as ``re.findall(r"[a-z0-9']+", text)`` finds them, in
    UTF-8."""
    return text.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split()


def _word_hashes(text: str) -> list[int]:
    """The CRC-32 of every word of a normalised text; words seen before come from a cache."""
    return list(map(_HASHES.__getitem__, _words(text)))


#: Words up to this many bytes long have their CRC-32 worked out in numpy (``_batch_hashes``);
#: a longer one (a run of letters with no space, rare) by ``zlib.crc32`` itself.
_TABLE_BYTES = 64
#: The CRC-32 of each run of zero bytes up to ``_TABLE_BYTES`` long, by its length.
_CRC_OF_ZEROS = np.array([zlib.crc32(bytes(n)) for n in range(_TABLE_BYTES + 1)], np.uint32)


def _crc_tables() -> np.ndarray:
    """Row ``d``, column ``b``: what a byte ``b`` followed by ``d`` more bytes adds to a CRC-32.

    CRC-32 is linear over the bits of a message, once the effect of its start and end values is
    taken out: ``crc32(word) == crc32(bytes(len(word))) ^ X``, where X is the exclusive or over
    the word's bytes of each byte's row ``d`` (the bytes after it) and column ``b`` (its value).
    Row 0 is the byte-wise table of CRC-32 (a byte followed by nothing); each further row is
    the row before run through one zero byte, as the byte-wise update does."""
    rows = np.empty((_TABLE_BYTES, 256), dtype=np.uint32)
    rows[0] = [zlib.crc32(bytes([b])) ^ int(_CRC_OF_ZEROS[1]) for b in range(256)]
    table = rows[0]
    for d in range(1, _TABLE_BYTES):
        rows[d] = table[rows[d - 1] & 0xFF] ^ (rows[d - 1] >> 8)
    return rows.ravel()


_CRC_ROWS = _crc_tables()
#: The words ``_ALIASES`` reads as others, each with its CRC-32, its length and the CRC of the
#: word it stands for, by its place in ``_ALIAS_WORDS``; and each by the low 16 bits of its CRC
#: (``_ALIAS_SLOTS``: its place plus one, 0 for none), no two alike.
_ALIAS_WORDS = list(_ALIASES)
_ALIAS_CRC = np.array([zlib.crc32(w) for w in _ALIAS_WORDS], dtype=np.uint32)
_ALIAS_SIZE = np.array([len(w) for w in _ALIAS_WORDS], dtype=np.intp)
_ALIAS_TO = np.array([zlib.crc32(_ALIASES[w]) for w in _ALIAS_WORDS], dtype=np.uint32)
_ALIAS_SLOTS = np.zeros(1 << 16, dtype=np.uint8)
_ALIAS_SLOTS[_ALIAS_CRC & 0xFFFF] = np.arange(1, len(_ALIAS_WORDS) + 1)
if np.count_nonzero(_ALIAS_SLOTS) != len(_ALIAS_WORDS):
    raise RuntimeError("two aliases share the low 16 bits of their CRC-32")
#: Two different words of the same length up to this many bytes never share a CRC-32: their
#: difference is a burst of at most 32 bits, and CRC-32 detects every such burst. A longer
#: alias is checked by its bytes.
_CRC_TELLS_APART = 4


def _batch_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``_word_hashes`` of every text of a batch at once, in numpy, as one array of every
    text's words' hashes in turn (uint64) and the number of words of each text.

    The texts are read as one: their UTF-8 joined by spaces and translated (``_WORD_BYTES``),
    each word a run of bytes other than a space. Each byte of a word looks up its part of the
    word's CRC in ``_CRC_ROWS`` by how many bytes follow it in the word, and the parts of each
    word are joined by exclusive or (``_crc_tables``). A word that is an alias takes its
    stand-in's CRC: a word with an alias's CRC and length is that alias up to
    ``_CRC_TELLS_APART`` bytes, and a longer one is checked by its bytes, so that another word
    with the same CRC keeps its own."""
    if not texts:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.intp)
    joined = " ".join(texts)
    if joined.isascii():  # its UTF-8 is itself, one byte a character
        data, bytes_each = joined.encode(), np.fromiter(map(len, texts), np.intp, len(texts))
    else:
        encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
        data, bytes_each = b" ".join(encoded), np.fromiter(map(len, encoded), np.intp, len(texts))
    data = b" " + data.translate(_WORD_BYTES) + b" "  # a space before the first word and after
    raw = np.frombuffer(data, dtype=np.uint8)
    inside = raw != 0x20
    # Where a word begins or ends, one after the other: the first is a start.
    turns = np.flatnonzero(inside[1:] != inside[:-1]) + 1
    starts, ends = turns[::2], turns[1::2]
    sizes = ends - starts
    # Where each text begins in ``data``: the words before it are those of the texts before.
    opens = np.cumsum(bytes_each + 1) - bytes_each
    lengths = np.diff(np.searchsorted(starts, opens), append=len(starts))
    if not len(starts):
        return np.zeros(0, dtype=np.uint64), lengths
    places = np.flatnonzero(inside)
    after = np.repeat(ends, sizes) - places - 1  # the bytes of its word after each byte
    long = sizes > _TABLE_BYTES
    if long.any():
        np.minimum(after, _TABLE_BYTES - 1, out=after)  # worked out whole below
    parts = _CRC_ROWS[(after << 8) | raw[places]]
    firsts = np.cumsum(sizes) - sizes
    crcs = np.bitwise_xor.reduceat(parts, firsts) ^ _CRC_OF_ZEROS[np.minimum(sizes, _TABLE_BYTES)]
    for i in np.flatnonzero(long).tolist():
        crcs[i] = zlib.crc32(data[starts[i] : ends[i]])
    slots = _ALIAS_SLOTS[crcs & 0xFFFF]
    maybe = np.flatnonzero(slots)
    if len(maybe):
        which = slots[maybe].astype(np.intp) - 1
        alike = (crcs[maybe] == _ALIAS_CRC[which]) & (sizes[maybe] == _ALIAS_SIZE[which])
        for j in np.flatnonzero(alike & (_ALIAS_SIZE[which] > _CRC_TELLS_APART)).tolist():
            i = maybe[j]
            alike[j] = data[starts[i] : ends[i]] == _ALIAS_WORDS[which[j]]
        crcs[maybe[alike]] = _ALIAS_TO[which[alike]]
    return crcs.astype(np.uint64), lengths


def _buckets(text: str) -> list[int]:
    """The bucket of every word (the low bits of its CRC-32) and of every pair of neighbouring
    words (the high bits of the two CRCs side by side times ``_GOLDEN``, modulo 2**64).
    ``HarmModel._model_scores_batch`` computes the same buckets in numpy."""
    return _buckets_of(_word_hashes(text))


def _buckets_of(hashes: list[int]) -> list[int]:
    """``_buckets`` of a text whose words' hashes are ``hashes``."""
    return [h & _MASK for h in hashes] + [
        ((a << 32 | b) * _GOLDEN & _M64) >> _SHIFT
        for a, b in zip([_START, *hashes], hashes, strict=False)
    ]


def _counts(text: str) -> Counter:
    """Occurrences per bucket."""
    return Counter(_buckets(text))


# The same constants as numpy's unsigned 64-bit numbers.
_NP_MASK, _NP_GOLDEN, _NP_SHIFT, _NP_32 = np.array([_MASK, _GOLDEN, _SHIFT, 32], dtype=np.uint64)


def _array_buckets(hashes: np.ndarray, before: np.ndarray) -> np.ndarray:
    """``_buckets_of`` in numpy: the buckets of words with these CRCs (uint64), then of each
    word paired with the one ``before`` it (``_START`` for a text's first), in the same order;
    numpy's uint64 arithmetic wraps modulo 2**64 as ``_M64`` does."""
    pairs = ((before << _NP_32) | hashes) * _NP_GOLDEN >> _NP_SHIFT
    return np.concatenate([hashes & _NP_MASK, pairs])


#: From this many keys on, a batch's keys are sorted by radix (``_sorted``): below it, numpy's
#: fixed cost for each pass is more than a sort's cost per key (measured: the same at about
#: 1,000 keys, by radix twice as fast at 6,000).
_RADIX_FROM = 1024


def _sorted(keys: np.ndarray) -> np.ndarray:
    """``np.sort(keys)``: where they are many and uint32, in two passes of numpy's radix sort
    (its stable sort of 16-bit numbers), by the low 16 bits, then, that order kept among
    equals, by the high 16."""
    if keys.dtype != np.uint32 or len(keys) < _RADIX_FROM:
        return np.sort(keys)
    keys = keys[np.argsort(keys.astype(np.uint16), kind="stable")]  # the low 16 bits
    return keys[np.argsort((keys >> 16).astype(np.uint16), kind="stable")]


#: From this many words on, one message's buckets are counted in numpy (``_counted``): below
#: it, numpy's fixed cost per call is more than Python's cost per word (measured on chat
#: segments: the same at about 90 words, numpy twice as fast at 1,000 and more).
_COUNT_IN_NUMPY_FROM = 96


def _counted(text: str) -> tuple[Sequence[int], Sequence[int], int]:
    """``_counts(text)`` as its buckets and their counts, in its order (where each bucket first
    occurs), and the sum of the squares of the counts.

    In a long text, counted in numpy: each bucket with its place in the text as one number
    (the place in the low bits), sorted, so that each run of one bucket opens at its first
    place; the runs then ordered by those places. One plain sort, where the stable sort that
    ``np.unique`` needs for first places cost several times as much."""
    words = _words(text)
    n = len(words)
    if n < _COUNT_IN_NUMPY_FROM:
        counts = Counter(_buckets_of(list(map(_HASHES.__getitem__, words))))
        values = list(counts.values())
        return list(counts), values, sum(map(operator.mul, values, values))
    hashes = np.fromiter(map(_HASHES.__getitem__, words), dtype=np.uint64, count=n)
    before = np.empty_like(hashes)  # each word's left neighbour, _START for the first
    before[0] = _START
    before[1:] = hashes[:-1]
    buckets = _array_buckets(hashes, before)
    bits = np.uint64((2 * n).bit_length())  # every place fits; 18 bits of bucket above them
    keys = np.sort(buckets << bits | np.arange(2 * n, dtype=np.uint64))
    found = keys >> bits
    opens = np.flatnonzero(np.concatenate(([True], found[1:] != found[:-1])))
    counts = np.diff(opens, append=len(keys))
    order = np.argsort(keys[opens] & ((np.uint64(1) << bits) - np.uint64(1)))
    counts = counts[order]
    return found[opens][order].astype(np.intp), counts, int(counts @ counts)


def features(text: str) -> dict[int, float]:
    """Hashed features of a normalised text: words and word pairs, each hashed with CRC-32 into
    ``N_FEATURES`` buckets, L2-normalised. (The normaliser has already read leetspeak,
    look-alikes and spacing tricks, which letter n-grams would otherwise be needed for.)

    Written here rather than taken from scikit-learn's HashingVectorizer because scoring one
    message must take microseconds: the vectorizer's per-call set-up costs a millisecond and
    more, while this is a handful of C-level CRC calls. Training uses the same function, so the
    features cannot drift apart.
    """
    counts = _counts(text)
    if not counts:
        return {}
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return {h: v / norm for h, v in counts.items()}


_ZEROS = dict.fromkeys(CATEGORIES, 0.0)
#: Each list with its key in what ``triggered`` answers and whether it has entries that always
#: run, read once.
_LISTS = [(plist, id(plist), bool(plist.always)) for plist in HARM_LISTS]


def _list_hits(texts: Sequence[str]) -> list[list[tuple[str, list[Signal]]]]:
    """For each normalised text, each phrase list's hits in it as (category, signals), in the
    lists' order, for the lists with any. In a batch, each list reads the whole batch in turn,
    where the gate (``triggered``) leaves it anything to read, rather than every list one text
    and then the next: its patterns stay in the processor's caches."""
    if len(texts) == 1:
        text = texts[0]
        met = triggered(text)
        return [
            [
                (plist.category, hits)
                for plist, key, always in _LISTS
                if (always or key in met) and (hits := _signals(plist, text, met))
            ]
        ]
    fired = [triggered(text) for text in texts]
    out: list[list[tuple[str, list[Signal]]]] = [[] for _ in texts]
    for plist, key, always in _LISTS:
        for text, met, found in zip(texts, fired, out, strict=True):
            if (always or key in met) and (hits := _signals(plist, text, met)):
                found.append((plist.category, hits))
    return out


def _signals(plist, text: str, met: dict) -> list[Signal]:
    """A phrase list's hits in a text whose gate answer is ``met``."""
    return [
        Signal(plist.category, a, b, w, plist.why, plist.rule)
        for a, b, w, _ in plist.named_hits(text, met)
    ]


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
        self._intercept = [weights[c][1] for c in self.model_categories]
        self._matrix = np.array([weights[c][0] for c in self.model_categories], dtype=np.float64)
        # Every category's weight for one bucket side by side: one message's buckets are then
        # a few rows of memory, not one scattered read per category.
        self._rows = np.ascontiguousarray(self._matrix.T)
        self._intercepts = np.array(self._intercept, dtype=np.float64)
        self._alone = [(c, f) for c, f in MODEL_ALONE.items() if c in self.model_categories]

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
        """The same sum as ``features`` followed by a dot product, with the division by the
        norm taken out of the sum: sum(w * c / n) = sum(w * c) / n.

        Each category's sum adds w * c one bucket at a time, in the order ``_counts`` gives
        the buckets: numpy's ``add.accumulate`` adds left to right, as a sum in Python does,
        so a message screened alone scores the same to the last bit however the sum is run
        (a dot product in numpy adds in another order). A count of one multiplies nothing:
        w * 1.0 == w."""
        buckets, values, squares = _counted(text)
        norm = math.sqrt(squares) or 1.0
        if len(values):
            # A fresh array, one row per bucket (``take`` gathers rows several times as fast
            # as indexing with the list or array of them).
            products = self._rows.take(buckets, axis=0)
            if squares != len(values):  # some bucket occurs more than once
                products *= np.asarray(values, dtype=np.float64)[:, None]
            dots = np.add.accumulate(products, axis=0)[-1].tolist()
        else:
            dots = [0.0] * len(self._intercept)
        out = []
        for dot, intercept in zip(dots, self._intercept, strict=True):
            logit = intercept + dot / norm
            out.append(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit)))))
        return out

    def _model_scores_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """``_model_scores`` for many texts at once: the words hashed and the sums run in numpy
        over the whole batch (the same features, summed in another order)."""
        n = len(texts)
        if not n or not self.model_categories:
            return [[] for _ in texts]
        words, lengths = _batch_hashes(texts)
        if not len(words):
            dots = np.zeros((len(self.model_categories), n))
        else:
            starts = np.cumsum(lengths) - lengths
            filled = lengths > 0
            before = np.empty_like(words)  # each word's left neighbour, _START for a first
            before[1:] = words[:-1]
            before[starts[filled]] = _START
            flat = _array_buckets(words, before).astype(np.intp)
            # Each (text, bucket) is one key; sorted, equal keys stand together, and the length
            # of each run is a count. Keys fit 32 bits for batches of up to 2**14 texts, and are
            # then sorted by radix (``_sorted``).
            docs = np.repeat(np.arange(n, dtype=np.intp), lengths)
            keys = (np.concatenate([docs, docs]) << _BITS) | flat
            keys = _sorted(keys.astype(np.uint32) if n <= 1 << 14 else keys)
            change = np.empty(len(keys), dtype=bool)
            change[0] = True
            np.not_equal(keys[1:], keys[:-1], out=change[1:])
            runs = np.flatnonzero(change)
            counts = np.diff(runs, append=len(keys)).astype(np.float64)
            found = keys[runs]
            owners = (found >> _BITS).astype(np.intp)
            # Every category's weight for each bucket a text holds, once a bucket, times its
            # count: one row of ``_rows`` a bucket, read in the order of the buckets (a long
            # chat's words again and again are read once, and the reads go forwards through the
            # weights rather than hither and thither), each text's run added by
            # ``add.reduceat``.
            rows = self._rows.take((found & _MASK).astype(np.intp), axis=0)
            rows *= counts[:, None]
            sums = np.zeros((n, len(self.model_categories)))
            firsts = np.searchsorted(owners, np.arange(n, dtype=np.intp))
            sums[filled] = np.add.reduceat(rows, firsts[filled], axis=0)
            # The norm of each text's counts: a bucket that occurs c times adds c * c.
            squares = np.bincount(owners, weights=counts * counts, minlength=n)
            norms = np.sqrt(squares)
            norms[norms == 0.0] = 1.0
            dots = (sums / norms[:, None]).T
        logits = np.clip(self._intercepts[:, None] + dots, -50.0, 50.0)
        return (1.0 / (1.0 + np.exp(-logits))).T.tolist()

    def assess(self, normalised_text: str) -> tuple[dict[str, float], list[Signal]]:
        """Scores and the phrase-list evidence behind them, in one pass over the text."""
        return self._assess(normalised_text, self._model_scores(normalised_text))

    def assess_batch(
        self, normalised_texts: Sequence[str]
    ) -> list[tuple[dict[str, float], list[Signal]]]:
        """``assess`` for many texts; the model part runs once over the whole batch, and each
        phrase list over the whole batch in turn (``_list_hits``)."""
        if len(normalised_texts) < 8:
            return [self.assess(t) for t in normalised_texts]
        model = self._model_scores_batch(normalised_texts)
        found = _list_hits(normalised_texts)
        return [self._combined(p, f) for p, f in zip(model, found, strict=True)]

    def _assess(self, normalised_text: str, model: list[float]):
        return self._combined(model, _list_hits([normalised_text])[0])

    def _combined(self, model: list[float], found: list[tuple[str, list[Signal]]]):
        """A text's scores and signals from its model scores and its lists' hits."""
        scores = _ZEROS.copy()
        scores.update(zip(self.model_categories, model, strict=True))
        if not found:
            # No phrase list matched (most messages): the models alone.
            for category, factor in self._alone:
                scores[category] *= factor
            return scores, []
        signals = []
        lexicon: dict[str, float] = {}
        for category, hits in found:
            signals += hits
            lexicon[category] = _lexicon_score([s.score for s in hits])
        # The categories a strong enough hit confirms, found once rather than per category.
        confirmed = {s.category for s in signals if s.score >= CONFIRMS}
        for category, factor in self._alone:
            if category not in confirmed:
                scores[category] *= factor
        for category, score in lexicon.items():
            scores[category] = max(scores[category], score)
        return scores, signals

    def score_batch(self, normalised_texts: Sequence[str]) -> list[dict[str, float]]:
        return [scores for scores, _ in self.assess_batch(normalised_texts)]

    def score(self, normalised_text: str) -> dict[str, float]:
        return self.assess(normalised_text)[0]

    def signals(self, normalised_text: str) -> list[Signal]:
        return self.assess(normalised_text)[1]
