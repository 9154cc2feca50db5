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

When every participant is an adult, by role or by their own word ("32 f", "im 41"), and none
is a child, the score is cut (``ADULTS_ONLY``): two adults dating is not the grooming of a child.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from chaperone.screening.lexicon import SEXUAL, YOU, YOUR, PhraseList
from chaperone.screening.types import Signal, Turn

ALERT = 0.5

_KIN = r"(?:mum|mom|mam|mommy|mummy|dad|daddy|parents|rents|folks|gma|grandma|gran|nan|nana)"
_YOU_ARE = r"(?:you'?re|you are|ur|u r|your|youre|u are|you r)"
#: "send me a pic of ur new puppy": a picture of a thing, not of the child.
_NOT_A_THING = (
    r"(?! of (?:ur|your) (?!(?:body|self|face|legs|bum|butt|boobs|chest|outfit|lips)(?![a-z]))"
    r"(?:new |old |little |big )?[a-z]+)"
)
#: "im 15 mins away", "i'm 20 minutes late": a number that is not an age.
_NOT_A_QUANTITY = (
    r"(?! ?(?:mins?|minutes|hours|miles|pounds|quid|km|%|percent|in a|more|left|away|late|of"
    r"|times|people|k\b))"
)
_CHILD_AGE = r"(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|twelve|eleven|ten)"
#: What "don't tell anyone" keeps for fun: a surprise, a quiz's answers, a film's ending.
_NOT_A_SECRET = (
    r"(?! (?:about|bout) (?:the |a |her |his |their )?(?:surprise|party|present|gift|birthday"
    r"|bday)|(?: about)? the (?:quiz |test )?(?:answers?|scores?|results?|ending|spoilers?"
    r"|password))"
)

