"""The phrase lists skip texts without any of their trigger strings; the skip never loses a hit."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from chaperone.screening import lexicon
from chaperone.screening.grooming import STAGES
from chaperone.screening.harm import _words
from chaperone.screening.lexicon import _WRAP, DISCLOSURE, HARM_LISTS, PAD, _padded, triggered
from chaperone.screening.normalise import normalise
from chaperone.screening.pii.handles import INVITATIONS

LISTS = [*HARM_LISTS, DISCLOSURE, STAGES, INVITATIONS]
# Words taken from the lists' own patterns, so random sentences of them hit the lists often.
VOCABULARY = sorted(
    {w for p in LISTS for w in re.findall(r"[a-z']{2,}", p.pattern.pattern)}
    | {"you", "your", "me", "my", "i", "a", "the", "to", "so", "are", "is", "im", "ur", "u"}
)


def full(plist, text):
    return [(m.start(), m.end(), plist.weights[m.lastgroup]) for m in plist.pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12))
def test_the_gate_never_loses_a_hit(words):
    text = normalise(" ".join(words)).words
    for plist in LISTS:
        assert list(plist.hits(text)) == full(plist, text), plist.category


def test_the_gate_skips_ordinary_chat():
    text = normalise("see you at training on thursday, bring a water bottle").words
    assert all(list(p.hits(text)) == [] for p in LISTS)


@pytest.mark.parametrize(
    "text",
    [
        "can my friend come at the weekend",  # "end", as in "i'll end you"
        "i have the kit, hold on",  # "have" and "hold", as in "i'll have you done in"
        "the bus is at 10, see you there",  # "10", as in "im 10"
        "well done everyone, see you at training",  # "everyone", as in "everyone hates you"
    ],
)
def test_the_gate_needs_every_part_of_an_entry(text):
    """A word that is one part of an entry is not enough: every part the entry cannot match
    without has to be there, so ordinary chat with one of them runs no list at all."""
    found = triggered(normalise(text).words)
    assert not any(id(p) in found for p in LISTS)


ENTRIES = [(plist, i) for plist in LISTS for i in range(len(plist.parts))]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_match_of_an_entry_passes_its_gate(data):
    """Texts written from an entry's own pattern: wherever the entry matches, the gate lets
    it run."""
    plist, i = data.draw(st.sampled_from(ENTRIES))
    text = data.draw(st.from_regex(re.compile(plist.parts[i]), fullmatch=True))
    text = data.draw(st.sampled_from(["", "so ", "ok, "])) + text
    if not re.compile(_WRAP.format(plist.parts[i])).search(text):
        return  # a look-around of the entry rejects what was written
    assert (triggered(text).get(id(plist), 0) | plist.always) >> i & 1, (plist.category, text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_entries_run_on_their_own_merge_as_the_whole_pattern_would(data):
    """Where the gate leaves several entries, each runs from its own pattern and their matches
    are merged: the same hits, in the same order, with the same entry winning where two start
    together or overlap, as the list's one alternation gives."""
    plist = data.draw(st.sampled_from(LISTS))
    chosen = data.draw(st.lists(st.sampled_from(range(len(plist.parts))), min_size=2, max_size=4))
    pieces = [data.draw(st.from_regex(re.compile(plist.parts[i]), fullmatch=True)) for i in chosen]
    text = data.draw(st.sampled_from([" ", " and ", ", ", ""])).join(pieces)
    assert list(plist.named_hits(text)) == [
        (m.start(), m.end(), plist.weights[m.lastgroup], m.lastgroup)
        for m in plist.pattern.finditer(text)
    ], (plist.category, text)


FILLER = st.lists(st.sampled_from(VOCABULARY), min_size=420, max_size=520).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s2_a_long_text_read_round_its_strings_finds_what_the_whole_pattern_finds(data):
    """In a long text an entry is tried only round the places its strings stand
    (``PhraseList._windows``): the same hits, in the same order, as the list's one alternation
    gives over the whole text, matches side by side and at the very start included."""
    plist = data.draw(st.sampled_from(LISTS))
    chosen = data.draw(st.lists(st.sampled_from(range(len(plist.parts))), min_size=1, max_size=5))
    pieces = [data.draw(st.from_regex(re.compile(plist.parts[i]), fullmatch=True)) for i in chosen]
    pieces += [data.draw(FILLER) for _ in range(2)]
    pieces = data.draw(st.permutations(pieces))
    text = normalise(data.draw(st.sampled_from([" ", ", ", ""])).join(pieces)).words
    assert len(text) >= lexicon._WINDOWS_FROM
    lexicon.forget_seen()
    assert list(plist.named_hits(text)) == [
        (m.start(), m.end(), plist.weights[m.lastgroup], m.lastgroup)
        for m in plist.pattern.finditer(text)
    ], (plist.category, text)


