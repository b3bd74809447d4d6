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
    r"|cinema|sea\s+life|science\s+museum|nature\s+reserve|outdoor\s+centre|activity\s+centre|bowling|trampoline"
)
TRIP_RE = re.compile(
    r"\b(?:trip|visit(?!\s+from|ors?\b)|visiting|outing|excursion|residential|day\s+out|off\s+to|heading\s+(?:off\s+)?to"
    r"|travell?ing\s+to|coach\s+(?:leaves|departs)|" + _PLACES + r")\b",
    re.IGNORECASE,
)
FUTURE_RE = re.compile(
    r"\b(?:tomorrow|tonight|next\s+(?:week|month|term|half[\s-]?term|" + _DAYS + r")|on\s+(?:" + _DAYS + r")"
    r"|this\s+(?:coming\s+)?(?:" + _DAYS + r"|weekend)|later\s+(?:today|this\s+\w+)|upcoming|soon"
    r"|(?:will|'ll)\s+be\s+(?:going|visiting|heading|travell?ing|off|at)|will\s+(?:visit|go|travel|head)"
    r"|(?:are|is)\s+(?:going|heading|travell?ing)\s+to|looking\s+forward\s+to|can(?:'t|not)\s+wait"
    r"|counting\s+down|in\s+(?:\d+|two|three|a\s+few|a\s+couple\s+of)\s+(?:days|weeks)|this\s+(?:afternoon|evening))\b",
    re.IGNORECASE,
)
LIVE_STRONG_RE = re.compile(
    r"\b(?:right\s+now|at\s+the\s+moment|currently|live\s+from|(?:have|has|we've|just)\s+(?:just\s+)?arrived"
    r"|on\s+(?:our|the|their)\s+way\s+to|en\s+route\s+to|here\s+at|now\s+at)\b",
    re.IGNORECASE,
)
LIVE_PRESENT_RE = re.compile(
    r"\b(?:we\s+are|we're|are|is)\s+(?:now\s+|currently\s+)?(?:at|in|visiting|exploring|enjoying|having)\b",
    re.IGNORECASE,
)
TODAY_RE = re.compile(r"\b(?:today|this\s+morning|this\s+afternoon)\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")


def _sentences(text: TextView) -> Iterable[re.Match[str]]:
    return (m for m in _SENTENCE_RE.finditer(text.norm) if m.group().strip())


def _is_live(sentence: str) -> bool:
    if not TRIP_RE.search(sentence):
        return False
    if LIVE_STRONG_RE.search(sentence):
        return True
    return bool(LIVE_PRESENT_RE.search(sentence)) and (
        bool(TODAY_RE.search(sentence)) or not FUTURE_RE.search(sentence)
    )


@rule("forthcoming-visit")
def check_forthcoming_visit(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A trip announced before it happens ("Tomorrow Year 6 are off to the museum")."""
    for match in _sentences(text):
        sentence = match.group()
        if TRIP_RE.search(sentence) and FUTURE_RE.search(sentence) and not _is_live(sentence):
            yield Hit(messages.FORTHCOMING, text.span(*match.span()), messages.FORTHCOMING_SUGGESTION)


@rule("live-location")
def check_live_location(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Where the class is right now ("We're at the beach right now!")."""
    for match in _sentences(text):
        if _is_live(match.group()):
            yield Hit(messages.LIVE, text.span(*match.span()), messages.LIVE_SUGGESTION)
