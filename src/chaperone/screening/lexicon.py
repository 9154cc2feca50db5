"""Reviewed phrase lists, matched on the normalised ``words`` view.

Each entry is a regular expression over lower-case text with single spaces (the normaliser has
already folded leetspeak, look-alikes, spacing tricks and repeated letters) and a weight: how
strongly a hit suggests its category on its own. Lists are kept where the permissively licensed
training data is thin (self-harm, extremism, threats, sexual content, disclosures, grooming)
and are tested with tables of should-match and should-not-match sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

import ahocorasick_rs
import numpy as np

try:  # Python 3.11 keeps the regular-expression parser here
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _sre
    import sre_parse as _sre_parse


_MOST = 256  # the most strings a run of literals is read as
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)


def _literals(op, arg) -> set[str] | None:
    """The strings one parsed item can match when it is made of literals only (a letter, a
    class of letters, or alternatives of literals), or None. Kept small: at most 256."""
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in arg) and len(arg) <= 16:
        return {chr(c) for _, c in arg}
    if op is _sre.SUBPATTERN:
        return _run(arg[-1], _literals, _MOST)
    if op is _sre.BRANCH:
        return _either(arg[1], _literals, _MOST)
    return None


def _run(items, read, most: int) -> set[str] | None:
    """The strings a sequence of parsed items can match, each item read by ``read`` (one of
    ``_literals`` or ``_strings``), or None past ``most`` of them."""
    out = {""}
    for op, arg in items:
        strings = read(op, arg)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > most:
            return None
    return out


def _either(branches, read, most: int) -> set[str] | None:
    """The strings any of the alternatives can match, as ``_run`` reads each."""
    out: set[str] = set()
    for branch in branches:
        strings = _run(branch, read, most)
        if strings is None:
            return None
        out |= strings
    return out if len(out) <= most else None


def _rank(strings) -> tuple[int, float]:
    """Longer strings occur in fewer texts: the shortest first, then the mean length."""
    lengths = list(map(len, strings))
    return min(lengths), sum(lengths) / len(lengths)


def _required(items) -> frozenset[str] | None:
    """Strings of which every match of the parsed pattern ``items`` contains at least one, or
    None when no such set can be proved. Used to skip a list's regex on texts that hold none of
    them: a text with no trigger cannot match, so the skip never loses a hit (a test checks it
    over the lists' own should-match tables and random sentences).

    Runs of literals are read as sets of strings, so ``(?:i'm|im|i am)`` (which the parser
    stores as "i" followed by alternatives) gives the triggers "i'm", "im" and "i am"."""
    best: frozenset[str] | None = None

    def consider(candidate) -> None:
        nonlocal best
        if candidate and min(map(len, candidate)) >= 2:
            candidate = frozenset(candidate)
            if best is None or _rank(candidate) > _rank(best):
                best = candidate

    run: set[str] = {""}
    for op, arg in list(items) + [(None, None)]:
        strings = _literals(op, arg) if op is not None else None
        if strings is not None and len(run) * len(strings) <= _MOST:
            run = {a + b for a in run for b in strings}
            continue
        consider(run)
        run = {""}
        if strings is not None:  # too many combinations: start a new run with this item
            run = set(strings)
            continue
        if op is _sre.SUBPATTERN:
            consider(_required(arg[-1]))
        elif op is _sre.BRANCH:
            parts = [_required(branch) for branch in arg[1]]
            if all(parts):
                consider(frozenset().union(*parts))
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    return best


_GATE_MOST = 1024  # the most strings one condition of the gate is read as
_ZERO_WIDTH = frozenset({_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT})


def _strings(op, arg) -> set[str] | None:
    """Like ``_literals``, for the gate's conditions (``_conditions``): the strings one parsed
    item can match, or None, with more kinds of item read. A short range ("1[0-7]") is its
    characters; a look-around or an anchor matches the empty string (what it asserts only
    narrows where a match may be); an optional or twice-repeated run of literals ("i'?ll",
    "(?:the )?") matches each number of copies it allows. A group with inline flags is not
    read: ``(?i:...)`` would widen its letters."""
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.IN:  # a class of letters and short ranges ("[0-7]"), sixteen at most
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 16:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None
        return chars if len(chars) <= 16 else None
    if op in _ZERO_WIDTH:
        return {""}
    if op is _sre.SUBPATTERN:
        return None if arg[1] or arg[2] else _run(arg[-1], _strings, _GATE_MOST)
    if op is _sre.BRANCH:
        return _either(arg[1], _strings, _GATE_MOST)
    if op in _REPEATS and arg[1] <= 2:
        body = _run(arg[2], _strings, _GATE_MOST)
        if body is None:
            return None
        out, copies = set(), {""}
        for n in range(arg[1] + 1):
            if n >= arg[0]:
                out |= copies
            copies = {a + b for a in copies for b in body}
            if len(copies) > _GATE_MOST:
                return None
        return out if len(out) <= _GATE_MOST else None
    return None


def _conditions(items) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed pattern ``items`` contains one string
    of each set: a condition for each run of literals, each group and each repeated part that
    a match cannot do without. Where ``_required`` keeps the best set of strings it can prove
    of the whole pattern, these are sets for its parts: "i'll hurt you" gives "i'll " (or
    another way of saying it) and "hurt you" (or another), and the gate keeps the rarer."""
    out: list[frozenset[str]] = []
    run: set[str] = {""}
    for op, arg in [*items, (None, None)]:
        strings = _strings(op, arg) if op is not None else None
        if strings is not None and len(run) * len(strings) <= _GATE_MOST:
            run = {a + b for a in run for b in strings}
            continue
        out.append(frozenset(run))
        run = set(strings) if strings is not None else {""}
        if strings is not None:
            continue
        if op is _sre.SUBPATTERN and not (arg[1] or arg[2]):
            out += _conditions(arg[-1])
        elif op is _sre.BRANCH:
            # Each alternative's strongest condition; a match takes one of the alternatives.
            best = [max(_conditions(branch), key=_rank, default=None) for branch in arg[1]]
            if all(best):
                out.append(frozenset().union(*best))
        elif op in _REPEATS and arg[0] >= 1:
            out += _conditions(arg[2])
    # A condition that holds "" or a single character tells almost nothing: left out.
    return [c for c in out if c and min(map(len, c)) >= 2]


def _gate_conditions(parsed, triggers: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    """The condition of one entry for the gate: the rarest (``_rank``) of its triggers
    (``_required``) and every other condition ``_conditions`` proves, leaving out one implied
    by another (a set that holds all the strings of another set holds whenever the other
    does); none where nothing is proved.

    One, not every condition proved: a text holds the others of most entries anyway ("her",
    "im", "have", " for "), so they barely narrow which entries run, while the gate's pass
    finds every place each of their strings stands, and each hit is read (in chat segments,
    16 hits a segment with the rarest alone, 57 with up to four; in tweets, 2.8 and 6.8). With
    the rarest condition alone, the whole engine ran about a tenth faster on chat segments and
    a twentieth on tweets, finding the same."""
    if parsed.state.flags & re.IGNORECASE:
        return (triggers,) if triggers else ()
    found = list(dict.fromkeys([*([triggers] if triggers else []), *_conditions(parsed)]))
    # The first of equals in the order found, so the same on every run.
    rarest = max((c for c in found if not any(o < c for o in found)), key=_rank, default=None)
    return (rarest,) if rarest else ()


_WRAP = r"(?<![a-z])(?:{})(?![a-z])"
#: The same, read on the text with a line break before it: the character before a match is
#: consumed rather than looked behind at. A pattern that opens with a look-behind is tried at
#: every character; one that opens with a class is tried only where the class matches, and the
#: look-ahead at the first four characters a match can open with (``_openings``: "kill|sh(?:it|
#: ag)") leaves few tries to run.
#: ``search("\\n" + text, pos)`` then finds the match ``_WRAP`` finds from ``pos``, one
#: character longer at its start: offsets in the padded text are those of the text, but for the
#: end. "^" matches after the line break (``re.M``), so only texts with no line break of their
#: own are read this way; the normaliser's words view has none.
_PADDED = r"[^a-z](?={})(?:{})(?![a-z])"
#: What a padded (or led, ``scan.led``) form reads before the text: it stands for the start.
PAD = "\n"
_CLASSES = {
    getattr(_sre, f"CATEGORY_{name}"): re.compile(regex)
    for name, regex in [("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"),
                        ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W")]
}  # fmt: skip


def _nested(op, arg) -> list:
    """The parsed sequences inside one parsed item: a group's, each alternative, a repeated
    part, a look-around's."""
    if op is _sre.SUBPATTERN:
        return [arg[-1]]
    if op is _sre.BRANCH:
        return list(arg[1])
    if op in _REPEATS:
        return [arg[2]]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [arg[1]]
    return []


def _first_letters(items) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of the parsed ``items`` can open with (None: not known, as for
    "." or "\\w"), and whether it can match the empty string."""
    out: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            return frozenset(out | {chr(arg)}), False
        if op is _sre.IN:
            for kind, value in arg:
                if kind is _sre.LITERAL:
                    out.add(chr(value))
                elif kind is _sre.RANGE:
                    out.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False
            return frozenset(out), False
        if op in _ZERO_WIDTH:
            continue  # narrows where a match may be, consumes nothing
        if (op is _sre.SUBPATTERN and (arg[1] or arg[2])) or not _nested(op, arg):
            return None, False
        empty = op in _REPEATS and arg[0] == 0
        for branch in _nested(op, arg):
            first, can_be_empty = _first_letters(branch)
            if first is None:
                return None, False
            out |= first
            empty |= can_be_empty
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _opens_with(items, ch: str) -> bool:
    """Whether a match of the parsed ``items`` may open with ``ch`` (True where not sure)."""
    for op, arg in items:
        if op is _sre.LITERAL:
            return chr(arg) == ch
        if op is _sre.NOT_LITERAL:
            return chr(arg) != ch
        if op is _sre.ANY:
            return ch != "\n"
        if op is _sre.IN:
            found, negate = False, False
            for kind, value in arg:
                if kind is _sre.NEGATE:
                    negate = True
                elif kind is _sre.LITERAL:
                    found |= chr(value) == ch
                elif kind is _sre.RANGE:
                    found |= value[0] <= ord(ch) <= value[1]
                elif kind is _sre.CATEGORY and value in _CLASSES:
                    found |= _CLASSES[value].match(ch) is not None
                else:
                    return True
            return found != negate
        if op in _ZERO_WIDTH:
            continue
        if (op is _sre.SUBPATTERN and (arg[1] or arg[2])) or not _nested(op, arg):
            return True
        branches = _nested(op, arg)
        if any(_opens_with(branch, ch) for branch in branches):
            return True
        if not (op in _REPEATS and arg[0] == 0) and all(b.getwidth()[0] for b in branches):
            return False  # this part consumes a character, and opens with none that is ``ch``
    return False


def _reads_the_pad(items) -> bool:
    """Whether the parsed ``items`` hold an anchor at the very start ("\\A") or a look-behind
    that could read the pad (``PAD``) as a character: those would match differently on the
    padded text."""
    for op, arg in items:
        if op is _sre.AT and arg is _sre.AT_BEGINNING_STRING:
            return True
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) and arg[0] < 0 and _opens_with(arg[1], PAD):
            return True
        if any(map(_reads_the_pad, _nested(op, arg))):
            return True
    return False


def _opening(parsed) -> str | None:
    """A class of the characters every match of the parsed pattern opens with ("[bdhs]"), for a
    look-ahead in front of it; None where they are not known or it can match the empty string."""
    first, empty = _first_letters(parsed)
    if first is None or empty or not first:
        return None
    return "[" + "".join(map(re.escape, sorted(first))) + "]"


#: How many characters ``_openings`` reads a match's opening as, and the most strings it keeps.
_OPENING_LENGTH = 4
_OPENINGS_MOST = 512


def _opening_strings(items, length: int):
    """The strings the parsed ``items`` can open a match with, each at most ``length``
    characters long, as (open, closed): an open string is all the items can match (what follows
    them goes on from it), a closed one only how a match of them begins (its first ``length``
    characters, or fewer where the next part is not read: a class with a category, "." or a
    repeat read once). None past ``_OPENINGS_MOST`` strings."""
    opened, closed = {""}, set()
    for op, arg in items:
        if not opened:
            break
        if op is _sre.LITERAL:
            parts = ({chr(arg)}, set())
        elif op is _sre.IN:
            chars = _class_chars(arg)
            parts = (chars, set()) if chars is not None else (set(), {""})
        elif op in _ZERO_WIDTH:
            continue  # narrows where a match may be, consumes nothing
        elif op is _sre.SUBPATTERN and not (arg[1] or arg[2]):
            parts = _opening_strings(arg[-1], length)
        elif op is _sre.BRANCH:
            parts = (set(), set())
            for branch in arg[1]:
                found = _opening_strings(branch, length)
                if found is None:
                    return None
                parts[0].update(found[0])
                parts[1].update(found[1])
        elif op in _REPEATS:
            low, high, body = arg
            found = _opening_strings(body, length)
            if found is None:
                return None
            once = found[0] | found[1]
            # One copy read; past it, where more may follow, the match is only begun.
            parts = (set(found[0]), set(found[1])) if high == 1 else (set(), once)
            if low == 0:
                parts[0].add("")
        else:
            parts = (set(), {""})  # not read: the match goes on in a way not worked out
        if parts is None:
            return None
        going, ending = set(), set()
        for start in opened:
            for more in parts[0]:
                joined = start + more
                (ending if len(joined) >= length else going).add(joined[:length])
            for more in parts[1]:
                ending.add((start + more)[:length])
        closed |= ending
        opened = going
        if len(opened) + len(closed) > _OPENINGS_MOST:
            return None
    return opened, closed


def _class_chars(arg, most: int = 64) -> set[str] | None:
    """The characters of a parsed class of letters and ranges ("[A-Za-z]"), or None for one
    with a category, a negation or more than ``most`` characters."""
    chars: set[str] = set()
    for kind, value in arg:
        if kind is _sre.LITERAL:
            chars.add(chr(value))
        elif kind is _sre.RANGE and value[1] - value[0] < most:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars if len(chars) <= most else None


def _tree(strings) -> str:
    """A pattern that matches where one of ``strings`` (none empty) begins, written as a tree
    of their first characters: the engine skips an alternative by its first character."""
    if "" in strings:
        return ""  # a shorter string is met wherever a longer one is
    groups: dict[str, set[str]] = {}
    for string in strings:
        groups.setdefault(string[0], set()).add(string[1:])
    parts = []
    for first in sorted(groups):
        rest = groups[first]
        branches = "" not in rest and len({string[0] for string in rest}) > 1
        parts.append(re.escape(first) + (f"(?:{_tree(rest)})" if branches else _tree(rest)))
    return "|".join(parts)


def _openings(parsed) -> str | None:
    """A pattern for a look-ahead in front of the parsed pattern: where a match can begin, read
    as its first ``_OPENING_LENGTH`` characters; ``_opening``'s class where those are too
    many to keep or not all known. None where not even the first is known or it can match the
    empty string."""
    found = _opening_strings(parsed, _OPENING_LENGTH)
    strings = found[0] | found[1] if found is not None else {""}
    if not strings or "" in strings:
        return _opening(parsed)  # the first characters alone, where they are known
    return _tree(strings)


def opening_letters(regex: str, flags: int = 0) -> str:
    """``_opening`` of ``regex``; ValueError where it has none."""
    letters = _opening(_sre_parse.parse(regex, flags))
    if letters is None:
        raise ValueError(f"no known first letters: {regex[:60]!r}")
    return letters


def _padded(regex: str) -> re.Pattern | None:
    """``regex`` in the padded form (``_PADDED``), or None where that could change its matches:
    it can match the empty string, opens with a character not known, or reads the pad."""
    parsed = _sre_parse.parse(regex)
    letters = _openings(parsed)
    if letters is None or _reads_the_pad(parsed):
        return None
    return re.compile(_PADDED.format(letters, regex), re.M)


@dataclass(frozen=True, slots=True)
class PhraseList:
    """A list of named entries matched as one alternation of whole words.

    Each entry carries its triggers: strings every match of it must contain (proved from the
    regex, see ``_required``), and its condition for the gate: the rarest of the triggers and
    the other such sets proved the same way (``_gate_conditions``). One Aho-Corasick pass over
    a text finds which entries of every list can match at all (those with their condition met),
    and only those entries' alternatives are run, in the list's order, so the hits are exactly
    those of the whole list's pattern. An entry with no condition that can be proved always
    runs.

    The list's order is strongest entry first, so that where two could read the same words
    ("no point" as low mood, "no point living" as not wanting to live), the stronger reading
    is the one reported."""

    category: str
    rule: str
    why: str
    pattern: re.Pattern
    weights: dict[str, float]  # group name -> weight
    entry_triggers: tuple[frozenset[str] | None, ...] = ()
    parts: tuple[str, ...] = ()
    always: int = 0  # bit mask of the entries that have no triggers and always run
    # The gate: every condition of the list (``_gate_conditions``), and for each entry the bit
    # mask of the conditions it needs; ``entries_for`` keeps what it has worked out.
    conditions: tuple[frozenset[str], ...] = ()
    needs: tuple[int, ...] = ()
    gated: dict = field(default_factory=dict)  # conditions met -> entries that can match
    names: tuple[str, ...] = ()  # entry names, in the list's order
    compiled: dict = field(default_factory=dict)  # (entry, plain) -> pattern (``_entry``)
    plans: dict = field(default_factory=dict)  # (entries, plain) -> patterns (``_plan``)
    # For reading an entry only round the places its strings stand (``_windows``): each
    # entry's widest match, condition and lead (``_reach``).
    reaches: dict = field(default_factory=dict)

    @classmethod
    def build(cls, category: str, rule: str, why: str, entries: dict[str, tuple[float, str]]):
        entries = dict(sorted(entries.items(), key=lambda item: -item[1][0]))
        parts = tuple(f"(?P<{name}>{regex})" for name, (_, regex) in entries.items())
        pattern = re.compile(_WRAP.format("|".join(parts)))
        parsed = [_sre_parse.parse(_WRAP.format(p)) for p in parts]
        entry_triggers = tuple(map(_required, parsed))
        gates = [_gate_conditions(*pair) for pair in zip(parsed, entry_triggers, strict=True)]
        conditions = tuple(dict.fromkeys(c for gate in gates for c in gate))
        needs = tuple(sum(1 << conditions.index(c) for c in gate) for gate in gates)
        always = sum(1 << i for i, need in enumerate(needs) if not need)
        made = cls(category, rule, why, pattern, {n: w for n, (w, _) in entries.items()},
                   entry_triggers, parts, always, conditions=conditions,
                   needs=needs, names=tuple(entries))  # fmt: skip
        _REGISTRY.append(made)
        _GATE.clear()
        forget_seen()
        return made

    def may_match(self, fired: dict) -> bool:
        """Whether the gate leaves any entry to run on the text ``fired`` is ``triggered`` of:
        False means the list cannot match it."""
        return bool(self.always) or id(self) in fired

    def entries_for(self, met: int) -> int:
        """The bit mask of the entries all of whose conditions are in ``met``."""
        mask = self.gated.get(met)
        if mask is None:
            mask = sum(1 << i for i, need in enumerate(self.needs) if need & met == need)
            if len(self.gated) < 4096:
                self.gated[met] = mask
        return mask

    def _entry(self, i: int, plain: bool = False) -> tuple[re.Pattern, int]:
        """Entry ``i`` alone (``i`` = -1: the whole list), compiled on first use, and 1 when it
        is in the padded form (``_PADDED``), else 0. Padded where that finds the same matches,
        unless ``plain``; else wrapped as in the whole list's pattern."""
        found = self.compiled.get((i, plain))
        if found is None:
            regex = "|".join(self.parts) if i < 0 else self.parts[i]
            padded = None if plain else _padded(regex)
            if padded:
                found = (padded, 1)
            else:
                found = (self.pattern if i < 0 else re.compile(_WRAP.format(regex)), 0)
            self.compiled[i, plain] = found
        return found

    def _plan(self, mask: int, plain: bool) -> tuple[list[tuple[re.Pattern, int]], bool, list]:
        """The patterns ``named_hits`` runs for the entries in ``mask`` (each as ``_entry``
        gives it; the whole list's where ``mask`` holds every entry), whether any is padded,
        and the entries' numbers (-1: the whole list): worked out once for each set of
        entries."""
        plan = self.plans.get((mask, plain))
        if plan is None:
            chosen = [i for i in range(len(self.parts)) if mask >> i & 1]
            if len(chosen) == len(self.parts):
                chosen = [-1]
            patterns = [self._entry(i, plain) for i in chosen]
            plan = (patterns, any(pad for _, pad in patterns), chosen)
            if len(self.plans) < 4096:
                self.plans[mask, plain] = plan
        return plan

    def named_hits(self, text: str, fired: dict | None = None, among: int = -1):
        """(start, end, weight, entry name) for every match in ``text``; ``fired`` is
        ``triggered(text)`` when the caller has it already; ``among``, a bit mask of the
        entries to read (all of them, unless given): the others are not run, and a match of
        theirs hides nothing.

        The hits are those of the whole list's pattern, run over the entries the gate leaves:
        that pattern when it leaves them all; else each entry's own pattern (compiled once, where
        compiling every combination the gate can leave cost milliseconds each time a new one
        came up), merged as the alternation's ``finditer`` would pick them: the leftmost match
        wins, the entry listed first where two start together, and the next search starts
        where the last hit ended. Each pattern runs in the padded form where it has one."""
        mask = (
            (triggered(text) if fired is None else fired).get(id(self), 0) | self.always
        ) & among
        if not mask:
            return
        plain = PAD in text
        patterns, any_pad, chosen = self._plan(mask, plain)
        if len(patterns) == 1 and not any_pad:
            for m in patterns[0][0].finditer(text):
                yield m.start(), m.end(), self.weights[m.lastgroup], m.lastgroup
            return
        padded = PAD + text if any_pad else text
        # Where a padded entry's matches can start, in a long text: None, the whole text.
        hits = _HITS.get(text) if any_pad and len(text) >= _WINDOWS_FROM else None
        where = self._windows(chosen, patterns, hits, text) if hits else None
        if where is None and len(patterns) == 1:
            # One padded pattern over the whole text (most short texts): the loop below with
            # nothing to merge, each search from where the last hit ended.
            search = patterns[0][0].search
            pos = 0
            while (m := search(padded, pos)) is not None:
                start, end, name = m.start(), m.end() - 1, m.lastgroup
                yield start, end, self.weights[name], name
                pos = end if end > start else end + 1
            return
        # Each entry's next match: (start, end, name) in the text's offsets; to start with, one
        # before the text, so that the first round searches every entry from its start.
        ahead = [(-1, -1, None)] * len(patterns)
        pos = 0
        while True:
            best = -1
            for k, hit in enumerate(ahead):
                if hit is not None and hit[0] < pos:
                    pattern, pad = patterns[k]
                    if where is None or where[k] is None:
                        m = pattern.search(padded if pad else text, pos)
                    else:
                        m = _search_within(pattern, padded, pos, *where[k])
                    hit = ahead[k] = None if m is None else (m.start(), m.end() - pad, m.lastgroup)
                if hit is not None and (best < 0 or hit[0] < ahead[best][0]):
                    best = k
            if best < 0:
                return
            start, end, name = ahead[best]
            yield start, end, self.weights[name], name
            pos = end if end > start else end + 1

    def _reach(self, i: int) -> tuple[int, int, int, re.Pattern] | None:
        """Entry ``i``'s widest match as ``_width`` gives it, the bit of its condition (the
        rarest proved, ``_gate_conditions``), whose strings it is read round, and a pattern
        that finds where its padded form can begin (the class before the match and the
        look-ahead at its openings, without the body); None where its matches have no such
        bound, it has no condition or no padded form. Worked out once."""
        found = self.reaches.get(i, False)
        if found is False:
            found = None
            parsed = _sre_parse.parse(self.parts[i])
            letters = _openings(parsed)
            width = _width(parsed)
            need = self.needs[i]
            if letters is not None and width is not None and need and self._entry(i)[1]:
                found = (*width, need, re.compile(_LEAD.format(letters)))
            self.reaches[i] = found
        return found

    def _windows(self, chosen: list, patterns: list, hits: list, text: str) -> list | None:
        """For each of the ``chosen`` entries, where in ``text`` its matches can start, given
        the gate's ``hits`` in it: ((first, last) of each stretch of starts, lead pattern) or
        None, to search the whole text. None for all of them where none is worth reading this
        way.

        Every match of an entry holds one of the strings of each of its conditions, so it
        starts within its widest match before the end of one of them, and no later than that
        string's start. An entry whose stretches cover more than half the text, or whose widest
        match in this text is wider than ``_WIDEST``, reads it whole."""
        found = _strings_found(text, hits).get(id(self), ())
        size = len(text)
        out = []
        for i, (_, pad) in zip(chosen, patterns, strict=True):
            reach = self._reach(i) if i >= 0 and pad else None
            if reach is not None:
                fixed, runs, bit, lead = reach
                widest = fixed + runs * _longest_run(text) if runs else fixed
            if reach is None or widest > _WIDEST:
                out.append(None)
                continue
            spans = sorted(
                (end - widest if end > widest else 0, start)
                for start, end, bits in found
                if bits & bit
            )
            merged: list[list[int]] = []
            for first, last in spans:
                if merged and first <= merged[-1][1] + 1:
                    if last > merged[-1][1]:
                        merged[-1][1] = last
                else:
                    merged.append([first, last])
            if sum(last - first + 1 for first, last in merged) * 2 > size:
                out.append(None)
            else:
                out.append((merged, lead))
        return out if any(w is not None for w in out) else None

    def hits(self, text: str, fired: dict | None = None):
        """(start, end, weight) for every match in ``text``."""
        for start, end, weight, _ in self.named_hits(text, fired):
            yield start, end, weight


_REGISTRY: list[PhraseList] = []
_GATE: dict[str, object] = {}
_EXTRA: dict[str, frozenset[str]] = {}
_SEEN: dict[str, dict] = {}  # text -> what ``triggered`` found, for the texts of a batch
_SEEN_LIMIT = 4096
#: For the long texts of ``_SEEN``, the gate's hits: (string number, start, end) of every
#: string found, for ``PhraseList._windows``.
_HITS: dict[str, list] = {}
#: Texts shorter than this are read whole: reading round each string costs more than it saves.
#: (Measured on every chat segment, two levels timed at once: once a batch's lists each read
#: the whole batch in turn, from 512 characters the whole engine ran about 4% faster than from
#: 2,048, and 2% faster than from 1,024; from 256, no faster again. In texts of 3,000
#: characters and more, reading round the strings takes about a fifth off the whole engine's
#: time.)
_WINDOWS_FROM = 512
#: An entry whose matches can be wider than this is read over the whole text.
_WIDEST = 160
_LONGEST: dict[str, int] = {}  # text -> ``_longest_run``, for the texts of ``_HITS``
_FOUND: dict[str, dict] = {}  # text -> ``_strings_found``, for the texts of ``_HITS``


def _strings_found(text: str, hits: list) -> dict[int, list[tuple[int, int, int]]]:
    """For each list (by ``id``), the (start, end, bit mask of its conditions) of every one
    of its strings the gate's ``hits`` found in ``text``: sorted once a text for every list."""
    found = _FOUND.get(text)
    if found is None:
        found = _FOUND[text] = {}
        in_lists = _GATE["in_lists"]
        for number, start, end in hits:
            for owner, mask in in_lists[number]:
                spots = found.get(owner)
                if spots is None:
                    found[owner] = [(start, end, mask)]
                else:
                    spots.append((start, end, mask))
    return found


def _longest_run(text: str) -> int:
    """At least the longest run of word characters (``\\w``) in ``text``: its longest stretch
    without a space, which holds any such run whole. Read from the offsets of its spaces in
    numpy (a long text is read here), where splitting it made a string of every word."""
    found = _LONGEST.get(text)
    if found is None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        spaces = np.flatnonzero(codes == 32)
        if not len(spaces):
            found = len(text)
        else:  # before the first space, between two, after the last
            found = max(int(spaces[0]), len(text) - 1 - int(spaces[-1]))
            if len(spaces) > 1:
                found = max(found, int(np.diff(spaces).max()) - 1)
        _LONGEST[text] = found
    return found


_REPEAT_OPS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))
_ONE_CHARACTER = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN)
_WORD = re.compile(r"\w")


