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
    # said sideways: where someone parks, waiting for them, a surprise, their number plate
    r"\bknow where [^.!?]{0,25}\b(parks?|works?|drops? (off|them off))\b", r"\bsurprise at the (gates?|school)\b",
    r"\b(i'?ll|i will|ill) (be waiting for|find) (you|u|him|her|them|that \w+|the \w+)\b",
    r"\b(got|have) (your|ur|his|her|their) (reg|number ?plate|registration)\b", r"💣|🔪|🔫",
    r"\b(i'?ll|i will|ill) (come (in|down|round) and|show (you|u|them|him|her) some)\b",
)  # fmt: skip
UNDERMINING = _any(
    r"\b(worst|rubbish|useless|awful|terrible|shocking|ridiculous|pathetic|failing|crap|sh\w*t) "
    r"(school|teachers?|staff|head\w*|leadership)\b",
    r"\b(school|teachers?|staff|head\w*|leadership|place)( \w+)? (is|are) (a |an |such a )?"
    r"(joke|shambles|disgrace|clueless|useless|incompetent|pathetic|rubbish|hopeless)\b",
    r"\b(what a|absolute|total|complete)( \w+)? (joke|shambles|disgrace)\b", r"\bincompetent\b",
    r"\blaughing ?stock\b", r"\b(paid off|bought off|fiddled the)\b", r"\bspread the word\b",
    r"\b(being|getting|going to be) (shut|closed) down\b", r"\bwho writes these\b",
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
    # at home, said in passing: the police, a fight, marks explained away
    r"\bpolice (came|come|were (called|round|there)|turned up|took (him|her|dad|mum))\b(?! (in|into|to (talk|speak)))",
    r"\b(kicked off|shouting and (smashing|screaming)|smashing things)\b[^.!?]{0,60}\b(home|house|next door|kids|"
    r"children)\b", r"\bmarks on (her|his|their) (arms?|legs?|neck|face|back)\b",
    r"\blong sleeves\b[^.!?]{0,60}\b(cuts|marks|scars)\b",
    r"\b(getting|being|be|got) married\b[^.!?]{0,50}\b(she'?s|he'?s|only|aged?) (1[0-5]|[5-9]|eleven|twelve)\b",
    # strangers offering children things, or waiting where they come out
    r"\b(man|woman|men|someone|somebody|bloke|guy)\b[^.!?]{0,50}\b(offering|offered|giving|gave)\b[^.!?]{0,25}"
    r"\b(sweets|lifts?|money|treats|vapes?)\b",
    r"\b(girls|boys|kids|children)'?\b[^.!?]{0,40}\b(finish|finishes|come out|leave|get out)\b[^.!?]*[?.!]?\s*"
    r"(i'?ll|i will|ill) (be )?wait",
    # a child missing
    r"\b(no ?one|nobody) knows where (she|he|they|my \w+) (is|are|went|has gone|have gone)\b",
    r"\b(hasn'?t|has not|didn'?t|did not|never) (come|came|got|get) home\b", r"\bmissing since\b",
    r"\bhas (anyone|anybody) seen (my|our) (son|daughter|child|boy|girl|little one)\b(?!'s)",
    # a child going without: food, warmth, a home
    r"\bhaven'?t (eaten|had anything to eat)\b", r"\bno (gas|electric|electricity|heating|food)\b[^.!?]{0,25}"
    r"\b(since|for days|again|this week)\b",
)  # fmt: skip
STAFF = (
    r"\b(mr|mrs|miss|ms|sir|teachers?|tas?|teaching assistants?|head ?teacher|the head|staff|coach|caretaker|"
    r"dinner lad(y|ies)|lunchtime supervisors?|member of (your )?staff|one of your \w+|(club |group )?leader|"
    r"tutor|volunteer|driver|governors?|staff member)\b"
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
    r"(asking|asked|asks|invit\w+) [^.!?]{0,20}\bto (come round|come over|visit|(his|her|their) (house|home|flat))|"
    r"(won'?t|wouldn'?t|didn'?t|doesn'?t) let (him|her|them|my \w+) (have|eat|drink|go))"
)
ALLEGATION = _any(
    STAFF + r"[^.!?]{0,40}" + ACT + r"(\b[^.!?]{0,35}\b(sons?|daughters?|child(ren)?|kids?|boys?|girls?|pupils?|"
    r"students?|year olds?)\b|\s+(him|her|them)\b)",
    # a secret with a member of staff, or a past that followed them
    STAFF + r"[^.!?]{0,80}(\bour (little )?secret\b|\b(not allowed|mustn'?t|can'?t) (to )?tell\b|\bdon'?t tell\b)",
    STAFF + r"[^.!?]{0,30}\bleft (his|her|their) (last|previous|old) (school|job)\b[^.!?]{0,40}\b(kids|children|"
    r"pupils|girls|boys)\b",
    STAFF + r"[^.!?]{0,60}\binvit\w* [^.!?]{0,25}\b(kids|children|pupils|girls|boys|him|her|them|my \w+)\b[^.!?]{0,10}"
    r"\bto (his|her|their) (house|home|flat|place)\b",
)
# remarks about staff's looks: harassment on the school's own account
SEXUAL_REMARK = re.compile(
    r"\b(teacher|miss|sir|mr \w+|mrs \w+|ms \w+|ta|head)\b[^.!?]{0,30}\b(is|looks?|was) (well |so |proper |dead )?"
    r"(fit|hot|sexy|peng|tasty)\b|\bwouldn'?t mind (a|some|her|him) (detention|private lesson|one to one)\b"
)
