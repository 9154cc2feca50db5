"""Searching with a class where a pattern would look behind.

A pattern that opens with a look-behind ("(?<![\\w@.])") or a word boundary is tried at every
character of the text: Python's engine has no first character to jump to. Written instead to
open with a class that consumes the character before the match ("[^\\w@.]", "\\W"), it is tried
only where that class matches, and a look-ahead can name the letters a match opens with. Such a
"led" pattern is searched in the text with ``PAD`` before it, which stands for the start of the
text (the class must match it), by ``led``: the technique of the phrase lists' padded form
(``lexicon._PADDED``), for patterns of other shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import ahocorasick_rs

from chaperone.screening.lexicon import PAD, opening_letters

__all__ = [
    "PAD",
    "AnyOf",
    "Cues",
    "Led",
    "as_ascii",
    "ascii_finds",
    "ascii_twin",
    "classes",
    "has_digit",
    "led",
    "led_at",
]

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = b"0123456789"


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (``\\d``): an ASCII text's bytes lose none when its
    digits are deleted, in one pass in C that costs a fraction of the search, which tests a
    Unicode category at every character."""
    if text.isascii():
        return len(text.encode().translate(None, _ASCII_DIGITS)) != len(text)
    return _DIGIT.search(text) is not None


_ASCII_BYTES = bytes(range(128))


def as_ascii(text: str, reads: re.Pattern) -> str | None:
    """``text`` as patterns written in ASCII ranges read it, one character a character: the
    text itself where it is all ASCII; where no character of it outside ASCII is one ``reads``
    finds (the characters outside ASCII the patterns read as more than "?": a digit, white
    space, a word character), the text with each such character as "?"; else None. The
    characters outside ASCII are found by deleting every ASCII byte from the text's UTF-8 (one
    pass in C)."""
    if text.isascii():
        return text
    outside = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    if reads.search(outside.decode("utf-8", "surrogatepass")):
        return None
    return text.encode("ascii", "replace").decode()


class AnyOf:
    """Whether a text holds any of a few strings (``any(map(text.__contains__, strings))``),
    read in one pass of a small Aho-Corasick automaton (the Rust crate behind
    ``ahocorasick_rs``), where the substring tests read the text once a string, each with a
    Python call. Measured faster at every length, from a chat turn of a few characters (four
    strings: 0.17 against 0.25 microseconds; thirteen: 0.17 against 0.58) to a chat segment of
    seven thousand (ten strings: 14 against 24)."""

    __slots__ = ("_find", "strings")

    def __init__(self, strings):
        self.strings = tuple(strings)
        self._find = ahocorasick_rs.AhoCorasick(list(self.strings)).find_matches_as_indexes

    def __call__(self, text: str) -> bool:
        # Every occurrence, overlaps included: the crate reads a text that way a fifth faster
        # than for the leftmost matches alone (which must choose between matches), and the
        # answer is the same.
        try:
            return bool(self._find(text, overlapping=True))
        except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
            return any(map(text.__contains__, self.strings))

    def starts(self, text: str) -> list[int]:
        """Every offset where one of the strings begins in ``text``, in order, each once."""
        try:
            found = {start for _, start, _ in self._find(text, overlapping=True)}
        except UnicodeEncodeError:
            found = set()
            for string in self.strings:
                at = text.find(string)
                while at >= 0:
                    found.add(at)
                    at = text.find(string, at + 1)
        return sorted(found)