def _word_characters_only(items) -> bool:
    """Whether the parsed ``items`` are one character that only a word character matches
    ("\\w", "[a-z0-9_]", "x")."""
    if len(items) != 1:
        return False
    op, arg = items[0]
    if op is _sre.LITERAL:
        return _WORD.match(chr(arg)) is not None
    if op is not _sre.IN:
        return False
    for kind, value in arg:
        if kind is _sre.LITERAL:
            if _WORD.match(chr(value)) is None:
                return False
        elif kind is _sre.RANGE:
            if not all(_WORD.match(chr(c)) for c in range(value[0], value[1] + 1)):
                return False
        elif not (kind is _sre.CATEGORY and value is _sre.CATEGORY_WORD):
            return False
    return True


def _width(items) -> tuple[int, int] | None:
    """The widest match of the parsed ``items`` as (characters, runs): at most ``characters``
    plus ``runs`` times the longest run of word characters in the text, where each repeat
    without an upper bound is of word characters alone ("fuck\\w*", "(?:\\w+ )?"); None where
    another such repeat, or a back-reference, leaves it unbounded."""
    characters = runs = 0
    for op, arg in items:
        if op in _ONE_CHARACTER:
            characters += 1
        elif op in _ZERO_WIDTH:
            continue
        elif op is _sre.SUBPATTERN:
            inner = _width(arg[-1])
            if inner is None:
                return None
            characters, runs = characters + inner[0], runs + inner[1]
        elif op is _sre.BRANCH:
            widths = [_width(branch) for branch in arg[1]]
            if None in widths:
                return None
            characters += max(w[0] for w in widths)
            runs += max(w[1] for w in widths)
        elif op in _REPEAT_OPS:
            low, high, body = arg
            if high >= _sre.MAXREPEAT:
                if not _word_characters_only(body):
                    return None
                runs += 1
            else:
                inner = _width(body)
                if inner is None:
                    return None
                characters, runs = characters + high * inner[0], runs + high * inner[1]
        else:
            return None
    return characters, runs


#: Where a padded form (``_PADDED``) can begin: its class and the look-ahead at its openings,
#: one character consumed, so that ``finditer`` finds every place, side by side too.
_LEAD = r"[^a-z](?={})"
#: How far past the class of ``_LEAD`` its search must be able to read: the class, then the
#: look-ahead's longest opening.
_LEAD_READS = 1 + _OPENING_LENGTH


def _search_within(pattern: re.Pattern, padded: str, pos: int, spans, lead: re.Pattern):
    """``pattern.search(padded, pos)`` for a padded ``pattern`` none of whose matches can start
    outside ``spans`` (the (first, last) starts of each stretch, in order, apart): tried with
    ``match`` where ``lead`` finds it can begin in them, which reads the text beyond the
    stretch as the search would. The lead's look-ahead reads up to ``_OPENING_LENGTH``
    characters past the class: the search for it runs that far beyond a stretch."""
    match = pattern.match
    for first, last in spans:
        if last < pos:
            continue
        for place in lead.finditer(padded, first if first > pos else pos, last + _LEAD_READS):
            if place.start() > last:
                break
            m = match(padded, place.start())
            if m is not None:
                return m
    return None


def add_gate(key: str, strings) -> None:
    """Strings for other detectors to test in the same pass: ``triggered(text)`` then holds
    ``key`` when any of them occurs in the text."""
    _EXTRA[key] = frozenset(strings)
    _GATE.clear()
    forget_seen()
    _COMBINED.clear()


def prepare() -> None:
    """Build, before the first text, what the lists otherwise build as texts arrive: the gate's
    automaton, and every entry's patterns (padded and plain, alone and as a whole list) with its
    reach. Compiling an entry costs a millisecond or more: left to the first message that
    needed it, that cost fell on dozens of messages of a fresh process, each made to wait."""
    if _GATE.get("automaton") is None:
        _build_gate()
    for plist in _REGISTRY:
        for i in range(-1, len(plist.parts)):
            plist._entry(i)
            plist._entry(i, plain=True)
            if i >= 0:
                plist._reach(i)


def forget_seen() -> None:
    """Forget the texts ``triggered`` has kept. The screener calls it as each batch begins, so
    that the cache serves the detectors reading one batch and never answers for a text screened
    before (a second pass over the same texts would otherwise cost less than the first). What
    is kept of each long text (``_HITS``, ``_LONGEST``, ``_FOUND``) goes with it."""
    _SEEN.clear()
    _HITS.clear()
    _LONGEST.clear()
    _FOUND.clear()


def triggered(text: str) -> dict:
    """For each list (by ``id``) that has an entry whose every condition (``_gate_conditions``)
    holds in ``text``, the bit mask of those entries, and each key of ``add_gate`` whose strings
    occur: one Aho-Corasick pass for every list, kept for the last few thousand texts (the harm,
    disclosure, grooming and identifying-detail detectors read the same texts, a batch at a
    time)."""
    found = _SEEN.get(text)
    if found is not None:
        return found
    automaton = _GATE.get("automaton")
    if automaton is None:
        automaton = _build_gate()
    # Every occurrence of every string, as (string number, start, end), overlaps included.
    hits = strings_in(automaton, text)
    # The conditions met, as one number (``_build_gate``): texts that meet the same conditions,
    # whatever strings they hold, share one answer, worked out the first time it is met.
    bits = _GATE["bits"]
    met = 0
    for number, _, _ in hits:
        met |= bits[number]
    found = _COMBINED.get(met)
    if found is None:
        found = _combine(met)
        if len(_COMBINED) >= _SEEN_LIMIT:
            _COMBINED.clear()
        _COMBINED[met] = found
    if len(_SEEN) >= _SEEN_LIMIT:
        forget_seen()
    _SEEN[text] = found
    if len(text) >= _WINDOWS_FROM:
        _HITS[text] = hits
    return found


_SURROGATE = re.compile("[\ud800-\udfff]")


def strings_in(automaton, text: str) -> list[tuple[int, int, int]]:
    """Every occurrence of an ``ahocorasick_rs`` automaton's strings in ``text``, as (string
    number, start, end), overlaps included. A lone surrogate, which the automaton cannot read,
    is read as another character (no string holds one; offsets are kept)."""
    try:
        return automaton.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        return automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text), overlapping=True)


_COMBINED: dict[int, dict] = {}  # the conditions met -> what ``triggered`` answers


def _build_gate():
    """The automaton of every list's condition strings and every ``add_gate`` string. For each
    string, by its number: the conditions it meets as one number (``_GATE["bits"]``), in which
    every list's conditions and every key have a bit of their own, side by side (each list's
    place in ``_GATE["layout"]``, the keys' from ``_GATE["keys_from"]`` on, in the order of
    ``_GATE["keys"]``); and the (list id, bit mask of its conditions) pairs it stands for
    (``_GATE["in_lists"]``)."""
    owners: dict[str, dict[int | str, int]] = {}
    for plist in _REGISTRY:
        for j, condition in enumerate(plist.conditions):
            for string in condition:
                masks = owners.setdefault(string, {})
                masks[id(plist)] = masks.get(id(plist), 0) | 1 << j
    for key, strings in _EXTRA.items():
        for trigger in strings:
            owners.setdefault(trigger, {})[key] = 1
    lists = {id(plist) for plist in _REGISTRY}
    table = [tuple(masks.items()) for masks in owners.values()]
    _GATE["in_lists"] = [tuple(pair for pair in pairs if pair[0] in lists) for pairs in table]
    # Where each owner's bits stand in the number of the conditions met: each list's
    # conditions in its order, then one bit for each key.
    layout: list[tuple[int, int, int, PhraseList]] = []
    offsets: dict[int | str, int] = {}
    offset = 0
    for plist in _REGISTRY:
        offsets[id(plist)] = offset
        layout.append((id(plist), offset, (1 << len(plist.conditions)) - 1, plist))
        offset += len(plist.conditions)
    _GATE["keys_from"] = offset
    _GATE["keys"] = list(_EXTRA)
    for key in _EXTRA:
        offsets[key] = offset
        offset += 1
    bits = [sum(mask << offsets[owner] for owner, mask in pairs) for pairs in table]
    # The Rust crate's contiguous automaton: about 10 MB for these strings, built in a tenth of
    # a second and read several tens of percent faster than pyahocorasick's tree of nodes (its
    # full DFA reads a little faster again but takes over 250 MB).
    automaton = ahocorasick_rs.AhoCorasick(
        list(owners), implementation=ahocorasick_rs.Implementation.ContiguousNFA
    )
    forget_seen()
    _COMBINED.clear()
    _GATE["bits"] = bits
    _GATE["layout"] = layout
    _GATE["automaton"] = automaton
    return automaton


