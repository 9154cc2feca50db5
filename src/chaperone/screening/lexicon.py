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

import ahocorasick

try:  # Python 3.11 keeps the regular-expression parser here
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _sre
    import sre_parse as _sre_parse


_MOST = 256  # the most strings a run of literals is read as


def _literals(op, arg) -> set[str] | None:
    """The strings one parsed item can match when it is made of literals only (a letter, a
    class of letters, or alternatives of literals), or None. Kept small: at most 256."""
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in arg) and len(arg) <= 16:
        return {chr(c) for _, c in arg}
    if op is _sre.SUBPATTERN:
        return _literal_run(arg[-1])
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            strings = _literal_run(branch)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MOST else None
    return None


def _literal_run(items) -> set[str] | None:
    out = {""}
    for op, arg in items:
        strings = _literals(op, arg)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > _MOST:
            return None
    return out


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
            if best is None or min(map(len, candidate)) > min(map(len, best)):
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
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            consider(_required(arg[2]))
    return best


_WRAP = r"(?<![a-z])(?:{})(?![a-z])"


@dataclass(frozen=True, slots=True)
class PhraseList:
    """A list of named entries matched as one alternation of whole words.

    Each entry carries its triggers: strings every match of it must contain (proved from the
    regex, see ``_required``). One Aho-Corasick pass over a text finds which entries of every
    list can match at all, and only those entries' alternatives are run, in their listed
    order, so the hits are exactly those of the whole list's pattern. An entry whose triggers
    cannot be proved always runs."""

    category: str
    rule: str
    why: str
    pattern: re.Pattern
    weights: dict[str, float]  # group name -> weight
    entry_triggers: tuple[frozenset[str] | None, ...] = ()
    parts: tuple[str, ...] = ()
    always: int = 0  # bit mask of the entries that have no triggers and always run
    subsets: dict = field(default_factory=dict)  # bit mask -> compiled alternation

    @classmethod
    def build(cls, category: str, rule: str, why: str, entries: dict[str, tuple[float, str]]):
        parts = tuple(f"(?P<{name}>{regex})" for name, (_, regex) in entries.items())
        pattern = re.compile(_WRAP.format("|".join(parts)))
        entry_triggers = tuple(_required(_sre_parse.parse(_WRAP.format(p))) for p in parts)
        always = sum(1 << i for i, t in enumerate(entry_triggers) if t is None)
        made = cls(category, rule, why, pattern, {n: w for n, (w, _) in entries.items()},
                   entry_triggers, parts, always)  # fmt: skip
        made.subsets[(1 << len(parts)) - 1] = pattern
        _REGISTRY.append(made)
        _GATE.clear()
        _SEEN.clear()
        return made

    @property
    def triggers(self) -> frozenset[str] | None:
        """Strings one of which every hit of the list contains, or None if not provable."""
        if self.always:
            return None
        return frozenset().union(*self.entry_triggers)

    def _pattern_for(self, mask: int) -> re.Pattern:
        found = self.subsets.get(mask)
        if found is None:
            chosen = [p for i, p in enumerate(self.parts) if mask >> i & 1]
            found = re.compile(_WRAP.format("|".join(chosen)))
            if len(self.subsets) < 4096:
                self.subsets[mask] = found
        return found

    def named_hits(self, text: str):
        """(start, end, weight, entry name) for every match in ``text``."""
        mask = triggered(text).get(id(self), 0) | self.always
        if not mask:
            return
        for m in self._pattern_for(mask).finditer(text):
            yield m.start(), m.end(), self.weights[m.lastgroup], m.lastgroup

    def hits(self, text: str):
        """(start, end, weight) for every match in ``text``."""
        for start, end, weight, _ in self.named_hits(text):
            yield start, end, weight


_REGISTRY: list[PhraseList] = []
_GATE: dict[str, object] = {}
_EXTRA: dict[str, frozenset[str]] = {}
_SEEN: dict[str, dict] = {}  # text -> what ``triggered`` found, for the texts of a batch
_SEEN_LIMIT = 4096


