"""Roster names that are part of someone else's name: "Florence Nightingale", "Ted Hughes", "John Lewis"."""

from __future__ import annotations

from chatbot.policy.name_index import TITLES, NameIndex
from chatbot.policy.readings import CONNECTORS, heads
from chatbot.policy.school_year import in_class
from chatbot.policy.text import Word, adjacent

TEAM_WORDS = frozenset("year class reception team house group nursery".split())  # "Kai Year 3" is not a surname
# Capitalised words that open a sentence before a child's name, never a forename of their own ("Yay Carter!")
OPENERS = frozenset("yay woohoo wahoo hooray hurray yippee congrats wow go bravo cheers thx ty hi hello hey hiya "
                    "welcome ps dear love from".split())  # fmt: skip
# What history calls a king or a queen after the name: "Alexander the Great", "Alfred the Great", "Pliny the Elder"
EPITHETS = frozenset("great elder younger conqueror confessor lionheart unready magnificent".split())


def _initial(word: Word, text: str) -> bool:
    return len(word.text) == 1 and word.text.isupper() and text[word.end : word.end + 1] == "."


def someone_before(index: NameIndex, words: list[Word], i: int, text: str) -> str | None:
    """A capitalised word before a surname that is no pupil's forename: "Ted Hughes", "John Lewis"; not across a
    comma ("Eid Mubarak, Aisha"). At the start of a sentence only a name, not a word ("Howard Carter opened the
    tomb", not "Congratulations Carter"); never a child in a class ("Howard Carter (Year 3)")."""
    before = words[i - 1] if i > 0 else None
    if before is not None and _initial(before, text):  # "C.S. Lewis" is an author; "J. Patel" may be a pupil
        return f"{words[i - 2].text}.{before.text}." if i > 1 and _initial(words[i - 2], text) else None
    if before is None or words[i].sentence_start or not before.is_capitalised or in_class(text, words[i].end):
        return None
    if not adjacent(before, words[i], text):
        return None
    key = before.key
    if before.tagged or "'" in before.text or key in ("i", "o") or key in TITLES or key in CONNECTORS:
        return None  # "I'm Noah"
    if key in TEAM_WORDS or key in OPENERS or index.candidates(key):
        return None
    if before.sentence_start and index.is_word(key):
        return None  # "Congratulations Carter", "Thanks Carter"
    return before.text


def someone_after(index: NameIndex, words: list[Word], last: int, text: str) -> str | None:
    """A capitalised word after a forename that is no pupil's surname: "Florence Nightingale", "Joseph Coelho"."""
    if last + 1 >= len(words) or not adjacent(words[last], words[last + 1], text):
        return None
    after = words[last + 1]
    key = after.key
    if key == "the" and last + 2 < len(words) and words[last + 2].is_capitalised and words[last + 2].key in EPITHETS:
        return f"the {words[last + 2].text}"
    if not after.is_capitalised or after.sentence_start or after.tagged or words[last].lower.endswith("'s"):
        return None
    if in_class(text, after.end):
        return None  # "Amelia Khan (Year 3)": a child, on the roster or not
    if index.is_surname(key) or key in TEAM_WORDS or key in CONNECTORS or key in heads() or after.text.isupper():
        return None
    return after.text
