"""`forthcoming-visit` and `live-location`: never say where the children will be, or are right now."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PLACES = (
    r"museum|zoo|farm|beach|theatre|aquarium|castle|cathedral|park|woods|forest|seaside|centre|gallery|planetarium"
    r"|station|airport|stadium|arena|caves?|pier|lake|river|mountains?|hills|camp|pgl|kingswood|safari|pantomime|panto"
    r"|cinema|sea\s+life|science\s+museum|nature\s+reserve|outdoor\s+centre|activity\s+centre|bowling\s+alley|trampoline"
    r"|hill|tor|baths|abbey|palace|parliament|project|library|gardens|harbour|lighthouse|village\s+hall"
    r"|gorge|marina|towpath|canal|bay|coast|island|woodland|quarry|moor|valley|waterfall|falls|allotments?|track"
    r"|playing\s+field|college|stone\s+circle"
)
# Where a group out for the morning is, said only when it is there now: "on the footpath", "to the duck pond"
_OUT_AND_ABOUT = r"footpath|path|pond|recreation\s+ground|brook|village\s+green|shops|supermarket|motorway|ship|boat"
# Times of year after "to" or "in" ("the run-up to Christmas"): a when, never a where
_SEASONS = (r"christmas|easter|diwali|eid|hanukkah|chanukah|halloween|harvest|lent|advent|ramadan|passover|vaisakhi"
            r"|holi|pentecost|spring|summer|autumn|winter|term|half")  # fmt: skip
_MONTH_NAMES = r"january|february|march|april|may|june|july|august|september|october|november|december"
# A capitalised word that is never a place: a class, a day, a month, a season
_TIMES = "|".join((_DAYS, _MONTH_NAMES, _SEASONS))
_NOT_A_PLACE = r"(?!(?:Year|Reception|Class|School|Key|Nursery|Assembly|(?i:" + _TIMES + r"))\b)"
# A named place after "at", "to" or "from" ("at Longleat", "to Blists Hill", "from Boulogne"): where the class is.
NAMED_PLACE_RE = re.compile(
    r"\b(?i:at|to|from|in|around|near|outside|behind|beside|along|past|through|towards|into|off)\s+(?:the\s+)?"
    + _NOT_A_PLACE
    + r"[A-Z][\w'-]+"
)
# A cause or a gift, not a destination: "due to Storm Darragh", "£1 donation to Save the Children"
_NO_WHERE_BEFORE = re.compile(r"\b(?:due|donations?|donated|proceeds|money|given|raised)\s*$", re.IGNORECASE)
# Classes named, not a place: "our new families in Hazel and Rowan Classes"
_CLASSES_AFTER = re.compile(r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'-]+)*\s+class(?:es)?\b", re.IGNORECASE)
TRIP_RE = re.compile(
    r"\b(?:trip|visit(?!\s+from|ors?\b|\s+(?:school|us|our)\b)|visiting(?!\s+(?:school|us|our|classes)\b)|outing"
    r"|excursion|residential|day\s+out|off\s+to|heading\s+(?:off\s+)?to"
    r"|travell?ing\s+to|coach\s+(?:leaves|departs)|go(?:es)?\s+to|walk(?:ing)?\s+(?:(?:down|over|up|across)\s+)?to"
    r"|set(?:ting)?\s+off|head(?:s|ing)?\s+(?:off\s+)?to|travel(?:s)?\s+to|(?:play|playing|face|facing)\s+\w+(?:\s+\w+)?"
    r"\s+away)\b",
    re.IGNORECASE,
)
VENUE_RE = re.compile(r"\b(?:" + _PLACES + r")\b", re.IGNORECASE)
OUT_AND_ABOUT_RE = re.compile(r"\b(?:" + _OUT_AND_ABOUT + r")\b", re.IGNORECASE)
# A named place said of a group there now: "up on the White Horse", "in the middle of Stonehenge", "exploring Avebury"
_THERE_NOW = re.compile(
    r"\b(?i:on|of|round|exploring|visiting|climbing|touring)\s+(?:the\s+)?" + _NOT_A_PLACE + r"[A-Z][\w'-]+"
)
_AHEAD = (r"|(?:is|are)\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+away|after\s+(?:half[\s-]?term|the\s+holidays"
          r"|christmas|easter)|(?:leave|set\s+off|head\s+off)\s+for|(?:will|'ll)\s+be\s+\w+ing")  # fmt: skip
FUTURE_RE = re.compile(
    r"\b(?:tomorrow|tonight|next\s+(?:week|month|term|half[\s-]?term|" + _DAYS + r")|on\s+(?:" + _DAYS + r")"
    r"|this\s+(?:coming\s+)?(?:" + _DAYS + r"|weekend)|later\s+(?:today|this\s+\w+)|upcoming|soon"
    r"|(?:will|'ll)\s+be\s+(?:going|visiting|heading|travell?ing|off|at)|will\s+(?:visit|go|travel|head)"
    r"|(?:are|is)\s+(?:going|heading|travell?ing)\s+to|looking\s+forward\s+to|can(?:'t|not)\s+wait"
    r"|counting\s+down|in\s+(?:\d+|two|three|four|five|ten|fifteen|twenty|thirty|forty|a\s+few|a\s+couple\s+of)"
    r"\s+(?:days|weeks|hours|minutes|mins)"
    r"|this\s+(?:afternoon|evening)|here\s+we\s+come|in\s+a\s+fortnight|on\s+the\s+\d{1,2}(?:st|nd|rd|th)"
    r"|(?:" + _DAYS + r")\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"
    r"|save\s+the\s+date|confirmed\s+for|on\s+the\s+(?:morning|afternoon|evening)\s+of"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_NAMES + r")|(?:" + _DAYS + r")\s+at\s+\d" + _AHEAD + r")\b",
    re.IGNORECASE,
)
# Said of the past ("were the mascots at Westbury United on Saturday"): a weekday or "this evening" is then not ahead
PAST_RE = re.compile(r"\b(?:were|was|went|visited|had|enjoyed|performed|played|sang|took\s+part|saw|climbed|explored"
                     r"|met|learn[te]d?|watched|loved|spent|returned|walked|travelled|discovered|came|heard"
                     r"|ate|got\s+back|back\s+from|finished|completed|ran|won|raised|scored|pictured|made|stepped|dug|picked"
                     r"|built|painted|created|braved|received|drew|did|filled|collected|joined|hosted|lost|beat"
                     r"|runners-up|finish(?:ed|ing)\s+(?:first|second|third|\w+th)"
                     r"|thank(?:s|\s+you)(?:\s+to)?\s+[^.!?]{0,60}?\bfor\s+(?:hosting|having|welcoming|visiting|coming"
                     r"|leading|running|a|an|such|the|our)"
                     r"|(?:a|the)\s+(?:[\w–-]+\s+){0,2}(?:draw|loss|victory|defeat)|at\s+home\s+(?:against|to|v))\b",
                     re.IGNORECASE)  # fmt: skip
CLEARLY_AHEAD_RE = re.compile(r"\b(?:will|'ll|tomorrow|next|upcoming|soon|can't\s+wait|looking\s+forward"
                              r"|counting\s+down|save\s+the\s+date" + _AHEAD + r")\b", re.IGNORECASE)  # fmt: skip
_QUOTED_TITLE = re.compile(r"(?<![\w'])['\"‘“][A-Z][^'\"‘’“”\n]{0,80}['\"’”](?!\w)")
LIVE_STRONG_RE = re.compile(
    r"(?:📍|\b(?:right\s+now|at\s+(?:the|this)\s+(?:very\s+)?moment|this\s+(?:very\s+)?minute|currently|still\s+at"
    r"|live\s+(?:from|update)|(?:have|has|we've|just)\s+(?:just\s+)?arrived"
    r"|on\s+(?:our|the|their)\s+way\s+to|en\s+route\s+to|here\s+at|now\s+at|(?:just\s+)?(?:parked|pulled\s+up)\s+(?:at|in)"
    r"|(?:greetings|hello|hi|bonjour|hola|waving)\s+from|made\s+it\s+to|safe(?:ly)?\s+arriv\w*|arrived\s+(?:at|in)"
    r"|(?:lunch|snack|picnic|rest|loo)\s+stop\s+(?:at|on)|the\s+view\s+from|as\s+we\s+speak"
    r"|waving\s+(?:to\s+(?:you|everyone)\s+(?:all\s+)?)?from|current\s+location|checking\s+in\s+from"
    r"|arrived\s+safely|as\s+i\s+(?:type|write)|(?:just\s+)?about\s+to\s+(?:climb|board|set|start|explore|go)"
    r"|for\s+the\s+next\s+(?:half\s+)?hour|here\s+we\s+are|(?:up|down|out)\s+here|(?:are|is)\s+here\s+until"
    r"|(?:are|is|we're)\s+\w+ing\s+now|on\s+board)\b)",
    re.IGNORECASE,
)
LIVE_PRESENT_RE = re.compile(
    r"\b(?:we\s+are|we're|are|is)\s+(?:now\s+|currently\s+|out\s+|safely\s+|(?:down|up|halfway\s+up)\s+)?"
    r"(?:at|in|on|visiting|exploring|enjoying|having|loving|spending|touring|watching|walking|climbing|feeding|warming"
    r"|sitting|standing|waiting|queuing|kayaking|canoeing|paddling|swimming|hiking|picnicking|boarding|riding)\b",
    re.IGNORECASE,
)
TODAY_RE = re.compile(r"\b(?:today|this\s+morning|this\s+afternoon)\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
# An emoji, then a capital: a new sentence ("…next week 🏗️ Thank you for your patience with the car park.")
_TITLED = re.compile(r"(?:Mr|Mrs|Miss|Ms|Mx|Dr|Revd?|Father|Sister)\b")
_EMOJI_BREAK = re.compile(r"(?<=[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F])\s+(?=[A-Z])")
# Places in school: never a trip ("heading to their classroom", "the car park", "on the website")
_AT_SCHOOL = re.compile(
    r"\b(?:(?:to|into|in|on|at|around|across|onto)\s+(?:the|their|our|your)\s+(?:own\s+)?(?:school\s+)?"
    r"(?:classrooms?|class|hall|playground|field|office|staffroom|dining\s+room|website|newsletter)"
    r"|(?:the\s+)?(?:school\s+)?car\s+park)\b",
    re.IGNORECASE,
)


# Things or grown-ups going somewhere, not a class: "everything will go to the food bank", "she joins us from a
# school in Frome"
_NOT_GOING = re.compile(r"\b(?:(?:everything|anything|any|all|money|proceeds|donations?|funds|left\s*overs?|unclaimed)"
                        r"\b[^.!?]{0,30}?\b(?:will\s+)?go(?:es)?\s+to|joins?\s+us\b[^.!?]{0,40}?\bfrom"
                        r"(?:\s+(?:a|an|the|another)\s+[\w-]+)?(?:\s+(?:in|at|near)\s+[A-Z][\w'-]+)?)\b",
                        re.IGNORECASE)  # fmt: skip


def _sentences(text: TextView, ctx: PolicyContext) -> Iterable[tuple[re.Match[str], str]]:
    """Each sentence, and the same sentence with the school's own name taken out (it is never a trip)."""
    school = ctx.names.school
    own = re.compile(r"\b" + r"\s+".join(map(re.escape, school)) + r"\b", re.IGNORECASE) if school else None
    for match in _pieces(text.norm):
        if match.group().strip():
            sentence = _AT_SCHOOL.sub("at school", _QUOTED_TITLE.sub("a title", match.group()))  # "'Ode to Joy'"
            sentence = _NOT_GOING.sub("given", sentence)
            yield match, own.sub("school", sentence) if own else sentence


