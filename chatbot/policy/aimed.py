"""Posts aimed at one child without a cue right beside the name: a pupil named in a sentence that praises,
greets or says goodbye ("Happy birthday to our lovely Maisie!", "We miss you, Keanu!"), or a child described
instead of named ("Happy birthday to our head girl!", "To the Year 2 boy who handed in a purse: thank you")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from chatbot.policy.compounds import tag_cued
from chatbot.policy.name_index import NameIndex
from chatbot.policy.names import read_names
from chatbot.policy.text import TextView

PERSONAL = re.compile(
    r"\b(?:happy\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|well\s+done|congratulations|congrats|proud\s+of\s+you"
    r"|miss\s+you|good\s+luck|welcome\s+(?:to|back)|get\s+well|you\s+did\s+it|you\s+were\s+(?:amazing|brilliant"
    r"|fantastic|wonderful|a\s+star)|cheers\s+for|star\s+of\s+the\s+week|bravo|mubarak|thank\s+you|thanks)\b",
    re.IGNORECASE,
)
# A single child described: "our head girl", "the Year 2 boy who…", "our brave Year 4 footballer"
DESCRIBED = re.compile(
    r"\b(?:to|for)\s+(?:our|the)\s+(?:only\s+|very\s+own\s+)?(?:[a-z]+\s+){0,2}?(?:(?:year\s*\d|reception)\s+)?"
    r"(?:head\s+(?:girl|boy)|girl|boy|footballer|pupil|child|player|swimmer|dancer|reader|writer)\b(?![s'’])",
    re.IGNORECASE,
)
SHORT = 3  # words: "Congratulations!", "Well done, everyone!"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def aimed(text: TextView, index: NameIndex) -> Iterator[tuple[int, int, str]]:
    """(start, end, who) in the normalised text, for each child a personal sentence is aimed at."""
    personal = _personal(text.norm)
    for start, end in personal:
        for described in DESCRIBED.finditer(text.norm, start, end):
            yield described.start(), described.end(), described.group()
    if not personal and "#" not in text.norm and "@" not in text.norm:
        return
    starts = [start for start, _ in personal]
    for match in read_names(index, text.words, text.norm, text.lower).matches:
        at = bisect_right(starts, match.start) - 1  # the personal sentence that could hold it: linear in all
        inside = at >= 0 and match.start < personal[at][1]
        if match.strength == "strong" and (inside or tag_cued(text.lower, match.start, match.end)):
            yield match.start, match.end, text.norm[match.start : match.end]


def _personal(norm: str) -> list[tuple[int, int]]:
    """The sentences that praise, greet or say goodbye, in order; a short one ("Congratulations!") speaks of the
    sentence before it too ("Wren's poem has been printed in the parish magazine. Congratulations!")."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(norm)]
    chosen: set[tuple[int, int]] = set()
    for n, (start, end) in enumerate(sentences):
        if PERSONAL.search(norm, start, end):
            chosen.add((start, end))
            if n and len(norm[start:end].split()) <= SHORT:
                chosen.add(sentences[n - 1])
    return sorted(chosen)
