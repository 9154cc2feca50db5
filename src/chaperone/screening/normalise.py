"""Reading text through evasion (S5), with a map back to the original characters.

Two views of a text are made:

- ``light``: compatibility forms folded (full-width, mathematical letters), look-alike letters
  from other scripts turned into Latin ones, accents, zero-width characters and soft hyphens
  dropped. Case and digits are kept: the identifying-detail recognisers read this view.
- ``words``: ``light`` in lower case, with leetspeak read as letters inside words ("k1ll"),
  spaced-out letters joined ("k i l l", "s.n.a.p"), runs of three or more of one letter cut to
  one for a vowel and two for a consonant ("soooo" -> "so", "killlll" -> "kill") and runs of
  white space cut to one. The phrase lists and models read it.

Each view keeps, for every character, the index of the original character it came from, so a
finding in either view is reported at the original offsets. Plain ASCII text without tricks
takes a fast path with no per-character work.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from chaperone.screening.lexicon import add_gate, triggered
from chaperone.screening.scan import classes

__all__ = ["Normalised", "normalise"]

# Characters that change nothing visible: zero-width spaces and joiners, direction marks, the
# byte-order mark, soft hyphens, variation selectors, the combining grapheme joiner.
_INVISIBLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
)

# Letters of other scripts that look like Latin ones (Cyrillic, Greek, IPA and others).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ɩ": "i", "ʟ": "l", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d",
    "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ѵ": "v", "ɑ": "a", "ℓ": "l",
    "ı": "i", "ȷ": "j",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
    "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y",
    "Χ": "X",
}  # fmt: skip

# Leetspeak read as letters, one character for one, inside words only.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "l", "9": "g", "+": "t"})  # fmt: skip
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|+]*[a-z][a-z0-9@$!|+]*")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!|+")
# A run of them, however short: a token's edge found in one match (backwards in the text
# reversed), where a loop read it a character at a time (a chat's hashes run to 32).
_TOKEN_RUN = re.compile(r"[a-z0-9@$!|+]*")
# A letter beside a leetspeak character. "!" is a letter only with more of the word after it
# ("sh!t", "k!ll"): after a word it ends the sentence ("kys!", "i want to die!!"). "@" is a letter
# only after one ("b@stard", "sl@g"): before a name it is a mention ("@sam"). Each match is the
# leetspeak character, with what must stand beside it tested around it: the search then jumps
# from one such character to the next, where a pattern that began with a letter would be tried
# at every letter of the text.
_HAS_LEET = re.compile(
    r"[0-9@$!|+](?:(?<=[a-z][0-9@$|+])|(?<=[0-9$!|+])(?=[a-z])|(?<=[a-z]!)(?=!*[a-z0-9$|+])"
    r"|(?<=[0-9$|+]@)(?=[a-z]))"
)
# A number with a unit or an ordinal is a number, not leetspeak ("3pm", "10th", "5s", "100k").
_NUMBER_WORD = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|k|m|km|kg|g|mg|mb|gb|kb|p|px|x|mph|ml|cm|mm|h|hrs?|mins?|yrs?"
    r"|yo|y|d|lbs?|ft|v|ish|hz|fps)"
)
# "1" reads as "l" in "he11o", "a1one", "1ove"; as "i" elsewhere ("k1ll", "sh1t").
_ONE_AS_L = re.compile(r"11|(?<=[aeiou])1(?=[aeiou])|^1(?=[aeiou])")
# Single letters spaced out ("k i l l", "s.n.a.p", "s-e-x"): three or more joined by spaces, two
# or more joined by punctuation.
_SPACED = re.compile(
    r"(?<![a-z0-9])[a-z](?:(?: ?[.\-_*,/] ?)[a-z](?![a-z0-9])){1,}"
    r"|(?<![a-z0-9])[a-z](?:(?: ?[.\-_*,/] ?| )[a-z](?![a-z0-9])){2,}"
)
_SPACED_LETTER = re.compile(r"[a-z]")
# A message spelt out letter by letter with wider gaps between words ("y o u  a r e  d e a d"):
# every group of single letters is then a word, however short ("m e", "y o u"), where in
# ordinary chat a short run of one-letter words is text-speak ("r u ok").
_LETTER_GROUP = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z](?![a-z0-9]))+")
_GAP = re.compile(r"  +")  # two spaces first: the search jumps to them
_SPELT_GROUP = re.compile(r"[a-z](?: [a-z])*")


def _spelt_out(words: str) -> bool:
    """Three or more groups between wide gaps, and at least three in four of them single
    letters with single spaces between them (one letter alone, "i" or "a", counts); or two
    groups, both spelt out."""
    if "  " not in words:
        return False
    groups = _GAP.split(words.strip())
    if len(groups) == 2:  # two words, both spelt out: "g o  k y s"
        return all(" " in g and _SPELT_GROUP.fullmatch(g) for g in groups)
    if len(groups) < 2:
        return False
    spelt = sum(1 for g in groups if _SPELT_GROUP.fullmatch(g))
    return spelt * 4 >= len(groups) * 3 and any(len(g) > 1 for g in groups)


# Letters that stand alone as words in chat ("r u ok", "i c u", "u r a star"): a short spaced
# run made mostly of them is words, not a spelt-out word.
_ALONE = frozenset("aiurcybnoxk")
_REPEATS = re.compile(r"([a-z])\1{2,}")
# ``_REPEATS`` one letter at a time: each pattern opens with its letter, so its search jumps to
# that letter, where ``_REPEATS`` tries every letter of the text. The matches of all of them,
# in order, are those of ``_REPEATS`` (a run of one letter cannot overlap a run of another).
_RUN_OF = {c: re.compile(c + "{3,}") for c in string.ascii_lowercase}
_VOWELS = frozenset("aeiouy")
_SPACES = re.compile(r"  +")
# White space other than the plain space reads as a space, one character for one.
_WHITESPACE = str.maketrans(dict.fromkeys("\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029", " "))
# Every character it matches is one ``str.isprintable`` refuses (a test holds it): a printable
# text, emoji and all, is not searched.
_NOT_SPACE = re.compile(r"[^\S ]")
# Three of a letter in a row ("soooo", "killll"): in a short text, found in the phrase lists' one
# pass over the text (``lexicon.triggered``), which the detectors read from a cache when the
# text needs no work (``_tripled``).
add_gate("repeat", [letter * 3 for letter in string.ascii_lowercase])
#: For each letter, the key that says it stands three times in a row.
_REPEAT_KEYS = {c: f"repeat {c}" for c in string.ascii_lowercase}
for _letter, _key in _REPEAT_KEYS.items():
    add_gate(_key, [_letter * 3])


def _repeats(words: str, letters) -> list[re.Match]:
    """``list(_REPEATS.finditer(words))``, where ``letters`` are those that stand three times
    in a row in ``words`` (``_tripled``): only those are looked for. Each run is found by
    ``str.find`` of its three letters, which skips the text far faster than a search for a
    repeat (the engine tests such a pattern at every character), and read whole by ``match``."""
    found = []
    for c in letters:
        run, three = _RUN_OF[c], c * 3
        at = words.find(three)
        while at >= 0:
            m = run.match(words, at)
            found.append(m)
            at = words.find(three, m.end())
    found.sort(key=_match_start)
    return found


#: From this length on, the letters that stand three times in a row are found in numpy
#: (``_tripled``) rather than read from the gate's pass (``triggered``): a text whose runs are
#: cut is read by the gate again, and a long one costs tens of microseconds a pass.
_TRIPLED_FROM = 512


def _tripled(words: str) -> list[str]:
    """The letters that stand three times in a row in ``words`` ("soooo": "o"), in order: in
    a short text, read from the gate's pass; in a long one, from its characters' codes side by
    side."""
    if len(words) < _TRIPLED_FROM:
        fired = triggered(words)
        return [c for c, key in _REPEAT_KEYS.items() if key in fired] if "repeat" in fired else []
    if words.isascii():  # a byte a character: a quarter of the codes to compare
        codes = np.frombuffer(words.encode(), dtype=np.uint8)
    else:
        codes = np.frombuffer(words.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    same = (codes[:-2] == codes[1:-1]) & (codes[1:-1] == codes[2:])
    found = codes[:-2][same]
    return [chr(c) for c in sorted(set(found.tolist())) if 97 <= c <= 122]


def _match_start(m: re.Match) -> int:
    return m.start()


# Where a ``_SPACED`` match can begin: the first of two letters alone, side by side. Every match
# begins with one, so ``_SPACED`` is tried only there (``_spaced``), not at every character, and
# a text with none has no spaced-out letters to join.
_SPACED_START = re.compile(r"(?<![a-z0-9])[a-z](?= ?[.\-_*,/ ] ?[a-z](?![a-z0-9]))")
# ``_SPACED_START`` searched in " " + the text: the character before the letter is consumed by
# a class rather than looked behind at, so the search jumps from one such character to the
# next (a pattern that opens with a look-behind is tried at every character). Each match ends
# at its letter's offset in the text; two never share a character (letters alone stand apart).
# The separator is tested on its own first: most letters after a space are not alone.
_SPACED_LEAD = re.compile(r"[^a-z0-9][a-z](?=[.\-_*,/ ])(?= ?[.\-_*,/ ] ?[a-z](?![a-z0-9]))")
# The same for a text all in ASCII, its class written as the ASCII ranges it stands for: on
# tweets and chats the search runs about a seventh faster than by the negated class.
_SPACED_LEAD_ASCII = re.compile(
    r"[\x00-\x2f\x3a-\x60\x7b-\x7f][a-z](?=[.\-_*,/ ])(?= ?[.\-_*,/ ] ?[a-z](?![a-z0-9]))"
)


def _spaced_lead(words: str) -> re.Pattern:
    """The search for where spaced-out letters can begin that fits ``words``."""
    return _SPACED_LEAD_ASCII if words.isascii() else _SPACED_LEAD


def _spaced(words: str, first: int = 0) -> list[re.Match]:
    """``_SPACED.finditer(words)``, trying the pattern only where a match can begin; ``first``
    is where the first such place may stand in " " + ``words``, when the caller has found it."""
    found: list[re.Match] = []
    last = 0
    for lead in _spaced_lead(words).finditer(" " + words, first):
        start = lead.end() - 2  # the letter's offset in ``words``
        if start >= last:
            m = _SPACED.match(words, start)
            if m is not None:
                found.append(m)
                last = m.end()
    return found


# Words written with symbols over some of their letters ("f*ck", "s*icide", "p#rn"): each
# symbol stands for one letter, so the word keeps its length and its offsets. A masked word is
# read as the first word of this list it fits (the first letter is always shown), else as a
# word the phrase lists look for (``_resolve``); one that fits none is left as typed ("*hugs*"
# and "c#" are not masks).
_MASKABLE = (
    "fuck", "fucking", "fucked", "fucker", "fuckers", "shit", "shite", "shitty", "cunt", "cunts",
    "bitch", "bitches", "bastard", "bastards", "twat", "twats", "wank", "wanker", "wankers",
    "prick", "dick", "dicks", "dickhead", "cock", "porn", "sex", "sexy", "sexting", "nude",
    "nudes", "naked", "tits", "boobs", "pussy", "horny", "slag", "slags", "slut", "sluts",
    "whore", "whores", "fag", "fags", "faggot", "faggots", "nigger", "niggers", "nigga", "niggas",
    "retard", "retards", "paki", "pakis", "spastic", "spastics", "spaz", "tranny", "kike",
    "suicide", "suicidal", "kill", "killing", "rape", "raped", "rapist", "kys", "kms", "die",
)  # fmt: skip
_MASK_CHARS = "*#%"
_MASKED = re.compile(r"(?<![a-z0-9*#%])[a-z][a-z*#%]*[*#%][a-z*#%]*(?![a-z0-9*#%])")
# Every match of ``_MASKED`` is a whole run of ``[a-z*#%]`` holding a mask character, opening
# with a letter, with no digit on either side (``_masked`` finds them from the mask characters:
# ``_MASKED`` itself tries every letter of the text).
_MASK_CHAR = re.compile(r"[*#%]")
_RUN_END = re.compile(r"[a-z*#%]*")
_RUN_LETTERS = frozenset(string.ascii_lowercase)
_RUN = _RUN_LETTERS | frozenset(_MASK_CHARS)
_DIGITS = frozenset(string.digits)


def _masked(words: str) -> list[tuple[int, int]]:
    """The (start, end) of every match of ``_MASKED`` in ``words``, left to right."""
    found: list[tuple[int, int]] = []
    end = 0
    n = len(words)
    for mark in _MASK_CHAR.finditer(words):
        if mark.start() < end:
            continue  # inside the run just read
        start = mark.start()
        while start and words[start - 1] in _RUN:
            start -= 1
        end = _RUN_END.match(words, mark.start()).end()
        if (
            words[start] in _RUN_LETTERS
            and not (start and words[start - 1] in _DIGITS)
            and not (end < n and words[end] in _DIGITS)
        ):
            found.append((start, end))
    return found


_TO_STAR = str.maketrans(dict.fromkeys(_MASK_CHARS, "*"))


_LISTED: dict[int, list[str]] = {}  # the phrase lists' words, by length, built on first use
_LISTED_WORD = re.compile(r"[a-z]{3,}")
_RESOLVED: dict[str, str] = {}


def _listed_words() -> dict[int, list[str]]:
    """Every word of three letters or more that the phrase lists look for (read from their
    triggers), by length: a masked word of the lists' own vocabulary ("k*ll", "v*rmin",
    "j*had", "y*u") is read as that word. Built once, when the first masked word is met."""
    if not _LISTED:
        from chaperone.screening.lexicon import _REGISTRY

        seen: set[str] = set()
        for plist in _REGISTRY:
            for triggers in plist.entry_triggers:
                for trigger in triggers or ():
                    seen.update(_LISTED_WORD.findall(trigger))
        for word in sorted(seen):
            _LISTED.setdefault(len(word), []).append(word)
    return _LISTED


#: The words ``_resolve`` tries for a masked token, by (length, first letter, whether the lists'
#: words are tried too), in the order it tries them: ``_MASKABLE``'s, then the lists'. Built
#: once, with ``_listed_words``.
_BY_START: dict[tuple[int, str, bool], list[str]] = {}


def _by_start() -> dict[tuple[int, str, bool], list[str]]:
    """``_BY_START``, built on first use."""
    if not _BY_START:
        for word in _MASKABLE:
            for listed in (False, True):
                _BY_START.setdefault((len(word), word[0], listed), []).append(word)
        for length, words in _listed_words().items():
            for word in words:
                _BY_START.setdefault((length, word[0], True), []).append(word)
    return _BY_START


def prepare() -> None:
    """Build, before the first text, what the normaliser otherwise builds when it first needs
    it: the words the phrase lists look for, by length and by first letter (``_listed_words``,
    ``_by_start``), which took several milliseconds of the first message with a masked word
    in it."""
    _by_start()


def _fits(word: str, masked: str) -> bool:
    if len(word) != len(masked):
        return False
    return all(c == "*" or c == w for c, w in zip(masked, word, strict=True))


def _resolve(masked: str) -> str:
    """The word a masked token hides (``_MASKED`` shows its first letter): the first word of
    ``_MASKABLE`` it fits, however many letters are masked; else, for a token of four letters or
    more with at most two masked (three letters with one), the first listed word it fits; else
    the token as typed."""
    found = _RESOLVED.get(masked)
    if found is None:
        listed = masked.count("*") <= (1 if len(masked) == 3 else 2) and len(masked) >= 3
        if masked[:1].isalpha():
            # A word fits a token only with its length and its first letter, which the token
            # shows: only those words are tried, in the order of all of them.
            candidates = _by_start().get((len(masked), masked[0], listed), ())
        else:
            candidates = list(_MASKABLE)
            if listed:
                candidates += _listed_words().get(len(masked), ())
        found = next((word for word in candidates if _fits(word, masked)), masked)
        if len(_RESOLVED) < 4096:
            _RESOLVED[masked] = found
    return found


#: A "*" opening a span of markup: "*i will stab you*", "*hugs*".
#: The star first, the character before it looked behind at after it: the search jumps from one
#: star to the next, where a pattern opening with a look-behind is tried at every character.
_OPENING_STAR = re.compile(r"\*(?<![^\s(\"']\*)(?=[a-z])")


def _unmask(words: str, start: int, end: int) -> str:
    """The masked word at ``words[start:end]`` (a match of ``_MASKED``) read as the word it
    hides, or as typed."""
    token = words[start:end]
    # Stars after a word only: the end of markup where a star opened it before ("you*" in
    # "*i will stab you*" is not "your"), else a masked end ("ar* u ok", "fuc*").
    ends = token[-1] == "*" and "*" not in token.rstrip("*")
    if ends and _OPENING_STAR.search(words, 0, start):
        return token
    masked = token.translate(_TO_STAR)
    found = _resolve(masked)
    return token if found == masked else found


def _unmasked(words: str, spans: list[tuple[int, int]]) -> str:
    """``_MASKED.sub(_unmask, words)`` over the matches ``_masked`` found."""
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(words[last:start])
        pieces.append(_unmask(words, start, end))
        last = end
    pieces.append(words[last:])
    return "".join(pieces)


class Normalised(NamedTuple):
    original: str
    light: str
    light_index: Index  # None: the identity map
    words: str
    words_index: Index

    def light_span(self, start: int, end: int) -> tuple[int, int]:
        return _back(self.light_index, start, end, len(self.original))

    def words_span(self, start: int, end: int) -> tuple[int, int]:
        return _back(self.words_index, start, end, len(self.original))


def _back(index: Index, start: int, end: int, n: int) -> tuple[int, int]:
    if index is None:
        return max(0, min(start, n)), max(0, min(end, n))
    size = len(index)
    if not size or start >= size or end <= start:
        pos = int(index[-1]) + 1 if size and start >= size else (int(index[start]) if size else 0)
        return pos, pos
    return int(index[start]), int(index[min(end, size) - 1]) + 1


def _fold_char(ch: str) -> str:
    folded = _FOLDED.get(ch)
    if folded is None:
        folded = _fold_uncached(ch)
        if len(_FOLDED) < _FOLD_CACHE_LIMIT:
            _FOLDED[ch] = folded
    return folded


_FOLDED: dict[str, str] = {}
_FOLD_CACHE_LIMIT = 1 << 16


def _fold_uncached(ch: str) -> str:
    code = ord(ch)
    if code in _INVISIBLE:
        return ""
    if code < 0x80:
        return ch
    if ch in _HOMOGLYPHS:
        return _HOMOGLYPHS[ch]
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return ""
    if category == "Cs":  # a lone surrogate: keep a placeholder of one character
        return "\ufffd"
    decomposed = unicodedata.normalize("NFKD", ch)
    out = "".join(
        _HOMOGLYPHS.get(c, c) for c in decomposed if unicodedata.category(c) not in ("Mn", "Me")
    )
    return out if out else ch


# One such character, then any more: a pattern that opens with a repeat has no first character
# for the search to jump to.
_NON_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


#: From this length on, a map back to the original text is an array of numbers in numpy
#: (``Index``), not a tuple: a long chat's map holds thousands of offsets, and each made as a
#: Python number cost more than all the rest of the rewrite (and the collector's passes over
#: lists of them more again).
_ARRAY_FROM = 512

#: A map from a view's offsets to the original text's: a tuple of numbers, or, for a text of
#: ``_ARRAY_FROM`` characters or more, a numpy array of them; None for the identity map.
Index = tuple[int, ...] | np.ndarray | None


def _light(text: str) -> tuple[str, Index]:
    """Fold only the runs of non-ASCII characters; ASCII runs are copied whole."""
    if text.isascii():
        return text, None
    if len(text) >= _ARRAY_FROM:
        return _light_long(text)
    pieces: list[str] = []
    index: list[int] = []
    last = 0
    for run in _NON_ASCII.finditer(text):
        start, end = run.span()
        if start > last:
            pieces.append(text[last:start])
            index.extend(range(last, start))
        for i in range(start, end):
            folded = _fold_char(text[i])
            if folded:
                pieces.append(folded)
                if len(folded) == 1:
                    index.append(i)
                else:
                    index.extend([i] * len(folded))
        last = end
    if last < len(text):
        pieces.append(text[last:])
        index.extend(range(last, len(text)))
    return "".join(pieces), tuple(index)


def _light_long(text: str) -> tuple[str, np.ndarray]:
    """``_light`` for a long text, its map an array: each character of the text stands for as
    many of the light view as it folds to (one for ASCII), so the map repeats each offset that
    many times."""
    pieces: list[str] = []
    counts = np.ones(len(text), dtype=np.intp)
    last = 0
    for run in _NON_ASCII.finditer(text):
        start, end = run.span()
        pieces.append(text[last:start])
        for i in range(start, end):
            folded = _fold_char(text[i])
            pieces.append(folded)
            counts[i] = len(folded)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), np.repeat(np.arange(len(text), dtype=np.intp), counts)


def _rewrite(text: str, index: Index, matches, repl) -> tuple[str, Index | list[int]]:
    """Apply ``repl(match) -> list of positions within the match to keep`` to each of
    ``matches`` (matches of ``text``, left to right, apart); ``index`` is the text's map to the
    original (a list, a tuple or an array), or None for the identity map."""
    matches = list(matches)
    if not matches:
        return text, index
    if len(text) >= _ARRAY_FROM or isinstance(index, np.ndarray):
        return _rewrite_long(text, index, matches, repl)
    base = index if index is not None else list(range(len(text)))
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in matches:
        out.append(text[last : m.start()])
        out_index.extend(base[last : m.start()])
        for pos in repl(m):
            out.append(text[pos])
            out_index.append(base[pos])
        last = m.end()
    out.append(text[last:])
    out_index.extend(base[last:])
    return "".join(out), out_index


def _rewrite_long(text: str, index: Index, matches: list, repl) -> tuple[str, np.ndarray]:
    """``_rewrite`` for a long text, its map an array: the positions kept are marked in numpy
    and the map read through them, rather than copied a number at a time."""
    keep = np.ones(len(text), dtype=bool)
    out: list[str] = []
    last = 0
    for m in matches:
        start, end = m.span()
        out.append(text[last:start])
        kept = repl(m)
        out.extend(text[pos] for pos in kept)
        keep[start:end] = False
        keep[kept] = True
        last = end
    out.append(text[last:])
    base = np.arange(len(text), dtype=np.intp) if index is None else np.asarray(index)
    return "".join(out), base[keep]


#: Short runs that are text-speak as words ("r u ok") but harm when joined: read as one word.
_JOIN_ANYWAY = frozenset({"kys", "kms"})


def _join_spaced(m: re.Match) -> list[int]:
    letters = [m.start() + s.start() for s in _SPACED_LETTER.finditer(m.group())]
    if len(letters) <= 3 and " " in m.group():
        text = m.string
        joined = "".join(text[i] for i in letters)
        if sum(text[i] in _ALONE for i in letters) >= 2 and joined not in _JOIN_ANYWAY:
            return list(range(m.start(), m.end()))  # "r u ok", "u r a": words, kept as typed
    return letters


def _letters_only(m: re.Match) -> list[int]:
    return list(range(m.start(), m.end(), 2))


def _cut_repeats(m: re.Match) -> list[int]:
    """A run of three or more: a vowel is read once ("soooo" -> "so", "kiiill" -> "kill"), a
    consonant twice ("killlll" -> "kill")."""
    if m.group()[0] in _VOWELS:
        return [m.start()]
    return [m.start(), m.start() + 1]


def _one_space(m: re.Match) -> list[int]:
    return [m.start()]


#: The marks that end a shouted sentence: "!!", and the "!!1!" of a finger that missed the shift
#: key.
_SHOUT = re.compile(r"!+[!1]*$")


def _leet(m: re.Match) -> str:
    """A token read as letters, but for the marks that end a shouted sentence after it; a
    mention ("@sam1") is kept as typed."""
    token = m.group()
    if token[0] == "@":
        return token  # a mention: a name, kept as typed
    shout = _SHOUT.search(token)
    end = shout.start() if shout else len(token)
    body = token[:end]
    if not _HAS_LEET.search(body) or _NUMBER_WORD.fullmatch(body):
        return token
    if "1" in body:
        body = _ONE_AS_L.sub(lambda one: "l" * len(one.group()), body)
    return body.translate(_LEET) + token[end:]


#: From this length on, the places a leetspeak character can stand (``_leet_search``) are found
#: in numpy, where ``_HAS_LEET``'s search tests a class at every character.
_LEET_PLACES_FROM = 512
#: Each ASCII character as its class for ``_HAS_LEET``: "a" a letter, "l" a leetspeak
#: character, any other " ".
_LEET_CLASSES = classes({string.ascii_lowercase.encode(): b"a", b"0123456789@$!|+": b"l"})


def _leet_search(words: str):
    """``_HAS_LEET.search`` for ``words`` (``search(words, pos)``): in a long text, tried with
    ``match`` only where a leetspeak character has a letter on one side or the other, which
    every match has (a letter before it, or one after it), found from the text's characters as
    classes in numpy (one byte a character; one outside ASCII as "?", of neither class)."""
    if len(words) < _LEET_PLACES_FROM:
        return _HAS_LEET.search
    codes = np.frombuffer(words.encode("ascii", "replace").translate(_LEET_CLASSES), dtype=np.uint8)
    letters = codes == ord("a")
    beside = np.zeros(len(codes), dtype=bool)
    beside[1:] = letters[:-1]
    beside[:-1] |= letters[1:]
    places = np.flatnonzero((codes == ord("l")) & beside).tolist()
    match = _HAS_LEET.match

    def search(text: str, pos: int = 0):
        for i in range(bisect_left(places, pos), len(places)):
            m = match(text, places[i])
            if m is not None:
                return m
        return None

    return search


def _read_leet(words: str, first: int = 0, search=None) -> str:
    """``_LEET_TOKEN.sub(_leet, words)``, visiting only the tokens with a letter next to a
    leetspeak character (most tokens of a text with "NE5 3AB" in it have none); ``first`` is
    where the first such character may stand, when the caller has found it, and ``search``
    the search for the next one (``_leet_search``) when it has made it."""
    pieces: list[str] = []
    last = 0  # the end of the last token rewritten
    n = len(words)
    backwards = ""  # the text reversed, made for the first token: its runs read backwards
    search = search or _HAS_LEET.search
    # Each search starts past the last token: the places inside it (a hash holds dozens) are
    # not visited one by one.
    m = search(words, first)
    while m is not None:
        start = m.start()
        if start > last and words[start - 1] in _TOKEN_CHARS:
            # Not back past the last token: the character after it is no token character.
            backwards = backwards or words[::-1]
            start = n - _TOKEN_RUN.match(backwards, n - start).end()
        end = _TOKEN_RUN.match(words, m.end()).end()
        pieces.append(words[last:start])
        pieces.append(_leet(_LEET_TOKEN.fullmatch(words, start, end)))
        last = end
        m = search(words, end)
    if not pieces:
        return words
    pieces.append(words[last:])
    return "".join(pieces)


def normalise(text: str) -> Normalised:
    return _finished(*_begun(text))


def normalise_batch(texts: Sequence[str]) -> list[Normalised]:
    """``normalise`` for each of ``texts``: every text's rewrites up to the repeated letters
    first, then the gate's pass over each short one (``triggered``, which ``_tripled`` reads
    from its cache), then the rest. The gate's automaton reads the texts one after another,
    with nothing between them to push it out of the processor's caches."""
    if len(texts) == 1:
        return [normalise(texts[0])]
    begun = [_begun(text) for text in texts]
    for _, _, _, words, _ in begun:
        if len(words) < _TRIPLED_FROM:
            triggered(words)
    return [_finished(*parts) for parts in begun]


