"""Phrases that aim a post at one person ("Well done …", "Happy birthday …"), shared by the name rules."""

from __future__ import annotations

import re

_CUE = (
    r"(?:(?:a\s+)?(?:very\s+|big\s+|huge\s+|massive\s+|special\s+|super\s+)*)"
    r"(?:well\s+done|congratulations|congrats|happy\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?birthday|good\s+luck"
    r"|get\s+well\s+soon|proud\s+of|bravo|shout[\s-]?out|star\s+of\s+the\s+week(?:\s+(?:is|goes\s+to))?"
    r"|special\s+mention|praise\s+for|award\s+goes\s+to|certificate\s+(?:goes\s+)?to)"
)
CUE_BEFORE_NAME = re.compile(_CUE + r"(?:\s+(?:to|for))?[\s,!:]*$", re.IGNORECASE)
CUE_AFTER_NAME = re.compile(r"^[\s,!:]*" + _CUE, re.IGNORECASE)
# The cue in any case; the name must start with a capital letter.
CUE_WITH_NAME = re.compile(r"\b(?i:" + _CUE + r"(?:\s+(?:to|for))?)[\s,!:]+(?P<name>[A-Z][\w'-]*)")
THANKS_WITH_NAME = re.compile(r"\b(?i:thank\s+you|thanks)(?:\s+(?i:to|for))?[\s,!:]+(?P<name>[A-Z][\w'-]*)")
NAME_THEN_CUE = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?P<name>[A-Z][\w'-]*)\s*[,!:]\s*(?i:" + _CUE + ")")
_LOOKBACK = 60


def cue_precedes(lower_text: str, start: int) -> bool:
    """True when the words just before `start` are a targeting cue ("… well done to ")."""
    return bool(CUE_BEFORE_NAME.search(lower_text[max(0, start - _LOOKBACK) : start]))


def cue_follows(lower_text: str, end: int) -> bool:
    return bool(CUE_AFTER_NAME.match(lower_text[end : end + _LOOKBACK]))