def _pieces(norm: str) -> Iterable[re.Match[str]]:
    """The sentences, an emoji before a capital ending one too (not one that opens it: "📍 Avebury, now.")."""
    for sentence in _SENTENCE_RE.finditer(norm):
        start = sentence.start()
        for brk in _EMOJI_BREAK.finditer(norm, start, sentence.end()):
            if any(c.isalpha() for c in norm[start : brk.start()]):
                yield from _SENTENCE_RE.finditer(norm, start, brk.start())
                start = brk.end()
        yield from _SENTENCE_RE.finditer(norm, start, sentence.end())


def _somewhere(sentence: str) -> bool:
    """A trip word, a kind of place, or a place named after "at", "to" or "from"."""
    named = any(_a_place(sentence, match) for match in NAMED_PLACE_RE.finditer(sentence))
    return bool(TRIP_RE.search(sentence) or named or VENUE_RE.search(sentence))


def _a_place(sentence: str, match: re.Match[str]) -> bool:
    """Not a person ("into Mrs Payne's soup") nor the inside of a name ("Children in Need": "in" after a capitalised
    word that does not open the sentence; "Games at Trowbridge" is a place)."""
    if _TITLED.match(sentence, match.end() - len(match.group().split()[-1])):
        return False
    if _NO_WHERE_BEFORE.search(sentence, 0, match.start()) or _CLASSES_AFTER.match(sentence, match.end()):
        return False
    words = sentence[: match.start()].split()
    inside = match.group().lower().startswith("in ") and len(words) > 1
    return not (inside and words[-1][:1].isupper() and words[-1].isalpha())


