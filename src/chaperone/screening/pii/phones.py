"""Phone numbers, UK and international.

The ``phonenumbers`` matcher runs at ``Leniency.POSSIBLE`` so that any number a child types is
caught, including Ofcom's drama ranges (07700 900xxx), which are not valid numbers; it is slow,
so it reads only the stretches of text round a run of seven digits (``_windows``). A second
pattern catches UK numbers, also typed with odd separators ("0 7 7 0 0-9 0 0 1 2 3"); when it
has found every number in a text (too few digits are left over for another), the matcher is
not run.
"""

import re

import phonenumbers
from phonenumbers import Leniency

from chaperone.screening.scan import as_ascii

_DIGITS = re.compile(r"\d")
_DIGITS_AS_NOUGHT = bytes.maketrans(b"123456789O", b"000000000o")
# Seven digits joined only by what the matcher allows between a number's digits (its own
# punctuation class, at most four characters at a time): no phone number has fewer, and text
# without such a run (digits in times, scores, prices, "&#128514;" entities) skips the matcher.
# The matcher's own punctuation class, written (ranges of dashes, escaped brackets) to go
# between square brackets as it is: escaping it again would turn "‐-―" into three characters.
_PUNCT = phonenumbers.phonenumberutil._VALID_PUNCTUATION + "+＋"
_SEVEN = re.compile(rf"\d(?:[{_PUNCT}]{{0,4}}\d){{6}}")
# What every number either pattern below finds holds: seven digits with at most four of the
# matcher's punctuation or white space between each two. Each run of them seeds a window.
_SEED = re.compile(rf"\d(?:[{_PUNCT}\s]{{0,4}}\d){{6}}")
# ``_SEED`` read in an ASCII text's bytes with every digit as "0" (``find``'s one translated
# pass): a literal first, so the search jumps from digit to digit with no category to test, and
# the separators are those of the class that are ASCII. The same matches, one test holds.
_SEED_ASCII_SEPARATORS = "".join(
    c for c in map(chr, range(128)) if re.fullmatch(rf"[{_PUNCT}\s]", c)
)
_SEED_FOLDED = re.compile(rb"0(?:[" + re.escape(_SEED_ASCII_SEPARATORS).encode() + rb"]{0,4}0){6}")
_SPREAD_UK = re.compile(r"(?<![\d+])(?:\+\s?4\s?4|0)(?:[\s.\-()/]{0,3}\d){9,10}(?!\d)")


_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _is_phone_shaped(raw: str) -> bool:
    """What the matcher calls possible and a person would read as a phone number: ten digits or
    more; nine with a leading 0, + or bracket (UK numbers are written so); eight after a +.
    Not an IP address ("88.176.26.42") and not a bare nine-digit id ("100046729"); and
    seven digits at least before any extension ("07700ext07700" is two short numbers)."""
    if _SEVEN.search(raw) is None:
        return False
    digits = sum(c.isdigit() for c in raw)
    lead = raw.lstrip()[:1]
    if _IPV4.fullmatch(raw.strip()):
        return False
    if digits >= 10:
        return True
    if digits >= 9 and lead in ("0", "+", "("):
        return True
    return digits >= 8 and lead == "+"


# The letter O typed for a nought inside a run of digits ("07700 9OO123", "o7700 900123"): read
# as a nought, one character for one, so every offset still points at what was typed.
_OH = re.compile(
    r"(?<![a-z])[oO](?=[oO]*\d)(?=[oO\d\s.\-]{6})|(?<=\d)[oO]+(?![a-z])"
    r"|(?<=\d)[oO]+(?=[\d\s.\-])",
    re.I,
)
# ``_OH`` with its first "o" consumed before each look-behind, which then reads one character
# further back: the search jumps from one "o" to the next, where ``_OH`` (every alternative
# opening with a look-behind) tries every character. The same matches, one test holds.
_OH_LED = re.compile(
    r"(?-i:[oO])(?:(?<![a-z].)(?=[oO]*\d)(?=[oO\d\s.\-]{6})|(?<=\d.)[oO]*(?![a-z])"
    r"|(?<=\d.)[oO]*(?=[\d\s.\-]))",
    re.I,
)


# A number said in words ("oh seven seven double oh, nine double oh one two three"), with digits
# among them or not: ten digits or more, three of them words, is a phone number.
_SAID = ("zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine")  # fmt: skip
#: Two number words side by side, one of which every number said in words holds ("o" alone is
#: left out: "to one", "so two" hold it, where a number has a run of words to find).
SAID_CUES = tuple(f"{a} {b}" for a in _SAID for b in _SAID if "o" not in (a, b))
_SAID_TOKEN = r"(?:(?:double |triple )?(?:" + "|".join(_SAID) + r")|\d+)"
_SAID_RUN = re.compile(  # read in lower case
    r"(?<!\w)" + _SAID_TOKEN + r"(?:[\s,.\-]+" + _SAID_TOKEN + r"){4,}(?!\w)"
)
_SAID_PART = re.compile(r"[a-z]+|\d+")