READ_IN_STRETCHES = [(plist, i) for plist, i in ENTRIES if plist._reach(i) is not None]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s2_no_match_of_an_entry_is_wider_than_its_reach(data):
    """What lets an entry be read in stretches: none of its matches is wider than its reach,
    counted with the longest run of word characters in the text."""
    plist, i = data.draw(st.sampled_from(READ_IN_STRETCHES))
    text = data.draw(st.from_regex(re.compile(plist.parts[i]), fullmatch=True))
    characters, runs, _, _ = plist._reach(i)
    assert len(text) <= characters + runs * lexicon._longest_run(text), (plist.names[i], text)


@pytest.mark.parametrize(
    ("regex", "width"),
    [
        (r"a\w*b", (2, 1)),
        (r"(?:\w+ ){0,3}x", (4, 3)),
        (r"fuck[a-z0-9_]*|shit", (4, 1)),
        (r"(?:a|bc)(?=\s*x)d", (3, 0)),
        (r"a\s*b", None),
        (r"[^ ]+", None),
        (r"[\w.]+", None),
        (r"(a)\1", None),
        (r"[ab]c", (2, 0)),
    ],
)
def test_s2_an_entry_is_bounded_only_by_runs_of_word_characters(regex, width):
    assert lexicon._width(lexicon._sre_parse.parse(regex)) == width


@pytest.mark.parametrize(
    ("text", "longest"),
    [
        ("", 0),
        ("so sorry", 5),
        ("hahahahahaha lol", 12),
        ("a,b,c d", 5),
        ("  ab ", 2),
        ("a  b", 1),
        ("nospace", 7),
        ("ok\u3000fine", 7),  # a space alone parts runs: the words view has no other
    ],
)
def test_s2_the_longest_run_of_word_characters_is_read_from_the_text(text, longest):
    lexicon.forget_seen()
    assert lexicon._longest_run(text) == longest


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "b", " ", ",", "\t", "\u3000", "é", "😂", "\ud800"])))
def test_s2_no_run_of_word_characters_is_longer_than_the_longest_run_read(text):
    """The bound an entry's reach is counted with is never short of a run in the text."""
    lexicon.forget_seen()
    runs = [len(run) for run in re.findall(r"\w+", text)]
    assert lexicon._longest_run(text) >= max(runs, default=0)


def test_s4_a_long_chat_is_read_round_the_strings_an_entry_needs():
    """A long chat with one age in it: the grooming list's entries that can be bounded are read
    in stretches round their strings, not over the whole chat, and still find the age."""
    chat = " ".join(["hey how was school today lol i was so bored"] * 48) + " i am 13 and u?"
    text = normalise(chat).words
    lexicon.forget_seen()
    fired = triggered(text)
    mask = fired.get(id(STAGES), 0) | STAGES.always
    patterns, _, chosen = STAGES._plan(mask, False)
    where = STAGES._windows(chosen, patterns, lexicon._HITS[text], text)
    assert where is not None
    read = [(STAGES.names[i], w[0]) for i, w in zip(chosen, where, strict=True) if w]
    assert read and all(sum(b - a + 1 for a, b in spans) * 2 <= len(text) for _, spans in read)
    assert [name for *_, name in STAGES.named_hits(text)] == [
        m.lastgroup for m in STAGES.pattern.finditer(text)
    ]
    assert "claims_child" in [name for *_, name in STAGES.named_hits(text)]