def _combine(met: int) -> dict:
    """What ``triggered`` answers for a text that meets the conditions ``met`` (the bits of
    ``_build_gate``): for each list, the entries all of whose conditions are met, left out
    where there are none (as if nothing of it had been found); each key whose bit is set."""
    found: dict = {}
    for owner, offset, full, plist in _GATE["layout"]:
        mask = met >> offset & full
        if mask:
            entries = plist.entries_for(mask)
            if entries:
                found[owner] = entries
    keys = met >> _GATE["keys_from"]
    names = _GATE["keys"]
    while keys:
        low = keys & -keys
        found[names[low.bit_length() - 1]] = 1
        keys ^= low
    return found


YOU = r"(?:you|u|ya|yu|ye)"
YOUR = r"(?:your|ur|yor|youre|you're|yr)"

#: "kms if we get another quiz lol": a figure of speech, not a plan (warned, see "hyperbole").
_IF_LOL = r" (?:if|when)(?![a-z])[^.!?]{0,80}(?:lol|lmao|haha\w*|😂|💀|🤣)"
_HYPERBOLE = r"(?!" + _IF_LOL + r")"
_PILLS = r"(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|ibuprofen)"

SELF_HARM = PhraseList.build("self_harm", "S2", "talk of self-harm or suicide", {
    "kys": (0.95, r"kys|(?:kill|unalive) " + YOUR + r" ?self|kill yourselves|go die"
                  r"|neck " + YOUR + r"self"),
    # A topic (suicide prevention, a suicide bomber) is not a person's own talk of it; "kms if
    # we get another quiz lol" is a figure of speech, warned below ("hyperbole") and not held.
    "suicide": (0.8, r"suicid(?:e|al)(?! (?:prevention|awareness|bomb\w*|attack\w*|vests?|squad"
                     r"|mission|rates?|helpline|hotline|charity|first aid|training))"
                     r"|kill(?:ing)? my ?self" + _HYPERBOLE + r"|end(?:ing)? (?:it all|my life)"
                     r"|take my (?:own )?life|better off dead"
                     r"|(?:(?:wants?|wanted) to|wanna) die(?! (?:of|from|laughing|for))"),
    "hyperbole": (0.45, r"(?:kms|kill(?:ing)? my ?self)(?=" + _IF_LOL + r")"),
    # Staff and lessons naming the subject: "if a young person discloses self-harm".
    "topic": (0.25, r"(?:young person|child|pupil|student|member|someone|anyone|they)"
                    r" (?:mentions?|discloses?|disclosed|raises?|talks? about) (?:suicide"
                    r"|suicidal (?:thoughts|feelings)|self[ -]?harm(?:ing)?)"
                    r"|(?:suicide|self[ -]?harm) (?:prevention|awareness)"
                    r"|signs of (?:suicide|self[ -]?harm)"),
    # Someone else at risk, told by a friend: a concern all the same (S3).
    "others": (0.75, r"(?:she|he|they)(?:'s|'re| is| are)? (?:going to|gonna) (?:end it(?! (?:with"
                     r"|between|for|at|on|in))|kill (?:her|him|them)sel(?:f|ves))"
                     r"|(?:cut|cutting|hurt|hurting|harming) (?:her|him|them)sel(?:f|ves)"
                     r"|(?:arms?|wrists?|legs?) (?:all )?cut up|covered in cuts"
                     r"|(?:she|he|they) (?:said|says|told me) (?:she|he|they)(?:'s|'re| is| are)"
                     r" (?:going to|gonna) do it (?:tonight|today|now)"
                     r"(?=\s*(?:[.!?,]|and(?![a-z])|$))"),
    "end_it_now": (0.7, r"(?:i'?m|im|i am|i'?ll|ill|i will)(?: (?:going to|gonna))? end it"
                        r"(?! (?:with|between|for|at|on|in|here|there)(?![a-z]))"
                        r"(?: all)?(?: (?:tonight|today|tomorrow|soon|this week))?"),
    "injury": (0.6, r"without (?:it )?(?:scarring|leaving (?:a )?(?:scar|mark)s?)"
                    r"|(?:hide|hiding|cover|covering|cover up) (?:my |the )?(?:cuts|scars)"
                    r"|(?:bang|banging|hit|hitting|punch|punching) my head (?:on|against)"),
    # Restricting food to a number, or being sick after eating.
    "eating": (0.6, r"(?:i'?ve|ive|i have|i) stopped eating (?:again|properly|altogether)"
                    r"|(?:stay|staying|keep|keeping|eat|ate|eating|had) (?:under|below|less than)"
                    r" \d{3,4} ?(?:cals?|calories|kcal)|(?:make|made|making) my ?self sick"),
    "cut": (0.75, r"cut(?:ting)? my ?self|self[ -]?harm(?:ing)?(?! (?:awareness|prevention"
                  r"|training|policy|procedure))|hurt(?:ing)? my ?self"
                  r"|burn(?:ing)? my ?self|slit my wrists?|cut my (?:wrists?|arms?|legs?)"),
    "method": (0.75, r"overdose|od on (?:pills|paracetamol)|hang(?:ing)? my ?self"
                     r"|(?:i )?(?:took|taken|swallowed|downed) (?:[1-9]\d|a (?:whole|full)"
                     r" (?:box|packet|pack)) (?:of )?(?:my |the )?" + _PILLS +
                     r"|jump (?:off|in front of)|swallow(?:ed)? (?:all )?(?:the )?pills"
                     r"|(?:take|took|taking|taken|swallow(?:ed|ing)?|down(?:ed|ing)?) (?:a load"
                     r"|loads|a bunch|a handful|a whole (?:packet|box|bottle|strip)|all) of "
                     r"(?:(?:my|me) )?(?:(?:mum|mam|mom|dad|nan|gran)'?s )?" + _PILLS +
                     r"|(?:took|taken|swallowed|downed|had) (?:way |far )?(?:too|2) many (?:of "
                     r"(?:my |me |the )?)?(?:(?:mum|mam|mom|dad|nan|gran)'?s )?" + _PILLS +
                     r"|(?:i'?m|im|i am|i'?ll|ill|i will|i'?ve|ive|i) (?:going to |gonna |just )?"
                     r"(?:take|took|taking|taken|swallow(?:ed)?) all (?:the|my|of my|mum'?s"
                     r"|dad'?s|nan'?s|my mum'?s|my dad'?s|my nan'?s|of my mum'?s|of my dad'?s) "
                     + _PILLS + r"(?! (?:with me|on holiday|on the trip|to school|in my bag))"),
    "mood": (0.2, r"depress(?:ed|ion|ing)|hopeless(?:ness)?|worthless|empty inside|numb"
                  r"|exhausted|can'?t cope|give up|giving up|no point|pointless|alone|lonely"
                  r"|hate myself|tired of (?:everything|it all)|anymore|crying"
                  r"|panic attacks?|anxiety|therapist|meds|medication|diagnos\w+|trauma"),
    "not_worth": (0.7, r"no point (?:in )?(?:living|being alive|me being (?:here|alive)|going on"
                       r"|me existing|existing)|(?:not|no longer|isn'?t) worth living"
                       r"|no reason (?:left )?to (?:live|be alive|keep going)"
                       r"|nothing (?:left )?to live for(?! (?:except|but|apart from|other than))"
                       r"|life(?: is|'?s) not worth (?:living|it)|life isn'?t worth (?:living"
                       r"|it)|(?:no ?one|nobody|no1) (?:would|will|is gonna|is going to|gonna) "
                       r"(?:even )?(?:miss|notice|care about|remember)(?: me)? (?:when|once"
                       r"|after|if) (?:i'?m|im|i am|i'?ve|ive) (?:dead|gone)"),
    "hopeless": (0.45, r"can'?t go on|don'?t want to (?:be here|live|wake up)"
                       r"|nobody would (?:care|miss me)|no one would (?:care|miss me)"
                       r"|everyone would be better off|i hate my life|want to disappear"
                       r"|(?:don'?t|dont|can'?t|cant) see (?:a|any) future(?: for me)?(?! (?:where"
                       r"|in|with|at|for (?!me)|without|as)(?![a-z]))"),
    # The warning signs that suicide-prevention guidance lists (NHS, Samaritans, AFSP): wishing
    # to be dead, feeling a burden or trapped, saying goodbye, a plan or a means, an attempt.
    "wish_dead": (0.7, r"wish (?:i|id|i'd) (?:was|were|could be) dead"
                       r"|i (?:just )?(?:want to|wanna) (?:disappear|vanish) (?:forever|for good)"
                       r"|(?:i'?m|im|i am|i feel like) (?:just )?(?:a|such a) burden (?:to|on)"
                       r" (?:everyone|everybody|my family|my parents|all of (?:you|u))"
                       r"|wish i (?:was|were) never born"
                       r"|wish i (?:could )?(?:just )?(?:die|stop existing|not exist)"
                       r"|(?:go to )?sleep and (?:never|not) wake up|don'?t want to exist"
                       r"|want (?:it|everything) all to (?:end|stop)|(?:want|wanna) to stop living"
                       r"|rather (?:be dead|not be alive)"
                       r"|(?:don'?t|dont|do not) (?:want|wanna) to be alive(?! (?:for|during|at|in)"
                       r" )"
                       r"|wish i could (?:just )?(?:not wake up|sleep forever|disappear forever)"
                       r"|(?:want|wanna) to (?:just )?sleep forever"
                       r"|(?:keep|always|been|can'?t stop) thinking (?:about|of) (?:dying|death"
                       r"|being dead|not being here|killing my ?self|ending it)"
                       r"|(?:everyone|everybody|every1|my family|my parents|they) would be (?:so )?"
                       r"(?:happier|better off) (?:if i (?:wasn'?t|wasnt|was not|weren'?t) (?:here"
                       r"|around|alive)|if i (?:was|were) (?:dead|gone)|if i died|without me)"
                       r"|(?:no ?one|nobody) (?:would|will) (?:even )?(?:notice|care|miss me) if i"
                       r" (?:died|was gone|wasn'?t here|wasn'?t around|was dead|killed my ?self)"
                       r"|if i (?:died|was gone|wasn'?t here) (?:would|will) (?:anyone"
                       r"|anybody) (?:even )?(?:notice|care|miss me)"),
    "burden": (0.45, r"(?:i'?m|im|i am|i feel like) (?:just |always |only )?(?:a|such a) burden"
                     r"|burden (?:to|on) (?:everyone|my family|my parents|them|you|people)"
                     r"|better off without me|no way out|feel(?:ing)? trapped"
                     r"|can'?t (?:take|do|handle) (?:it|this|this pain|life) any ?more"
                     r"|can'?t keep going|tired of being alive|done with life"
                     r"|giv(?:e|ing|en) up on (?:life|living|everything)"),
    # Wanting "it" to end: a warning alone; with being unable to go on, a concern.
    "make_it_stop": (0.5, r"(?:i|i just|just) (?:want|wanna) (?:it|the pain|this pain|everything)"
                          r" to (?:end|stop)(?: now| forever)?"
                          r"(?= *(?:$|[^\w\s]|and|i|x)(?![a-z]))"),
    "goodbye": (0.6, r"this is (?:my )?goodbye|goodbye (?:everyone|forever|world|cruel world)"
                     r"|(?:wrote|writing|written|left) (?:a|my) (?:suicide|goodbye) (?:notes?"
                     r"|letters?)(?! (?:to|for) (?:my )?(?:old )?(?:school|class|teachers?|team"
                     r"|club|coach|year)| before (?:we|i) (?:moved|move|left|leave))"
                     r"|(?:i'?ve|ive|i have|i) (?:wrote|written|finished|left) my (?:last )?note"
                     r"(?!s|book| (?:for|to) (?:the |my )?(?:teacher|school|class|sir|miss|mum"
                     r"|dad|coach|office)| for (?:the )?(?:trip|test|exam|revision|pe))"
                     r"|(?:won'?t|(?:i'?m|im) not (?:going to|gonna)) be (?:here|around)"
                     r" (?:much longer|for long)"
                     r"(?! (?:on|at|today|tomorrow|tonight|this|because|cos|as|after|in|mum"
                     r"|dad)(?![a-z]))"
                     r"|last (?:day|night) (?:alive|on earth)"),
    "plan": (0.75, r"noose|tie a rope|(?:got|have|bought|found|hid|hidden) (?:the|a) rope(?: \w+)"
                   r"{0,2} ready(?! for)|the rope is ready(?! for)"
                   r"|(?:saving|saved|stockpil\w*|hoard\w*) (?:up )?(?:my |the )?"
                   r"(?:mum'?s |dad'?s |nan'?s )?(?:pills|tablets|meds)|(?:tried|trying"
                   r"|attempted) to (?:hang|end) my ?self"
                   r"|attempted to end (?:it|my life)|how many pills (?:would it|does it|to)"
                   r"|(?:painless|easiest|quickest) way to die|a plan to (?:die|end it)"
                   r"|(?:pills|tablets|meds|paracetamol) (?:saved|hidden|stashed|hoarded)"
                   r"|(?:took|taken|nicked|stole|stolen|hid|hidden|hiding|stashed|saving) (?:some"
                   r"|a few|loads|a load|a bunch|all) of (?:my )?(?:mum|mam|mom|dad|nan|gran)'?s "
                   + _PILLS),
    # How young people say it now: "unalive", "kms", "sewerslide" (words that slip past filters),
    # "been cutting again", and questions about a means ("how many paracetamol would it take").
    "euphemism": (0.8, r"unalive (?:my ?self|me)|unaliv(?:e|ing) (?:my ?self)|kms" + _HYPERBOLE +
                       r"|sewer ?slide"
                       r"|(?:i'?m|im|i am|i'?ve|ive) (?:decided|going to|gonna) (?:to )?"
                       r"(?:end it all|end my life|ending it all|ending my life)|(?:i'?m|im"
                       r"|i am) ending it all"),
    # "i've decided to end it" may be a friendship: a warning, more with other signs.
    "end_it": (0.45, r"(?:i'?ve|ive|i have) decided (?:to end it|i'?m ending it)"
                     r"|(?:i'?m|im|i am) ending it(?! (?:with|for|at|on|here))"),
    "relapse": (0.75, r"(?:been|started|keep|kept|still|can'?t stop|couldn'?t stop|relapsed and)"
                      r" (?:self ?harming|harming my ?self|hurting my ?self|cutting(?=(?: again"
                      r"| my ?self| my (?:arms?|legs?|wrists?|thighs?|skin))|\s*[.!?,😔😢😭💔]"
                      r"|\s*$| and))"
                      r"|(?:cutting|self ?harming|self ?harmed|harming my ?self) again"
                      r"|(?:been|keep|kept|i'?m|im|started|still) starving my ?self"
                      r"(?! (?:of|till|until|before|so)(?![a-z])| for (?:lent|tea|dinner|lunch"
                      r"|later|tonight|the (?:party|buffet|meal)))"
                      r"|(?:make|made|making) my ?self (?:sick|throw up|puke|vomit) (?:after"
                      r" (?:every|each|all my|my) (?:meal|meals|dinner|tea|lunch)|again|every day)"
                      # "sh" and "s/h": self-harm, as young people write it about their own
                      r"|(?:wanna|want to|going to|gonna|urges? to|tempted to|relapsed (?:on|with"
                      r"|into)?) sh(?: again| tonight| today)?(?![a-z/])"
                      r"|(?:relapsed|relapsing|relapse) (?:on |with |into )?sh(?![a-z/])"
                      r"|(?:hid|hide|hiding|found) (?:the |my )?(?:blades?|razors?)"
                      r"|(?:blades?|razors?) (?:in|under|hidden in) my (?:pencil case|drawer|room"
                      r"|bed|pillow|sock drawer)|(?<!hair )(?<!got )cut (?:again|last night)"
                      r"|scratch(?:ed|ing)? (?:till|until) (?:it|they) bleeds?"
                      r"|my (?:scars|cuts) (?:are )?(?:showing|bleeding|opening|reopened"
                      r"|opened up) again"
                      r"|scratch(?:ed|ing)? my ?self (?:till|until|so) (?:i|it) (?:bleeds?|bled)"
                      r"|scratch(?:ed|ing)? (?:my )?(?:arms?|legs?|wrists?|skin) (?:till|until|so)"
                      r" (?:they|it) (?:bleeds?|bled)|deserve to (?:hurt|suffer|be in pain|die)"
                      r"|(?:i|i'?m|im) deserv(?:e|ing) (?:the |all the |this )?pain"
                      r"|(?:punch|punched|punching|hit|hitting|bang|banged|banging) (?:the |a )?"
                      r"walls? (?:till|until|so hard|so) (?:my )?(?:knuckles|hands?|fists?)"
                      r" (?:bleed|bled|were bleeding|broke|cracked)"),
    "means": (0.75, r"how (?:many|much) (?:of (?:[\w']+ ){0,2})?(?:paracetamol|pills|tablets"
                    r"|ibuprofen|sleeping pills)"
                    r" (?:would it take|does it take|would kill|will kill|would do it|till|until"
                    r"|to (?:die|kill|overdose|od|end it))"
                    r"|(?:looked up|googled|searched|searching|researched|researching) how "
                    r"(?:many|much) (?:\w+ )?(?:pills|tablets|paracetamol|ibuprofen) (?:it takes"
                    r"|would|does it|to)(?![^.!?]{0,40}(?:headache|period|cramps|pain|cold|flu"
                    r"|fever|toothache|hay ?fever|migraine))"
                    r"|how deep (?:do|should|would|to)(?: (?:you|u|i))?(?: (?:have|need) to)? cut"
                    r"|(?:bleach|paracetamol|pills|rope)"
                    r" (?:would|will|could) do it"
                    r"|ways to (?:do it|kill my ?self|end it|end my life)"
                    r"|(?:step|stepping|jump|jumping|walk|walking) (?:in front of|under) "
                    r"(?:a |the )?(?:train|bus|lorry|car)"
                    r"|jump(?:ing)? off (?:a |the )?(?:bridge|roof|building)"
                    r"|walk(?:ing)? into the (?:sea|river|water|traffic)"
                    r"|(?:bridge|tracks|ledge) (?:\w+ ){0,4}(?:looks?|looking"
                    r"|seems?) (?:so |really )?tempting"
                    r"|(?:going|go|went) to the (?:bridge|cliff|tracks|train tracks) (?:tonight"
                    r"|alone|to jump|and jump)"),
    "farewell": (0.6, r"(?:wrote|written|writing|left) (?:letters?|notes?) for (?:my|everyone)"
                      r"|won'?t (?:need|be needing) (?:it|them|my stuff|anything) (?:after|anymore)"
                      r"|won'?t be a burden|bye forever"
                      r"|(?:i'?ve|ive|i have|i) (?:said|written) my goodbyes(?! (?:to|at|before"
                      r"|and|for)(?![a-z]))"),
    # Each may be said of a Saturday or a clear-out; with another sign, a goodbye.
    "not_long": (0.45, r"(?:won'?t|wont) (?:be (?:here|around|a burden|needing (?:it|them"
                       r"|anything))|have to (?:worry|deal) (?:about|with) me) (?:much longer"
                       r"|for (?:much )?longer|for long)(?! (?:today|tomorrow|tonight|this|on|at"
                       r"|in|cos|because|as|after|i'?m|im|i|mum|dad)(?![a-z]))"
                       r"|(?:won'?t|wont) be for long"
                       r"|giv(?:e|ing) away (?:all )?my (?:stuff|things)"
                       r"|giv(?:e|ing) (?:all )?my (?:stuff|things) away"),
    # Each alone is ordinary ("sorry for everything" after a row); together they are a goodbye.
    "farewell_hint": (0.35, r"this is my last (?:message|post|text)|sorry for everything"
                            r"|tonight'?s the night (?:i'?m|im|i) (?:doing|do|gonna do|going to"
                            r" do) it|(?:i'?m|im|i am) (?:doing|gonna do|going to do) it tonight"
                            r"|my last (?:message|post|text) (?:ever|before i go)"
                            r"|goodbye x"
                            r"|thank (?:you|u) (?:all )?for being my friends?"
                            r"|it (?:wasn'?t|isn'?t|was not) (?:your|ur|anyone'?s) fault"
                            r"|thanks for trying(?= *(?:[.!]|$))"),
    # Hopelessness and hiding it: a warning on its own, more with anything else.
    "pointless": (0.45, r"(?:there'?s|theres|there is) no point (?:anymore|any more|in anything"
                        r")|(?:don'?t|dont|can'?t|cant) see the point (?:anymore|of (?:anything"
                        r"|living|trying|going on|life|me))|what'?s the point (?:of|in) (?:trying"
                        r"|living|anything|life|going on|me|being here)|(?:i'?m|im) pointless"
                        r"|everything'?s pointless|nothing (?:ever )?gets better"
                        r"|(?:keep|keeps|kept) pretending (?:i'?m|im|to be) (?:ok|okay|fine"
                        r"|happy)(?! at| with| about)"
                        r"|(?:won'?t|wont|not) eat(?:ing)? (?:today|tomorrow|again|anything) either"
                        r"|(?:don'?t|dont) deserve (?:to eat|food|to live|to be (?:here|alive|happy"
                        r"|loved))|deserve to be punished|punished properly"),
    "vanish": (0.55, r"i (?:just )?(?:want to |wanna |could |will )?(?:disappear|vanish)(?:ed)? "
                     r"(?:forever|for good)|i'?ll be gone (?:forever|for good|soon|by (?:the )?"
                     r"(?:morning|tomorrow|tonight|the weekend|monday)(?=\s*(?:[.!…x😔😢😭💔]|$)))"
                     r"|(?:no ?one|nobody) (?:would|will) (?:even )?(?:notice|care|miss me) if i"
                     r" (?:disappeared|never came back)"
                     r"|if i disappeared (?:would|will) (?:anyone"
                     r"|anybody) (?:even )?(?:notice|care|miss me)"
                     r"|if i (?:don'?t|dont|never) wake up(?! on time| early| in time| for)"
                     r"|(?:thinking|think) (?:about"
                     r"|of) ending it(?! all)"  # "ending it all" is the stronger "suicide"
                     r"|my (?:arms|legs|wrists|thighs) are (?:a mess|scarred|cut up|cut)"
                     r"|(?:so |really )?tired of (?:living|being alive|existing)"
                     r"|(?:starv(?:e|ing)|punish(?:ing)?) my ?self(?! of)|not eating (?:as"
                     r"|to) punish"
                     r"|make my ?self throw up|don'?t care if it kills me"
                     r"|🔪🩸|🔪 🩸|🩸🔪|🩸 🔪|(?:cut|cutting) (?:deeper|too deep)"),
    "distress": (0.2, r"nobody cares|no one cares|i'?m a failure|hate everything|hurts so much"
                      r"|in so much pain|can'?t sleep|so tired of|falling apart|breaking down"
                      r"|isolat\w+|no friends|nothing matters|what'?s the point|ruined my life"
                      r"|unbearable"),
})  # fmt: skip