def add_gate(key: str, strings) -> None:
    """Strings for other detectors to test in the same pass: ``triggered(text)`` then holds
    ``key`` when any of them occurs in the text."""
    _EXTRA[key] = frozenset(strings)
    _GATE.clear()
    _SEEN.clear()


def triggered(text: str) -> dict:
    """For each list (by ``id``), the bit mask of its entries whose triggers occur in ``text``,
    and each key of ``add_gate`` whose strings occur: one Aho-Corasick pass for every list,
    kept for the last few thousand texts (the harm, disclosure, grooming and identifying-detail
    detectors read the same texts, a batch at a time)."""
    found = _SEEN.get(text)
    if found is not None:
        return found
    automaton = _GATE.get("automaton")
    if automaton is None:
        automaton = ahocorasick.Automaton()
        owners: dict[str, dict[int, int]] = {}
        for plist in _REGISTRY:
            for i, triggers in enumerate(plist.entry_triggers):
                for trigger in triggers or ():
                    masks = owners.setdefault(trigger, {})
                    masks[id(plist)] = masks.get(id(plist), 0) | 1 << i
        for key, strings in _EXTRA.items():
            for trigger in strings:
                owners.setdefault(trigger, {})[key] = 1
        for trigger, masks in owners.items():
            automaton.add_word(trigger, tuple(masks.items()))
        automaton.make_automaton()
        _GATE["automaton"] = automaton
    found = {}
    if len(automaton):
        for _, masks in automaton.iter(text):
            for owner, mask in masks:
                found[owner] = found.get(owner, 0) | mask
    if len(_SEEN) >= _SEEN_LIMIT:
        _SEEN.clear()
    _SEEN[text] = found
    return found


YOU = r"(?:you|u|ya|yu|ye)"
YOUR = r"(?:your|ur|yor|youre|you're|yr)"

SELF_HARM = PhraseList.build("self_harm", "S2", "talk of self-harm or suicide", {
    "kys": (0.95, r"kys|kill " + YOUR + r" ?self|kill yourselves|go die|neck " + YOUR + r"self"),
    "suicide": (0.8, r"suicid(?:e|al)|kill(?:ing)? my ?self|end(?:ing)? (?:it all|my life)"
                     r"|take my (?:own )?life|better off dead"
                     r"|(?:want(?:ed)? to|wanna) die(?! (?:of|from|laughing|for))"),
    "cut": (0.75, r"cut(?:ting)? my ?self|self[ -]?harm(?:ing)?|hurt(?:ing)? my ?self"
                  r"|burn(?:ing)? my ?self|slit my wrists?|cut my (?:wrists?|arms?|legs?)"),
    "method": (0.75, r"overdose|od on (?:pills|paracetamol)|hang(?:ing)? my ?self"
                     r"|jump (?:off|in front of)|swallow(?:ed)? (?:all )?(?:the )?pills"),
    "mood": (0.2, r"depress(?:ed|ion|ing)|hopeless(?:ness)?|worthless|empty inside|numb"
                  r"|exhausted|can'?t cope|give up|giving up|no point|pointless|alone|lonely"
                  r"|hate myself|tired of (?:everything|living|life|it all)|anymore|crying"
                  r"|panic attacks?|anxiety|therapist|meds|medication|diagnos\w+|trauma"),
    "hopeless": (0.45, r"no reason to live|can'?t go on|don'?t want to (?:be here|live|wake up)"
                       r"|nobody would (?:care|miss me)|no one would (?:care|miss me)"
                       r"|everyone would be better off|i hate my life|want to disappear"),
    # The warning signs that suicide-prevention guidance lists (NHS, Samaritans, AFSP): wishing
    # to be dead, feeling a burden or trapped, saying goodbye, a plan or a means, an attempt.
    "wish_dead": (0.7, r"wish (?:i|id|i'd) (?:was|were|could be) dead"
                       r"|wish i (?:was|were) never born"
                       r"|wish i (?:could )?(?:just )?(?:die|stop existing|not exist)"
                       r"|(?:go to )?sleep and (?:never|not) wake up|don'?t want to exist"
                       r"|want (?:it|everything) all to (?:end|stop)|(?:want|wanna) to stop living"
                       r"|rather (?:be dead|not be alive)"),
    "burden": (0.45, r"(?:i'?m|im|i am|i feel like) (?:just )?(?:a|such a) burden"
                     r"|burden (?:to|on) (?:everyone|my family|my parents|them|you|people)"
                     r"|better off without me|no way out|feel(?:ing)? trapped"
                     r"|can'?t (?:take|do|handle) (?:it|this|this pain|life) any ?more"
                     r"|can'?t keep going|tired of being alive|done with life"),
    "goodbye": (0.6, r"this is (?:my )?goodbye|goodbye (?:everyone|forever|world|cruel world)"
                     r"|(?:wrote|writing|written|left) (?:a|my) (?:suicide|goodbye) note"
                     r"|giv(?:e|ing) away (?:all )?my (?:stuff|things)"
                     r"|won'?t be (?:here|around) (?:much longer|for long)"
                     r"|last (?:day|night) (?:alive|on earth)"),
    "plan": (0.75, r"noose|tie a rope|(?:saving|saved|stockpil\w*|hoard\w*) (?:up )?(?:my |the )?"
                   r"(?:pills|tablets|meds)|(?:tried|trying|attempted) to (?:hang|end) my ?self"
                   r"|attempted to end (?:it|my life)|how many pills (?:would it|does it|to)"
                   r"|(?:painless|easiest|quickest) way to die|a plan to (?:die|end it)"),
    "distress": (0.2, r"nobody cares|no one cares|i'?m a failure|hate everything|hurts so much"
                      r"|in so much pain|can'?t sleep|so tired of|falling apart|breaking down"
                      r"|isolat\w+|no friends|nothing matters|what'?s the point|ruined my life"
                      r"|unbearable"),
})  # fmt: skip

