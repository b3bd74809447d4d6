"""Surnames listed after a colon as a class's results or register: "Year 4 register: Nightingale – present"."""

from __future__ import annotations

import re

# What heads a list of children: a register, a ranking or a prize's winners ("Top readers this term:")
_RESULTS = re.compile(r"\b(?:register|readers?|leaders?|top|winners?|champions?|spellers?|runners?-up|scorers?"
                      r"|attendance|stars?)\b")  # fmt: skip
_CLASS = re.compile(r"\b(?:year\s+\d{1,2}|class|reception|form|y\d{1,2})\b")
# Only names and joiners between the colon and this one: "Nightingale, Knight and Shepherd"
_LISTED_BEFORE = re.compile(r"(?:[\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)){0,5}")
_SENTENCE_ENDS = ".!?\n"
# A list's item ends in punctuation, a joiner or "with…" ("Swan, with 42 points"); "Park at the leisure centre" is
# an instruction, not a list
_ITEM_ENDS = re.compile(r"\s*(?:[,!.;:()–—-]|with\b|and\b|&|$)")


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
