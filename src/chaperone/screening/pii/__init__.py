"""Identifying details (S1): one recogniser per kind, each a function ``find(text)`` returning
``(start, end, score, why)`` tuples over the text it is given (the light view: case and digits
kept, look-alikes folded)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chaperone.screening.lexicon import add_gate, triggered
from chaperone.screening.pii import (
    addresses,
    dates_of_birth,
    emails,
    handles,
    phones,
    postcodes,
    schools,
    urls,
)
from chaperone.screening.scan import Cues, has_digit
from chaperone.screening.types import PiiType

#: Recognisers in priority order: where two spans overlap, the earlier kind wins.
RECOGNISERS = (
    (PiiType.EMAIL, emails.find),
    (PiiType.URL, urls.find),
    (PiiType.POSTCODE, postcodes.find),
    (PiiType.PHONE, phones.find),
    (PiiType.ADDRESS, addresses.find),
    (PiiType.SCHOOL, schools.find),
    (PiiType.DATE_OF_BIRTH, dates_of_birth.find),
    (PiiType.SOCIAL_HANDLE, handles.find),
)

_NEED_DIGITS = frozenset({PiiType.PHONE, PiiType.POSTCODE, PiiType.ADDRESS, PiiType.DATE_OF_BIRTH})
# What a text must hold for a recogniser to have anything to do, tested once here with plain
# substring tests (far faster than a case-insensitive regex alternation), so that most messages
# call no recogniser at all. Each recogniser also checks for itself: the gate is a shortcut.
# For the others (and, for a recogniser that needs a digit, what lets it run without one):
# strings one of which the lower-case light view must hold.
_MAYBE = {
    PiiType.ADDRESS: addresses.LIVE_CUES,
    PiiType.EMAIL: ("@", "dot"),
    PiiType.URL: urls.MARKERS,
    PiiType.SCHOOL: schools.KEYWORDS,
    PiiType.SOCIAL_HANDLE: ("@", "#", *handles.BARE_PLATFORMS),
}
#: For a recogniser that needs a digit, strings one of which the lower-case light view must
#: hold as well: every date of birth follows a cue ("born", "dob").
_ALSO = {PiiType.DATE_OF_BIRTH: dates_of_birth.CUES}

#: Which kinds one of whose ``_MAYBE`` or ``_ALSO`` strings a text holds, for a text whose
#: words view differs from its light view in lower case: one pass of a small automaton
#: (``scan.Cues``), where a substring test for each string read the text once each.
_CUES = {**_MAYBE, **_ALSO}
_maybe_kinds = Cues(_CUES)


#: The ``add_gate`` key that says a text holds one of a kind's ``_MAYBE`` or ``_ALSO`` strings.
_MAYBE_KEYS = {kind: f"maybe {kind}" for kind in _CUES}
for _kind, _strings in _CUES.items():
    add_gate(_MAYBE_KEYS[_kind], _strings)

__all__ = ["RECOGNISERS", "could_find", "find_all", "find_all_batch"]

#: ``RECOGNISERS`` with what ``_wanted`` tests for each, worked out once: its bit in what
#: ``_wanted`` answers, whether it needs a digit, its ``add_gate`` key (None for one with no
#: ``_MAYBE`` or ``_ALSO`` strings), and whether it needs one of those strings as well as a
#: digit (``_ALSO``).
_PLAN = tuple(
    (1 << i, kind, find, kind in _NEED_DIGITS, _MAYBE_KEYS.get(kind), kind in _ALSO)
    for i, (kind, find) in enumerate(RECOGNISERS)
)
#: The bit of what ``_wanted`` answers that says numbers may be said in words in the text.
_SAID = 1 << len(RECOGNISERS)


def _wanted(light: str, words: str) -> int:
    """Which recognisers have anything to read in a text, as the bits of ``_PLAN`` (and
    ``_SAID`` where numbers may be said in words): each recogniser's strings, or a digit where
    it needs one; with ``_ALSO`` strings, both."""
    # Most messages have no digit, and four recognisers need one: test it once, in C.
    digits = has_digit(light)
    lowered = light.lower()
    # Where the words view is the light view in lower case (the normaliser changed nothing),
    # the phrase lists' one pass over it has already looked for every ``_CUES`` string.
    in_words = triggered(words)
    fired = in_words if words == lowered else None
    maybe = _maybe_kinds(lowered) if fired is None else None
    wanted = _SAID if "said" in in_words else 0  # two number words side by side
    for bit, kind, _, needs_digits, key, also in _PLAN:
        cued = key is not None and (key in fired if fired is not None else kind in maybe)
        if cued and digits if also else cued or needs_digits and digits:
            wanted |= bit
    return wanted


def find_all(light: str, words: str) -> list[tuple[PiiType, str, int, int, float, str]]:
    """Every identifying detail, as (type, view, start, end, score, why); ``view`` says which
    text the offsets index ("light" or "words"), overlaps resolved by priority."""
    found: list[tuple[PiiType, str, int, int, float, str]] = []
    wanted = _wanted(light, words)
    for bit, kind, find, _, _, _ in _PLAN:
        if wanted & bit:
            for start, end, score, why in find(light):
                found.append((kind, "light", start, end, score, why))
    if wanted & _SAID:
        for start, end, score, why in phones.find_said(light):
            found.append((PiiType.PHONE, "light", start, end, score, why))
    for start, end, score, why in handles.find_invitations(words):
        found.append((PiiType.SOCIAL_HANDLE, "words", start, end, score, why))
    return found


def find_all_batch(
    texts: Sequence[tuple[str, str]],
) -> list[list[tuple[PiiType, str, int, int, float, str]]]:
    """``find_all`` for each (light, words) of a batch: the same details in the same order.
    Each recogniser reads the whole batch in turn, rather than every recogniser one text and
    then the next: its patterns and tables stay in the processor's caches (on tweets, the
    recognisers took about a seventh less time so)."""
    if len(texts) == 1:
        return [find_all(*texts[0])]
    wanted = [_wanted(light, words) for light, words in texts]
    out: list[list[tuple[PiiType, str, int, int, float, str]]] = [[] for _ in texts]
    for bit, kind, find, _, _, _ in _PLAN:
        for (light, _), want, found in zip(texts, wanted, out, strict=True):
            if want & bit:
                for start, end, score, why in find(light):
                    found.append((kind, "light", start, end, score, why))
    for (light, _), want, found in zip(texts, wanted, out, strict=True):
        if want & _SAID:
            for start, end, score, why in phones.find_said(light):
                found.append((PiiType.PHONE, "light", start, end, score, why))
    for (_, words), found in zip(texts, out, strict=True):
        for start, end, score, why in handles.find_invitations(words):
            found.append((PiiType.SOCIAL_HANDLE, "words", start, end, score, why))
    return out


# What the light view must hold for any recogniser to have work: a digit, "@", ":" or "="
# (a handle after a platform's name, a link's scheme), "-" ("ig - jess_11"), "_" ("ig jess_xo")
# or a dot before a letter or digit (a link). The words that schools and spelt-out emails need
# are tested in the phrase lists' one pass over the words view (``lexicon.add_gate``).
_LIGHT_CUES = r"[\d@:=\-_]|\.\w"
# ``_LIGHT_CUES`` as one class first (the search then jumps from one such character to the
# next; an alternation is tried at every character), the dot kept only before a word character.
_LIGHT_GATE = re.compile(r"[\d@:=\-_.](?:(?<!\.)|(?=\w))")
# In a text all in ASCII: any of the cues but the dot is found by deleting them from its bytes
# (one pass in C, where the search tests a Unicode category, ``\d``, at every character), and a
# dot before a word character by a search in ASCII ranges.
_LIGHT_CUE_BYTES = b"0123456789@:=-_"
_DOT_BEFORE_WORD = re.compile(r"\.[A-Za-z0-9_]")


def _has_light_cue(light: str) -> bool:
    """Whether ``_LIGHT_GATE`` finds a cue in ``light``."""
    if light.isascii():
        if len(light.encode().translate(None, _LIGHT_CUE_BYTES)) != len(light):
            return True
        return "." in light and _DOT_BEFORE_WORD.search(light) is not None
    return _LIGHT_GATE.search(light) is not None


add_gate("pii", (*schools.KEYWORDS, "dot", *addresses.LIVE_CUES))
add_gate("said", phones.SAID_CUES)


def could_find(light: str, words: str, found: dict | None = None) -> bool:
    """False when no recogniser can find anything in the text. True means "look", not
    "found": each recogniser still checks for itself. ``found`` is ``triggered(words)`` when
    the caller has it already."""
    if _has_light_cue(light):
        return True
    if found is None:
        found = triggered(words)
    return "pii" in found or "said" in found or id(handles.INVITATIONS) in found