# "your" too: "your dead" is how "you're dead" is often typed.
_YOU_ARE = r"(?:you'?re|youre|you are|you r|u r|u are|ur|ya|your)"

THREAT = PhraseList.build("threat", "S2", "a threat of violence", {
    # "i'm gonna beat you at fifa" is a game: beating someone at or in something is winning.
    "kill": (0.85, r"(?:i'?ll|i will|gonna|going to|im going to|i'?m gonna) (?:kill|stab|shoot"
                   r"|murder|hurt|batter|smash|beat|punch|slap|jump) " + YOU +
                   r"(?! (?:at|in|on)(?![a-z]))"),
    "dead": (0.75, YOU + r"(?:'re| are| r) (?:dead|gonna die|going to die)|watch " + YOUR +
                   r" back|you'?ll regret|i know where " + YOU + r" live"),
    "weapon": (0.6, r"bring(?:ing)? a (?:knife|blade|gun|weapon)|(?:knife|stab|shank) " + YOU),
    "bomb": (0.7, r"bomb (?:the|this|your) school|shoot up (?:the|this) school"),
    # UK playground and drill slang: "merk" and "wet" are to kill or stab, "shank" a knife.
    "slang": (0.8, r"(?:i'?ll|i will|gonna|going to|im going to|i'?m gonna) (?:(?:knock " + YOU +
                   r" out|end " + YOU + r"|shank " + YOU + r"|merk " + YOU + r"|wet " + YOU +
                   r"|bang " + YOU + r" out)(?! (?:at|in|on)(?![a-z]))"
                   r"|put " + YOU + r" in (?:hospital|the ground|a body bag)"
                   r"|(?:break|smash|kick|cave) " + YOUR + r" (?:face|head|legs?|neck|teeth|jaw)"
                   r"|burn " + YOUR + r" house)"
                   r"|" + _YOU_ARE + r" (?:getting|gonna get|going to get) (?:jumped"
                   r"|stabbed|shanked|battered|merked|wet|done in|bodied|smoked)"
                   r"|" + _YOU_ARE + r" (?:a )?dead (?:man|meat)"),
    "menace": (0.5, r"wait (?:till|until|til) (?:i see " + YOU + r"|after school)"
                    r"|(?:catch|caught|catching) " + YOU + r" lacking|i'?ll find " + YOU +
                    r"|(?:wanna|want to|let'?s|come|gonna) square up|square up (?:to me|then)"
                    r"|" + _YOU_ARE + r" gonna get it"),
})  # fmt: skip