def _searched(pattern, text, pad):
    """(start, end) of every match, each search from where the last match ended."""
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append((m.start(), m.end() - pad))
        pos = m.end() - pad if m.end() - pad > m.start() else m.start() + 1
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s2_an_entry_read_on_the_padded_text_finds_what_its_pattern_finds(data):
    """Each entry (and each whole list) runs on the text with a line break before it, the
    character before a match consumed rather than looked behind at: the same matches, at the
    same offsets, as the entry's own pattern, wherever in the text they are and whatever comes
    before them (the text's start, a letter, a space, "not ")."""
    plist, i = data.draw(st.sampled_from([*ENTRIES, *((p, -1) for p in LISTS)]))
    regex = "|".join(plist.parts) if i < 0 else plist.parts[i]
    joiners = st.sampled_from(["", " ", "x", ", ", "not ", "the ", "'", "1"])
    pieces = data.draw(st.lists(st.from_regex(re.compile(regex), fullmatch=True), max_size=3))
    text = data.draw(joiners).join([data.draw(joiners), *pieces])
    pattern, pad = plist._entry(i)
    plain = re.compile(_WRAP.format(regex))
    assert _searched(pattern, PAD * pad + text, pad) == _searched(plain, text, 0), text


AT_START = [(plist, i) for plist, i in ENTRIES if "^" in plist.parts[i]]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s2_an_entry_that_says_start_of_text_means_it_on_the_padded_text(data):
    """Entries with "^" ("gonna be 13" opening a message): written at the very start of the
    text, the padded form finds them where the plain pattern does."""
    plist, i = data.draw(st.sampled_from(AT_START))
    text = data.draw(st.from_regex(re.compile(plist.parts[i]), fullmatch=True))
    pattern, pad = plist._entry(i)
    plain = re.compile(_WRAP.format(plist.parts[i]))
    assert _searched(pattern, PAD * pad + text, pad) == _searched(plain, text, 0), text


def test_s2_the_padded_form_is_refused_where_it_could_read_differently():
    """No padded form for a pattern that can match nothing, opens with a character not known,
    anchors at the very start, or looks behind at what could be the line break."""
    assert _padded(r"(?:a|b)c").pattern.startswith("[^a-z](?=ac|bc)")
    assert _padded(r"(?:a|b)?c").pattern.startswith("[^a-z](?=ac|bc|c)")
    assert _padded(r"(?:^|so )sad") is not None  # "^" after the line break, as at the start
    assert _padded(r"(?<!not )sad") is not None  # "not " cannot open with a line break
    for regex in [r"a?", r"\w+ing", r".ok", r"\Asad", r"(?<!\s)sad", r"(?<![^a-z])sad"]:
        assert _padded(regex) is None, regex


@pytest.mark.parametrize(
    ("regex", "openings"),
    [
        (r"(?:a|b)c", "ac|bc"),
        (r"(?:a|b)?c", "ac|bc|c"),
        (r"kill(?:ing)? (?:you|u)", "kill"),
        (r"ab*c", "a(?:b|c)"),  # past one "b" the match is only begun
        (r"a\w+", "a"),  # a class with a category ends what is read
        (r"(?:^|i'?m )sad", r"i(?:'m\ |m\ s)|sad"),  # "^" consumes nothing
        (r"x{2,5}yz", "x"),
        (r"(?:u|you) ?r", r"u(?:\ r|r)|you(?:\ |r)"),
        (r"i(?=\s)m", "im"),  # a look-ahead consumes nothing
        (r"[a-z][a-z][a-z]", "[abcdefghijklmnopqrstuvwxyz]"),  # too many: the first letters
        (r"a?", None),
        (r"\w+ing", None),
        (r"(?i:ab)c", None),  # inline flags: its letters are not read
    ],
)
def test_s2_a_padded_entry_is_tried_where_its_first_four_characters_stand(regex, openings):
    """The look-ahead of a padded form: the strings of up to four characters a match can open
    with, as a tree of their first characters."""
    assert lexicon._openings(lexicon._sre_parse.parse(regex)) == openings


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s2_every_match_of_an_entry_opens_with_one_of_its_openings(data):
    """What lets the look-ahead skip a place: every match of every entry, and of every whole
    list, opens with one of the strings ``_openings`` gives it."""
    plist, i = data.draw(st.sampled_from([*ENTRIES, *((p, -1) for p in LISTS)]))
    regex = "|".join(plist.parts) if i < 0 else plist.parts[i]
    openings = lexicon._openings(lexicon._sre_parse.parse(regex))
    assume(openings is not None)
    text = data.draw(st.from_regex(re.compile(regex), fullmatch=True))
    assert re.match(f"(?:{openings})", text), (plist.category, i, text)


