"""A child's class said right after a name: "Kai in Year 4", "Kai (Y4)", "Jacob in Oak Class", "Hope in Robins"."""

from __future__ import annotations

import re

from chatbot.policy.person_words import AUXILIARIES, PERSON_VERBS

# Classes named after birds, animals or trees, in the plural: "Hope in Robins", "Autumn from Kingfishers", "(Herons)"
_CLASSES = (r"(?:robins|wrens|kingfishers|owls|swans|herons|kestrels|falcons|hawks|eagles|puffins|penguins|sparrows"
            r"|finches|blackbirds|swallows|swifts|nightingales|larks|doves|magpies|woodpeckers|hedgehogs|foxes|badgers"
            r"|squirrels|otters|hares|dolphins|oaks|willows|rowans|hazels|hollies|beeches|elms|cedars|birches|maples"
            r"|chestnuts|acorns|conkers|ladybirds|butterflies|dragonflies|bumblebees)\b")  # fmt: skip

# "Kai in Year 4", "Autumn back in Year 1", "Kai (Y4)", "Jacob in Oak Class", "Bishop, from Year 6, read"; not
# "Willow Class" (a class's name) nor "This June, Year 5 measured…"
_SCHOOL_YEAR = re.compile(
    r"\s*(?:\(\s*(?:\d[a-z]\b)?|,\s*(?:(?:in|from)\s+)?(?=year\s*\d\s*[,)])|(?:back\s+)?(?:in|from|of)\s+(?:the\s+|our\s+)?)"
    r"(?:year\s*\d|y\d\b|reception\b|nursery\b|[a-z]+\s+class\b|(?<=\d[a-z])\s*\)|" + _CLASSES + ")",
    re.I,
)

# What a lesson does as well as a child: "French (Year 3) starts on Tuesday", "… went really well"
_LESSONS_DO = AUXILIARIES | frozenset("starts started runs finishes finished takes took goes went comes came turns "
                                      "turned gets got makes made".split())  # fmt: skip

_NEXT_WORD = re.compile(r"\w*\s*\)?\s*([a-z-]+)")  # the rest of a class's name ("year 5)"), then the next word


def in_class(lower: str, end: int) -> bool:
    """A class said right after the name: "Kai in Year 4", "Kai (Y4)", "Jacob in Oak Class"."""
    return bool(_SCHOOL_YEAR.match(lower, end))


def in_class_then_acts(lower: str, end: int) -> bool:
    """A class, then something a person did: "English (Year 5) bowled three maidens" is a child; "French in Year 3
    was fun" a lesson."""
    said = _SCHOOL_YEAR.match(lower, end)
    verb = _NEXT_WORD.match(lower, said.end()) if said is not None else None
    return verb is not None and verb.group(1) in PERSON_VERBS and verb.group(1) not in _LESSONS_DO