SEXUAL = PhraseList.build("sexual", "S2", "sexual content", {
    "explicit": (0.85, r"sexy|nudes?|naked|porn|horny|blowjob|bj|dick|cock|pussy|boobs?"
                       r"|tits|fuck me|send (?:me )?(?:a )?(?:pic|pics|photo|photos) (?:of|in) "
                       r"(?:your|ur) (?:body|underwear|bra|boxers)|masturbat\w*|orgasm|cum"),
    # Teenagers' spellings and slang for the same requests and acts.
    "slang": (0.85, r"noods|n00dz|nudez|dick pics?|sexting|sext me|dtf|shag(?:ging|ged)?"
                    r"|suck my|sit on my face|finger(?:ed|ing) (?:her|him|me|you)"
                    r"|show me (?:your|ur) (?:boobs|tits|bum|ass|body|chest|privates)"
                    r"|take (?:your|ur) clothes off|get naked|onlyfans|slut|whore"),
    "suggestive": (0.55, r"sex|send (?:me )?(?:a )?(?:sexy|hot|naughty) (?:pic|photo|selfie)s?"
                         r"|what are " + YOU + r" wearing|take (?:it|your top|ur top) off"
                         r"|(?:wanna|want to|let'?s|we should) hook up|rate my body"
                         r"|what colou?r (?:is|are) (?:your|ur) (?:bra|underwear|knickers|pants)"
                         r"|thirst trap"
                         r"|turn(?:s|ed)? me on|in (?:your|ur) underwear|touch (?:your|ur)self"),
})  # fmt: skip

EXTREMISM = PhraseList.build("extremism", "S2", "extremist or radicalising content", {
    # Naming a group is not supporting it (children talk about the news): a warning on its own,
    # more with the model's reading or other entries.
    "groups": (0.55, r"isis|isil|daesh|islamic state|al[ -]?qaeda|al[ -]?shabaab|boko haram"
                    r"|national action|atomwaffen|combat 18|blood and honour|kkk"),
    "jihad": (0.75, r"jihad(?:i|is|ist|ists)?|mujahid(?:een|in)?|caliphate|khilafah|shaheed"
                    r"|martyrdom operation|kuffar|kafir|crusaders?|apostates?|takfir|baqiyah"),
    "far_right": (0.75, r"race war|white genocide|great replacement|14 words|heil hitler|sieg heil"
                        r"|white power|remigration now|rahowa"),
    "vocabulary": (0.3, r"dawlah|khilafa|kuffaar?|murtad(?:een|in)?|taghut|tawagh?eet|raqqa"
                        r"|mosul|dabiq|amaq|baghdadi|mujahideen|shaheed|shuhada|rafidah?|rafidi"
                        r"|nusayri|sahwat?|ahlus? sunnah|hijrah to sham|bay'?ah|baya|khalifah"),
    "call": (0.65, r"join the (?:fight|cause|struggle|brothers)|die for the cause"
                   r"|(?:kill|behead|slaughter) (?:the )?"
                   r"(?:infidels|unbelievers|non[ -]?believers)"),
})  # fmt: skip

_GROUPS = (
    r"(?:muslims|jews|blacks|black people|gays|gay people|lesbians|immigrants|refugees"
    r"|pakis|gypsies|travellers|trans people|asians|foreigners|arabs|christians|hindus"
    r"|sikhs|disabled people|poles|romanians|africans|mexicans)"
)

