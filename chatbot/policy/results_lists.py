"""Children listed as results: after a colon under a class's results or register ("Year 4 register: Nightingale –
present"), or each after a place in a race ("1st Rivers, 2nd Swan, 3rd Bishop")."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.policy.name_index import CALENDAR

# What heads a list of children: a register, a ranking or a prize's winners ("Top readers this term:")
_RESULTS = re.compile(r"\b(?:register|readers?|leaders?|top|winners?|champions?|spellers?|runners?-up|scorers?"
                      r"|attendance|stars?)\b")  # fmt: skip
_CLASS = re.compile(r"\b(?:year\s+\d{1,2}|class|reception|form|y\d{1,2})\b")
# Only names and joiners between the colon and this one: "Nightingale, Knight and Shepherd"
_LISTED_BEFORE = re.compile(r"(?:[\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)){0,5}")
_SENTENCE_ENDS = ".!?\n"
_LIST_NEAR = 160  # characters either side of a name where its race's other places are looked for
# A list's item ends in punctuation, a joiner or "with…" ("Swan, with 42 points"); "Park at the leisure centre" is
# an instruction, not a list
_ITEM_ENDS = re.compile(r"\s*(?:[,!.;:()–—-]|with\b|and\b|&|$)")
# A place in a race before each child: "1st Rivers, 2nd Swan, 3rd Bishop"
_PLACE = r"(?:\d(?:st|nd|rd|th)|(?:first|second|third)\s+place\s*[:–—-]?)"
_PLACE_BEFORE = re.compile(_PLACE + r"\s+$")
_PLACED = re.compile(r"\b" + _PLACE + r"\s+(?P<item>[a-z][\w'’-]*)")


def in_class_results(lower: str, start: int, end: int) -> bool:
    """The name at `start` is in a list after a colon whose head, in the same sentence, is a class's or year's
    register or results: a list of children ("House points leader in Year 6: Swan"); not "House points: Swan
    412" (no class) or "Our values: Hope and Joy" (no results)."""
    colon = lower.rfind(": ", max(0, start - 120), start)
    if colon < 0 or not _ITEM_ENDS.match(lower, end):
        return False
    between = _LISTED_BEFORE.fullmatch(lower, colon + 2, start)
    opening = max(lower.rfind(mark, 0, colon) for mark in _SENTENCE_ENDS) + 1
    head = lower[opening:colon]
    return between is not None and bool(_RESULTS.search(head)) and bool(_CLASS.search(head))


def placed(lower: str, start: int, is_pupil: Callable[[str], bool]) -> bool | None:
    """Whether the word at `start` comes right after a place in a race, in a sentence that gives more than one:
    True when every place goes to a pupil's name ("1st Rivers, 2nd Swan"), False when some go to houses or teams
    ("1st Wren, 2nd Kestrel": no pupil is Kestrel), None when it is no such list ("the 1st and 2nd May")."""
    if not _PLACE_BEFORE.search(lower, max(0, start - 20), start):
        return None
    near = max(0, start - _LIST_NEAR)  # a sentence of any length costs the same for each name
    opening = max(lower.rfind(mark, near, start) for mark in _SENTENCE_ENDS) + 1 or near
    ends = (lower.find(mark, start, start + _LIST_NEAR) for mark in _SENTENCE_ENDS)
    closing = min((k for k in ends if k >= 0), default=min(len(lower), start + _LIST_NEAR))
    items = {m.start("item"): m.group("item") for m in _PLACED.finditer(lower, opening, closing)}
    if start not in items or len(items) < 2 or any(item in CALENDAR for item in items.values()):
        return None
    return all(is_pupil(item) for item in items.values())
