"""Classes, houses and teams called in the plural after the name: "Joy from Merlins", "June from Red Kites"."""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.policy.text import Word

# A plural, not a word that merely ends in s: "Kites", "Buzzards"; not "Jesus", "Paris", "Bliss" or "Mum's"
PLURAL = re.compile(r"[a-z]{2,}(?<![su])s")
# Plurals of people, not of a class's namesake: "love from Grandparents", "Joy from Governors"
_PEOPLE = frozenset(
    "parents grandparents governors friends families teachers mums dads neighbours volunteers visitors staff "
    "leaders helpers others kings queens angels saints".split()
)
_LONGEST = 3  # words in a group's name: "Red Kites", "Little Grey Owls"


def named_group_after(words: list[Word], last: int, namesake: Callable[[str], bool]) -> bool:
    """ "in"/"from" and a capitalised plural after words[last], the sentence going on in lower case: a child in a
    class, house or team ("Prince in Falcons scored") when `namesake(plural)` says it is the plural of an ordinary
    word and no place ("Grace from Leeds"); not a title ("Faith in Numbers Week")."""
    if last + 2 >= len(words) or words[last + 1].lower not in ("in", "from"):
        return False
    group = words[last + 2 : last + 2 + _LONGEST]
    for k, word in enumerate(group):
        if not word.is_capitalised or word.sentence_start or word.tagged:
            return False
        after = last + 3 + k
        if PLURAL.fullmatch(word.lower) and word.lower not in _PEOPLE:
            ends = after >= len(words) or not words[after].is_capitalised or words[after].sentence_start
            return ends and namesake(word.lower)
    return False


def singulars(plural: str) -> tuple[str, ...]:
    """What a plural may be the plural of: "kites" -> kite, "foxes" -> fox, "butterflies" -> butterfly."""
    if plural.endswith("ies"):
        return (f"{plural[:-3]}y",)
    return (plural[:-1], plural[:-2]) if plural.endswith("es") else (plural[:-1],)