HATE = PhraseList.build("hate", "S2", "hateful language about a group", {
    # Leetspeak is read as letters before matching ("n1gg" arrives as "nigg").
    "slurs": (0.9, r"nigg(?:er|a|az|ers|as)|fagg?(?:ot|ots|s)?|kikes?|spic|chink"
                   r"|trann(?:y|ies)|retard(?:s|ed)?|pakis?|wogs?|gollywogs?"
                   r"|coons?|dykes?|towel ?heads?|sand ?nigg\w*"),
    "groups": (0.7, r"(?:all|those|these|fucking|filthy|dirty) " + _GROUPS +
                    r" (?:are|should|must|need)"),
    # Hatred of a group, said outright ("i hate immigrants"); "i hate maths" is not this.
    "hate_group": (0.7, r"(?:i|we|everyone) (?:hate|hates|despise|can'?t stand|detest) (?:all )?"
                        r"(?:the )?" + _GROUPS),
    "go_back": (0.55, r"go back to (?:your|ur) (?:own )?country|send them (?:all )?back"),
})  # fmt: skip

TOXIC = PhraseList.build("toxic", "S2", "abusive, bullying or offensive language", {
    "swear": (0.6, r"fuck\w*|shit\w*|cunt\w*|bitch\w*|bastard\w*|wank\w*|twat\w*|prick|arsehole"
                   r"|asshole|dickhead|piss off|motherfucker\w*|bollocks|slag|slut|whore|hoe"),
    "insult": (0.7, YOU + r"(?:'re| are| r) (?:so |such an? |a |an )?(?:ugly|fat|stupid|pathetic"
                    r"|worthless|useless|disgusting|loser|idiot|freak|retard|weirdo|nobody|joke)"
                    r"|(?:stupid|ugly|fat|dumb|pathetic) (?:bitch|cow|pig|loser|idiot|freak)"
                    r"|no one likes " + YOU + r"|nobody likes " + YOU + r"|everyone hates " + YOU),
    "exclude": (0.55, r"you'?re not (?:invited|welcome)|don'?t let (?:him|her|them) (?:play|join)"
                      r"|go away loser|kill " + YOUR + r"self"),
    "hate_you": (0.5, r"i hate " + YOU + r"|shut up|stfu|gtfo"),
})  # fmt: skip

HARM_LISTS = (TOXIC, SEXUAL, HATE, THREAT, SELF_HARM, EXTREMISM)

DISCLOSURE = PhraseList.build("disclosure", "S3", "what may be a disclosure of harm", {
    "abuse": (0.85, r"(?:my |me )?(?:dad|mum|mom|step ?dad|step ?mum|uncle|brother|mums "
                    r"boyfriend|mum'?s boyfriend|boyfriend|coach|teacher|he|she|they) "
                    r"(?:hits|hit|beats|beat|kicks|hurts|hurt|touches|touched|punches|slaps|chokes)"
                    r" me|(?:touched|touches) me (?:down there|where|when|in)|made me (?:touch|do"
                    r" things|take my clothes)|sexually abused|abus(?:ed|ing) me|raped? me"),
    "fear": (0.7, r"(?:i'?m|im|i am) (?:scared|afraid|frightened) (?:of|to go) (?:my |going )?"
                  r"(?:home|dad|mum|him|her|step ?dad)|don'?t (?:want|wanna) to go home"
                  r"|not safe at home|scared to go home"),
    "neglect": (0.65, r"(?:haven'?t|have not|not) eaten (?:in|for) (?:days|two days|2 days)"
                      r"|no food (?:at home|in the house)|(?:left|leave) me (?:alone|home alone) "
                      r"(?:for|all)|locked (?:me )?(?:in|out)"),
    "intent": (0.8, r"(?:i'?m|im|i am) (?:going to|gonna) (?:kill|hurt|cut) my ?self"
                    r"|(?:i|ive|i'?ve) (?:cut|been cutting|hurt) my ?self"
                    r"|i (?:want to|wanna) die(?! (?:of|from|laughing|for))"
                    r"|(?:i'?m|im) (?:suicidal|thinking (?:about|of) (?:suicide|killing myself))"
                    r"|took (?:a lot of|loads of|all my) pills"),
    "secret": (0.6, r"(?:he|she|they) (?:said|told me) (?:not to tell|to keep it (?:a )?secret)"
                    r"|promise (?:you )?(?:won'?t|not to) tell (?:anyone|my mum|my dad)"),
})  # fmt: skip