def _is_live(sentence: str) -> bool:
    if LIVE_STRONG_RE.search(sentence) and _THERE_NOW.search(sentence):
        return True
    if not (_somewhere(sentence) or OUT_AND_ABOUT_RE.search(sentence)):
        return False
    if LIVE_STRONG_RE.search(sentence):
        return True
    return bool(LIVE_PRESENT_RE.search(sentence)) and (
        bool(TODAY_RE.search(sentence)) or not FUTURE_RE.search(sentence)
    )


def _ahead(sentence: str) -> bool:
    if not FUTURE_RE.search(sentence):
        return False
    return not PAST_RE.search(sentence) or bool(CLEARLY_AHEAD_RE.search(sentence))


@rule("forthcoming-visit")
def check_forthcoming_visit(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A trip announced before it happens ("Tomorrow Year 6 are off to the museum")."""
    for match, sentence in _sentences(text, ctx):
        if _somewhere(sentence) and _ahead(sentence) and not _is_live(sentence):
            yield Hit(messages.FORTHCOMING, text.span(*match.span()), messages.FORTHCOMING_SUGGESTION)


@rule("live-location")
def check_live_location(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Where the class is right now ("We're at the beach right now!")."""
    for match, sentence in _sentences(text, ctx):
        if _is_live(sentence):
            yield Hit(messages.LIVE, text.span(*match.span()), messages.LIVE_SUGGESTION)