STAGES = PhraseList.build("grooming", "S4", "a pattern seen in grooming", {
    "secrecy": (0.7, r"(?:don'?t|do not|dont|never) tell (?:even )?(?:none of |any of )?(?:anyone"
                     r"|any1|anybody|no ?one|ur|your|ya) ?(?:mum|mom|dad|parents|mam|family"
                     r"|friends|mates|teacher)?" + _NOT_A_SECRET +
                     r"|(?<!keep it )(?<!keep this )(?<!not )(?<!no )(?:our|a) (?:little )?secret"
                     r"(?! (?:santa|ingredient|recipe|weapon|level|code|base|garden|passage))"
                     r"|(?<!can't )(?<!cant )(?<!cannot )(?<!won't )(?<!not )(?<!never )"
                     r"(?<!promise to )keep (?:this|it|us) (?:between us|secret|a secret|quiet"
                     r"|to ?(?:ur|your)self)"
                     r"|delete (?:this|these|the|our) (?:message|messages|chat|chats|convo|pics?)"
                     r"|delete after reading|just between (?:us|you and me|u and me)"
                     r"|(?:no need to|(?:you |u )?(?:don'?t|dont) (?:have|need) to) tell (?:ur"
                     r"|your) (?:mum|mom|mam|dad|parents|family)"
                     r"|no need to tell (?:anyone|any1|anybody)(?= *(?:[.!?x]|$)| about (?:this|it"
                     r"|us|me|our))"
                     r"|no ?one (?:has|needs|has got) to know|(?:don'?t|dont|do not|never) "
                     r"(?:mention|tell (?:her|him|them|ur|your) (?:\w+ )?about) (?:me|us)(?![a-z])"
                     r"|(?:don'?t|dont|do not|never) (?:say"
                     r"|show|mention) (?:it |this |that )?(?:to )?(?:anyone|any1|ur|your)"
                     r"|promise (?:not to|u won'?t|you won'?t) (?:tell|show)|delete (?:it|this"
                     r"|the chat|the pic|them) (?:straight )?after|can " + YOU + r" keep (?:a )?"
                     r"secrets?|if " + YOU + r" (?:do )?tell (?:them|anyone|any1)"
                     r"|" + YOU + r" (?:can|should|have to|gotta|need to|better) delete (?:it|this"
                     r"|that|them|the pics?|ur history)|sneak (?:ur|your|my|her|his|the) "
                     r"(?:\w+ )?(?:phone|laptop|computer|ipad)|caller id|(?:clear|delete) (?:the )?"
                     r"(?:call log|call history|texts)"
                     # Kept from the other adults around a child, or deleted.
                     r"|(?:don'?t|dont|do not|never) (?:tell|mention (?:it|this) to) (?:the )?"
                     r"(?:other )?(?:leaders|coaches|staff|teachers|volunteers|helpers|adults)"
                     r"|(?:don'?t|dont|do not|never) tell (?:the )?(?:others|other (?:kids|girls"
                     r"|boys|players|children|lads|members))" + _NOT_A_SECRET +
                     r"|(?:i'?ve |i have |i )?deleted (?:our|all our|all of our) (?:messages"
                     r"|chats?|texts|convos?|conversations?)"
                     r"|keep (?:this|it|our (?:chats?|messages|talks|sessions|training)"
                     r"|(?:the |these |our )?(?:training )?sessions) private"
                     # Messages that delete themselves: nothing left for a parent to find.
                     r"|(?:turn|put|switch) on (?:the )?(?:vanish mode|disappearing messages"
                     r"|secret chat)|(?:use|get|download) (?:\w+ ){0,3}(?:with|that has"
                     r"|that does) (?:vanish mode|disappearing messages|secret chats?)"),
    # What a code of conduct forbids an adult who works with children: their own number or
    # account, their home, time alone away from the session.
    "boundary": (0.7, r"(?:my|here'?s my|heres my|this is my|on my) (?:personal|private|own)"
                      r" (?:number|mobile|phone|cell|snap|snapchat|insta|instagram|whatsapp"
                      r"|email|account)"
                      r"|(?:stay|sleep|sleep over|stop) (?:at|over at|round|round at) (?:mine|my "
                      r"(?:house|place|flat))|come (?:round|over) (?:to )?(?:mine|my (?:house"
                      r"|place|flat))(?! (?:for the (?:team|club|squad|group)|with (?:your|ur)"
                      r" (?:mum|dad|parents|family)))"
                      r"|come to (?:mine|my (?:house|place|flat))(?! (?:for the (?:team|club|squad"
                      r"|group)|with (?:your|ur) (?:mum|dad|parents|family)))"
                      r"|so (?:we|i) can (?:chat|talk|speak) (?:properly|privately|in private"
                      r"|without (?:anyone|the others|(?:your|ur) (?:mum|dad|parents)))"
                      r"(?! about)(?![^.!?]*with (?:your|ur) (?:mum|mom|mam|dad|parents|family))"
                      r"|stay (?:behind|back) (?:after \w+ )?(?:so (?:we|i) can|to) (?:talk|chat)"
                      r" (?:alone|on our own|in private|privately)"
                      r"|(?:talk|chat|meet) (?:alone|in private|privately|on our own) (?:after"
                      r"|before) (?:training|the session|school|class|practice|club)"
                      r"|(?:(?:so|then) (?:it'?s|its|it is|we'?re|we are) just (?:us|the two of us"
                      r"|you and me|u and me|me and (?:you|u))"
                      r"|just (?:us two|the two of us|you and me|u and me))"
                      r"(?! (?:at|in|for) (?:training|the (?:session|club|match|game|class|lesson"
                      r"|hall|centre|meeting)))"),
    "isolation": (0.55, r"(?:your|ur) (?:parents|mum|mom|dad|friends) (?:don'?t|dont|wouldn'?t"
                        r"|won'?t) (?:understand|get it|care)|only i (?:understand|get) " + YOU +
                        r"|(?:i'?m|im) the only one who|they don'?t (?:deserve|get) " + YOU +
                        r"|(?:people|ppl|they|nobody|no one|she|he|(?:ur|your) (?:mum|mom|dad"
                        r"|parents)) (?:wouldn'?t|wouldnt|won'?t|wont|might not) "
                        r"understand|(?:i )?bet " + YOU + r" (?:get|are|r) (?:lonely|bored)"
                        r"|an older friend"),
    "platform": (0.55, r"(?:add|message|text|dm|talk to) me on (?:snap\w*|insta\w*|whats ?app"
                       r"|kik|telegram|discord|wickr|signal|yahoo|msn|aim|myspace|skype)"
                       r"|(?:switch|move|go) to (?:snap\w*|whats ?app|kik|telegram|discord"
                       r"|a private chat)|what'?s " + YOUR + r" (?:snap|number|insta|whats ?app"
                       r"|kik|discord|telegram|cell|phone number|mobile|email|skype)|(?:give|send)"
                       r" me " + YOUR + r" (?:number|cell|email|addy)|(?:(?:u|you) (?:got|gotta)"
                       r"|(?:do|d) " + YOU + r" (?:have|use)) (?:snap\w*|insta\w*|whats ?app|kik"
                       r"|discord|telegram|a cell|a cell phone|a mobile|ur own phone|skype)"
                       r"|e-?mail (?:it|them|me) (?:to me|a pic)"),
    "phone": (0.45, r"(?<!her to )(?<!him to )(?<!mom to )(?<!mum to )(?<!dad to )"
                    r"(?:call|ring|text) me(?! (?:by|when|if|back when))"
                    r"|(?:can|could|may) i (?:call|ring|text) " + YOU + r"|(?:can|could|will"
                    r"|would|wanna|want to|gonna) " + YOU + r" (?:call|ring|text)|i(?:'?ll| will"
                    r"| can| could|'?d| wanna| want to) (?:call|ring|text) " + YOU +
                    r"|(?:give|gimme) (?:me )?a (?:call|ring)|call (?:ur|your|my) cell"),
    "photos": (0.75, r"send (?:me )?(?:a |some |another |more )?(?:pic|pics|picture|pictures"
                     r"|photo|photos|selfie|selfies|vid|video)(?! (?:of|from) (?:the|this|that|it"
                     r"|our|my|his|her|their|last|yesterday|today))" + _NOT_A_THING +
                     r"|(?<!the )(?:pic|photo|picture)s? of (?:you|u|urself|yourself"
                     r"|(?:ur|your) (?:body|self|face|legs|bum|butt|boobs|chest))"
                     r"|can i see (?:you|u|ur|your)|show me (?:you|u|ur|your)"
                     r"|turn (?:on )?(?:your|ur) (?:cam|camera)|(?:get|go) on (?:cam|camera|webcam)"
                     r"|(?:do|d) " + YOU + r" (?:have|got) (?:a )?(?:web ?)?cam(?:era)?(?! (?:for"
                     r"|on) (?:the|ur|your|this|that))"
                     r"|(?:got|have) any (?:more )?(?:pics|photos)|(?:do|d) " + YOU + r" (?:have"
                     r"|got) (?:a |any )?(?:pic|pics|photos?)(?! from)(?! of (?!(?:you|u|urself"
                     r"|yourself"
                     r"|ur body|your body)(?![a-z])))|any more pics"
                     r"|send (?:me|us) (?:one|a selfie|a proper (?:pic|photo)|one of (?:u|you))"
                     r"|snap me (?:a )?(?:pic|photo|selfie)"),
    "age": (0.45, r"how old (?:are|r) " + YOU + r"|(?:what|wat|wot) (?:age|year) (?:are|r) " + YOU +
                  r"|(?:asl|a/s/l)|(?:what|wat|wot) grade (?:are|r) " + YOU + r"(?: in)?"
                  r"|^(?:what|wat|wot) grade ?\??$|are " + YOU + r" (?:over|under) (?:1[0-8])"
                  r"|what year (?:are|r) "
                  + YOU + r" in|" + YOU + r" look older than|(?:what|wat|wot)(?:'?s| is) " + YOUR
                  + r" age|(?:are|r|so) " + YOU + r" (?:really |rly |actually |only )?"
                  + _CHILD_AGE + r" ?\?|age ?\?"),
    "location": (0.45, r"where (?:do |d )?" + YOU + r" live|what part (?:of (?:the )?(?:country"
                       r"|state|town|city) )?(?:are|r) " + YOU + r"(?: in| from)?"
                       r"|(?:what|wat|wot)(?:'?s| is) " + YOUR + r" (?:address|street)"
                       r"|what (?:school|area|town|city|state)"
                       r" (?:do|d|are|r) " + YOU + r"|which school|where(?:'s| is) " + YOUR +
                       r" (?:school|house)|what'?s " + YOUR + r" address"),
    "alone": (0.6, r"(?:are|r) " + YOU + r" (?:home )?alone|(?:is|are|r) (?:your|ur) " + _KIN +
                   r" (?:home|in|around|out|there|gone|away|at work|working|asleep)"
                   r"|anyone (?:else )?(?:home|with " + YOU + r")|in (?:your|ur) (?:room|bedroom"
                   r"|bed)|can anyone see " + YOU + r"|(?:when|what time) (?:do|does|will|is|r"
                   r"|are) (?:your|ur) " + _KIN + r" (?:get|come|coming|cming|leave|leaving|go"
                   r"|going|goes|gone|back)|(?:are|r) " + YOU + r" by (?:yourself|urself)"
                   r"|^(?:u|you) (?:home )?alone\b|home alone(?= ?\?)"
                   r"|(?:are|r) " + YOU + r" on (?:your|ur) own(?= ?(?:\?|$|right now|now"
                   r"|tonight|at home))"
                   r"|" + _YOU_ARE + r" (?:on )?(?:ur|your) own (?:a"
                   r" lot|alot|after school|at home|all day)|when (?:does|do|will) (?:she|he|they)"
                   r" get (?:home|back)|before " + YOUR + r" " + _KIN + r" (?:gets|get|comes|come)"
                   r" (?:home|back)|where'?s " + YOUR + r" " + _KIN +
                   r"|(?:who|whos|who'?s) (?:are|r) " + YOU + r" (?:staying|stayin) with"
                   r"|(?:house|place) (?:to|2) (?:urself|yourself)|(?:can|could) " + YOU +
                   r" (?:sneak out|get out of the house|get away from (?:ur|your))"
                   r"|(?:what|wat) time (?:do|d|does) " + YOU + r" (?:get out|get home|finish)"
                   r"|(?:did|has|have|is) (?:ur|your) " + _KIN + r" (?:left|leave|gone|go out"
                   r"|gone out)|(?:till|until|til|when) (?:she|he|ur " + _KIN + r"|your " + _KIN +
                   r") (?:goes|leaves|gets home|is gone)(?: (?:2|to|for) work)?"),
    "gifts": (0.55, r"(?:i'?ll|i will|i can|let me|gonna) (?:buy|get|send|give) " + YOU +
                    r"|(?:gift ?card|v-?bucks|robux|top ?up|money|cash|new phone|present)s? for "
                    + YOU + r"|i(?:'?ll| will) pay (?:for|you)"),
    "meeting": (0.65, r"(?:meet|meet up|hang out|see each other) (?:irl|in person|in real life"
                      r"|somewhere|after school|this weekend|tonight|tomorrow|alone)"
                      r"|(?:wanna|want to|we should|can we|let'?s) meet|i(?:'?ll| will|'?d| can)"
                      r" (?:pick|come (?:and )?get) " + YOU + r" up|come (?:to|round) my (?:house"
                      r"|place|flat)|i can drive|where (?:can|should|could) we meet|when can (?:i"
                      r"|we) (?:see|meet) " + YOU + r"|i(?:'?ll| will| can) come (?:over|to "
                      + YOUR + r")|(?:would|do|d|will) " + YOU + r" (?:want to|wanna|like to) meet"
                      r"|(?:let|can|could|should) (?:me|i) come (?:over|see|visit|get|round"
                      r"|around|to (?:ur|your))|i (?:could|can|will|'?ll|would|'?d|wanna|want to"
                      r"|gonna) (?:come (?:over|see " + YOU + r"|visit|get " + YOU + r"|to " + YOUR
                      + r")|visit " + YOU + r"|drive (?:up|down|over|to " + YOUR + r"))"
                      r"|(?:would love|'?d love|dying|can'?t wait|cant wait) to (?:meet|see) "
                      + YOU + r"|i (?:really )?(?:wanna|want to|need to) see " + YOU +
                      r"|sneak (?:out|away)|i (?:got|have|hve|hav) (?:a )?car|(?:stay|spend) the"
                      r" night|(?:hotel|motel) room|come over (?:to )?my"
                      r"|(?:we|i) could (?:get|grab) (?:some )?(?:ice cream|food|coffee|a drink"
                      r"|pizza|lunch|dinner|a bite)|(?:come|go) (?:and )?(?:see|to) (?:a|the) "
                      r"(?:\w+ )?(?:movie|film|cinema|mall) with " + YOU + r"|(?:come|coming) "
                      r"(?:keep|to keep) " + YOU + r" company"
                      r"|on my way|how far (?:is it|away|is ur|is your)|mapquest|directions to "
                      + YOUR + r"|(?:when|once|after) " + YOU + r" get here|" + YOU + r" will be "
                      r"here|(?:in|within) (?:a couple|an) hours? " + YOU + r" (?:will|'?ll) be"),
    "compliments": (0.55, YOU + r"(?:'re| are| r) (?:so |really |very |rly )?(?:hot|hott|sexy"
                          r"|beautiful|gorgeous|pretty|cute|fit|mature|a qt|a cutie|perfect)"
                          r"|(?:such|so) (?:a )?(?:mature|grown up)|(?:nice|great|sexy) (?:body"
                          r"|legs|lips|ass|butt)|" + YOU + r" look(?:ed)? (?:so |really )?(?:hot"
                          r"|hott|sexy|mature|older|gorgeous|beautiful)|" + YOUR + r" (?:so |really"
                          r" |rly |well |very )?(?:hot|hott|sexy|beautiful|gorgeous|pretty|cute"
                          r"|fit|a qt|a cutie|perfect)|bet " + YOU + r" look(?:ed)? (?:cute|hot"
                          r"|sexy|pretty|fit|good)"),
    # Making a child feel singled out by an adult: the start of most grooming, and from a member
    # of staff a breach of the code of conduct (held, and the lead told).
    "special": (0.65, r"(?:so |much |way |a lot )*more mature than (?:the )?(?:other|most)"
                      r" (?:kids|girls|boys|children|people (?:your|ur) age)"
                      r"|(?:no ?one|nobody) understands " + YOU + r" like (?:i do|me)"
                      r"|" + _YOU_ARE + r" (?:really |so |very )?special to me"
                      r"|i (?:think about|can'?t stop thinking about) " + YOU + r" (?:a lot|all the"
                      r" time|every day|constantly|when i'?m not)"
                      r"|i (?:love|luv) (?:you|u)(?=,? (?:you know that|do you know that|more than"
                      r"|so much))"),
    "clothes": (0.65, r"(?:look|looked|looking) (?:so |really |very )?(?:grown up|mature|older"
                     r"|womanly) in (?:that|your|ur|those) (?:dress|outfit|top|skirt|bikini"
                     r"|swimsuit|costume|leggings|shorts|uniform|kit)"),
    "affection": (0.35, r"i (?:love|luv|lov|wuv) (?:you|u|ya)(?! (?:guys|all|both|lot))"
                        r"|(?:love|luv|loves) (?:you|u|ya) (?:too|2|more|lots|so much)"
                        r"|i (?:miss|missed|mis|miz) (?:you|u|ya) (?:so much|lots|alot|a lot"
                        r"|already)|(?:be|b) my (?:gf|girlfriend|bf|boyfriend|girl|baby)"
                        r"|(?:hugs|big hug|kisses|hugs and kisses|xoxo|kiss kiss)"
                        r"|(?:my|ur) (?:sweet|sexy) (?:girl|boy|thing)"
                        r"|^(?:luv|love|lov|wuv) (?:you|u|ya)(?! (?:guys|all|both|lot))"
                        r"|(?:my love|my princess|sweetie|sweety|sweetheart|hunny|hun|babe|babygirl"
                        r"|baby girl)|give " + YOU + r" a (?:real |big )?(?:hug|kiss)"
                        r"|(?:kiss|hug) " + YOU + r"(?! (?:goodbye|bye))|(?:wanna|want to|we can"
                        r"|let'?s) flirt|(?:did|do) " + YOU + r" miss me"),
    "claims_child": (0.8, r"(?:i'm|im|i am|i'll be|ill be|i turn|i turned|just turned"
                          r"|(?:^|i'?m |i am )(?:gonna be|going to be|about to be|almost|nearly"
                          r"|turning|about to turn)) (?:also |only |just )?" + _CHILD_AGE
                          + r"(?: too| as well| years old| yrs?(?: old)?"
                          r"| yo| not| next)?" + _NOT_A_QUANTITY +
                          r"|(?:i'm|im|i am) in year (?:7|8|9|10|11)|(?:i'm|im|i am) in (?:6th"
                          r"|7th|8th|9th|sixth|seventh|eighth|ninth)(?: grade|(?! (?:place"
                          r"|position|period|heaven|row|gear)))|(?:i'm|im|i am) in "
                          r"(?:middle school|junior high)|^(?:only |just )?" + _CHILD_AGE +
                          r" ?(?:yrs?|years) old(?=[ ,.!?]*(?:$|(?:u|you|wbu|hbu|lol|f|m|girl"
                          r"|boy|and u|n u)\b))"
                          r"|(?<![\d.:£$/-])(?:10|11|12|13|14|15|16|17) ?(?:/ ?(?:f|m)|[ ,] ?"
                          r"(?:f|female|male|girl|boy))"),
    "age_gap": (0.65, r"(?:do|would|d) " + YOU + r" (?:like|mind|date|go out with) (?:older|old"
                      r"|an older) (?:guys|men|man|guy|boys)|(?:i'?m|im|i am) (?:too|a lot|much"
                      r"|way) old(?:er)? for " + YOU + r"|" + _YOU_ARE + r" (?:too|so|very|really"
                      r"|rly) young|(?:does|do) (?:my|our|the) age (?:bother|matter to"
                      r"|scare) " + YOU + r"|(?:i'?m|im|i am) not (?:ur|your) age|if i (?:was"
                      r"|were) younger|(?:the|our) age (?:thing|difference|gap)|(?:been|be|go)"
                      r" with (?:an )?older (?:guy|man|boy|men)|(?:big|huge) age difference"
                      r"|(?:big|huge) difference in (?:our )?ages?"),
    "teaching": (0.6, r"i(?:'?ll| will| could| can|'?d) teach " + YOU + r" (?:about sex|how to "
                      r"(?:kiss|touch|please))|i(?:'?ll| will) be gentle"
                      r"|i (?:could|can|'?ll|will|'?d) (?:show|teach) " + YOU + r" (?:how|things)"
                      r"(?= ?(?:lol|haha|;\)|😉|😏)?[ .!?]*$)"),
    "trust": (0.45, YOU + r" (?:seem|seem so|seem really|seem pretty) mature|" + _YOU_ARE +
                    r" (?:really |so |very )?special(?! (?:needs|effects|guest))"
                    r"|(?:we|you and i|u and me) (?:have|got) a (?:special|real) (?:connection"
                    r"|bond)|" + YOU + r" can trust me"
                    r"|i (?:won'?t|wont|would never|'?d never) hurt " + YOU +
                    r"|age (?:is|'?s) just a number|age (?:doesn'?t|dont|does not) matter"
                    r"|mature for " + YOUR + r" age|(?:i'?m|im|i am) not like (?:other|most) "
                    r"(?:guys|men|people)"),
    "risk": (0.7, r"(?:are|r) " + YOU + r" (?:a )?(?:cop|police|undercover|fed)"
                  r"|" + _YOU_ARE + r" not (?:a )?(?:cop|police|undercover|fed)"
                  r"|(?:is this|this is) a (?:set ?up|trap|sting)"
                  r"|(?:get|got) (?:me|us) (?:in|into) (?:so much |big |a lot of |lots of )?"
                  r"(?:trouble|trbl)|(?:i|we) (?:could|would|can|will|'?d|'?ll) (?:go|get sent"
                  r"|end up) (?:to|in) (?:jail|prison)|(?:clear|delete|erase) " + YOUR +
                  r" (?:history|messages|chat|texts|logs)|swear " + YOU + r" (?:won'?t|wont"
                  r"|will not) tell|(?:police|cop) trap|(?:get|got) me in (?:loads|lots|so much)"
                  r" of trouble|(?:i|we) (?:could|would|can|will|'?d|'?ll) (?:both )?(?:get|be)"
                  r" (?:in|into) (?:so much |big |a lot of |lots of |serious )?(?:trouble|trbl)"
                  r"|(?:lied|lie|say|said) (?:and said )?(?:u|you) (?:were|was|r|are) 18"
                  r"|(?:someone|somebody) " + YOUR + r" age"),
    "sexual_questions": (0.75, r"(?:(?:have|ever|did) " + YOU + r"|" + YOU + r" ever) (?:ever )?"
                               r"(?:kiss(?:ed)? (?:a (?:boy|girl|guy)|ne1|anyone|any1)|kissed"
                               r"|had sex"
                               r"|done it|made out|been touched|touched (?:a|yourself|urself)"
                               r"|seen a|fingered|masturbated|been with)|(?:are|r) " + YOU +
                               r" (?:a |still a )?virgin|(?:do|d) " + YOU + r" (?:shave"
                               r"|wear a bra|sleep naked|touch (?:yourself|urself)"
                               r"|play with (?:yourself|urself))|bra size|how big (?:are|r|is) "
                               + YOUR + r"|(?:i'?d|i would|i wanna|i want to|can i|let me) "
                               r"(?:kiss|touch|lick|suck|feel|cuddle with|hold) (?:you|u|ur|your)"
                               r"|(?:what|wot|wat) (?:(?:are|r) )?" + YOU + r" wearing"
                               r"|(?:(?:do|d) )?" + YOU + r" (?:have|got) (?:a )?(?:bf|boyfriend|gf"
                               r"|girlfriend)|" + YOU + r" a virgin|make out|(?:are|r) " + YOU +
                               r" horny|(?:kiss|touch|lick) " + YOU + r" all over|cyber"
                               r"|(?:shower|bath) (?:with|together)|(?:i'?m|im) (?:so )?hard"
                               r"|get nasty|french kiss|(?:sit|sat) on my lap|(?:in|into) bed "
                               r"with|(?:a|got a|had a|have a|gave me a) hard ?on|boner"
                               r"|(?:lay|laying|lying|sleep|sleeping) (?:down )?naked"
                               r"|(?:let|lemme) " + YOU + r" (?:see|touch)|touch " + YOU +
                               r"(?! (?:base|up on))"),
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
    "platform": "contact", "meeting": "contact", "phone": "contact",
    "photos": "sexual", "sexual_questions": "sexual", "sexual_talk": "sexual",
    "compliments": "sexual", "teaching": "sexual", "clothes": "sexual",
    "secrecy": "control", "isolation": "control", "gifts": "control", "trust": "control",
    "boundary": "boundary",
    "risk": "control", "age_gap": "control", "claims_child": "control", "special": "control",
    "affection": "control",
}  # fmt: skip
SINGLE_FAMILY = 0.6
# Every participant an adult, by role or by their own word ("32 f", "im 41"), and none a child:
# two adults flirting or swapping numbers is not the grooming of a child.
ADULTS_ONLY = 0.45


# A turn that is nothing but a child's age ("13", "14 f", "im 13 u?"): how children answer
# "asl?" or "how old are you?". It marks the speaker as a child (never as evidence by itself).
_AGE_REPLY = re.compile(
    # A bare "10" or "11", or a number asked back ("10?"), is more often a time than an age.
    r"^(?!(?:10|11)[ .!]*$)(?!\d+ ?\?+$)(?:i'?m |i am )?(?:only |just )?(?:10|11|12|13|14|15|16"
    r"|17)(?: and a half)?(?: ?(?:years"
    r" old|yrs?|yo|y/o))?(?: ?[/, ]? ?(?:f|m|female|male|girl|boy))?(?:[ ,.]*(?:u|you|wbu|hbu"
    r"|and u|n u|and you|how old r u|how old are you))?(?:[ ,.!?]*(?:lol|lmao|haha\w*|hehe\w*|:\)"
    r"|:p|;\)|:d|xd))*[ .!?]*$"
    r"|^(?:in )?(?:year (?:7|8|9|10|11)|(?:6th|7th|8th|9th|sixth|seventh|eighth|ninth) grade)"
    r"[ .!?]*$"
)


# A participant giving an adult's age ("32 f sacramento", "im 41"), as an answer to "asl?".
_ADULT_AGE = re.compile(
    r"\b(?:i'?m|im|i am) (?:1[89]|[2-7]\d)(?: (?:years old|yrs?|yo))?(?=[ ,.!?/]|$)"
    + _NOT_A_QUANTITY
    + r"|(?<![\d.:£$/-])(?:1[89]|[2-7]\d) ?(?:years old|yrs?|yo|y/o|/ ?(?:f|m)|[ ,] ?(?:f|m|female"
    r"|male))(?![a-z])"
)


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


# Stages that mean something only as part of a conversation: an endearment in one message is
# a matter of tone (M11), not a grooming signal, and saying one's age ("im 13") is evidence
# only of an adult who claims to be a child, which one message cannot tell.
_CONVERSATION_ONLY = frozenset({"affection", "claims_child"})
#: The stages one message is read for: those of ``_CONVERSATION_ONLY`` are not run at all, so
#: that they hide no stage they overlap (in "luv u looked so older in your uniform" the
#: endearment would take the "u" that opens the compliment).
_ONE_MESSAGE_STAGES = sum(
    1 << i for i, name in enumerate(STAGES.names) if name not in _CONVERSATION_ONLY
)


#: One message is weak evidence: its stages weigh 0.6 of their weight. From a member of staff
#: to a young person the relationship is known and a code of conduct forbids what the stages
#: describe: a secret, a gift or a sexual request weighs in full (held, and the lead told);
#: probing and contact ("is your mum home tonight?", "where do you live?") weigh 0.8 (the
#: sender is warned), as a coach may ask them for a reason and one question is not a pattern.
#: What the code of conduct alone forbids (a personal number, a night at the adult's home, time
#: alone) weighs in full from staff and little between others: "stay at mine" is a sleepover.
ONE_MESSAGE = {"probing": 0.6, "contact": 0.6, "sexual": 0.6, "control": 0.6, "boundary": 0.4}
STAFF_TO_CHILD = {"probing": 0.8, "contact": 0.8, "sexual": 1.0, "control": 1.0, "boundary": 1.0}


def message_signals(normalised_text: str, factors: dict[str, float] = ONE_MESSAGE) -> list[Signal]:
    """Stages found in one message, each weighed by its family's factor."""
    return [
        Signal(
            "grooming", start, end, round(weight * factors[FAMILIES[stage]], 4), _why(stage), "S4"
        )
        for start, end, weight, stage in STAGES.named_hits(
            normalised_text, among=_ONE_MESSAGE_STAGES
        )
    ]


@dataclass(slots=True)
class _Participant:
    role: str = "unknown"
    says_child: bool = False
    says_adult: bool = False
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
        if _AGE_REPLY.match(turn.text):
            who.says_child = True
        elif _ADULT_AGE.search(turn.text):
            who.says_adult = True
        for start, end, weight, stage in _hits(turn.text):
            if stage == "claims_child":
                who.says_child = True
            who.add(stage, weight, i, start, end)
        for start, end, _weight in SEXUAL.hits(turn.text):
            who.add("sexual_talk", SEXUAL_TALK, i, start, end)
    child_present = {name for name, p in people.items() if p.role == "child" or p.says_child}
    adults_only = not child_present and all(
        p.role == "adult" or p.says_adult for p in people.values()
    )
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
        if adults_only:
            score *= ADULTS_ONLY
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