def test_s2_a_text_with_line_breaks_is_read_by_the_plain_patterns():
    """A line break of the text's own would read as the pad: such a text runs the plain
    patterns, with the same hits ("^" still means the start of the text)."""
    for text in ["kill yourself\nnow", "i'm 13\nwbu", "ok\n\nkys", "\nkill urself"]:
        for plist in LISTS:
            assert list(plist.hits(text)) == full(plist, text), (plist.category, text)


@pytest.mark.parametrize(
    "messages",
    [
        ["see you at training", "", "a a a b b", "you are a stupid loser"] * 3,
        # texts with no words first and last, and a long chat saying the same words again
        ["", "you are a stupid loser " * 40 + "see you", "😂", "a a a b b", ""],
    ],
)
def test_the_batch_model_sums_agree_with_one_message_at_a_time(messages):
    """The batch adds each bucket's weights once, times its count, text by text: the scores
    of each message alone."""
    from chaperone.screening.harm import HarmModel

    model = HarmModel.load()
    texts = [normalise(t).words for t in messages]
    batch = model._model_scores_batch(texts)
    for text, scores in zip(texts, batch, strict=True):
        assert scores == pytest.approx(model._model_scores(text), abs=1e-9)


def test_word_hashes_are_each_words_crc_however_full_the_cache(monkeypatch):
    """A word's hash is the CRC-32 of the word it stands for ("u": "you"), whether it comes
    from the cache, is met for the first time, or is met as the cache is emptied for being
    full."""
    import zlib

    from chaperone.screening import harm

    monkeypatch.setattr(harm, "_HASH_CACHE_LIMIT", 3)
    monkeypatch.setattr(harm, "_HASHES", harm._Hashes())
    text = "u r so kind u know it's true so true 😂 r"
    expected = [zlib.crc32(harm._ALIASES.get(w, w)) for w in _words(text)]
    for _ in range(3):
        assert harm._word_hashes(text) == expected
        assert len(harm._HASHES) <= 3


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(list("abcxyz019' .,\n") + ["é", "😂", "\ud800", "ü"]),
            max_size=40,
        )
        | st.lists(
            st.sampled_from(["u", "r", "dont", "a" * 63, "b" * 64, "c" * 65, "z" * 200])
        ).map(" ".join),
        max_size=12,
    )
)
@example(texts=[])
@example(texts=["", "   ", "u r", ""])
@example(texts=["x" * 64 + " " + "y" * 65, "im ur ppl"])
def test_a_batchs_word_hashes_are_each_texts_own(texts):
    """Hashed in numpy over a whole batch, every text's words have the hashes that hashing
    the text alone gives them (each word's CRC-32, an alias's its stand-in's), long words and
    empty texts included, and each text keeps its own number of words."""
    from chaperone.screening import harm

    words, lengths = harm._batch_hashes(texts)
    assert lengths.tolist() == [len(harm._words(t)) for t in texts]
    assert words.tolist() == [h for t in texts for h in harm._word_hashes(t)]


def test_a_word_with_an_aliass_crc_keeps_its_own(monkeypatch):
    """A word is read as an alias of five bytes or more by its bytes, not by its CRC: a word
    whose CRC-32 and length are an alias's (here made so by giving "thats" the CRC of "hello")
    keeps its own."""
    import zlib

    from chaperone.screening import harm

    at = harm._ALIAS_WORDS.index(b"thats")
    crcs, slots = harm._ALIAS_CRC.copy(), harm._ALIAS_SLOTS.copy()
    crcs[at] = zlib.crc32(b"hello")
    slots[crcs[at] & 0xFFFF] = at + 1
    monkeypatch.setattr(harm, "_ALIAS_CRC", crcs)
    monkeypatch.setattr(harm, "_ALIAS_SLOTS", slots)
    words, lengths = harm._batch_hashes(["hello u", "ur hello"])
    assert lengths.tolist() == [2, 2]
    you, your, hello = (zlib.crc32(w) for w in (b"you", b"your", b"hello"))
    assert words.tolist() == [hello, you, your, hello]