# "your" too: "your dead" is how "you're dead" is often typed.
_YOU_ARE = r"(?:you'?re|youre|you are|you r|u r|u are|ur|ya|your)"

# Intent: "i'll", "ima", "we're gonna", "i swear i'll" ...
_WILL = (
    r"(?:i'?ll|i will|ima|imma|i'?ma|gonna|going to|i'?m gonna|im gonna|i'?m going to"
    r"|im going to|we'?ll|we will|we'?re gonna|we are gonna|we'?re going to|we are going to)"
)
# Beating, ending or hitting someone "at", "in" or "on" something is a game ("i'll destroy you
# at fifa", "i'm gonna kill you in among us").
_BODY_OR_PLACE = (
    r"(?:the |your |ur |ya |my |his |her )?(?:face|neck|head|eyes?|chest|gut|belly|stomach"
    r"|legs?|heart|throat|sleep|mouth|nose|ribs|park(?! ?run)|school|gates?|bus stop|station|shops?"
    r"|chicken shop|party|canal|alley|field|car park|toilets|changing rooms|street|corner|town"
    r"|house|way home|lunch|break|home ?time|\d(?!\d*(?:m|k|km|metres?|meters?)(?![a-z]))"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the way home|your way home"
    r"|ur way home|the weekend)"
)
# ... unless "at", "in" or "on" is followed by a body or a place ("in the neck", "at the park").
# Shooting someone a link or a message is sending it.
#: "ur dead when mum sees the kitchen" is someone else's anger, not a threat.
_NOT_MUM = (
    r"(?! (?:when|if|once) (?:ur |your |my |the )?(?:mum|mom|dad|parents|teacher|sir|miss|coach"
    r"|nan|gran)(?![a-z]))"
)
#: "you'll regret picking me" is modesty.
_NOT_ME = r"(?! (?:picking|choosing|asking|having|inviting|letting|putting|bringing) me)"
_NOT_A_GAME = (
    r"(?! (?:at|in|on)(?![a-z])(?! " + _BODY_OR_PLACE + r"(?![a-z]))"
    r"| (?:from|with the ball)(?![a-z])"
    r"| (?:a|an|the|over|some) (?:link|message|text|email|dm|pic|photo|invite|code|msg))"
)
_HURT = (
    r"(?:kill|unalive|stab|shoot|murder|hurt|batter|smash|beat(?! (?:you|u|ya|yu|ye)[ .!?]*$)"
    r"|beat (?:the (?:shit|crap|hell|life|living daylights) out of)|punch|slap|jump|kick|drown"
    r"|strangle"
    r"|choke|slash|glass|bottle|merk|shank|wet|end|lamp|deck|rush|bang|knock|stamp on"
    r"|push|hold|have)"
)
_BODY = r"(?:face|head|legs?|neck|teeth|jaw|nose|arms?|skull|ribs)"

THREAT = PhraseList.build("threat", "S2", "a threat of violence", {
    # UK playground and drill slang is in here too: "merk" and "wet" are to kill or stab,
    # "shank" a knife, "lamp" and "deck" to punch, "rush" to attack in a group.
    "kill": (0.85, _WILL + r" " + _HURT + r" " + YOU + _NOT_A_GAME),
    # A weapon named on someone else: "i'm going to stab him after school" ("kill him" is often
    # a figure of speech, "stab him" rarely).
    "weapon_on": (0.75, _WILL + r" (?:stab|shank|shoot|knife|merk|slash|wet|glass|bottle|machete)"
                        r" (?:him|her|them|that (?:kid|boy|girl|lad|guy|teacher)|every(?:one|body"
                        r"|1))" + _NOT_A_GAME + r"(?! (?:for|with (?:a|my|the) (?:camera|phone)))"),
    # "ur dead when mum sees the kitchen" is someone else's anger; "you'll regret picking me"
    # is modesty.
    "dead": (0.75, _YOU_ARE + r" (?:so |actually |literally )?(?:dead|gonna die|going to die)"
                   r"(?! (?:funny|good|jealous|right|lucky|cute|tired|bored|behind|last|serious"
                   r"|to me|meat|man"
                   r"|quiet|easy|on time)(?![a-z]))" + _NOT_MUM +
                   r"|watch " + YOUR + r" back|(?:you|u)(?:'ll| will|ll)? regret" + _NOT_ME +
                   r"|" + _YOU_ARE + r" (?:gonna|going to) regret" + _NOT_ME +
                   r"|i know where " + YOU + r" live"
                   r"|i know where " + YOUR + r" (?:mum|dad|family|nan|sister|brother) "
                   r"(?:lives|works)"),
    "weapon": (0.65, r"(?:got|have|found) (?:a|my dad'?s|my dads|my brother'?s|my brothers) (?:gun"
                     r"|knife|machete|blade)(?: \w+){0,3} (?:and )?(?:i'?m|im|i am|i'?ll|ill"
                     r"|i will) (?:bringing|bring|taking|take) it (?:in|to school|tomorrow)"
                     r"|(?:bring|bringing) (?:a|my|my dads|my dad's|my brothers|my brother's"
                     r"|the) (?:knife|blade|gun"
                     r"|weapon|machete|shank|strap)|(?:knife|stab|shank) " + YOU +
                     r"|(?:knife|blade|shank|gun|machete|strap|hammer|bat|crowbar|nine) in my "
                     r"(?:bag|pocket|coat|waistband|jacket)"
                     r"|(?:bring|bringing) (?:a|my|my dads|my dad's|my brothers|my brother's"
                     r"|the) (?:hammer|bat|crowbar)"
                     r" (?:to school|for " + YOU + r"|tomorrow|monday)"
                     r"|(?:you|u|ur|you'?ll|u'?ll) (?:get|gettin|getting) the strap"
                     r"|(?:get|getting|send|sending|bring|bringing) my (?:cousins?|brothers?"
                     r"|bros|mates|boys|olders|uncles?|gang) (?:on|onto|after|round to) "
                     + YOU + r"(?![a-z])"
                     r"|(?:🔪|🔪🔪|🔪🔪🔪) (?:see (?:you|u|ya)|for (?:you|u)|when (?:i|we) see)"),
    # A threat of mass violence goes to the lead at once (a concern); a threat to burn a
    # place down, which children also say in jest, is held for review ("arson" below).
    "bomb": (0.9, r"(?:kill|stab|shoot|murder) (?:everyone|everybody|every1|all of (?:you|them))"
                  r" (?:at|in) (?:the |this |my |our )?(?:school|club|class|college|assembly)"
                  r"|(?:bomb(?:ing)?|blow(?:ing)? up|shoot(?:ing)? up"
                  r"|attack(?:ing)?) (?:the|this|that|our|my|your|ur|a) (?:school"
                  r"|(?:youth |sports |football |boxing )?club|college|academy|mosque|church"
                  r"|synagogue|temple|gurdwara|science block|canteen|sixth form|assembly|prom)"
                  r"|hit (?:the|this|that|our|my|your|ur|a) (?:school|mosque|church|synagogue"
                  r"|temple|gurdwara)"
                  r"|(?:there'?s|there is|i (?:put|left|planted|hid)) (?:something|a (?:bomb"
                  r"|device|package|bag)) (?:in|at|under|inside) (?:the )?(?:\w+ ){1,2}(?:and it"
                  r"|that|it) (?:goes|will go|is going to go|'?ll go|gonna go) off"
                  r"|(?:don'?t|dont|do not) (?:come|go)(?: \w+){0,4} if (?:u|you) (?:like|value"
                  r"|want to keep) (?:living|ur life|your life|breathing)"
                  r"|(?:gonna|going to|will) be a (?:bomb|shooting|massacre"
                  r"|attack) (?:at|in)|next (?:school )?(?:shooting|bombing|massacre) (?:will"
                  r"|is going to|is gonna|gonna|'?ll|is) be (?:at |in )?(?:ours|our school|my"
                  r" school|this school|here|our place)"
                  r"|(?:your|ur) (?:house|car|flat|school|mum'?s car) (?:is|'s)"
                  r" (?:getting|gonna get|going to get) (?:shot up|bombed)"),
    "arson": (0.8, r"(?:burn(?:ing)? down|torch(?:ing)?) (?:the|this|that|our|my|your|ur|a)"
                   r" (?:school|(?:youth |sports |football |boxing )?club|college|academy|mosque"
                   r"|church|synagogue|temple|gurdwara|science block|canteen|sixth form)"
                   r"|burn (?:the|that|this|our|ur|your) (?:school|club|house|academy|college"
                   r"|place) down|(?:your|ur) (?:house|car|flat|school|mum'?s car) (?:is|'s)"
                   r" (?:getting|gonna get|going to get) (?:torched|burned|burnt|smashed)"),
    "harm": (0.8, _WILL + r" (?:(?:knock|bang) " + YOU + r" out|beat " + YOU + r" up|do " + YOU +
                  r" in" + _NOT_A_GAME + r"|push " + YOU + r" (?:down|off|in front)"
                  r"|hold " + YOU + r" under|have " + YOU + r" (?:shot|stabbed|jumped|done in"
                  r"|battered|merked|beaten up)|make " + YOU + r" (?:bleed|suffer)"
                  r"|(?:break|smash|kick|cave|stamp on|jump on) " + YOUR + r" " + _BODY +
                  r"|burn " + YOUR + r" house|set " + YOUR + r" (?:house|car|flat|door|hair"
                  r"|bag) on fire|(?:slash|key|smash) " + YOUR + r" (?:tyres|tires|car|windows"
                  r"|bike)|get (?:my|our) (?:brother|brothers|cousin|cousins|mates|boys|older"
                  r" brother|uncle|dad) (?:to|on) (?:sort|batter|do|jump|deal with|smash) " +
                  YOU + r"(?! (?:out |in )?(?:a|an|with|some|for)(?![a-z]))(?: out| in)?)"
                  r"|put(?:ting)? " + YOU + r" in (?:hospital|the ground|a body bag|a wheelchair)"
                  r"|(?:break|smash|kick|cave|stamp on) " + YOUR + r" " + _BODY + r" in"
                  r"|" + _YOU_ARE + r" (?:getting|gonna get|going to get|about to get) (?:jumped"
                  r"|stabbed|shanked|battered|merked|wet|done in|bodied|smoked|hurt|beaten up"
                  r"|knocked out|rushed|shot)" + _NOT_A_GAME +
                  r"|(?:ur|your) (?:whole )?(?:fam|family|mum|mom|dad|brother|sister|bro|sis|nan"
                  r"|little brother|little sister)(?:'s| is| are)? (?:getting|gonna get"
                  r"|going to get|about to get) (?:done in|jumped|stabbed|merked|shot|hurt"
                  r"|battered|wet|shanked)"
                  r"|(?:you'?re|ur|u r|you are|you'?ll be|u'?ll be) (?:leaving|going home|going)"
                  r" in an ambulance|bring the (?:ting|strap|skeng|shank|nine|burner|blade)"
                  r"|(?:riding|ride|slide|sliding|spin|spinning) (?:on|thru|through) (?:their"
                  r"|ur|your|his|the opps'?|opps?'?|them) (?:block|ends|estate|side|area)"
                  r"|" + _YOU_ARE + r" (?:a )?dead (?:man|meat)" + _NOT_MUM),
    # Doom: what will happen, not who will do it.
    "doom": (0.75, r"watch what happens (?:to (?:you|u)|after school|when i see (?:you|u))"
                   r"|if (?:you|u) (?:tell|say|snitch)(?: \w+){0,3},? (?:i'?ll|ill|i will|we'?ll"
                   r"|i'?m gonna|im gonna) (?:\w+ )?(?:make " + YOUR + r" life|hurt|kill|batter"
                   r"|get " + YOU + r"|come for|find " + YOU + r"|ruin)"
                   r"|(?:everyone|every1|everybody|all of (?:you|u|them)|(?:you|u|y'?all|ya'?ll)"
                   r" all|the whole (?:school|class|year)|this (?:whole )?school)(?: (?:at|in)"
                   r" (?:this|that|the) (?:school|class|place))?(?: is| are|'s|'re| will| r)?"
                   r" (?:gonna|going to|will) pay(?= *(?:$|[.!?,😡🔪💀]|for (?:this|that|what"
                   r" (?:they|you|u) did)(?![a-z])|tomorrow|soon|i swear|trust me))"
                   r"|" + _WILL + r" jump (?:him|her|them|you|u)(?! (?:in|into|on|off|over"
                   r"|with)(?![a-z]))"
                   r"|count " + YOUR + r" days|" + YOUR + r" days are numbered|" + YOU +
                   r" (?:won'?t|will not|wont|aint gonna) (?:make it|get) home"
                   r"|(?:we'?re|we are|i'?m|im|they'?re|they are|are"
                   r"|r) coming for " + YOU + _NOT_A_GAME +
                   r"|snitches get stitches|or (?:your|ur) (?:mum|bro|brother|sister|sis|family"
                   r"|dad|nan) gets it|(?:shame|pity) if (?:something|anything) (?:bad )?"
                   r"happen(?:s|ed) to (?:you|u|ur|your|him|her)"
                   r"|(?:shame|pity) if (?:your|ur) (?:\w+ ){0,2}(?:had an accident|got hurt"
                   r"|caught fire|got burned|burned down|got smashed)"
                   r"|(?:wait|waiting) outside " + YOUR +
                   r" (?:house|school|door|flat)|(?:i'?ll|we'?ll|i will|we will) be waiting "
                   r"(?:for (?:you|u|him|her)|outside)|pull(?:ing)? up (?:on|to) (?:you|u|him"
                   r"|her|them"
                   r"|(?:ur|your) (?:ends|area|house|block))"
                   r"|no (?:teachers?|one|1|adults?) (?:to|will|can|gonna) (?:save|help|protect) "
                   + YOU + r"|" + YOUR + r" (?:mum|dad|family|brother|sister) (?:is|are|will be)"
                   r" next"),
    # Shared pictures used as a threat: sextortion, the harm that grows fastest among children.
    "expose": (0.85, r"\d+ or (?:i|i'?ll|ill|we'?ll|everyone) (?:post|send|share|leak|show|tell"
                     r"|will|gets)"
                     r"|or (?:i|i'?ll|we'?ll|we) (?:post|send|share|leak|show) (?:the|ur|your|those"
                     r"|these|them|it|all)|" + _WILL + r" (?:send|share|post|show|leak"
                     r"|put) (?:the|ur|your|those|these"
                     r"|them|it|this|that|all (?:the|ur|your)) (?:pics?|pictures?|photos?|nudes"
                     r"|videos?|vids?|screenshots?)(?: to| with| everywhere| online| on)"
                     r"|everyone (?:will|gonna|is gonna|is going to) see (?:ur|your|the|those)"
                     r" (?:pics|nudes|photos|videos?)|unless (?:you|u) (?:send|pay)"
                     r"|or (?:the|ur|your|that|this) (?:video|vid|pics?|photos?|nudes?"
                     r"|screenshots?) (?:goes|go|gets|will go|is going|get) (?:out|in|on|to|round"
                     r"|everywhere|viral|up)"
                     r"|(?:video|vid|pics?|photos?|nudes?) (?:goes|go|is going|gets|will go) (?:out"
                     r"|up|online|everywhere|round) (?:tonight|2nite|tomorrow|today|unless|if "
                     r"(?:u|you) (?:don'?t|dont))|unless (?:u|you) do (?:what|wat|wot) i say"
                     r"|do (?:what|wat|wot) i say or"),
    "menace": (0.5, r"if (?:u|you) know (?:what'?s|whats|what is) good for (?:u|you)"
                    r"|wait (?:till|until|til) (?:i (?:see|catch|get|find) " + YOU +
                    r"|after school)|sleep with one eye open"
                    r"|(?:catch|caught|catching) " + YOU + r" lackin(?:g|')?|i'?ll find " + YOU +
                    r"|(?:wanna|want to|let'?s|come|gonna) square up|square up (?:to me|then)"
                    r"|" + _YOU_ARE + r" gonna get it|" + _YOU_ARE + r" next(?![a-z ])"
                    r"|(?:catch|get|find) " + YOU + r" (?:on the way home|after school|outside"
                    r"|at the (?:gates|bus stop|park))|(?:we|i) know (?:which|what) (?:bus|way"
                    r"|route|train) " + YOU + r"|see how hard " + YOU + r" (?:are|r)"
                    r"|one more word and|cross me (?:again|and)|see what happens to " + YOU +
                    r"|(?:don'?t|dont) test me|sort " + YOU + r" out(?! with| for)"
                    r"|make " + YOUR + r" life (?:hell|a living hell|miserable)"
                    r"|got a (?:ting|shank|blade|strap|nine|machete) on (?:him|me|them)"
                    r"|next time i see " + YOU + r",? " + _YOU_ARE + r" (?:getting|gonna get) it"
                    r"|" + _WILL + r" hurt (?:her|him|them)(?! (?:at|in|on|by|with|if)(?![a-z]))"
                    r"|when (?:ur|you'?re|u r|you are|u are) on the floor"
                    r"|(?:i|we) know (?:which|what) (?:door|gate|bus|way|time|route|school)(?: \w+)"
                    r"{0,3} (?:ur|your) (?:little |baby |big )?(?:daughter|son|kids?|children"
                    r"|brother|sister|mum|mom|nan|girl|boy)"
                    r"|(?:i|we) know (?:ur|your) (?:little |baby |big )?(?:brother|sister|daughter"
                    r"|son|kids?|mum|mom|nan) (?:walks|goes|gets|comes|is)(?: \w+){0,3} (?:home"
                    r"|alone|on (?:her|his|their) own|by (?:her|him)self)"
                    r"|tell (?:ur|your) (?:\w+ ){0,2}to watch (?:her|him|them)sel(?:f|ves)"
                    r"|(?:bring|bringing) something (?:to|into) school"
                    r"|(?:everyone|every1|all of (?:you|u|them)|they) (?:who|that) (?:laughed"
                    r"|bullied|picked on|made fun)(?: \w+){0,4} (?:is|are|will) (?:gonna |going to"
                    r" )?pay"
                    r"|(?:don'?t|dont|do not) (?:come|go) (?:in|to|into) (?:school|college"
                    r"|the club)(?: \w+){0,2}[.!,]* (?:just )?a (?:friendly )?warning"),
})  # fmt: skip

