"""Social handles ("@sam_2011") and invitations to move to another platform ("add me on snap",
"dm me on insta", "what's your number")."""

import re

_HANDLE = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?(?![\w@])", re.I)
_PLATFORM = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|whats\s?app|wa|telegram|discord"
    r"|kik|wickr|signal|facebook|fb|messenger|twitter|x|threads|bereal|roblox|xbox|psn"
    r"|steam|omegle|skype|facetime|imessage|wechat|line|viber|reddit|twitch|youtube)"
)
_INVITE = re.compile(
    r"\b(?:(?:add|dm|message|msg|pm|follow|text|call|ring|snap|hit)\s+(?:me|us)\s+(?:up\s+)?"
    r"(?:on|at|via|over)\s+" + _PLATFORM + r"|(?:add|follow|dm)\s+(?:me|us)\s*@"
    r"|my\s+" + _PLATFORM + r"\s+(?:is|=|:)|(?:move|talk|chat|go)\s+(?:to|on|onto)\s+"
    r"(?:a\s+)?(?:private\s+)?"
    + _PLATFORM
    + r"|(?:whats|what's|what is|wats|wat's)\s+(?:your|ur|yr)"
    r"\s+(?:number|no\.?|num|snap|insta|whatsapp|tiktok|discord|handle|username|addy|address)"
    r"|(?:give|send|text)\s+me\s+(?:your|ur)\s+(?:number|no\.?|num|snap|insta)"
    r"|(?:whatsapp|snap|dm|text|facetime)\s+me\b(?!\s+(?:if|when|about)\b))",
)  # no re.I: the words view is lower case already, and matching it so is three times faster


def find(text: str):
    if "@" not in text:
        return
    for m in _HANDLE.finditer(text):
        yield m.start(), m.end(), 0.85, "a social media handle"


# A platform named with a username after it: "snap: jess_11", "insta - jess.j", "sc = jess123".
_NAMED_HANDLE = re.compile(
    r"\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|kik|discord|telegram|whatsapp)"
    r"\s*(?:[:=]|(?P<dash>-))\s*@?(?P<name>[a-z0-9_][a-z0-9_.]{2,29})"
)


def find_invitations(words: str):
    """Invitations in the lower-case ``words`` view of the normaliser."""
    spans = []
    for m in _INVITE.finditer(words):
        spans.append(m.span())
        yield m.start(), m.end(), 0.9, "an invitation to talk on another platform"
    if ":" in words or "=" in words or "-" in words:
        for m in _NAMED_HANDLE.finditer(words):
            if m.group("dash") and not any(c in m.group("name") for c in "0123456789_."):
                continue  # "ig - the best": a dash and a plain word is a sentence
            if not any(s < m.end() and m.start() < e for s, e in spans):
                yield m.start(), m.end(), 0.85, "a username on another platform"