def test_no_other_short_word_has_an_aliass_crc_and_length():
    """Every word of up to four letters, digits and apostrophes with an alias's CRC-32 and
    length is that alias: a batch reads such aliases by their CRC alone."""
    import itertools
    import zlib

    from chaperone.screening import harm

    short = {
        (zlib.crc32(w), len(w)): w for w in harm._ALIAS_WORDS if len(w) <= harm._CRC_TELLS_APART
    }
    alphabet = [bytes([c]) for c in b"abcdefghijklmnopqrstuvwxyz0123456789'"]
    sizes = {size for _, size in short}
    for size in sizes:
        for letters in itertools.product(alphabet, repeat=size):
            word = b"".join(letters)
            assert short.get((zlib.crc32(word), size), word) == word


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=300))
@example(keys=[2**32 - 1, 0, 2**16, 2**16 - 1, 1, 2**16])
def test_the_models_keys_are_sorted_as_numpy_sorts_them(monkeypatch, keys):
    """The model's keys, sorted by radix in two passes of 16 bits, come out as ``np.sort``
    gives them, equal keys side by side."""
    import numpy as np

    from chaperone.screening import harm

    monkeypatch.setattr(harm, "_RADIX_FROM", 0)
    array = np.array(keys, dtype=np.uint32)
    assert harm._sorted(array).tolist() == np.sort(array).tolist()


def _scores_summed_in_python(model, counts) -> list[float]:
    """Each category's score for a text with these bucket ``counts``, summed in Python in the
    counts' order."""
    import math

    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    expected = []
    for coef, intercept in zip(model._matrix.tolist(), model._intercept, strict=True):
        logit = intercept + sum(coef[b] * v for b, v in counts.items()) / norm
        expected.append(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit)))))
    return expected


def test_one_message_scores_are_sums_in_python_to_the_last_bit():
    """Sums in numpy for one message add term by term, left to right, as Python's ``sum``."""
    from chaperone.screening.harm import HarmModel, _counts

    model = HarmModel.load()
    for text in ["see you at training", "", "a a a b b", "you are a stupid loser", "kys kys"]:
        counts = _counts(normalise(text).words)
        expected = _scores_summed_in_python(model, counts)
        assert model._model_scores(normalise(text).words) == expected


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    words=st.lists(
        st.sampled_from(["lol", "you", "are", "a", "stupid", "loser", "kys", "see", "😂", "u"]),
        min_size=1,
        max_size=300,
    ),
    from_=st.sampled_from([1, 2, 96]),
)
@example(words=["lol"] * 500, from_=96)
@example(words=["see", "you"] * 150 + ["kys"], from_=96)
def test_a_long_messages_buckets_are_counted_in_the_order_python_counts_them(
    monkeypatch, words, from_
):
    """One message's buckets, however they are counted (in numpy from ``_COUNT_IN_NUMPY_FROM``
    words on), come in the order they first occur with the counts ``_counts`` gives, so that a
    long message alone scores the same, to the last bit, as a sum in Python."""
    from chaperone.screening import harm

    monkeypatch.setattr(harm, "_COUNT_IN_NUMPY_FROM", from_)
    text = normalise(" ".join(words)).words
    counts = harm._counts(text)
    buckets, values, squares = harm._counted(text)
    assert list(buckets) == list(counts)
    assert list(values) == list(counts.values())
    assert squares == sum(v * v for v in counts.values())
    model = harm.HarmModel.load()
    assert model._model_scores(text) == _scores_summed_in_python(model, counts)


PII_WORDS = [
    "call",
    "me",
    "on",
    "07700",
    "900123",
    "NE1",
    "4XX",
    "sam@example.com",
    "at",
    "dot",
    "com",
    "St",
    "Mary's",
    "Primary",
    "School",
    "www.example.org",
    "@sam_11",
    "snap:",
    "jess_11",
    "12",
    "High",
    "Street",
    "born",
    "3/4/2012",
    "-",
    "ig",
    "add",
    "my",
    "is",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PII_WORDS + VOCABULARY[:200]), min_size=1, max_size=12))
