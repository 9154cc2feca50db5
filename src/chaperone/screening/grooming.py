"""Grooming (S4), scored over a conversation rather than a single message.

Each turn is searched for the stages of grooming named in the safeguarding policies: secrecy,
isolation and moving to a private platform, asking for photos, probing age, location or being
alone, gifts and money, meeting, sexualised compliments, and an adult claiming to be a child.
A conversation's score grows with the number of different stages it shows, so one innocent
"how old are you?" does not alert, while age probing, secrecy and a photo request together do.
The evidence is every turn that carries a stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chaperone.screening.lexicon import SEXUAL, YOU, YOUR, PhraseList
from chaperone.screening.types import Signal, Turn

ALERT = 0.6

STAGES = PhraseList.build("grooming", "S4", "a pattern seen in grooming", {
    "secrecy": (0.7, r"(?:don'?t|do not|dont|never) tell (?:anyone|any1|ur|your|ya) ?(?:mum|mom|"
                     r"dad|parents|mam|family|friends|teacher)?|(?:our|a) (?:little )?secret"
                     r"|keep (?:this|it) (?:between us|secret|to ?(?:ur|your)self)|delete (?:this|"
                     r"these|the) (?:message|messages|chat|convo|pics?)|delete after reading"
                     r"|just between (?:us|you and me)|no one (?:has|needs) to know"),
    "isolation": (0.55, r"(?:your|ur) (?:parents|mum|mom|dad|friends) (?:don'?t|dont|wouldn'?t"
                        r"|won'?t) (?:understand|get it|care)|only i (?:understand|get) " + YOU +
                        r"|(?:i'?m|im) the only one who|they don'?t (?:deserve|get) " + YOU),
    "platform": (0.55, r"(?:add|message|text|dm|talk to) me on (?:snap\w*|insta\w*|whats ?app"
                       r"|kik|telegram|discord|wickr|signal)|(?:switch|move|go) to (?:snap\w*|"
                       r"whats ?app|kik|telegram|discord|a private chat)|what'?s " + YOUR +
                       r" (?:snap|number|insta)|(?:give|send) me " + YOUR + r" number"),
    "photos": (0.75, r"send (?:me )?(?:a |some |another |more )?(?:pic|pics|picture|pictures|photo"
                     r"|photos|selfie|selfies|vid|video)|(?:pic|photo|picture) of (?:you|u|ur"
                     r"|your)|can i see (?:you|u|ur|your)|show me (?:you|u|ur|your)"
                     r"|turn (?:on )?(?:your|ur) (?:cam|camera)"),
    "age": (0.45, r"how old (?:are|r) " + YOU + r"|(?:what|wat) (?:age|year) (?:are|r) " + YOU +
                  r"|(?:asl|a/s/l)|are " + YOU + r" (?:over|under) (?:1[0-8])|what year (?:are|r) "
                  + YOU + r" in|" + YOU + r" look older than"),
    "location": (0.45, r"where (?:do|d) " + YOU + r" live|what (?:school|area|town) (?:do|d) "
                       + YOU + r"|which school|where(?:'s| is) " + YOUR + r" (?:school|house)"
                       r"|what'?s " + YOUR + r" address"),
    "alone": (0.6, r"(?:are|r) " + YOU + r" (?:home )?alone|(?:is|are) (?:your|ur) (?:parents|mum"
                   r"|mom|dad) (?:home|in|around|out)|anyone (?:else )?(?:home|with " + YOU + r")"
                   r"|in (?:your|ur) (?:room|bedroom|bed)|can anyone see " + YOU),
    "gifts": (0.55, r"(?:i'?ll|i will|i can|let me|gonna) (?:buy|get|send|give) " + YOU +
                    r"|(?:gift ?card|v-?bucks|robux|top ?up|money|cash|new phone|present)s? for "
                    + YOU + r"|i(?:'?ll| will) pay (?:for|you)"),
    "meeting": (0.65, r"(?:meet|meet up|hang out|see each other) (?:irl|in person|in real life"
                      r"|somewhere|after school|this weekend|tonight|tomorrow|alone)"
                      r"|(?:wanna|want to|we should|can we|let'?s) meet|i(?:'?ll| will|'?d)"
                      r" (?:pick|come (?:and )?get) " + YOU + r" up|come (?:to|round) my (?:house"
                      r"|place|flat)|i can drive"),
    "compliments": (0.55, YOU + r"(?:'re| are| r) (?:so |really )?(?:hot|sexy|beautiful|gorgeous"
                          r"|pretty|cute|fit|mature)|(?:such|so) (?:a )?(?:mature|grown up)"
                          r"|(?:nice|great|sexy) (?:body|legs|lips)|" + YOU + r" look (?:so )?"
                          r"(?:hot|sexy|mature|older)"),
    "claims_child": (0.6, r"(?:i'm|im|i am) (?:also |only |just )?(?:10|11|12|13|14|15|16|17"
                          r"|thirteen|fourteen|fifteen|sixteen|twelve)(?: too| as well| years old)?"
                          r"|(?:i'm|im|i am) in year (?:7|8|9|10|11)"),
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class GroomingAssessment:
    score: float
    alerted: bool
    evidence: tuple[tuple[int, Signal], ...]


def _signals(text: str) -> list[Signal]:
    out = [
        Signal("grooming", start, end, weight, f"grooming: {stage.replace('_', ' ')}", "S4")
        for start, end, weight, stage in _hits(text)
    ]
    return out


def _hits(text: str):
    for m in STAGES.pattern.finditer(text):
        yield m.start(), m.end(), STAGES.weights[m.lastgroup], m.lastgroup


def message_signals(normalised_text: str) -> list[Signal]:
    """Stages found in one message. One message is weak evidence: its score is kept low."""
    return [
        Signal(s.category, s.start, s.end, round(s.score * 0.6, 4), s.why, s.rule)
        for s in _signals(normalised_text)
    ]


def score_conversation(turns: Sequence[Turn]) -> GroomingAssessment:
    best: dict[str, float] = {}
    evidence: list[tuple[int, Signal]] = []
    sexual = 0.0
    for i, turn in enumerate(turns):
        # A child's own words count for less (children ask each other's age innocently), but
        # they count: grooming happens between children too.
        damp = 0.5 if turn.role == "child" else 1.0
        for start, end, weight, stage in _hits(turn.text):
            weight *= damp
            best[stage] = max(best.get(stage, 0.0), weight)
            evidence.append(
                (
                    i,
                    Signal(
                        "grooming", start, end, weight, f"grooming: {stage.replace('_', ' ')}", "S4"
                    ),
                )
            )
        for start, end, weight in SEXUAL.hits(turn.text):
            weight *= damp
            sexual = max(sexual, weight)
            evidence.append(
                (i, Signal("grooming", start, end, weight, "grooming: sexual talk", "S4"))
            )
    if sexual:
        best["sexual"] = sexual * 0.8
    rest = 1.0
    for w in best.values():
        rest *= 1.0 - w
    score = 1.0 - rest
    if len(best) < 2:
        score *= 0.6  # a single kind of evidence is not yet a pattern
    score = round(min(1.0, score), 4)
    return GroomingAssessment(score, score >= ALERT, tuple(evidence))


__all__ = ["ALERT", "GroomingAssessment", "message_signals", "score_conversation"]