_CLOTHES_WORDS = r"top|shirt|clothes|bra|pants|knickers|trousers|boxers|bikini|underwear|hoodie"
_CLOTHES = r"(?:" + _CLOTHES_WORDS + r")"
#: What a picture of a child in is a sexual request, whoever asks ("a pic of u in ur bra").
_UNDERWEAR = r"(?:bra|pants|knickers|boxers|bikini|underwear|lingerie|thong)"

SEXUAL = PhraseList.build("sexual", "S2", "sexual content", {
    "explicit": (0.85, r"nudes?|naked|porn|horny|blowjob|bj|dick|cock|pussy|boobs?"
                       r"|tits|fuck me|(?:send|sned|snd) (?:me )?(?:a )?"
                       r"(?:pic|pics|photo|photos|selfie|vid|video)s? (?:of|in|with) (?:your"
                       r"|ur) (?:body|bum|butt|ass|arse|chest|privates|" + _CLOTHES_WORDS + r")"
                       r"(?![a-z])"
                       r"|(?:can i|let me|wanna|want to|i wanna|i want to) see (?:you|u) in (?:your"
                       r"|ur|a|just (?:your|ur)) " + _UNDERWEAR +
                       r"|(?:what'?s|whats|what is) under (?:your|ur) (?:skirt|dress|top|clothes"
                       r"|shirt|towel|uniform)"
                       r"|(?:i'?m|im|got|getting|i get) (?:so |rock |really )?hard (?:thinking"
                       r" about|looking at|because of|for) (?:you|u|ur|your)"
                       r"|(?:fun|stuff|play|mess around) in (?:my|your|ur) bed(?! (?:fort|den))"
                       r"|(?:pic|photo|selfie|vid|video)s? of (?:you|u|urself|yourself) in "
                       r"(?:(?:your|ur|a|just|only|ya) )?(?:\w+ )?" + _UNDERWEAR +
                       r"|masturbat\w*|orgasm|cum|(?:you|u)(?:'re| are| r| look| looking)"
                       r" (?:so |really |well |proper )?sexy|sexy (?:pics?|photos?|body|selfie"
                       r"|legs|bum)|show me (?:your|ur|ya) (?:bra|underwear|knickers|boxers|boobs"
                       r"|tits|bum)|(?:do|did|have) (?:you|u) (?:ever )?touch(?:ed)? "
                       r"(?:yourself|urself|your ?self)"
                       r"|(?:send|sned|snd) (?:me )?(?:a )?(?:hot|naughty|dirty|spicy)"
                       r" (?:pic|pics|photo|photos|selfie|vid|video)s?"
                       r"|touch(?:ing)? (?:my|your|ur) ?self (?:thinking|when|about|for)"
                       r"|i'?m touching my ?self|giv(?:e|es|ing) (?:you |u |me )?head"
                       r"|🍆💦|🍆 💦|💦🍆|💦 🍆|🍑💦|🍑 💦"
                       r"|(?:wanna|want to|gonna|going to|i'?d|id|let me) (?:lick|suck|touch|feel)"
                       r" (?:you|u|ur|your) (?:all over|everywhere|body|boobs|tits|down there)"
                       r"|(?:come over|come round|come to mine) and (?:do stuff|do things|mess"
                       r" around|fool around) (?:when|while) (?:my|ur|your) (?:parents|mum|dad"
                       r"|mam)(?:'s| is| are)? (?:out|away|not (?:in|home)|at work)"),
    # Teenagers' spellings and slang for the same requests and acts.
    "slang": (0.85, r"noods|n00dz|nudez|dick pics?|(?<!on )(?<!about )sext(?:s|ing|ed)?|dtf"
                    r"|shag(?:ging|ged)?|suck my|sit on my face|finger(?:ed|ing) (?:her|him|me|you)"
                    r"|show me (?:your|ur) (?:boobs|tits|bum|ass|body|chest|privates)"
                    r"|take (?:your|ur) clothes off|get naked|onlyfans|slut|whore"),
    # Undressing on a camera, and trading pictures: how children are coerced.
    "camera": (0.85, r"(?:take|takes|taking|took) (?:off )?(?:your|ur) " + _CLOTHES +
                     r"(?: off)? (?:on (?:cam|camera|facetime|video|call)|for me)"
                     r"|strip (?:for me|on cam)|(?:i'?ll|i will) (?:send|show) (?:you|u) mine if"
                     r"|(?:pic|selfie|photo|video|vid)s? (?:with )?(?:nothing on|no clothes"
                     r"|without (?:ur|your|a) (?:top|clothes|shirt|bra|pants))|with nothing on"
                     r"|less clothes the better|(?:with )?no clothes on|£\d+ for (?:a |some )?"
                     r"(?:pics?|photos?|selfies?|videos?)|send (?:me )?(?:something|sum|smth)"
                     r" (?:spicy|naughty|dirty|hot)|(?:your|ur) (?:body|figure|legs|bum|chest"
                     r"|curves) (?:is|are|look|looks) (?:\w+ ){0,3}for (?:your|ur) age"
                     r"|(?:hot|fit|sexy|developed|grown) for (?:your|ur) age"
                     r"|(?:teach|show) (?:you|u) (?:things|stuff) (?:boys|girls|people|lads|kids)"
                     r" (?:ur|your) age"
                     r"|send (?:yours|urs) first"
                     r"|(?:video ?call|facetime|ft|call|cam|snap) (?:me )?(?:from|in) (?:the"
                     r"|ur|your) (?:bath|shower)"
                     r"|(?:got|have|has) (?:a |such a )?(?:\w+ ){0,2}(?:body|figure) for (?:ur"
                     r"|your) age"
                     r"|on (?:cam|camera|facetime|vc|video)[^.!?]{0,40}(?:take|took|taking) "
                     r"(?:off )?(?:the|that|ur|your) " + _CLOTHES +
                     r"|(?:pic|picture|photo|video|vid)s? of (?:his|her) (?:thing|willy|privates?"
                     r"|bits|dick|cock|junk)"),
    # Pressure and the talk around it: "everyone's done it", "if you loved me you would".
    "pressure": (0.7, r"if (?:u|you) (?:really )?(?:loved|liked|trusted|cared about) me (?:u|you)"
                      r"(?:'d| would)(?: (?:do it|send (?:one|it|pics?|nudes?|me one)|show me)"
                      r"(?: on (?:facetime|cam|camera|vc|snap))?)?(?=[ .!?😘😏🥺]*$)"
                      r"|(?:everyone|all (?:ur|your) (?:mates|friends))(?: \w+){0,4}"
                      r" (?:has|have|'?s) (?:done it|had sex|sent (?:one|nudes|pics))"
                      r"|(?:thinking (?:about|of)|picture|imagine|imagining) (?:u|you) in (?:ur"
                      r"|your) (?:school )?(?:uniform|skirt|swimsuit|bikini|pe kit|underwear|pjs"
                      r"|pyjamas)"
                      r"|(?:ur|your) (?:legs|bum|body|ass|butt|thighs) in (?:that|those|ur|your) "
                      r"(?:\w+ )?(?:skirt|shorts|leggings|dress|uniform|swimsuit|kit)"
                      r"|(?:dares?|truth or dare)[^.!?]{0,40}(?:spicy|dirty|naughty|18\+|nsfw)"
                      r"|spicy (?:dares?|pics?|photos?|vids?|snaps?)"
                      r"|(?:do|doing) the thing (?:we talked about )?on (?:cam|camera|facetime|vc)"
                      r"|the thing we talked about on (?:cam|camera|facetime|vc)"
                      r"|come (?:round|over|to) (?:mine|my house|my place) when (?:my|ur|your) "
                      r"(?:parents|mum|dad|mom)(?:'s| are| is)? (?:out|away|not in|at work)"),
    # A picture asked for in trade or in the bath, and the body asked about on a call.
    "trade": (0.85, r"(?:i'?ll|ill|i will) (?:send|show) (?:u|you) (?:a pic|one|mine|a photo"
                    r"|a vid) if (?:u|you) (?:send|show) (?:me )?(?:one|yours|a pic|a photo)"
                    r"|(?:send|show|post|take|film) (?:me )?(?:a |some |any )?(?:pics?|vids?"
                    r"|videos?|photos?|selfies?) of (?:u|you|ur ?self|yourself) in the (?:shower"
                    r"|bath)|(?:send|show|sell|got any|have any) (?:me )?(?:ur |your |some )?"
                    r"(?:feet|foot) pics|(?:bra|cup) size|(?:are|r) (?:u|you) wearing anything"
                    r"|facetime (?:me )?(?:in the bath|in the shower|naked|with nothing on)"),
    "body": (0.7, r"good in bed|what (?:colou?r )?(?:underwear|knickers|bra|pants|boxers) "
                  r"(?:are |is )?(?:you|u) (?:got on|wearing)|what colou?r (?:underwear|bra"
                  r"|knickers)"
                  r"|(?:wanna|want to) see my (?:willy|thing|privates|bits)"
                  r"|(?:come )?sit on my (?:lap|knee)|i (?:want|wanna) to touch (?:you|u|ur)"
                  r"|what colou?r (?:is|are) (?:ur|your|you'?re|youre) (?:underwear|bra|knickers"
                  r"|pants|boxers|thong)"
                  r"|(?:wanna|want to|let'?s|lets|we should|shall we|do (?:u|you) (?:wanna|want to)"
                  r"|will (?:u|you)) (?:have sex|fuck|shag)(?: (?:me|with me|tonight|later))?"
                  r"(?! (?:off|up|it|this|that|ed|education|talk|lessons?)(?![a-z]))"
                  r"|wet dreams? (?:about|of|over) (?:you|u|her|him|them|ur|your)"
                  r"|grown[ -]?up (?:stuff|things|games)"),
    # On a call, alone an ordinary request: a warning. So too the signs of being alone with
    # someone and of passing on a picture.
    "camera_hint": (0.45, r"(?:turn|move|point|put) the (?:camera|cam|phone) (?:down|lower)"
                          r"|facetime (?:me )?in bed"
                          r"|(?:video|vid) together,? just us|(?:ever )?done (?:stuff|things"
                          r"|anything) with a (?:boy|girl"
                          r"|guy|man|lad)|(?:want me to|should i|gonna|i'?ll) forward it"
                          r"|(?:forward|share|send round|spread|post) (?:the|her|his|their) (?:pic"
                          r"|pics|nudes|photo) (?:she|he|they) sent"),
    # Comments on a child's body: the harassment that children most often report from peers.
    "remarks": (0.6, r"(?:you'?ve|youve|you have|u have|uve|u got|you got|she'?s got|shes got"
                     r"|she has) (?:a |such a |such |got a )?(?:nice|fit|peng|great|lovely|big"
                     r"|sexy|juicy) (?:bum|arse|ass|boobs|tits|chest|thighs|body)(?! of)"
                  r"|see down (?:your|ur|her) top|(?:look|looks|looked|would look|'d look) (?:so )?"
                  r"(?:good|hot|fit|sexy|peng) in (?:a |your |ur |her |that )?(?:bikini|swimsuit"
                  r"|underwear|bra|thong|lingerie)"),
    "smash": (0.7, r"(?:i'?d|id|i would|i wanna|i want to) (?:smash|bang|tap that|hit that)"
                   r"(?= *(?:$|[.!?😏🥵😉😍]|lol|tbh|ngl))"),
    "suggestive": (0.55, r"seggs|secks"  # "sex" as written to slip past filters
                         r"|(?<!and )sex(?!ual health|ual orientation| ?ed(?:ucation)?(?![a-z])"
                         r"| and relationships)(?:ual(?:ly)?)?|sexy"
                         r"|what are " + YOU + r" wearing|take (?:it|your top|ur top) off"
                         r"|take off (?:your|ur) " + _CLOTHES +
                         r"|(?:wanna|want to|let'?s|we should) hook up|rate my body"
                         r"|what colou?r (?:is|are) (?:your|ur) (?:bra|underwear|knickers|pants)"
                         r"|thirst trap|mature for (?:your|ur) age"
                         r"|turn(?:s|ed)? me on|in (?:your|ur) " + _UNDERWEAR +
                         r"|touch (?:your|ur)self"
                         r"|(?:stand up|turn around|spin round) (?:and )?(?:do a twirl )?on "
                         r"(?:cam|camera|facetime|vc)|do a twirl on (?:cam|camera|facetime|vc)"),
})  # fmt: skip

#: Groups banned in the UK, and movements that recruit young people, as support and praise name
#: them ("i support the taliban", "isis are heroes").
_BANNED_GROUPS = (
    r"(?:isis|isil|daesh|islamic state|al[ -]?qaeda|al[ -]?shabaab|boko haram|taliban|hamas"
    r"|hezbollah|national action|atomwaffen|sonnenkrieg|combat 18|kkk|mujahideen"
    r"|patriotic alternative)"
)