def test_the_identifying_details_gate_never_loses_a_hit(words):
    from chaperone.screening.pii import could_find, find_all

    view = normalise(" ".join(words))
    if not could_find(view.light, view.words):
        assert find_all(view.light, view.words) == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(PII_WORDS + VOCABULARY[:200]), max_size=12), min_size=1, max_size=6
    )
)
@example([["call", "me", "on", "07700", "900123"], ["see", "you"], ["add", "me", "on", "snap"]])
def test_s1_a_batchs_identifying_details_are_each_texts_own(texts):
    """A batch's details are found recogniser by recogniser over the whole batch: each text
    gets what every recogniser finds in it alone, in the recognisers' order, then numbers said
    in words and invitations, and nothing of another text's."""
    from chaperone.screening import pii
    from chaperone.screening.pii import phones
    from chaperone.screening.pii.handles import find_invitations
    from chaperone.screening.types import PiiType

    views = [normalise(" ".join(words)) for words in texts]
    batch = pii.find_all_batch([(v.light, v.words) for v in views])
    assert len(batch) == len(views)
    for view, found in zip(views, batch, strict=True):
        light, words = view.light, view.words
        expected = [(kind, "light", *hit) for kind, find in pii.RECOGNISERS for hit in find(light)]
        if "said" in triggered(words):
            expected += [(PiiType.PHONE, "light", *hit) for hit in phones.find_said(light)]
        expected += [(PiiType.SOCIAL_HANDLE, "words", *hit) for hit in find_invitations(words)]
        assert found == expected


@pytest.mark.parametrize("name", ["_ADJECTIVE", "_GROUP"])
def test_s2_a_word_list_with_shared_beginnings_matches_as_the_list_does(name):
    """The lists of groups are written word by word and matched with their common beginnings
    shared (``shared_beginnings``): at every place, the shared form matches what the list
    matches, the first word that matches being the same ("chinese" before "chinese people", as
    listed)."""
    import re

    from chaperone.screening import lexicon

    listed = re.compile(lexicon._WRAP.format(getattr(lexicon, f"{name}_WORDS")))
    shared = re.compile(lexicon._WRAP.format(getattr(lexicon, f"{name}S")))
    words = lexicon._words_of(lexicon._sre_parse.parse(getattr(lexicon, f"{name}_WORDS")))
    assert len(words) > 20
    for word in words:
        for text in (
            word,
            f"the {word} are",
            f"{word} people",
            f"{word}s",
            f"{word}x y",
            word[:-1],
        ):
            found = [m.span() for m in listed.finditer(text)]
            assert [m.span() for m in shared.finditer(text)] == found, text


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet=st.characters(codec=None), max_size=60)
    | st.text("ab'1 é😂\ud800", max_size=30)
)
def test_the_models_read_words_as_the_word_pattern_does(text):
    """Words are read from the text's bytes: the same words as ``[a-z0-9']+`` finds, for any
    text (characters outside ASCII, a lone surrogate, upper case)."""
    expected = [w.encode() for w in re.findall(r"[a-z0-9']+", text)]
    assert _words(text) == expected


def test_the_gate_keeps_what_it_found_for_one_batch_only():
    """What the one pass over a text found is kept while the detectors read that batch, and
    forgotten when the next batch begins: a text screened before is read again, never answered
    from an earlier batch."""
    from chaperone.screening import Screener
    from chaperone.screening.lexicon import _SEEN

    screener = Screener()
    screener.screen_batch(["you are a loser", "see you at training"])
    first = normalise("you are a loser").words
    assert first in _SEEN
    screener.screen_batch(["bring a packed lunch"])
    assert first not in _SEEN
    assert normalise("bring a packed lunch").words in _SEEN


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PII_WORDS + VOCABULARY[:200]), min_size=1, max_size=12))
@example(["born", "3/4/2012"])  # a date of birth: a digit and its cue
@example(["my", "D.O.B", "is", "3/4/2012"])
@example(["my", "b0rn", "day", "3/4/2012"])  # the words view reads "born", the light view not
def test_the_identifying_details_recognisers_skipped_would_find_nothing(words):
    """``find_all`` runs a recogniser only where its strings or a digit are in the text (read
    from the phrase lists' one pass where the normaliser changed nothing): every recogniser run
    on every text finds the same details."""
    from chaperone.screening import pii

    view = normalise(" ".join(words))
    every = [(kind, "light", *hit) for kind, find in pii.RECOGNISERS for hit in find(view.light)]
    found = pii.find_all(view.light, view.words)
    assert found[: len(every)] == every
    # After the recognisers' hits: numbers said in words, and invitations (the words view).
    assert all(
        f[1] == "words" or f[5] == "a phone number said in words" for f in found[len(every) :]
    )