class Cues:
    """Which of a few named groups of strings a text holds, in one pass of a small automaton,
    for a recogniser that tests a text for several such groups (each what one of its patterns
    needs): one pass where each group's test read the text again."""

    __slots__ = ("_find", "_groups", "_of")

    def __init__(self, groups: dict[str, tuple[str, ...]]):
        self._groups = {name: tuple(strings) for name, strings in groups.items()}
        strings = sorted({string for group in self._groups.values() for string in group})
        self._of = [
            frozenset(name for name, group in self._groups.items() if string in group)
            for string in strings
        ]
        self._find = ahocorasick_rs.AhoCorasick(
            strings, implementation=ahocorasick_rs.Implementation.DFA
        ).find_matches_as_indexes

    def __call__(self, text: str) -> set[str]:
        """The names of the groups one of whose strings ``text`` holds."""
        try:
            hits = self._find(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
            return {
                name for name, group in self._groups.items() if any(map(text.__contains__, group))
            }
        found: set[str] = set()
        for number, _, _ in hits:
            found |= self._of[number]
        return found


class Led(NamedTuple):
    """A led pattern, compiled twice: with its class as written (``\\W``, ``[^\\w@.]``), and
    with the same class in ASCII ranges for a text all in ASCII (``str.isascii`` costs
    nothing), where the engine tests a range in a fraction of the time a Unicode category
    takes. Under ``re.I``, write the ASCII class as ``(?-i:...)``: a class of cased letters
    read ignoring case is not one the engine can jump to."""

    pattern: re.Pattern
    ascii: re.Pattern

    @classmethod
    def compile(cls, lead: str, ascii_lead: str, body: str, flags: int = 0) -> Led:
        """``lead`` (or ``ascii_lead``), a look-ahead at the letters ``body`` opens with
        (worked out from its parsed pattern, ``lexicon.opening_letters``), and ``body``: the
        plain pattern without its look-behind or word boundary."""
        ahead = f"(?={opening_letters(body, flags)})"
        return cls(
            re.compile(lead + ahead + body, flags), re.compile(ascii_lead + ahead + body, flags)
        )


def led(pattern: Led, text: str) -> Iterator[re.Match]:
    """The matches of a led ``pattern`` in ``PAD + text``, as ``finditer`` finds those of the
    plain pattern it stands for in ``text``: each search starts where the last match ended, so
    a match may begin right after the last (its class consumes the last one's final character).

    Each match's ``start()`` is the plain match's start in ``text`` (the consumed character is
    the one before it); its ``end()`` and its groups' offsets are one more than in ``text``."""
    padded = PAD + text
    search = (pattern.ascii if text.isascii() else pattern.pattern).search
    pos = 0
    while (m := search(padded, pos)) is not None:
        yield m
        pos = m.end() - 1


def led_at(pattern: Led, text: str, starts) -> Iterator[re.Match]:
    """``led(pattern, text)`` for a ``pattern`` none of whose matches can start at an offset of
    ``text`` not in ``starts`` (in order): the pattern is tried with ``match`` at those alone,
    each after the last match as ``led`` searches."""
    padded = PAD + text
    match = (pattern.ascii if text.isascii() else pattern.pattern).match
    pos = 0
    for start in starts:
        if start >= pos and (m := match(padded, start)) is not None:
            yield m
            pos = m.end() - 1


def classes(groups: dict[bytes, bytes]) -> bytes:
    """A ``bytes.translate`` table that reads each ASCII character as its class: every byte of
    a key of ``groups`` as its value (one byte), any other as a space."""
    table = bytearray(b" " * 256)
    for members, mark in groups.items():
        for byte in members:
            table[byte] = mark[0]
    return bytes(table)


def ascii_finds(text: str, table: bytes, needle: bytes) -> list[int] | None:
    """Every offset of ``text`` at which ``needle`` stands among its characters' classes
    (``table``, from ``classes``), overlaps included; None where ``text`` is not all ASCII.

    One translation and ``bytes.find`` cost a fraction of a nanosecond a character, where a
    pattern that opens with a class (one the engine cannot jump to by a literal) is tested at
    every character: for a long text, the places where such a pattern can match, found first,
    then tried alone."""
    if not text.isascii():
        return None
    read = text.encode().translate(table)
    found = []
    at = read.find(needle)
    while at >= 0:
        found.append(at)
        at = read.find(needle, at + 1)
    return found


def ascii_twin(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` for a text all in ASCII: its classes read as ASCII (``re.ASCII``), which the
    engine tests as ranges where a Unicode category (``\\d``, ``\\w``) costs it a lookup a
    character, and every ``\\s`` widened to the ASCII characters Python's Unicode ``\\s`` also
    takes (the separators "\\x1c"-"\\x1f"). The same matches in an ASCII text; written only for
    patterns with no ``\\s`` inside a class."""
    return re.compile(
        pattern.pattern.replace(r"\s", r"[\s\x1c-\x1f]"), pattern.flags & ~re.UNICODE | re.ASCII
    )