EXTREMISM = PhraseList.build("extremism", "S2", "extremist or radicalising content", {
    # Naming a group is not supporting it (children talk about the news): a warning on its own,
    # more with the model's reading or other entries.
    "groups": (0.55, r"isis|isil|daesh|islamic state|al[ -]?qaeda|al[ -]?shabaab|boko haram"
                    r"|national action|atomwaffen|combat 18|blood and honour|kkk"),
    # "jihad" alone is a word of Islam that children meet in RE: a warning, not a hold.
    "jihad_word": (0.5, r"jihad|martyrdom|britain first|beheading videos?|lone (?:wolf|wolves)"),
    "jihad": (0.75, r"jihad(?:i|is|ist|ists)|mujahid(?:een|in)?|caliphate|khilafah|shaheed"
                    r"|martyrdom operation|kuffar|kafir|crusaders?|apostates?|takfir|baqiyah"),
    "far_right": (0.75, r"race war|racewar|white genocide|great replacement|14 words|heil hitler"
                        r"|secure (?:the existence of our people and )?a future for white children"
                        r"|sieg heil|(?:white|aryan) race (?:must|will) (?:rise|survive)"
                        r"|(?:our|the white|the aryan) race needs (?:you|u|us)"
                        r"|deus vult|(?:time for|start|begin|launch|we need) (?:a |the )?"
                        r"(?:new|next) crusade"
                        r"|take (?:our|this|the) country back (?:by force|with force|with"
                        r" violence|by any means|with guns)"
                        r"|purge (?:them|the (?:rest|invaders|traitors|non ?whites|kuffar))"
                        r"|another (?:7/7|9/11|7 7|9 11|christchurch|columbine)"
                        r"|next saint(?!'?s? day)|be the spark|accelerationis\w+|day of the rope"
                        r"|zog"
                        r"|active club|(?:burn|kill|remove|expel|fight) the invaders|invaders out"
                        r"|defend europe|(?:mosques|synagogues|churches)"
                        r" are (?:enemy|targets)|time to (?:hit|attack|strike) them"
                        r"|white power|remigration|rahowa|14 ?/ ?88|14 88"
                        r"|(?:the|our) (?:white )?race is under attack|white race"
                        r"|the system (?:won'?t|will not|wont) collapse on its own|more saints"
                        r"|supreme gentleman|beta uprising|incel (?:rebellion|uprising)"
                        r"|er did nothing wrong|(?:st\.?|saint) elliot|go er"
                        r"|national socialism (?:is|was) (?:the|our) (?:only )?(?:answer|way"
                        r"|future|solution)|holo ?hoax|(?<!say the )(?<!says the )(?<!said the )"
                        r"(?<!claim the )(?<!claims the )(?<!myth the )holocaust (?:never happened"
                        r"|didn'?t happen"
                        r"|is a (?:lie|hoax|myth)|was (?:a lie|a hoax|fake|exaggerated))"),
    # Fans of school shooters and of filmed attacks: praise, a call to copy, the footage.
    "shooters": (0.85, r"(?:school )?shooters? (?:are|were|r) (?:heroes|legends|gods|saints"
                       r"|kings|icons|based)|columbine (?:boys|kids|2\.0|two point o)"
                       r"|(?:next one|the next) (?:they|people) (?:talk about|see) on the news"
                       r"|shoot(?:ing)? up the school would"
                       r"|(?:planning|plan) (?:something|an attack|a hit) (?:for|on|at) the "
                       r"(?:mosque|synagogue|church|temple|gurdwara|school)"
                       r"|(?:livestream|manifesto|footage|the video of the (?:attack|shooting))"
                       r"(?: \w+){0,6} before (?:it(?:'s| gets| is)|they) (?:taken down|banned"
                       r"|deleted|removed|take it down|delete it)"
                       r"|christchurch (?:video|livestream|footage|stream)"
                       r"|(?:foids|femoids)(?: \w+){0,4} (?:will|must|gonna) pay"),
    "vocabulary": (0.3, r"dawlah|khilafa|kuffaar?|murtad(?:een|in)?|taghut|tawagh?eet|raqqa"
                        r"|mosul|dabiq|amaq|baghdadi|mujahideen|shaheed|shuhada|rafidah?|rafidi"
                        r"|nusayri|sahwat?|ahlus? sunnah|hijrah to sham|bay'?ah|baya|khalifah"),
    # Praise of attackers and their attacks; naming them (a history lesson, the news) is not.
    "glory": (0.85, r"(?:tarrant|breivik|dylann roof|brenton|hitler|bin laden|osama|baghdadi"
                    r"|thomas mair|elliot rodger|the columbine shooters"
                    r"|jihadi john|the (?:christchurch|buffalo|el paso|manchester|bataclan"
                    r"|london bridge|westminster|halle|utoya|new zealand) "
                    r"(?:shooter|bomber|attacker|killer)"
                    r"|(?:he|they) who took action|(?:the )?" + _BANNED_GROUPS +
                    r") (?:is|was|are|were|r) (?:a |my |our |an )?"
                    r"(?:hero|heroes|saint|saints|legend|legends|martyr|martyrs|king|god|icon|idol"
                    r"|inspiration|right(?! (?:next|there|here|behind|in|at|on|by|near|now))"
                    r"|based(?! on)|genius)"
                    r"|saint (?:tarrant|breivik|roof|brenton)|the saints who"
                    r"|(?:tarrant|breivik|dylann roof|brenton|anders|gendron|crusius|bowers|hitler"
                    r"|adolf"
                    r"|the (?:christchurch|buffalo|el paso) (?:shooter|guy)) did nothing wrong"
                    r"|we need more (?:like|people like) (?:tarrant|breivik|roof|him|them)"
                    r"|(?:attack|attacks|bombing|shooting|massacre|9 ?11) (?:was|were) "
                    r"(?:a blessing|justified|deserved|based|a good thing|necessary|beautiful"
                    r"|a victory)"
                    r"|(?:do|did|repeat|copy|finish) what (?:they|he|tarrant|breivik) "
                    r"(?:did|started) (?:in|at) \w+|like (?:they|he) did in (?:christchurch"
                    r"|new zealand|buffalo"
                    r"|manchester|paris|norway|el paso|halle)"),
    # Support for a banned group, wishing for a leader like Hitler, an attack as a beginning,
    # the conspiracy of a hidden rule, women "protected" from "invaders", a recruiting chat.
    "support": (0.75, r"(?:i|we) (?:support|love|stand with|back|am with|are with|follow) (?:the )?"
                      + _BANNED_GROUPS +
                      r"|(?:long live|victory to|glory to) (?:the )?(?:isis|islamic state|caliphate"
                      r"|khilafah|taliban|mujahideen|national action|white race|aryan race)"
                      r"|(?:isis|islamic state|daesh) (?:are|is) the only (?:real|true) (?:muslims"
                      r"|islam)"
                      r"|(?:we|britain|europe|the uk|this country|england|germany) needs? "
                      r"(?:a |another )?(?:new )?(?:leader like hitler|hitler)"
                      r"|(?:christchurch|buffalo|el paso|halle|utoya|9 ?11|7 ?/? ?7|the mosque"
                      r" (?:attack|shooting)) (?:was|is) (?:a good start|just the (?:start"
                      r"|beginning)|only the (?:start|beginning))"
                      r"|(?:run|controlled|owned|ruled) by (?:the )?(?:zionists|zog|jews|the jews)"
                      r"|protect (?:our|the) (?:women|girls|daughters|kids|children) from (?:the "
                      r"|these )?(?:invaders|immigrants|migrants|muslims|foreigners|rapefugees)"
                      r"|(?:telegram|discord|signal|whatsapp) (?:group|chat|server|channel) (?:for"
                      r"|of) (?:real |true )?(?:patriots|nationalists|brothers|believers)"),
    "martyr": (0.85, r"(?:be|become|die as|die) a (?:martyr|shaheed)|martyrs? (?:await|paradise)"
                     r"|paradise awaits|pledge (?:allegiance|bay'?ah) to"
                     r"|(?:go|going) (?:and )?fight (?:for|in|with) (?:islam|allah|the ummah"
                     r"|the brothers|sham|syria)"
                     r"|(?:loved?|love) islam (?:you|u)'?d (?:go and |go )?fight"
                     r"|(?:every|all|each) (?:muslims?|believers?) (?:must|should|has to|have to"
                     r"|needs? to) (?:fight|take up arms|join the fight|rise up)"
                     r"|read (?:his|the|their) manifesto|only violence works"
                     r"|violence is the only (?:way|answer|solution)"
                     r"|no political solution|nationalists with guns|race traitors?"
                     r"|hitler (?:is|was) (?:my|a|our) (?:hero|idol|legend|god)"),
    "symbols": (0.45, r"martyr|manifesto|swastikas?|black sun|sonnenrad|totenkopf|1488|caliph"
                      r"|foids|femoids|blackpill\w*|chads and stacies"
                      r"|the brother i (?:talk|speak|chat) to online|the brothers online"
                      r"|who'?s next|took action|take action|deus vult|redpilled"),
    "call": (0.65, r"join the (?:fight|cause|struggle|brothers)|die for the cause"
                   r"|(?:the )?(?:new )?ira (?:should|need to|needs to|must) (?:start|come back"
                   r"|rise|bomb|return)|bring back the (?:ira|troubles|armed struggle)"
                   r"|(?:kill|behead|slaughter) (?:the )?"
                   r"(?:infidels|unbelievers|non[ -]?believers)"),
})  # fmt: skip


def _words_of(items) -> list[str]:
    """Every string a parsed pattern of literals, groups, alternatives and ``?`` matches, in the
    order the regex engine tries them."""
    out = [""]
    for op, av in items:
        if op is _sre.LITERAL:
            out = [o + chr(av) for o in out]
        elif op is _sre.SUBPATTERN:
            out = [o + x for o in out for x in _words_of(av[3])]
        elif op is _sre.BRANCH:
            alternatives = [x for branch in av[1] for x in _words_of(branch)]
            out = [o + x for o in out for x in alternatives]
        elif op is _sre.MAX_REPEAT and av[:2] == (0, 1):
            out = [o + x for o in out for x in [*_words_of(av[2]), ""]]
        else:
            raise ValueError(f"not a pattern of literals: {op} {av}")
    return out


def shared_beginnings(pattern: str) -> str:
    """A pattern of whole words ("muslims|muzzies|jews|..."; every use puts a space or the end
    of a word after it) rewritten with the words' common beginnings shared
    ("mu(?:slims|zzies)|jews|..."), to match what it matches: the engine tries the alternatives
    of an alternation one by one, so a long list was tried word by word at every start of a
    word, where the shared form tries each letter once.

    The words are put in order of their first word, each first word's in their own order, and
    neighbours that begin alike are joined. Two words can match at one place only where one
    is the other's first words ("chinese", "chinese people"): they share a first word and keep
    their order, so the first that matches is the one the list would have matched."""
    words = _words_of(_sre_parse.parse(pattern))
    if not all(w and set(w) <= set("abcdefghijklmnopqrstuvwxyz ") for w in words):
        raise ValueError("whole words of letters only")
    words.sort(key=lambda w: w.split(" ")[0])  # stable: each first word keeps its order

    def joined(group: list[str], depth: int) -> str:
        alternatives = [
            re.escape(ch) + joined(list(run), depth + 1) if ch else ""
            for ch, run in groupby(group, key=lambda w: w[depth : depth + 1])
        ]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return joined(words, 0)


_ADJECTIVE_WORDS = (
    r"(?:polish|romanian|muslim|jewish|black|gay|irish|chinese|indian|african|pakistani|foreign"
    r"|immigrant|trans|gypsy|asian|arab|somali|paki|lesbian|disabled|albanian|kurdish)"
)
_ADJECTIVES = shared_beginnings(_ADJECTIVE_WORDS)
_GROUP_WORDS = (
    r"(?:" + _ADJECTIVES + r" (?:footballers|players|lads|kids|families|students)"
    r"|muslims|muzzies|jews|blacks|black people|gays|gay people|homos|queers|lesbians"
    r"|immigrants|migrants|refugees|asylum seekers|pakis|pakistanis|indians|bangladeshis"
    r"|gypsies|gypos|pikeys|travellers|roma|trans people|trans kids|trannies|asians|chinese"
    r"|chinese people|foreigners|arabs|christians|hindus|sikhs|catholics|disabled people"
    r"|disabled kids|the disabled|spastics|poles|polish people|romanians|eastern europeans"
    r"|africans|somalis|nigerians|mexicans|the irish|irish people|white people|women"
    r"|black players|deaf (?:kids|people)|blind people|people in wheelchairs|wheelchair users"
    r"|kids with down syndrome|autistic (?:kids|people)|non ?binary (?:people|kids)"
    r"|trans (?:women|men)|bi people|bisexuals|jewish people|muslim people|the chinese|the poles"
    r"|the jews|the muslims|the blacks)"
)
_GROUPS = shared_beginnings(_GROUP_WORDS)
# What is said of a whole group that makes it hatred: vermin, dirt, crime, not human.
_VILE = (
    r"(?:thieves|beggars|scum|vermin|animals|rats|cockroaches|parasites|dirty|filthy|disgusting"
    r"|stupid|thick|inferior|subhuman|terrorists|rapists|criminals|savages|sick|evil|diseased"
    r"|a disease|lazy|smelly|monkeys|apes|pigs|dogs|trash|a plague|freaks|abominations"
    r"|groomers|paedos|nonces|not human|not real people|worthless|a waste of space|superior"
    r"|taking over|invading|ruining (?:everything|this country|britain|our)|the problem|useless"
    r"|dumb|too dumb|a drain|confused|not real|fake|mentally ill|gross|vile|attention seekers"
    r"|ruining (?:\w+ ){0,2}(?:football|sport|school|everything|the country)"
    r"|a waste of (?:\w+ ){0,2}(?:money|space|oxygen|resources|taxes)"
    r"|property(?! (?:owners?|developers?|rights|law|market|prices))|objects"
    r"|possessions|(?:behind|responsible for|to blame for) (?:9 ?/? ?11|covid|the pandemic"
    r"|everything|all (?:the )?wars|it all|all this))"
)

HATE = PhraseList.build("hate", "S2", "hateful language about a group", {
    # Leetspeak and masks are read as letters before matching ("n1gg", "f*gs").
    "slurs": (0.9, r"nigg(?:er|a|az|ers|as)|faggots?|(?:a|ur|you|u|ya) fag|kikes?|spic|chinks?"
                   r"|chinky|ching chong|trann(?:y|ies)|retard(?:s|ed)?|pakis?|wogs?|gollywogs?"
                   r"|coons?|dykes?|towel ?heads?|rag ?heads?|sand ?nigg\w*|muzzies?|gypos?"
                   r"|pikeys?|spastics?|spaz|mongs?|yids?|nig ?nogs?|darkies|jungle bunn(?:y|ies)"),
    # Gypsy, Roma and Traveller children meet this more than most, in these words.
    "travellers": (0.75, r"(?:smelly|dirty|thieving|filthy|fucking|stupid|scummy|scum|tramp)"
                         r" (?:gypsy|gypsies|gyppo|gyppos|pikey|pikeys|traveller|travellers)"),
    "groups": (0.7, r"(?:all|those|these|fucking|filthy|dirty) " + _GROUPS +
                    r" (?:are|should|must|need)"),
    # What is said of the group: "X are all thieves", "X should be banned", "X out".
    "vile": (0.75, _GROUPS + r" (?:(?:are|r|is) (?:all |just |only |nothing but |basically "
                   r"|more like |like )?"
                   r"(?:a bunch of |bunch of )?" + _VILE +
                   r"|(?:should|must|need to|deserve to) (?:all )?(?:be banned"
                   r"|be deported|be kicked out|be killed|be shot|be gassed|die|burn|be locked up"
                   r"|go back|go home|leave|get out|be sterili[sz]ed|be put down|be wiped out)"
                   r"|(?:shouldn'?t|should not|mustn'?t) (?:even )?(?:be allowed"
                   r"|be born|exist|be in (?:normal|mainstream|our) schools?)"
                   r"|(?:smell|stink|ruin|drag (?:us|everyone) down|look like "
                   r"terrorists|brought covid|spread (?:disease|covid)|(?:is|are|isn'?t|aren'?t)"
                   r" (?:real|a thing))"
                   r"|(?:go|get|fuck off) (?:home|out|back)"
                   r"|out(?! (?:of|on|in|at|for|to|there|here|now|today"
                   r"|tonight|with)(?![a-z]))"
                   r"|(?:control|run|own) (?:everything|the media|the world"
                   r"|the banks|the government|hollywood)"
                   r"|(?:go to|deserve|belong in|will burn in) hell)"
                   # (A group's name is never an adjective before one of these words, so the
                   # group's sayings, tried first, never take this one's place.)
                   r"|" + _ADJECTIVES + r" (?:scum|rats|vermin|cockroaches|parasites|pigs"
                   r"|bastards|cunts|twats)"
                   r"|(?:no|ban all|ban) " + _GROUPS + r" (?:allowed|on|in|at|near)"
                   r"|(?:women|girls) (?:are )?(?:only good for|belong in) (?:the kitchen"
                   r"|cooking|cleaning|sex|one thing)|need a real man"
                   r"|hitler (?:had|was) (?:the )?right(?: idea| about)?|hitler had a point"
                   r"|finish(?:ed)? what hitler started|(?:the )?only good (?:" + _ADJECTIVES
                   + r"|jew|immigrant|refugee|migrant|foreigner|christian|hindu|sikh)(?: \w+)? is"
                   r" a dead one"),
    # Hatred of a group, said outright ("i hate immigrants"); "i hate maths" is not this.
    "faith_disease": (0.75, r"(?:islam|judaism|sikhism|hinduism|christianity|their religion)"
                            r" (?:is|are) (?:a |like a )?(?:cancer|disease|plague|virus|poison"
                            r"|evil)"),
    "hate_group": (0.7, r"(?:i|we|everyone) (?:hate|hates|despise|can'?t stand|detest) (?:all )?"
                        r"(?:the )?" + _GROUPS),
    "go_back": (0.55, r"go back to (?:your|ur|their) (?:own )?countr(?:y|ies)"
                      r"|send them (?:all )?back|whites only"
                      r"|(?:bloody|filthy|dirty|stinking|smelly) " + _GROUPS +
                      r"|britain for the british|england for the english|keep britain white"),
})  # fmt: skip