def test_texts_holding_the_same_strings_have_the_same_gate():
    """The gate's answer is worked out once for each set of strings found: a text read after
    another that holds the same strings, more often or in another order, has the answer it has
    when read first."""
    from chaperone.screening import lexicon

    texts = ["i will kill you, you loser", "you loser, i will kill you you you"]
    alone = []
    for text in texts:
        lexicon._COMBINED.clear()
        lexicon.forget_seen()
        alone.append(triggered(text))
    lexicon.forget_seen()
    assert [triggered(t) for t in texts] == alone
    assert alone[0]  # the threat and the insult lists have work in both


def _gate_by_substrings(text: str) -> dict:
    """What the gate answers, worked out from its definition: for each list, the entries all
    of whose conditions hold (one of the condition's strings is in the text), where any of its
    conditions holds; for each ``add_gate`` key, 1 where one of its strings is in the text."""
    found = {}
    for plist in lexicon._REGISTRY:
        met = sum(1 << j for j, c in enumerate(plist.conditions) if any(s in text for s in c))
        entries = sum(1 << i for i, need in enumerate(plist.needs) if need & met == need)
        if met and entries:
            found[id(plist)] = entries
    for key, strings in lexicon._EXTRA.items():
        if any(s in text for s in strings):
            found[key] = 1
    return found


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PII_WORDS + VOCABULARY), min_size=1, max_size=14))
def test_the_gate_answers_what_its_conditions_say(words):
    """The one pass reads each string found as the conditions it meets, all of them as one
    number, and works out the answer once for each such number: the answer is the one the
    conditions give, read string by string, whatever was met before."""
    text = normalise(" ".join(words)).words
    lexicon.forget_seen()
    assert triggered(text) == _gate_by_substrings(text)
    lexicon._COMBINED.clear()
    lexicon.forget_seen()
    assert triggered(text) == _gate_by_substrings(text)


def test_the_gate_reads_a_text_with_a_lone_surrogate_as_the_same_text_without_it():
    """No gate string holds a lone surrogate (a text decoded from JSON can): the gate reads it
    as any other character, where encoding it for the automaton would fail."""
    lexicon.forget_seen()
    odd = triggered("kill urself \ud800 and add me on snap")
    plain = triggered("kill urself \ufffd and add me on snap")
    assert odd == plain and id(INVITATIONS) in odd


_ONE_MESSAGE_PATTERN = re.compile(
    _WRAP.format(
        "|".join(
            part
            for name, part in zip(STAGES.names, STAGES.parts, strict=True)
            if name not in ("affection", "claims_child")
        )
    )
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_s4_one_message_is_read_for_its_stages_without_those_of_a_conversation(data):
    """One message is read for the grooming stages that mean something in it: an age said or an
    endearment (stages of a conversation only) is not run, so it hides no stage it overlaps;
    the stages found are those of the list's one alternation without them."""
    from chaperone.screening.grooming import message_signals

    chosen = data.draw(st.lists(st.sampled_from(range(len(STAGES.parts))), min_size=1, max_size=4))
    pieces = [data.draw(st.from_regex(re.compile(STAGES.parts[i]), fullmatch=True)) for i in chosen]
    text = data.draw(st.sampled_from([" ", " and ", ""])).join(pieces)
    text = normalise(text).words
    assert [(s.start, s.end) for s in message_signals(text)] == [
        m.span() for m in _ONE_MESSAGE_PATTERN.finditer(text)
    ], text


def test_s4_an_endearment_hides_no_stage_of_one_message():
    """ "luv u looked so older in your uniform": the endearment is a stage of a conversation
    only; read in one message, it does not take the "u" that opens the compliment."""
    from chaperone.screening.grooming import message_signals

    text = normalise("luv u looked so older in your uniform").words
    found = [(s.why, s.start, s.end) for s in message_signals(text)]
    assert found == [("grooming: compliments", 4, 21)]
