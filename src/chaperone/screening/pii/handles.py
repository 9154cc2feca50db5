"""Social handles ("@sam_2011") and invitations to move to another platform ("add me on snap",
"dm me on insta", "what's your number")."""

import re

from chaperone.screening.lexicon import PhraseList
from chaperone.screening.scan import AnyOf, Led, led_at

# The "@" comes first, so that the search jumps from one "@" to the next; the look-behind after
# it tests the character before the "@".
_HANDLE = re.compile(r"@(?<![\w@.]@)[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?(?![\w@])", re.I)
_PLATFORM = (  # written out in full, so that the trigger pass can read it as literal strings
    r"(?:snap|snapchat|sc|insta|instagram|ig|tiktok|tik tok|tt|whatsapp|whats app|wa|telegram"
    r"|discord|kik|wickr|signal|facebook|fb|messenger|twitter|x|threads|bereal|roblox|xbox|psn"
    r"|steam|omegle|skype|facetime|imessage|wechat|line|viber|reddit|twitch|youtube)"
)
# Matched on the normaliser's lower-case words view (single spaces), as a phrase list, so the
# shared trigger pass skips the regex on the many messages with no "add me", "my ", "what's".
INVITATIONS = PhraseList.build("invitation", "S1", "an invitation to talk on another platform", {
    "move": (0.9, r"(?:add|dm|message|msg|pm|follow|text|call|ring|snap|hit) (?:me|us) (?:up )?"
                  r"(?:on|at|via|over) " + _PLATFORM + r"|hmu (?:on|at|via|over) " + _PLATFORM +
                  r"|(?:find|search|look) (?:me|us)(?: up)? (?:on|at) " + _PLATFORM),
    "at": (0.9, r"(?:add|follow|dm) (?:me|us)(?= ?@)"),
    "mine": (0.9, r"my " + _PLATFORM + r"(?= ?(?:is|=|:))"),
    "go": (0.9, r"(?:move|talk|chat|go) (?:to|on|onto) (?:a )?(?:private )?" + _PLATFORM),
    "ask": (0.9, r"(?:whats|what's|what is|wats|wat's) (?:your|ur|yr) (?:number|no\.?|num|snap"
                 r"|insta|whatsapp|tiktok|discord|handle|username|addy|address)"),
    "give": (0.9, r"(?:give|send|text) me (?:your|ur) (?:number|no\.?|num|snap|insta)"),
    "me": (0.9, r"(?:whatsapp|snap|dm|text|facetime) me(?! (?:if|when|about)(?![a-z]))"),
})  # fmt: skip


# A Discord tag of the older kind: a name, "#" and four digits ("jess#1234").
_TAG = re.compile(r"(?<![\w@#])[a-z0-9_.]{2,32}#\d{4}(?![\w#])", re.I)
# What every tag holds: "#" and four digits. A text with hashtags ("#tbt") and no tag skips
# ``_TAG``, which would try every character.
_TAG_NUMBER = re.compile(r"#\d{4}")


# A platform named with a username after it: "snap: jess_11", "insta - jess.j", "sc = jess123".
_NAMED = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|kik|discord|telegram|whatsapp)"
    r"\s*(?:[:=]|(?P<dash>-))\s*@?(?P<name>[a-z0-9_][a-z0-9_.]{2,29})"
)
_NAMED_HANDLE = re.compile(r"\b" + _NAMED)
# ``_NAMED_HANDLE`` led (``scan.led``): the character before a platform's name consumed.
_NAMED_HANDLE_LED = Led.compile(r"\W", r"[^A-Za-z0-9_]", _NAMED)
# Or with a space alone, before a name that could only be a username ("ig jess_xo", "snap
# jess2011"): one with "_" or "." in it, or letters and then two digits or more. Read on the
# light view, where the digits of the name are still digits.
_BARE = (
    r"(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|kik|discord|telegram) (?:is |its |it'?s )?"
    r"@?(?:[a-z][a-z0-9]*[_.][a-z0-9_.]*[a-z0-9_]|[a-z]{2,}\d{2,}[a-z0-9_]*)(?![\w.])"
)
_BARE_HANDLE = re.compile(r"\b" + _BARE)
# ``_BARE_HANDLE`` led (``scan.led``): the character before a platform's name consumed.
_BARE_HANDLE_LED = Led.compile(r"\W", r"[^A-Za-z0-9_]", _BARE)
#: The platforms' names as ``_NAMED`` spells them ("tik tok" with any white space).
_NAMED_PLATFORMS = ("snap", "snapchat", "sc", "insta", "instagram", "ig", "tiktok", "tt", "kik",
                    "discord", "telegram", "whatsapp")  # fmt: skip


def _named_starts(words: str) -> list[int]:
    """Every offset where a ``_NAMED`` match can begin, in order: where a platform's name ends
    right before the white space (if any) before a ":", "=" or "-". ``_NAMED_HANDLE_LED`` is
    tried there alone, where its search tried every word opening with a platform's letter."""
    starts = set()
    for mark in ":=-":
        at = words.find(mark)
        while at >= 0:
            end = at
            while end and words[end - 1].isspace():
                end -= 1
            if words.endswith(_NAMED_PLATFORMS, 0, end):
                starts.update(
                    end - len(name) for name in _NAMED_PLATFORMS if words.endswith(name, 0, end)
                )
            # "tik tok" with any white space between
            tik_tok = end >= 7 and words.startswith("tok", end - 3) and words[end - 4].isspace()
            if tik_tok and words.startswith("tik", end - 7):
                starts.add(end - 7)
            at = words.find(mark, at + 1)
    return sorted(starts)


#: What every ``_BARE_HANDLE`` match begins with: a text with none skips the pattern.
BARE_PLATFORMS = ("snap", "insta", "ig ", "tik", "kik", "discord", "telegram")
_HAS_BARE_PLATFORM = AnyOf(BARE_PLATFORMS)


def find(text: str):
    if "#" in text and _TAG_NUMBER.search(text) is not None:
        for m in _TAG.finditer(text):
            yield m.start(), m.end(), 0.85, "a Discord tag"
    if "@" in text:
        for m in _HANDLE.finditer(text):
            yield m.start(), m.end(), 0.85, "a social media handle"
    lowered = text.lower()  # as long as the light view: it holds no letter whose case changes it
    # Every match begins where a platform's name does: tried there alone, where the search
    # tried the character after every space.
    for m in led_at(_BARE_HANDLE_LED, lowered, _HAS_BARE_PLATFORM.starts(lowered)):
        yield m.start(), m.end() - 1, 0.85, "a username on another platform"


def find_invitations(words: str):
    """Invitations in the lower-case ``words`` view of the normaliser."""
    spans = []
    for start, end, weight, _ in INVITATIONS.named_hits(words):
        spans.append((start, end))
        yield start, end, weight, INVITATIONS.why
    if ":" in words or "=" in words or "-" in words:
        for m in led_at(_NAMED_HANDLE_LED, words, _named_starts(words)):
            if m.group("dash") and not any(c in m.group("name") for c in "0123456789_."):
                continue  # "ig - the best": a dash and a plain word is a sentence
            start, end = m.start(), m.end() - 1
            if not any(s < end and start < e for s, e in spans):
                yield start, end, 0.85, "a username on another platform"