#: What may stand between "you're" and the insult: "ur actually so dumb", "you're such a joke".
_SO = r"(?:(?:so|such|a|an|actually|literally|really|genuinely|honestly|just|proper|well) ){0,3}"
TOXIC = PhraseList.build("toxic", "S2", "abusive, bullying or offensive language", {
    "swear": (0.6, r"fuck\w*|shit\w*|cunt\w*|bitch\w*|bastard\w*|wank\w*|twat\w*|prick|arsehole"
                   r"|asshole|dickhead|piss off|motherfucker\w*|bollocks|slag|slut|whore|hoe"),
    "insult": (0.7, YOU + r"(?:'re| are| r) " + _SO + r"(?:ugly|fat|stupid|pathetic"
                    r"|worthless|useless|disgusting|loser|idiot|freak|retard|weirdo|nobody|joke"
                    r"|thick|dumb)"
                    # "ur" is "you're" and "your": an insult only where nothing follows that it
                    # could describe ("ur worthless lol", not "ur stupid phone"). Friends call
                    # each other an idiot or a weirdo fondly: the nouns are left to the model.
                    r"|(?:ur|youre|ure) " + _SO + r"(?:ugly|fat|stupid"
                    r"|pathetic|worthless|useless|disgusting|thick|dumb)"
                    r"(?= *(?:$|[^\w\s]|(?:lol|lmao|tbh|fr|ngl|honestly|and|mate|bro|m8|af"
                    r"|asf|its|it's)\b))"
                    r"|(?:stupid|ugly|fat|dumb|pathetic) (?:bitch|cow|pig|loser|idiot|freak)"
                    r"|no one likes " + YOU + r"|nobody likes " + YOU + r"|everyone hates " + YOU),
    # A disability used as an insult ("that's so autistic"): the slurs are in the hate list.
    "disablist": (0.55, r"(?:that'?s|thats|ur|you'?re|youre|he'?s|hes|she'?s|shes|so) (?:so |such"
                        r" an? |proper |well )(?:autistic|autist|spastic|special needs|downs"
                        r"|mong|window licker)"
                        r"|(?:stupid|dumb|thick|weird|fucking|retarded) (?:autistic|autist"
                        r"|special needs|downs|sped) (?:kid|boy|girl|freak|idiot|loser|twat)"),
    "exclude": (0.55, r"you'?re not (?:invited|welcome)|don'?t let (?:him|her|them) (?:play|join)"
                      r"|go away loser|kill " + YOUR + r"self"
                      # Shutting one person out, and a group told to: bullying with no insult.
                      r"|(?:no ?one|nobody) (?:ever )?(?:picks|wants|invites|rates|talks to"
                      r"|sits with) (?:him|her|them|u|you)(?! to (?:be|get|feel|go|worry))"
                      r"|(?:everyone|every1|all of (?:u|you)|every ?body) (?:just )?(?:ignore"
                      r"|block|unfollow|report|leave) (?:him|her|them)(?! (?:alone|be))"),
    "hate_you": (0.5, r"i hate " + YOU + r"|shut up|stfu|gtfo"
                      r"|(?<!control )(?<!football )(?<!fitness )(?<!neat )freak(?! (?:out|show"
                      r"|accident|weather))"),
    # Shutting someone out: bullying without a swear word in it.
    "shut_out": (0.65, r"(?:no ?one|nobody|no1) (?:wants|likes|needs|invited|cares about|would"
                       r" (?:notice|care|miss)(?: if)?|is coming to|came to) " + YOU +
                       r"|" + _YOU_ARE + r" not (?:welcome|invited|wanted|one of us|coming)"
                       r"|don'?t (?:sit|come|hang around|play) (?:with|near) us"
                       r"|(?:just|go|pls|please|now|so) (?:leave|get out of|get off) (?:the|our) "
                       r"(?:gc|group|chat|team)|(?:made|making|started|new) (?:a |an )?(?:new )?"
                       r"(?:gc|group ?chat|group) without " + YOU + r"|(?:everyone|every1"
                       r"|everybody|we all|they all)(?:'?s| is| are)? (?:laughs?|laughed"
                       r"|laughing|talks?|talking|talked) (?:at|about) (?:how (?:gross|ugly|fat"
                       r"|weird|annoying|cringe|smelly|stupid|thick|sad|desperate|pathetic"
                       r"|embarrassing|dumb) )?"
                       + YOU +
                       r"|no wonder " + YOUR + r" (?:mum|mom|dad|parents|friends|bf|gf)"
                       r" (?:left|hates?|hated|doesn'?t|don'?t|dumped)|why do " + YOU +
                       r" even (?:bother|exist|come)|even " + YOUR +
                       r" own (?:mum|mom|dad|family|parents|friends)"
                       r"|" + YOUR + r" (?:mum|mom|dad|family|parents) (?:doesn'?t|don'?t) "
                       r"(?:want|like|love) " + YOU),
    # About a body or a face.
    "looks": (0.6, r"(?:ugliest|fattest|smelliest|weirdest|dumbest|thickest) (?:girl|boy|person"
                   r"|kid|one|thing) (?:in|at|on|of)|pizza face|crater face|horse face"
                   r"|proper horse|skinny (?:skeleton|rake)|(?:fat|ugly) (?:cow|pig|whale|lard"
                   r"|slob)|(?:you|u|she|he) (?:stink|stinks|reek|reeks)|smelling that bad"
                   r"|(?:you|u|she|he) smells? (?:so bad|disgusting|rank|like (?:shit|poo|piss|bins"
                   r"|bo|old|a (?:bin|toilet|sewer)))"
                   r"|wash "
                   r"(?:bro|mate|yourself|urself|ur ?self)|no one fancies|no one would fancy"),
    # A child's family named as the insult: "ur mum is a slag".
    "family": (0.8, r"(?:ur|your|ya|yo) (?:mum|mam|mom|mother|sister|sis|nan|gran)(?:'s| is| r"
                    r"| are|s)? (?:a |such a |an actual )?(?:slag|slut|whore|hoe|prostitute|skank"
                    r"|tramp|slapper)s?(?![a-z])"),
    "names": (0.6, r"bellend|knobhead|dogshit|wasteman|waste of (?:space|oxygen|air)|minger"
                   r"|minging|nonce|fugly|cry ?baby"
                   # Calling a child a paedophile: the accusation is the insult.
                   r"|(?:ur|you'?re|youre|your|you are|u r|he'?s|hes|she'?s|shes) (?:a |such a "
                   r"|an actual |a proper |a fucking )?(?:paedo|pedo|peado|paedophile|pedophile)"
                   r"|(?:are|r) (?:you|u) (?:really |actually )?(?:that|this|so) (?:dumb|stupid"
                   r"|thick|slow)|embarrass(?:ed|ing)? (?:of|by) (?:you|u)|embarrass (?:urself"
                   r"|yourself)|(?:no ?one|nobody)(?:'s| is)? (?:ever )?(?:gonna|going to|will) "
                   r"(?:pick|like|love|want|date|choose|fancy) (?:you|u)|" + _YOU_ARE +
                   r" out of the (?:chat|group|gc)"
                   r"|(?:voting|vote|voted|kicking|kick|kicked) (?:u|you|her|him) (?:off|out of)"
                   r" the (?:team|group|gc|chat|squad)|only (?:asked|went out with|liked|dated) "
                   r"(?:u|you) (?:out )?(?:for|as) a (?:dare|joke|bet)|(?:so )?everyone can see "
                   r"how (?:desperate|sad|pathetic|cringe|ugly|fat|weird|stupid)"
                   r"|(?:and|or) (?:i'?m|im|i'?ll|ill|i will|we'?re|we'?ll) (?:sending|send"
                   r"|posting|post|sharing|share|screenshotting|screenshot) (?:it|this|them|that)"
                   r" (?:to|in|round|with) (?:the whole|everyone|every)"
                   r"|everyone (?:post|comment|spam) (?:a )?(?:clown|🤡|🤮)"
                   r"|" + YOUR + r" (?:mum|mom|dad|parents) (?:must )?(?:regrets?|regretted) "
                   r"(?:having )?(?:u|you)|skinny rat|charity case|attention seeker"
                   r"|(?:that'?s )?all (?:ur|you'?re|your|you are) good for"
                   r"|did (?:the|ickle|lil|little) (?:baby|babby) get (?:upset|sad|angry)"
                   r"|(?:kicked|removed|booted) (?:you|u) "
                   r"(?:out of|from|off) the (?:chat|group|gc)|only (?:picks|likes|invited|talks "
                   r"to) (?:you|u) (?:cos|because)|whale alert|beached whale"
                   r"|(?:ur|you'?re|youre|you are|u r) (?:such )?an? (?:embarrassment|disgrace)"
                   r"|imagine (?:having|being) (?:no (?:dad|mum|mom|parents|friends|mates)"
                   r"|(?:that|so) (?:poor|ugly|fat|thick|dumb))"
                   r"|(?:everyone|every1|everybody|the whole (?:class|school|year|team)|we all"
                   r"|they all) (?:thinks?|says?|knows?) " + _YOU_ARE + r" " + _SO +
                   r"(?:weird|smelly|ugly|fat|a freak|a loser|disgusting|gross|annoying|cringe"
                   r"|a joke|stupid|thick|pathetic|a weirdo|dirty|minging|a slag)"),
    # Wishing harm on someone: abuse, not a threat (no one says they will do it).
    "wish_harm": (0.8, r"(?:i |i really |i just |i honestly )?(?:hope|wish) (?:" + YOU +
                       r"|" + YOUR + r" (?:mum|mom|dad|family|nan|dog|cat|house|brother|sister"
                       r"|baby)) (?!(?:doesn'?t|dont|don'?t|never|won'?t|wont"
                       r"|didn'?t|didnt|not) )(?:\w+ )?(?:die|dies|chokes?|rots?|drowns?"
                       r"|burns?(?: down)?|suffers?|gets? (?:cancer|aids|stabbed|shot|run over"
                       r"|hit by a (?:bus|car|train|lorry)))(?![a-z])"
                       r"|(?:hope|wish) (?:something bad|bad things|the worst) (?:happens?|comes?)"
                       r" to (?:you|u|ya|her|him|them)"
                       r"|do (?:us|everyone|the world) (?:all )?a favou?r and (?:disappear|die"
                       r"|kill " + YOUR + r" ?self|jump off)"
                       r"|(?:the world|everyone|every1|we|the team|this school) (?:would|will) be "
                       r"better (?:off )?without (?:you|u)(?! (?:in|on|at|for|there|here)\b)"),
})  # fmt: skip

HARM_LISTS = (TOXIC, SEXUAL, HATE, THREAT, SELF_HARM, EXTREMISM)