def _begun(text: str) -> tuple[str, str, Index, str, Index | list[int]]:
    """``normalise`` up to the repeated letters: (text, light, light_index, words, map)."""
    light, light_index = _light(text)
    words = light.lower()
    if len(words) != len(light):  # a few characters change length in lower case (İ)
        pieces, index = [], []
        base = light_index if light_index is not None else range(len(light))
        for ch, pos in zip(light, base, strict=True):
            low = ch.lower()
            pieces.append(low)
            index.extend([pos] * len(low))
        words, idx = "".join(pieces), index
    else:
        idx = light_index  # a tuple, or None for the identity map; ``_rewrite`` slices either
    # Each step runs only where a cheap test says it has work (most texts need none): the full
    # patterns cost microseconds on every character, the tests a fraction of that. Each test is
    # made once, by the step itself: a text that needs one rewrite is read by the others anyway.
    if not words.isprintable() and _NOT_SPACE.search(words):
        words = words.translate(_WHITESPACE)  # one character for one
    search = _leet_search(words)
    first = search(words)
    if first is not None:
        words = _read_leet(words, first.start(), search)  # one character for one
    if "*" in words or "#" in words or "%" in words:
        masked = _masked(words)
        if masked:
            words = _unmasked(words, masked)  # one character for one
    if "  " in words and _spelt_out(words):
        words, idx = _rewrite(words, idx, _LETTER_GROUP.finditer(words), _letters_only)
    first = _spaced_lead(words).search(" " + words)
    if first is not None:  # letters alone, paired
        words, idx = _rewrite(words, idx, _spaced(words, first.start()), _join_spaced)
    return text, light, light_index, words, idx


def _finished(
    text: str, light: str, light_index: Index, words: str, idx: Index | list[int]
) -> Normalised:
    """``normalise`` from the repeated letters on."""
    letters = _tripled(words)  # in a short text, the gate's pass, kept for the detectors
    if letters:
        words, idx = _rewrite(words, idx, _repeats(words, letters), _cut_repeats)
    if "  " in words:
        words, idx = _rewrite(words, idx, _SPACES.finditer(words), _one_space)
    return Normalised(
        original=text,
        light=light,
        light_index=light_index,
        words=words,
        words_index=idx if idx is None or isinstance(idx, np.ndarray) else tuple(idx),
    )
