"""A roster name plainly an ordinary word where it stands: a festival greeted, a place someone is from, a shout."""

from __future__ import annotations

import re
from functools import cache

from chatbot.policy.characters import fold
from chatbot.policy.cues import cue_precedes
from chatbot.policy.lexicon import data_lines
from chatbot.policy.name_index import NameEntry
from chatbot.policy.person_words import IRREGULAR_PAST, PERSON_VERBS
from chatbot.policy.personhood import plainly_a_child
from chatbot.policy.readings import places
from chatbot.policy.text import Word

GREETINGS = frozenset("happy merry blessed joyful joyous peaceful".split())
# "Staff from Wales wore…", "families across Wales brought…": the place says where people are, not who acts after
# it; "to" is left out, being how a prize or thanks reaches a child ("well done to Paris")
WHERE = frozenset("from in across".split())


@cache
def festivals() -> frozenset[str]:
    return frozenset(fold(line).strip().lower() for line in data_lines("festivals.txt"))


def plainly_a_word(words: list[Word], i: int, last: int, entry: NameEntry, lower: str) -> str | None:
    """The festival greeted ("Happy Easter"), a place after "from"/"in" ("Staff from Wales wore…"), or an ordinary
    word shouted in capitals mid-sentence ("school WILL open")."""
    before = words[i - 1] if i > 0 else None
    if given_to_a_role(words, i, lower):
        return "a grown-up's or a character's name"
    if before is None or not adjacent_words(before, words[i], lower):
        return None
    if before.lower in GREETINGS and words[i].key in festivals():
        return f"part of '{before.text} {words[i].text}', a festival greeted"
    if before.lower in WHERE and words[i].key in places() and _verb_after(words, last, lower):
        return "a place"
    if _shouted(words, i, last, entry) and not cue_precedes(lower, words[i].start):
        return "an ordinary word in capitals"
    return None


def adjacent_words(before: Word, word: Word, lower: str) -> bool:
    """Nothing but spaces between: "Happy Easter", not "Happy! Easter"."""
    return lower[before.end : word.start].strip() == "" and not word.sentence_start


def _verb_after(words: list[Word], last: int, lower: str) -> bool:
    """A verb straight after the place ("from Wales wore"), nothing saying a child is meant ("from Austin, who…")."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is None or not after.is_lower or plainly_a_child(lower, words[last].end):
        return False
    return after.lower in PERSON_VERBS or after.lower in IRREGULAR_PAST or after.lower.endswith("ed")


def _shouted(words: list[Word], i: int, last: int, entry: NameEntry) -> bool:
    """An ordinary word in capitals between two lower-case words ("school WILL open"): emphasis, not a name."""
    after = words[last + 1] if last + 1 < len(words) else None
    capitals = words[i].text.isupper() and len(words[i].text) > 1 and last == i
    return capitals and entry.ordinary and words[i - 1].is_lower and after is not None and after.is_lower


@cache
def _called() -> re.Pattern[str]:
    roles = "|".join(sorted(fold(line).strip().lower() for line in data_lines("not_pupil_roles.txt")))
    return re.compile(rf"\b(?:a|an|the|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{roles})s?,?\s+(?:called|named)\s+$")


def given_to_a_role(words: list[Word], i: int, lower: str) -> bool:
    """ "a Roman soldier called Marcus", "an author named Joseph": the name of a grown-up or a character."""
    return bool(_called().search(lower, max(0, words[i].start - 50), words[i].start))
