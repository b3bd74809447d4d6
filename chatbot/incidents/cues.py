"""The wording that marks a reply as abusive, threatening, undermining, worrying or an allegation (lower case)."""

from __future__ import annotations

import re


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# insults: nouns that insult on their own; adjectives only when aimed at someone
INSULT_NOUNS = _any(
    r"\b(idiots?|morons?|imbeciles?|cretins?|losers?|scum|muppets?|clowns?|numpty|numpties|pillocks?|halfwits?)\b",
    r"🤡", r"\bshut up\b", r"\bget lost\b", r"\bgo to hell\b", r"\bwaste of (space|oxygen)\b",
    r"\bup (your|ur) (arse|ass)\b", r"\bget stuffed\b",
)  # fmt: skip
INSULT_AIMED = re.compile(
    r"\b(you|ur|u|your|you lot|whoever)\b[^.!?]{0,30}\b(stupid|pathetic|useless|clueless|incompetent|disgrace|"
    r"ignorant|thick|worthless)\b|\b(stupid|pathetic|useless|fat|ugly)\s+(cow|man|woman|head|teachers?|staff|lot)\b"
)
THREATS = _any(
    r"\bknow where (you|he|she|they|the head|\w+) lives?\b", r"\bfind out where [^.!?]{0,20}lives?\b",
    r"\bwatch (your|ur|his|her) back\b", r"\byou'?ll (regret|pay for)\b", r"\bsee what happens\b",
    r"\b(kill|hurt|stab|shoot|batter|smash|punch|slap)\s+(you|u|him|her|them|the head|that teacher)\b",
    r"\bknock (you|him|her|them|\w+) out\b", r"\bsort (you|him|her|them)( all)? out\b",
    r"\b(burn|blow|bomb)\w*\b[^.!?]{0,20}\b(school|down|up)\b", r"\bdeserves? (a|to be) (slap|smack|punch|hit|beat)",
    r"\bwon'?t know what hit\b", r"\bteach [^.!?]{0,20}a lesson\b", r"\b(lose|losing) (your|his|her) jobs?\b",
    r"\b(wait|waiting) (at|outside|by) the (gates?|school)\b", r"\bwhat'?s coming to (you|him|her|them)\b",
    r"\b(someone|somebody|people|you)('s| is| are|'re| will|'ll)? (getting|going to get|gonna get|get) hurt\b",
    r"\b(you|u) (better|had better|'d better) watch\b",
)  # fmt: skip
UNDERMINING = _any(
    r"\b(worst|rubbish|useless|awful|terrible|shocking|ridiculous|pathetic|failing|crap|sh\w*t) "
    r"(school|teachers?|staff|head\w*|leadership)\b",
    r"\b(school|teachers?|staff|head\w*|leadership|place)( \w+)? (is|are) (a |an |such a )?"
    r"(joke|shambles|disgrace|clueless|useless|incompetent|pathetic|rubbish|hopeless)\b",
    r"\b(what a|absolute|total|complete)( \w+)? (joke|shambles|disgrace)\b", r"\bincompetent\b",
    r"\blaughing ?stock\b",
    r"\b(don'?t|do not|never) send your (kids|children|child)\b", r"\bavoid this school\b",
    r"\bshut (this|the) school down\b", r"\bshouldn'?t be allowed near\b", r"\bwaste of time\b",
    r"(^|[,.!?;]\s*)(pathetic|disgraceful|shameful|appalling)\W*$",  # a one-word verdict closing the post
)  # fmt: skip
SAFEGUARDING = _any(
    # self-harm and suicide
    r"\b(kill|hurt|cut|harm)(ing)? (myself|meself)\b", r"\bwant(ed)? to die\b", r"\bwant it to end\b",
    r"\bend (it all|my life)\b", r"\bsuicid", r"\bself[- ]?harm", r"\bnobody would (miss|care)\b",
    r"\bhate my life\b", r"\b(don'?t|do not|dont) want to (be alive|live|be here anymore)\b",
    # a child saying they are hurt, or frightened at home
    r"\b(hits|hit|hurts|hurt|touches|touched|beats|kicks|kicked|locked|locks|slaps|punches)\s+me\b",
    r"\b(uncle|dad|step ?dad|mum|step ?mum|brother|boyfriend|grandad|cousin)\b[^.!?]{0,20}"
    r"\b(hits|touches|touched|hurts|beats) (me|her|him|us|them)\b",
    r"\b(scared|afraid|frightened) (to go home|of (him|her|my \w+))\b",
    r"\b(don'?t|dont) want to go home( tonight| today)?\s*([.!]*$|,? ?(because|cos|as|im|i'?m|he|she)\b)",
    r"\b(no|never any) food (at|in the) (home|house)\b", r"\balways hungry\b", r"\bbeaten up\b",
    r"\b(worried|concerned) about (her|him|a child|this child|the (boy|girl|child)|a pupil)\b",
    r"\b(i'?m|im|i am) (so |really )?(scared|frightened|terrified)\W*$",
    r"\b(scared|frightened|terrified)\b[^.!?]{0,30}\b(home|him|dad|mum|boyfriend)\b",
    r"\b(home|dad|mum'?s?|boyfriend|step\w*)\b[^.!?]{0,60}\b(scared|frightened|terrified)\b",
    r"\b(throwing|throws|smashing|smashes) things\b", r"\b(older|strange|unknown) (man|men|adult)\b",
    # adults seeking children: pictures, names, meetings, secrets
    r"\b(dm|message|inbox|send|snap)( me)?\b[^.!?]{0,25}\b(pics?|photos?|pictures?|videos?)\b[^.!?]{0,25}"
    r"\b(girls?|boys?|kids|children|pupils)\b",
    r"\b(get|have|pay|buy|send|share|want)\b[^.!?]{0,25}\b(names?|pictures?|pics|photos?|videos?|addresses)"
    r" of (the |your )?(children|kids|girls|boys|pupils|students)\b",
    r"\bhow old are (you|u)\b", r"\bour (little )?secret\b", r"\bwhat'?s (her|his) name\b",
    r"\b(like|want|love) to meet (them|her|him|the (kids|girls|boys|children))\b",
    r"\b(any of the|are the) (boys|girls|kids|children)\b[^.!?]{0,15}\bon here\b",
    r"\b(man|woman|someone|somebody|person|van|car)\b[^.!?]{0,40}\b(hanging around|loitering|filming|"
    r"photographing|taking (photos|pictures|videos))\b",
    # by the categories schools are trained on (Keeping Children Safe in Education), not by example
    r"\b(nudes?|naked|topless|sexting)\b", r"\b(model|modelling|photo ?shoots?|pose)\b[^.!?]{0,40}"
    r"\b(pupils?|children|kids|girls?|boys?|for me)\b",
    r"\b(pupils?|children|kids|girls?|boys?)\b[^.!?]{0,60}\b(privately|in private|dm me|message me|inbox me)\b",
    r"\bbruis(e|es|ed|ing)\b", r"\bif i tell\b", r"\b(not allowed|can'?t|cannot) (to )?tell\b",
    r"\b(nowhere to (live|sleep|stay)|homeless|sleep(ing)? in (the|a|our) car|sofa surfing|kicked out)\b",
    r"\b(might as well|wish i could|want to) (not exist|disappear|be dead|die)\b",
    r"\b(no ?one|nobody) (cares|loves) (about )?me\b",
    r"\b(looks|seems|is) (so |really |very )?(sad|scared|frightened|withdrawn|hungry|thin|unkempt)\b[^.!?]{0,40}"
    r"\b(all the time|every day|always|lately)\b", r"\bis everything (ok|okay|alright|all right) at home\b",
    r"\b(drunk|drinking|drugs)\b[^.!?]{0,40}\b(mum|dad|home|parents?)\b",
    # veiled self-harm: overdoses, goodbyes, wishing to be hit
    r"\bhow many (paracetamol|tablets|pills)\b", r"\bgoodbye (letter|note|message)s?\b",
    r"\b(took|taken|swallowed) (some|all|loads|a lot) of (my |mum'?s |dad'?s |nan'?s )?(tablets|pills|medicine)\b",
    r"\b(jump|jumping) (off|in front of) (the|a)\b", r"\b(done|finished) with (everything|it all|life)\b",
    r"\bwish(es|ed)? (the|that|a) (car|bus|train|lorry) had\b", r"\bmake (the|my) (sad|pain|hurt) go away\b",
    # strangers asking where, when or how to reach a child
    r"\b(which|what) (park|gate|bus|route|club|playground)\b[^.!?]{0,30}\b(do|does|did) (they|he|she|the (kids|"
    r"girls|boys|children|year \d+s?))\b", r"\bwhere do (they|the (kids|girls|boys|children|year \d+s?))( usually)? "
    r"(hang out|play|go|meet)\b", r"\bhow old is (the|that) (little )?(one|boy|girl|lad)\b",
    r"\b(handle|snapchat|snap|insta|number|address)\b[^.!?]{0,20}\b(ask|tell) (him|her|them) to\b",
    r"\b(do|have) (you|u) (got|have) (snapchat|snap|insta|instagram|tiktok|whatsapp|kik)\b",
    r"\bsend (him|her|them) (something|a gift|a present|a treat)\b",
    r"\b(message|dm|contact) me (directly|privately)\b",
    # a child missing
    r"\b(hasn'?t|has not|didn'?t|did not|never) (come|came|got|get) home\b", r"\bmissing since\b",
    r"\bhas (anyone|anybody) seen (my|our) (son|daughter|child|boy|girl|little one)\b(?!'s)",
    # a child going without: food, warmth, a home
    r"\bhaven'?t (eaten|had anything to eat)\b", r"\bno (gas|electric|electricity|heating|food)\b[^.!?]{0,25}"
    r"\b(since|for days|again|this week)\b",
)  # fmt: skip
STAFF = (
    r"\b(mr|mrs|miss|ms|sir|teachers?|tas?|teaching assistants?|head ?teacher|the head|staff|coach|caretaker|"
    r"dinner lad(y|ies)|lunchtime supervisors?|member of (your )?staff|one of your \w+|(club |group )?leader|"
    r"tutor|volunteer|driver)\b"
)
ACT = (
    r"\b(grabbed|dragged|slapped|smacked|hit|kicked|pushed|shoved|punched|shook|restrained|locked|pinched|hurt|"
    r"pulled|yanked|twisted|threw|humiliated|called|follow(ing|ed|s)|made (him|her|them) cry|"
    r"touch(ing|ed|es)?|messag(ing|ed|es)|sending|sent|dm'?d|shouted at|screamed at|swore at|"
    r"giving (sweets|gifts|presents|money)|asking (them|her|him|the \w+) to (come|meet|visit|keep)|"
    r"swears? at|swearing at|tells? (them|him|her)|squeezed|gripped|giv(e|es|ing) (a |the )?\w* ?a lift|"
    r"alone (in|with)|(had|has|put|puts) (his|her) hands? on (my|her|his|their)(?= (son|daughter|child|kid))|"
    r"driv(e|es|ing) (pupils|kids|children|him|her|them|my \w+) home|"
    r"giv(e|es|ing) [^.!?]{0,20}\b(vapes?|cigarettes|alcohol|drugs)|"
    r"(asking|asked|asks|invit\w+) [^.!?]{0,20}\bto (come round|come over|visit)|"
    r"(won'?t|wouldn'?t|didn'?t|doesn'?t) let (him|her|them|my \w+) (have|eat|drink|go))"
)
ALLEGATION = re.compile(
    STAFF + r"[^.!?]{0,40}" + ACT + r"(\b[^.!?]{0,35}\b(sons?|daughters?|child(ren)?|kids?|boys?|girls?|pupils?|"
    r"students?)\b|\s+(him|her|them)\b)"
)
