"""Grooming (S4), scored over a conversation rather than a single message.

Each turn is searched for the stages of grooming named in the safeguarding policies: secrecy,
isolation and moving to a private platform, asking for photos, probing age, location or being
alone, gifts and money, meeting, sexualised compliments and questions, building trust ("age is
just a number"), managing the risk of being caught ("are you a cop?", "I could go to jail"),
and an adult claiming to be a child.

Grooming is one person's conduct towards another, so the evidence is weighed per author: a
conversation scores as its most concerning participant. A participant's score grows with the
number of different stages they show, so one innocent "how old are you?" does not alert, while
age probing, secrecy and a photo request together do. Sexual talk counts for more once a child
is known to be in the conversation (by role, or because a participant says they are 13).

A child's own words count for less: children ask each other's age and answer questions put to
them, and a child who says "my mum is at work" is the one being probed, not the one probing.
A participant of unknown role who says they are a child is weighed as a child. Sexual pressure
between children is still caught message by message (S2 sexual content goes to the DSL) and by
the per-message grooming signals. An adult who claims to be a child can only be told apart
when the platform knows the speaker is an adult (role ``adult``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from chaperone.screening.lexicon import SEXUAL, YOU, YOUR, PhraseList
from chaperone.screening.types import Signal, Turn

ALERT = 0.5

STAGES = PhraseList.build("grooming", "S4", "a pattern seen in grooming", {
    "secrecy": (0.7, r"(?:don'?t|do not|dont|never) tell (?:anyone|any1|ur|your|ya) ?(?:mum|mom|"
                     r"dad|parents|mam|family|friends|teacher)?|(?:our|a) (?:little )?secret"
                     r"|keep (?:this|it) (?:between us|secret|to ?(?:ur|your)self)|delete (?:this|"
                     r"these|the) (?:message|messages|chat|convo|pics?)|delete after reading"
                     r"|just between (?:us|you and me)|no one (?:has|needs) to know"
                     r"|(?:don'?t|dont|do not|never) (?:say|show|mention) (?:it |this |that )?"
                     r"(?:to )?(?:anyone|any1|ur|your)|promise (?:not to|u won'?t|you won'?t) "
                     r"(?:tell|show)|delete (?:it|this|the chat|the pic|them) (?:straight )?after"),
    "isolation": (0.55, r"(?:your|ur) (?:parents|mum|mom|dad|friends) (?:don'?t|dont|wouldn'?t"
                        r"|won'?t) (?:understand|get it|care)|only i (?:understand|get) " + YOU +
                        r"|(?:i'?m|im) the only one who|they don'?t (?:deserve|get) " + YOU +
                        r"|(?:people|they|nobody|no one) (?:wouldn'?t|wouldnt|won'?t|wont) "
                        r"understand"),
    "platform": (0.55, r"(?:add|message|text|dm|talk to) me on (?:snap\w*|insta\w*|whats ?app"
                       r"|kik|telegram|discord|wickr|signal)|(?:switch|move|go) to (?:snap\w*|"
                       r"whats ?app|kik|telegram|discord|a private chat)|what'?s " + YOUR +
                       r" (?:snap|number|insta|whats ?app|kik|discord|telegram)|(?:give|send) me "
                       + YOUR + r" number|(?:(?:u|you) got|(?:do|d) " + YOU + r" (?:have|use)) "
                       r"(?:snap\w*|insta\w*|whats ?app|kik|discord|telegram)"),
    "photos": (0.75, r"send (?:me )?(?:a |some |another |more )?(?:pic|pics|picture|pictures"
                     r"|photo|photos|selfie|selfies|vid|video)(?! of (?:the|this|that|it|our|my"
                     r"|his|her|their))|(?:pic|photo|picture) of (?:you|u|ur"
                     r"|your)|can i see (?:you|u|ur|your)|show me (?:you|u|ur|your)"
                     r"|turn (?:on )?(?:your|ur) (?:cam|camera)|(?:get|go) on (?:cam|camera|webcam)"
                     r"|(?:do|d) " + YOU + r" (?:have|got) (?:a )?(?:web ?)?cam"
                     r"|(?:got|have) any (?:more )?(?:pics|photos)"
                     r"|send (?:me|us) (?:one|a selfie|a proper (?:pic|photo)|one of (?:u|you))"
                     r"|snap me (?:a )?(?:pic|photo|selfie)"),
    "age": (0.45, r"how old (?:are|r) " + YOU + r"|(?:what|wat) (?:age|year) (?:are|r) " + YOU +
                  r"|(?:asl|a/s/l)|are " + YOU + r" (?:over|under) (?:1[0-8])|what year (?:are|r) "
                  + YOU + r" in|" + YOU + r" look older than"),
    "location": (0.45, r"where (?:do|d) " + YOU + r" live|what (?:school|area|town) (?:do|d) "
                       + YOU + r"|which school|where(?:'s| is) " + YOUR + r" (?:school|house)"
                       r"|what'?s " + YOUR + r" address"),
    "alone": (0.6, r"(?:are|r) " + YOU + r" (?:home )?alone|(?:is|are) (?:your|ur) (?:parents|mum"
                   r"|mom|dad) (?:home|in|around|out)|anyone (?:else )?(?:home|with " + YOU + r")"
                   r"|in (?:your|ur) (?:room|bedroom|bed)|can anyone see " + YOU +
                   r"|(?:when|what time) (?:do|does|will) (?:your|ur) (?:parents|mum|mom|dad) "
                   r"(?:get|come) (?:home|back)|(?:are|r) " + YOU + r" by (?:yourself|urself)"
                   r"|^(?:u|you) (?:home )?alone\b|where'?s " + YOUR + r" (?:mum|mam|mom|dad"
                   r"|parents)"),
    "gifts": (0.55, r"(?:i'?ll|i will|i can|let me|gonna) (?:buy|get|send|give) " + YOU +
                    r"|(?:gift ?card|v-?bucks|robux|top ?up|money|cash|new phone|present)s? for "
                    + YOU + r"|i(?:'?ll| will) pay (?:for|you)"),
    "meeting": (0.65, r"(?:meet|meet up|hang out|see each other) (?:irl|in person|in real life"
                      r"|somewhere|after school|this weekend|tonight|tomorrow|alone)"
                      r"|(?:wanna|want to|we should|can we|let'?s) meet|i(?:'?ll| will|'?d)"
                      r" (?:pick|come (?:and )?get) " + YOU + r" up|come (?:to|round) my (?:house"
                      r"|place|flat)|i can drive|where (?:can|should|could) we meet|when can i see "
                      + YOU + r"|i(?:'?ll| will| can) come (?:over|to " + YOUR + r")"),
    "compliments": (0.55, YOU + r"(?:'re| are| r) (?:so |really )?(?:hot|sexy|beautiful|gorgeous"
                          r"|pretty|cute|fit|mature)|(?:such|so) (?:a )?(?:mature|grown up)"
                          r"|(?:nice|great|sexy) (?:body|legs|lips)|" + YOU + r" look (?:so )?"
                          r"(?:hot|sexy|mature|older)|" + YOUR + r" (?:so |really |rly |well )?"
                          r"(?:hot|sexy|beautiful|gorgeous|pretty|cute|fit)"
                          r"|bet " + YOU + r" look (?:cute|hot|sexy|pretty|fit)"),
    "claims_child": (0.8, r"(?:i'm|im|i am) (?:also |only |just )?(?:10|11|12|13|14|15|16|17"
                          r"|thirteen|fourteen|fifteen|sixteen|twelve)(?: too| as well| years old)?"
                          r"|(?:i'm|im|i am) in year (?:7|8|9|10|11)|(?:i'm|im|i am) in (?:6th"
                          r"|7th|8th|9th|sixth|seventh|eighth|ninth) grade"
                          r"|(?:10|11|12|13|14|15|16|17) ?/ ?(?:f|m)(?: ?/|$)"),
    "age_gap": (0.65, r"(?:do|would|d) " + YOU + r" (?:like|mind|date|go out with) (?:older|old"
                      r"|an older) (?:guys|men|man|guy|boys)|(?:i'?m|im|i am) (?:too|a lot|much"
                      r"|way) old(?:er)? for " + YOU + r"|" + YOU + r"(?:'re| are| r) (?:too|so) "
                      r"young(?: for me)?|(?:does|do) (?:my|our|the) age (?:bother|matter to"
                      r"|scare) " + YOU),
    "teaching": (0.6, r"i(?:'?ll| will| could| can|'?d) teach " + YOU + r" (?:about sex|how to "
                      r"(?:kiss|touch|please))|i(?:'?ll| will) be gentle"),
    "trust": (0.45, YOU + r" can trust me|i (?:won'?t|wont|would never|'?d never) hurt " + YOU +
                    r"|age (?:is|'?s) just a number|age (?:doesn'?t|dont|does not) matter"
                    r"|mature for " + YOUR + r" age|(?:i'?m|im|i am) not like (?:other|most) "
                    r"(?:guys|men|people)"),
    "risk": (0.7, r"(?:are|r) " + YOU + r" (?:a )?(?:cop|police|undercover|fed)"
                  r"|(?:is this|this is) a (?:set ?up|trap|sting)"
                  r"|(?:get|got) (?:me|us) (?:in|into) (?:so much |big )?trouble"
                  r"|(?:i|we) (?:could|would|can|will|'?d|'?ll) (?:go|get sent|end up) (?:to|in)"
                  r" (?:jail|prison)|(?:clear|delete|erase) " + YOUR + r" (?:history|messages"
                  r"|chat|texts|logs)|swear " + YOU + r" (?:won'?t|wont|will not) tell"
                  r"|(?:police|cop) trap|(?:get|got) me in (?:loads|lots|so much) of trouble"),
    "sexual_questions": (0.75, r"(?:have|ever|did) " + YOU + r" (?:ever )?(?:kissed|had sex"
                               r"|done it|made out|been touched|touched (?:a|yourself|urself)"
                               r"|seen a|fingered|masturbated)|(?:are|r) " + YOU +
                               r" (?:a |still a )?virgin|(?:do|d) " + YOU + r" (?:shave"
                               r"|wear a bra|sleep naked|touch (?:yourself|urself)"
                               r"|play with (?:yourself|urself))|bra size|how big (?:are|r|is) "
                               + YOUR + r"|(?:i'?d|i would|i wanna|i want to|can i|let me) "
                               r"(?:kiss|touch|lick|suck|feel|cuddle with|hold) (?:you|u|ur|your)"
                               r"|(?:what|wot|wat) (?:(?:are|r) )?" + YOU + r" wearing"
                               r"|(?:do|d) " + YOU + r" (?:have|got) (?:a )?(?:bf|boyfriend|gf"
                               r"|girlfriend)"),
})  # fmt: skip


# How much a participant's own words weigh, by role. A child's are damped (see above), less so
# when another child is in the conversation (peer abuse).
ROLE_WEIGHT = {"adult": 1.0, "unknown": 1.0, "child": 0.4}
CHILD_TO_CHILD = 0.7
# Sexual talk on its own, and once a child is known to be in the conversation.
SEXUAL_TALK = 0.5
SEXUAL_TALK_TO_CHILD = 0.85
# Stages group into families: probing the child's situation, moving to contact away from
# oversight, sexualised content, and control (secrecy, trust, gifts, managing the risk). A
# participant whose evidence falls in one family only is not yet showing a pattern: a coach
# asking a new member's age and school is probing, and no more.
FAMILIES = {
    "age": "probing", "location": "probing", "alone": "probing",
    "platform": "contact", "meeting": "contact",
    "photos": "sexual", "sexual_questions": "sexual", "sexual_talk": "sexual",
    "compliments": "sexual", "teaching": "sexual",
    "secrecy": "control", "isolation": "control", "gifts": "control", "trust": "control",
    "risk": "control", "age_gap": "control", "claims_child": "control",
}  # fmt: skip
SINGLE_FAMILY = 0.6


@dataclass(frozen=True, slots=True)
class GroomingAssessment:
    score: float
    alerted: bool
    evidence: tuple[tuple[int, Signal], ...]
    author: str | None = None  # the participant whose conduct scored highest


def _hits(text: str):
    return STAGES.named_hits(text)


def _why(stage: str) -> str:
    return f"grooming: {stage.replace('_', ' ')}"


def message_signals(normalised_text: str) -> list[Signal]:
    """Stages found in one message. One message is weak evidence: its score is kept low."""
    return [
        Signal("grooming", start, end, round(weight * 0.6, 4), _why(stage), "S4")
        for start, end, weight, stage in _hits(normalised_text)
    ]


@dataclass(slots=True)
class _Participant:
    role: str = "unknown"
    says_child: bool = False
    stages: dict = field(default_factory=dict)  # stage -> (weight, [(turn, start, end)])

    def add(self, stage: str, weight: float, turn: int, start: int, end: int) -> None:
        best, where = self.stages.get(stage, (0.0, []))
        where.append((turn, start, end))
        self.stages[stage] = (max(best, weight), where)


def score_conversation(turns: Sequence[Turn]) -> GroomingAssessment:
    """Score a conversation (turns of normalised text) as its most concerning participant."""
    people: dict[str, _Participant] = {}
    for i, turn in enumerate(turns):
        who = people.setdefault(turn.author or f"#{turn.role}", _Participant())
        if turn.role in ("adult", "child"):
            who.role = turn.role
        for start, end, weight, stage in _hits(turn.text):
            if stage == "claims_child":
                who.says_child = True
            who.add(stage, weight, i, start, end)
        for start, end, _weight in SEXUAL.hits(turn.text):
            who.add("sexual_talk", SEXUAL_TALK, i, start, end)
    child_present = {name for name, p in people.items() if p.role == "child" or p.says_child}
    best_score, best_author, best_evidence = 0.0, None, []
    for name, who in people.items():
        role = who.role
        if role == "unknown" and who.says_child:
            role = "child"  # weighed as the child they say they are
        stages = {stage: weight for stage, (weight, _) in who.stages.items()}
        if role != "adult":
            stages.pop("claims_child", None)  # only an adult claiming to be a child is evidence
        if "sexual_talk" in stages and child_present - {name}:
            stages["sexual_talk"] = SEXUAL_TALK_TO_CHILD
        if not stages:
            continue
        rest = 1.0
        for weight in stages.values():
            rest *= 1.0 - weight
        factor = ROLE_WEIGHT[role]
        if role == "child" and child_present - {name}:
            factor = CHILD_TO_CHILD
        score = (1.0 - rest) * factor
        if len({FAMILIES[stage] for stage in stages}) < 2:
            score *= SINGLE_FAMILY
        if score > best_score:
            best_score, best_author = score, name
            best_evidence = [
                (turn, Signal("grooming", start, end, round(stages[stage] * factor, 4),
                              _why(stage), "S4"))
                for stage, (_, where) in who.stages.items()
                if stage in stages
                for turn, start, end in where
            ]  # fmt: skip
    score = round(min(1.0, best_score), 4)
    evidence = tuple(sorted(best_evidence, key=lambda e: (e[0], e[1].start)))
    return GroomingAssessment(score, score >= ALERT, evidence, best_author)


__all__ = ["ALERT", "GroomingAssessment", "message_signals", "score_conversation"]