def find_said(text: str):
    """Phone numbers said in words; the caller has found two number words side by side."""
    for m in _SAID_RUN.finditer(text.lower()):
        digits = words = 0
        times = 1
        for token in _SAID_PART.findall(m.group()):
            if token == "double" or token == "triple":
                times = 2 if token == "double" else 3
                continue
            if token.isdigit():
                digits += len(token) * times
            else:
                digits += times
                words += 1
            times = 1
        if digits >= 10 and words >= 3:
            yield m.start(), m.end(), 0.85, "a phone number said in words"


# Every character a number can hold: digits, white space, the matcher's punctuation (a class
# with ranges of dashes in it, so it is read as the pattern reads it), its leading "+" and
# brackets, and those of the extensions the matcher reads after a number ("ext. 12", "int 3",
# ";ext=4", "x 5", "#"), with what it reads after one (":" of a time stamp).
_REACH = re.compile(
    rf"[{_PUNCT}\d\s" + re.escape("(（[［extensióｅｘｔｎдобaint;=#＃~～:.．,") + "]"
)

# A run of them, however short: where a window's edge stops, read in one match rather than a
# character at a time.
_REACH_RUN = re.compile(_REACH.pattern + "*")


def _windows(text: str, folded: bytes | None = None) -> list[tuple[int, int]]:
    """The stretches of ``text`` where a phone number can be: each run of seven digits
    (``_SEED``; read in ``folded``, the text's bytes with every digit as "0", where the text is
    all ASCII and the caller has them) widened over every character a number can hold,
    merged where they meet. The matcher (tens of microseconds a candidate) then reads these
    alone, not every "15" and "2nite" of a long chat; it finds in them exactly what it finds in
    the whole text:

    - no candidate crosses the character before a window, which is none of those characters
      and no letter of an extension ("ext 12"), so the matcher's search reaches the window's
      start as it would reach it in the whole text;
    - each window ends after the last character a candidate starting in it can take, so every
      candidate, and what the matcher reads after one (the seconds of a time stamp), is whole.
    Every number the matcher returns that ``_is_phone_shaped`` keeps, and every one
    ``_SPREAD_UK`` finds, has seven such digits, so it lies in a window."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    backwards = ""  # the text reversed, made for the first window: its runs read backwards
    seeds = _SEED.finditer(text) if folded is None else _SEED_FOLDED.finditer(folded)
    for m in seeds:
        start, end = m.span()
        if windows and start < windows[-1][1]:
            continue  # already inside the last window
        if start:
            backwards = backwards or text[::-1]
            start = n - _REACH_RUN.match(backwards, n - start).end()
        end = _REACH_RUN.match(text, end).end()
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


def _noughts(m: re.Match) -> str:
    return "0" * len(m.group())


def _folded(text: str) -> bytes | None:
    """The text's characters as bytes, one a character, every digit as "0" and "O" as "o"; a
    character outside ASCII as "?", where none of them is one the patterns or the matcher read
    as more than no part of a number (``_REACH``: a digit, white space, the matcher's
    punctuation, an extension's letters), as "?" is read. None where one is (a digit in another
    script, a dash, a full-width bracket)."""
    read = as_ascii(text, _REACH)
    return None if read is None else read.encode().translate(_DIGITS_AS_NOUGHT)


def find(text: str, region: str = "GB"):
    # One pass in C over the bytes, every digit read as "0" and "O" as "o" (``_folded``):
    # whether an "o" stands beside a digit (every match of ``_OH_LED`` has one), and how many
    # digits there are.
    folded = _folded(text)
    if (folded is None or b"o0" in folded or b"0o" in folded) and _OH_LED.search(text):
        text = _OH_LED.sub(_noughts, text)
        folded = None
    digits = folded.count(b"0") if folded is not None else len(_DIGITS.findall(text))
    if digits < 7:
        return  # every number either pattern finds, and so every window, holds seven
    windows = _windows(text, folded)
    if not windows:
        return
    uk = [(m.start(), m.end()) for a, b in windows for m in _SPREAD_UK.finditer(text, a, b)]
    if uk and digits - sum(len(_DIGITS.findall(text, a, b)) for a, b in uk) < 7:
        # Every number here is a UK number the pattern has found, and too few digits are left
        # for any other: the matcher has nothing to add.
        for a, b in uk:
            yield a, b, 0.9, "a phone number"
        return
    spans = []
    # A chat gives its number again and again: each window's text is read by the matcher once
    # (what it finds depends on that text alone), and the numbers found are placed at each.
    read: dict[str, list[tuple[int, int]]] = {}
    for start, end in windows:
        piece = text[start:end]
        found = read.get(piece)
        if found is None:
            found = read[piece] = [
                (match.start, match.end)
                for match in phonenumbers.PhoneNumberMatcher(
                    piece, region, leniency=Leniency.POSSIBLE
                )
                if _is_phone_shaped(match.raw_string)
            ]
        spans += [(start + a, start + b) for a, b in found]
    for a, b in spans:
        yield a, b, 0.95, "a phone number"
    j = 0  # both lists run left to right: one pass finds the overlaps
    for a, b in uk:
        while j < len(spans) and spans[j][1] <= a:
            j += 1
        if j == len(spans) or spans[j][0] >= b:
            yield a, b, 0.9, "a phone number"