DISCLOSURE = PhraseList.build("disclosure", "S3", "what may be a disclosure of harm", {
    "abuse": (0.85, r"(?:my |me )?(?:dad|mum|mom|step ?dad|step ?mum|uncle|brother|nan|gran"
                    r"|grandad|grandma|auntie|aunt|mums "
                    r"boyfriend|mum'?s boyfriend|boyfriend|coach|teacher|he|she|they) "
                    r"(?:hits|hit|beats|beat|kicks|kicked|hurts|hurt|touches|touched"
                    r"|punches|punched"
                    r"|slaps|slapped|chokes|choked|strangled|strangles)"
                    r" me(?! ?(?:up|out|off|a high ?five|a hi ?5|high ?fives?|with (?:a |the |her "
                    r"|his )?(?:ball|pillow|snowball|handbag|cushion|newspaper|teddy)"
                    r"|in (?:fortnite|the game|a game|dodgeball))(?![a-z]))"
                    r"|(?:dad|mum|mom|mam|step ?dad|step ?mum|uncle|mum'?s boyfriend|he|she|they)"
                    r" (?:pulled|pulls|grabbed|grabs|yanked) (?:me by )?my (?:hair|throat|neck)"
                    r"(?! (?:by accident|accidentally))"
                    r"|(?:dad|mum|mom|mam|step ?dad|step ?mum|uncle|mum'?s boyfriend|he|she)"
                    r" (?:threw|throws|chucked|chucks|lobbed) (?:a|the|his|her|my) (?:plate|bottle"
                    r"|glass|chair|knife|mug|cup|remote|shoe|phone|bowl|can|pan) at me"
                    r"|(?:touched|touches) me (?:down there|where|when|in)|made me (?:touch|do"
                    r" things|take my clothes)|sexually abused|abus(?:ed|ing) me|raped? me"),
    "fear": (0.7, r"(?:i'?m|im|i am) (?:scared|afraid|frightened) (?:of|to go) (?:my |going )?"
                  r"(?:home|dad|mum|him|her|step ?dad)|don'?t (?:want|wanna) to go home"
                  r"|not safe at home|scared to go home"),
    "neglect": (0.65, r"(?:haven'?t|have not|not) eaten (?:in|for) (?:days|two days|2 days)"
                      r"|no food (?:at home|in the house)"
                      r"|(?:there'?s|theres|there is) never (?:any )?(?:food|anything to eat)"
                      r"(?! left)"
                      r"|(?:haven'?t|havent|have not) (?:had|eaten) (?:tea|dinner|a (?:proper|hot)"
                      r" meal) (?:in|for) (?:ages|days|weeks|two days|\d+ days)"
                      r"|(?:sent to (?:my room|bed)|locked in my room|left in my room)(?: \w+){0,2}"
                      r" without (?:food|dinner|tea|any food|eating) (?:again|for (?:two|three|\d+"
                      r"|a few|days)|all day|every)"
                      r"|without (?:food|eating|any food) (?:again )?for (?:two|three|four|\d+"
                      r"|a few|days)(?: days)?"
                      r"|(?:haven'?t|havent|have not|not) had (?:electric|electricity|gas|heating"
                      r"|hot water|any heating) (?:for|in) (?:a week|weeks|days|ages|\d+ (?:days"
                      r"|weeks))"
                      r"|(?:left|leave) me (?:alone|home alone) "
                      r"(?:for|all)|locked (?:me )?(?:in|out)"),
    "intent": (0.8, r"(?:i'?m|im|i am) (?:going to|gonna) (?:kill|hurt|cut) my ?self"
                    r"|(?:i|ive|i'?ve) (?:cut|been cutting|hurt) my ?self"
                    r"|i (?:want to|wanna) die(?! (?:of|from|laughing|for))"
                    r"|(?:i'?m|im) (?:suicidal|thinking (?:about|of) (?:suicide|killing myself))"
                    r"|took (?:a lot of|loads of|a load of|all my|a handful of|all of my) "
                    + _PILLS),
    # Being bullied, told by the child it happens to (child-on-child abuse).
    "bullied": (0.6, r"(?:people|they|everyone|someone|some kids|kids|girls|boys|the others"
                     r"|older kids)(?: at school| in my class| in my year| online)? (?:keep|keeps"
                     r"|always|are always|won'?t stop) (?:calling me names(?! like)|picking on me"
                     r"|laughing at me|posting (?:stuff|things|pics|videos) (?:about|of) me"
                     r"|hitting me|pushing me|taking my (?:stuff|money|lunch)|making fun of me)"
                     r"|(?:i'?m|im|i am|i'?ve been|ive been|i have been|i get|i keep getting)"
                     r" (?:being )?(?:bullied|called names(?! like)|picked on)"),
    # Violence at home that a child sees: a child living with domestic abuse is a child at risk.
    "home": (0.75, r"(?:my )?(?:dad|mum|mam|mom|step ?dad|step ?mum|uncle|mum'?s boyfriend"
                   r"|mam'?s boyfriend|mom'?s boyfriend|dad'?s girlfriend) (?:hits|hit|beats|beat"
                   r"|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|pushes"
                   r"|pushed|hurts|hurt|batters|battered) (?:my )?(?:mum|mam|mom|dad|her|him"
                   r"|(?:little |baby |big )?(?:brother|sister))"),
    # Touching a child does not want, said the way children say it.
    "touching": (0.8, r"(?:keeps|kept|keep|has been|have been|is always|always|won'?t stop)"
                      r" touching me(?! with (?:its|their|a) )"
                      r"|touch(?:es|ed)? me and i (?:don'?t|didn'?t|do not) (?:like|want) it"
                      r"|(?:makes|made) me (?:feel )?(?:uncomfortable|weird|scared) when (?:he"
                      r"|she|they) touch(?:es|ed)? me"
                      r"|feel (?:weird|uncomfortable|scared) when (?:he|she|they) touch(?:es|ed)?"
                      r" (?:me|my)"
                      r"|(?:keeps|kept|keep|always) touching my (?:\w+ ){1,2}and (?:it )?"
                      r"(?:makes|made) me (?:feel )?(?:weird|uncomfortable|scared|funny)"
                      r"|(?:keeps|kept|keep|always) (?:hugging|kissing|stroking|tickling|cuddling)"
                      r" (?:me|my \w+)(?: \w+){0,3} and (?:it )?(?:makes|made) me (?:feel )?"
                      r"(?:weird|uncomfortable|scared|funny|sick)"
                      r"|touch(?:es|ed)? me (?:in my|on my) (?:private|privates|bum|chest|boobs"
                      r"|willy|fanny)|showed me (?:his|her) (?:private|privates|willy|thing)"),
    # The harms of Keeping Children Safe in Education that a child names in their own words:
    # forced marriage and FGM, criminal and sexual exploitation, a nude passed round, neglect,
    # a parent's words, nowhere to sleep, a family member drawn into extremism (Prevent).
    "marriage": (0.8, r"(?:making|forcing|make|force|made|forced|want) me (?:to )?(?:marry|get"
                      r" married)|(?:taking|sending|take|send) me (?:abroad|back home|to [a-z]+)"
                      r" (?:\w+ ){0,2}to (?:get married|marry|be married)"),
    "fgm": (0.85, r"(?:taking|take|send|sending|took|sent) me (?:abroad|back home|away|to [a-z]+)"
                  r" (?:\w+ ){0,3}to (?:get|be) cut|(?:get|be|being|got) cut down there"),
    "exploited": (0.75, r"(?:older (?:lads|boys|kids|ones|guys|men)|the older ones|a gang|the lads"
                        r"|some (?:lads|boys|men|guys)|these (?:lads|men|guys)) (?:make|makes|made"
                        r"|making|force|forced|forcing|get|got|keep making) me (?:to )?(?:carry"
                        r"|hold|deliver|sell|move|drop off|stash|hide|run|take)(?! (?:the |their "
                        r"|our )?(?:kit|cones|balls?|equipment|goals?|nets?|water|chairs|tables"
                        r"|bibs|tent|bags? (?:to|for) (?:the )?(?:minibus|coach|bus|car|pitch"
                        r"|hall))(?![a-z]))"
                        r"|(?:make|makes|made|making|force|forced|forcing) me (?:to )?(?:carry|hold"
                        r"|deliver|sell|move|stash|hide|drop off) (?:drugs|weed|packages|parcels"
                        r"|a package|a parcel|their stuff|stuff for them|a knife|knives)"
                        r"|if i (?:don'?t|dont|didn'?t) (?:deliver|carry|sell|drop|hold|move)"
                        r" (?:\w+ ){1,3}(?:they|he|she)(?:'ll|'d| will| would| are gonna"
                        r"| is gonna| gonna) (?:hurt|stab|beat|batter|kill|get|do|come for)"
                        r"|(?:gives?|gave|giving|keeps giving|hands?|handed) me (?:weed|drugs"
                        r"|a knife|knives|a blade|(?:packages|parcels|a package|a parcel|bags"
                        r"|a bag)(?= \w+ (?:\w+ )?for (?:him|them|her|some|the olders|the lads"
                        r"|the gang))) to (?:hold|keep|carry|hide|stash|look after|sell|drop off"
                        r"|deliver)"
                        r"|(?:have to|got to|gotta|must) (?:carry|hold|deliver|sell|move|drop off"
                        r"|hide|stash|run) (?:\w+ ){0,3}for (?:them|him|her|some|the olders"
                        r"|the lads|the gang)(?: \w+){0,2} or (?:else )?(?:they|he|she)"
                        r"|(?:an older|this older|some older|a much older|a grown) (?:guy|man|lad"
                        r"|bloke|boy)(?: \w+){0,3} (?:who )?(?:gives|keeps giving|gave|buys"
                        r"|bought|keeps buying) me (?:lifts|rides|money|cash|vapes|weed|alcohol"
                        r"|drink|drinks|booze|vodka|beer|cider|spirits|stuff|presents|gifts"
                        r"|a phone|clothes)"
                        r"|(?:an older|a much older|a grown|this older|some older) (?:boy|guy|man"
                        r"|lad)(?: \w+){0,4} (?:wants me to|asked me to|keeps asking me to|told"
                        r" me to|is taking me to) (?:go to|come to|stay at|sleep at|party with)"
                        r" (?:his|him and his) (?:house|flat|place|party)"
                        r"|(?:an older|a much older|a grown) (?:boy|guy|man|lad) (?:says|said)"
                        r" (?:he'?s|hes|he is) my boyfriend"
                        r"|(?:gave|gives|give) (?:me|us) (?:weed|drugs|pills|coke|some weed|some"
                        r" drugs)(?: \w+){0,2} (?:and )?(?:made|makes|told|tells|asked) (?:me|us)"
                        r" (?:to )?(?:sell|deliver|hold|carry|drop)"
                        r"|(?:give|pay|send|offer)(?:s|ed|ing)? me (?:money|£?\d+|cash|robux"
                        r"|vbucks|v bucks|gift cards?|a phone) (?:\w+ ){0,2}(?:if|for) (?:i )?"
                        r"(?:send|sent|sending|do|did) (?:pics|photos|nudes|a pic|videos?)"),
    "shared_image": (0.75, r"(?:has|got|took|filmed) (?:a )?(?:video|vid|pics?|photos?|nudes?) of"
                           r" me and (?:is |he'?s |hes |she'?s |shes |they'?re |now )?(?:sending"
                           r"|sharing|showing|posting|putting) (?:it|them) (?:round|around|to "
                           r"everyone|online|everywhere|on (?:snap|insta|tiktok|the group))"
                           r"|(?:sent|send) (?:a |my )?(?:pic|photo|nude|picture|video)s? (?:to "
                           r"(?:a |this )?\w+ )?and (?:now )?(?:he|she|they)(?:'s|'re| is| are"
                           r"| has| have)? (?:showing|sharing|sent it to|posting|showed|shared"
                           r"|posted)"),
    "neglect_home": (0.65, r"(?:mum|dad|mam|mom|parents?|step ?dad|mum'?s boyfriend) (?:gets|get)"
                           r" (?:drunk|wasted|high) and (?:smashes|breaks|throws|hits|shouts"
                           r"|screams|goes mad|kicks off|smashed|broke|threw|hit)"
                           r"|(?:mum|dad|mam|mom|parents?) (?:drinks|is drunk|are drunk|takes drugs"
                           r"|gets drunk|is always drunk) (?:every night|all the time|every day"
                           r"|again)|i have to look after my (?:little |baby )?(?:brothers?"
                           r"|sisters?|siblings) (?:because|cos|on my own|every night)"
                           r"|(?:hasn'?t|haven'?t|hasnt|havent) (?:been|come) (?:home|back)"
                           r" (?:since|for|in) (?:days|\w+day|two days|three days|a few days"
                           r"|\d+ days|the weekend)(?!,? (?:cos|because|as|coz|she'?s|he'?s"
                           r"|they'?re|shes|hes) (?:\w+ )?(?:working|away|on holiday|at work"
                           r"|on (?:a |an )?(?:\w+ )?(?:trip|course|holiday)))"),
    "belittled": (0.6, r"(?:dad|mum|mam|mom|step ?dad|step ?mum|parents) (?:says|say|tells me"
                       r"|tell me|calls me|call me|keeps saying|keep saying) (?:(?:i'?m|im|i am)"
                       r" )?(?:worthless|useless|stupid|a waste of space|pathetic|ugly|fat"
                       r"|nothing)(?: and \w+)? (?:every day|every single day|all the time"
                       r"|every night|constantly)"
                       r"|(?:says|said|tells me|told me) (?:(?:i'?m|im|i am|i was) )?a mistake"
                       r"|(?:says|said|tells me|told me) (?:she|he|they) wish(?:es)? i (?:was"
                       r"|were|had) never (?:been )?born"),
    "no_home": (0.7, r"(?:sleeping|staying|slept|stayed) (?:at (?:my |a )?[\w']+|on [\w']+ sofa"
                     r"|rough|in the park|outside) (?:because|cos|coz|cuz|as) i (?:can'?t|cannot"
                     r"|can not) go (?:back )?home"
                     r"|(?:kicked|thrown|chucked) me out(?! of (?:the|my|our) (?:kitchen|room"
                     r"|lounge|game|lobby|server|chat|group|car|lesson|class))"
                     r"|not allowed (?:back )?home"),
    "drawn_in": (0.7, r"(?:brother|sister|cousin|dad|uncle|mate|friend) (?:keeps |has been |is )?"
                      r"(?:watching|sharing|sending me|talking about|showing me) (?:\w+ ){0,3}"
                      r"(?:videos?|stuff|posts) (?:about|of|from) (?:killing|jihad|isis|the "
                      r"caliphate|race war|hitler|the nazis|shooting|attacks?|martyrs?)"),
    "secret": (0.6, r"(?:he|she|they) (?:said|told me) (?:not to tell|to keep it (?:a )?secret)"
                    r"|(?:asked|told) me to keep (?:our|it|this|the|his|her) (?:\w+ )?(?:secret"
                    r"|between us|private)|said not to tell (?:my )?(?:parents|mum|dad|mam"
                    r"|mom)"
                    r"|promise (?:you )?(?:won'?t|not to) tell (?:anyone|my mum|my dad)"),
    # Harm told plainly, in the first person: the words children use when they tell someone.
    "told": (0.85, r"(?:i|i'?ve|ive|i have) (?:was|got|been|have been|'?ve been|was being"
                   r"|am being|keep getting|get) (?:raped|sexually assaulted|molested|abused"
                   r"|groped|assaulted|groomed(?! for| to be| as))"
                   r"|(?:i'?m|im|i am) being (?:abused|hurt|hit|beaten|touched|groomed|raped)"
                   r"|(?:i|i'?ve|ive) (?:get|got|keep getting|been|get being) (?:hit|beaten|whipped"
                   r"|slapped|punched|smacked) (?:with|by) (?:a |the |my )?(?:belt|stick|shoe"
                   r"|slipper|wooden spoon|cane|hairbrush|cable|wire|dad|mum|mam|mom|step ?dad"
                   r"|step ?mum|uncle|brother|mum'?s boyfriend)"
                   r"|bruises? (?:from )?(?:where|when) (?:he|she|they|my \w+) (?:grabbed|hit"
                   r"|kicked|punched|squeezed|held|pushed|pinched)"
                   r"|(?:records|recorded|recording|films|filmed|filming|takes (?:pics|photos"
                   r"|videos) of|took (?:pics|photos|videos) of) me (?:when|while|whilst) (?:i'?m"
                   r"|im|i am|i was|i) (?:changing|getting changed|in the shower|showering|naked"
                   r"|getting dressed|undressed|in the bath|asleep|sleeping)"
                   r"|bruises? (?:from|because of|cos of|off) (?:my )?(?:dad|mum|mam|mom|step ?dad"
                   r"|step ?mum|uncle|brother|mum'?s boyfriend|him|her|them)"
                   r"|(?:said|says|told me) (?:he|she|they)(?:'?ll|'?d| will| would| is gonna"
                   r"| are gonna) (?:hurt|hit|kill|beat) me if i (?:tell|told|say|said)"
                   r"|(?:said|says|told me) (?:that )?if i (?:tell|told|say|said|go to)"
                   r"(?: \w+){0,3},? (?:(?:he|she|they)(?:'?ll|'?d| will| would)|hell|shell"
                   r"|theyll) (?:hurt|hit|kill|beat|batter) (?:me|my \w+)"
                   r"|(?:said|says|told me) (?:that )?if i (?:tell|told|say|said)(?: \w+){0,3},?"
                   r" (?:i'?ll|ill|i will|i'?d|i would|we'?ll|we will) (?:get|be) (?:taken away"
                   r"|taken into care|put in care|sent away|split up)"
                   r"|(?:dad|step ?dad|uncle|mum'?s (?:new )?boyfriend|mums (?:new )?boyfriend"
                   r"|grandad|he|a man|cousin|brother|step ?brother) (?:comes|came|keeps coming"
                   r"|walks|walked|keeps walking) (?:in|into) (?:the bathroom|my room|my bedroom)"
                   r"(?: \w+){0,2} (?:when|while|whilst) (?:i'?m|im|i am|i was) (?:in the shower"
                   r"|showering|in the bath|changing|getting changed|getting dressed|naked)"
                   r"|(?:watches|watched|keeps watching|stares at|keeps staring at) me (?:get"
                   r"|getting|when i'?m|when im|when i am) (?:changed|undressed|dressed|changing"
                   r"|in the shower|showering|naked|in the bath)"
                   r"|(?:said|says|told me|keeps saying) (?:no ?one|nobody|no1) (?:will|would"
                   r"|is going to|gonna) (?:ever )?believe me"
                   r"|(?:makes?|made|making) me keep (?:secrets|it (?:a )?secret|quiet about)"
                   r"|(?:makes?|made|making) me do (?:stuff|things|it|sexual things) (?:i|that i)"
                   r" (?:don'?t|dont|didn'?t|do not) (?:want|wanna|like)"
                   r"|(?:got|was|been|get) touched(?: \w+){0,5} (?:and|when|but) i (?:didn'?t"
                   r"|didnt|did not|don'?t|dont) (?:want|like|say yes|agree)"
                   r"|(?:he|she|they|a man|a guy|this guy|my \w+) (?:made|makes|forced) me do "
                   r"(?:stuff|things|sexual things) (?:(?:in|at) (?:his|her|their) (?:car|van"
                   r"|house|flat|room|bedroom)|to (?:him|her|them))"
                   r"|(?:forced|made|pressured|being forced|being made|being pressured) (?:in)?to "
                   r"(?:have sex|do (?:stuff|things|sexual things)|send nudes|sleep) with "
                   r"(?:older|adult|grown|some|these|his|their|a|an)"
                   r"|(?:got|was|been|get) (?:jumped|mugged|attacked|beaten up|battered)"
                   r"(?: \w+){0,5} (?:and|then) (?:they|he|she|some \w+) (?:took|stole|nicked"
                   r"|robbed|grabbed) my (?:phone|bag|money|bike|coat|jacket|trainers|shoes"
                   r"|stuff)|(?:got|was|been) mugged(?! off)"
                   r"|(?:he|she|they) forced me(?: to (?:have sex|do (?:it|stuff|things)|touch))?"
                   r"(?=\s*(?:[.!?😢😭💔]|$))"
                   r"|(?:showed|shows|keeps showing|made me watch) me (?:videos?|pics|pictures"
                   r"|porn|stuff) (?:of|with) (?:people )?(?:doing|having) (?:sex|it|stuff)"
                   r"|(?:showed|shows|keeps showing) me porn|made me watch porn"
                   r"|(?:dad|step ?dad|uncle|mum'?s (?:new )?boyfriend|mums (?:new )?boyfriend"
                   r"|grandad|he|a man|cousin) (?:comes|came|keeps coming) (?:into|in) my"
                   r" (?:room|bed|bedroom)"
                   r" (?:at night"
                   r"|when (?:mum|mam|mom|everyone)(?:'?s| is)? (?:asleep|out|at work))"
                   r"|(?:hurt|kill|beat|get|batter) my (?:little |baby |big )?(?:sister|brother"
                   r"|mum|mam|mom|dad|family|nan) if i (?:don'?t|dont|do not|tell|say|won'?t)"),
    # Harm that keeps a child from home, and the work of gangs.
    "away": (0.7, r"(?:ran|run|running) away from home|(?:i'?m|im|i am|i'?ve been|ive been|been)"
                  r" sleeping (?:rough|in the park|on the streets?|in a car|outside|in a tent"
                  r"|in a stairwell)"
                  r"|(?:haven'?t|havent|have not|not) been (?:home|back home) (?:in|for) (?:\d+"
                  r"|two|three|four|five|a few|few) (?:days|nights)"
                  r"|(?:owe|owes) (?:them|him|her|some (?:\w+ )?(?:lads|guys|people|boys))"
                  r" (?:money|£?\d+)(?: \w+){0,8} (?:work it off|have to work for (?:him|them"
                  r"|her)|pay (?:it )?back by|do (?:a )?"
                  r"(?:job|drops?|runs?))|have to work (?:it|the debt) off"
                  r"|(?:sent|made|told|asked) (?:out )?to (?:do|run) (?:drops|a drop|runs|a run"
                  r"|deliveries) (?:for|to)?|(?:do|doing|did) (?:drops|runs|a drop|a run) for "
                  r"(?:them|him|some|the olders|the lads|the gang)"
                  r"|keep getting sent to do (?:drops|runs|deliveries)"
                  r"|(?:don'?t|dont|do not) feel safe (?:at home|with (?:my )?(?:dad|mum|mam|mom"
                  r"|step ?dad|step ?mum|uncle|brother|him|her|them))"
                  r"|(?:locks|locked|keeps locking|lock) me in (?:my|the) (?:room|bedroom|cupboard"
                  r"|shed|garage|house)"
                  r"|(?:not allowed|never allowed|don'?t get) to eat (?:until|unless|if)"
                  r"|(?:bf|boyfriend|gf|girlfriend) (?:checks|goes through|reads) my (?:phone"
                  r"|messages|texts)(?: \w+){0,3} (?:angry|mad|jealous|all the time|every day"
                  r"|every night)|(?:bf|boyfriend|gf|girlfriend) (?:won'?t|doesn'?t) let me (?:see"
                  r"|talk to|text|go out with) (?:my )?(?:friends|mates)"
                  r"|(?:man|guy|adult|van|stranger|someone|older (?:man|guy|lad)) (?:who )?"
                  r"(?:(?:waits|keeps waiting|is waiting|was waiting) (?:outside|at|by) (?:school"
                  r"|my house|the club|the gates|my school)(?: \w+){0,2} for me|(?:follows"
                  r"|keeps following|followed|was following) me)"
                  r"|(?:scared|afraid|frightened|terrified) of my (?:brother|sister|uncle|cousin"
                  r"|boyfriend|bf|mum'?s boyfriend|mums boyfriend|step ?brother|grandad)"),
    # A member of staff singling a child out: a personal number, "his favourite" (S4 told by
    # the child).
    "staff": (0.75, r"(?:teacher|coach|leader|tutor|instructor|youth worker|volunteer|sir|miss"
                    r"|mr \w+|mrs \w+|ms \w+)(?: \w+){0,6} (?:gave me|gives me|sent me|asked for"
                    r"|asked me for|wants) (?:his|her|my) (?:personal |private |own )?(?:number"
                    r"|snap|snapchat|insta|whatsapp|address)(?! for (?:the )?(?:team|club|group"
                    r"|squad|parents|class|trip|register))"
                    r"|(?:teacher|coach|leader|tutor|instructor|youth worker|volunteer|sir|miss)"
                    r" (?:says|said|keeps saying|told me|tells me) (?:i'?m|im|i am) (?:his|her)"
                    r" (?:(?:favourite|fave)(?= (?:and|but) )|special (?:one|girl|boy)"
                    r"|little (?:princess|girlfriend|boyfriend|secret))"),
    # An adult reaching a child: asking for pictures, threatening to leak them, messaging late.
    "online": (0.8, r"(?:guy|man|boy|lad|girl|woman|person) (?:on|from) (?:\w+ )?(?:roblox"
                    r"|fortnite|discord|snap|snapchat|insta|instagram|tiktok|minecraft|xbox|ps4"
                    r"|ps5|online|the internet|an app|omegle)(?: \w+){0,6} (?:wants|asked"
                    r"|asking|keeps asking|wanted) (?:me )?to (?:meet|come over|come round"
                    r"|come to his)(?! (?:at|in) (?:the )?(?:game|server|lobby|match))"
                    r"|(?:uncle|step ?dad|coach|teacher|a man|a guy|some guy|this guy|grandad"
                    r"|neighbour|an older (?:man|guy|lad|boy))(?: \w+){0,2} (?:keeps sending"
                    r"|sends|sent|has been sending|keeps showing|showed|shows) me (?:weird|dirty"
                    r"|rude|naked|nude|sexual|inappropriate|creepy|disgusting) (?:pics|pictures"
                    r"|photos|videos|messages|stuff|things)"
                    r"|(?:a|an|this|some|the) (?:man|guy|older (?:man|guy|boy|lad|girl|person)"
                    r"|adult|grown up|stranger|person|someone)(?: (?:online|on \w+|from \w+))?"
                    r" (?:sent|sends|gave|gives|offered|offers|paid|pays) me (?:money|£?\d+|cash"
                    r"|robux|vbucks|v bucks|gift cards?) (?:\w+ ){0,2}for (?:pics|photos|nudes"
                    r"|a pic|videos?|pictures)"
                    r"|(?:a|an|this|some|the) (?:man|guy|older (?:man|guy|boy|lad|girl|person)"
                    r"|adult|grown up|stranger|person|someone)(?: (?:online|on \w+|from \w+))?"
                    r" (?:(?:asked|asks|keeps asking|kept asking|wants|wanted|is asking"
                    r"|has been asking)(?: me)?|(?:told|tells) me) (?:to|for) "
                    r"(?:send |show |take )?(?:him |her |them )?"
                    r"(?:pics|pictures|photos|nudes|a pic|a photo|videos?|a video|my body)"
                    r"|(?:he|she|they)(?:'?s| is| are|'?re)? (?:threatening|threatened) to "
                    r"(?:leak|share|post|send|show|expose) my (?:pics|pictures|photos|nudes"
                    r"|videos?)|(?:he|she|they) (?:said|says|is saying|keeps saying) (?:he|she"
                    r"|they)(?:'?ll|'?d| will| would| is gonna| are gonna| gonna) (?:leak|expose"
                    r") my (?:pics|pictures|photos|nudes|videos?)|(?:leak|share|post|send|show"
                    r"|expose) my nudes|blackmail(?:ing|ed|s)? me"
                    r"|(?:coach|teacher|leader|instructor|tutor|youth worker|volunteer|man|guy"
                    r"|adult) (?:keeps|has been|kept|is always|always) (?:messaging|texting|dming"
                    r"|snapchatting|calling|ringing|facetiming) me (?:at night|late|after midnight"
                    r"|every night|in the night|when i'?m in bed"
                    r"|(?:on|over) (?:insta|instagram|snap|snapchat|whatsapp|tiktok|discord"
                    r"|facebook|fb|his (?:own |personal )?phone|her (?:own |personal )?phone))"),
})  # fmt: skip
