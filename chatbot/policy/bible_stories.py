"""Bible names read as their stories: "Daniel in the lions' den", "Mary and Joseph", "John 3:16"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from chatbot.policy.characters import fold
from chatbot.policy.lexicon import data_lines
from chatbot.policy.person_words import IRREGULAR_PAST, PERSON_VERBS
from chatbot.policy.text import Word

STORY_WORDS = frozenset(
    "bible nativity jesus bethlehem manger ark parable lions den shepherds stable retold retell story stories "
    "testament psalm prophet god coat colours angel angels advent worship annunciation egypt pharaoh disciple "
    "disciples apostle apostles gospel gospels patron saint".split()
)

# What a Bible story is "X and the …" of: "Noah and the ark", "Jonah and the whale"; not "Noah and the football team"
STORY_THINGS = frozenset(
    "ark flood animals rainbow whale big lions lion giant coat burning walls commandments loaves five fishes "
    "golden prodigal good lost wise".split()
)
_VERSE = re.compile(r"\s+\d{1,3}:\d{1,3}\b")  # "Matthew 5:16", "John 3:16": a book of the Bible, not a child


def _told_about(words: list[Word], lowers: list[str], i: int) -> bool:
    """A story told about a Bible name, titled "X and the …": "ask your child about Noah and the rainbow promise",
    "we learnt about Jonah and the whale"; not "proud of Noah and the whole team", "about Noah and the football
    team"."""
    if not 0 < i < len(words) - 3 or lowers[i - 1] != "about" or words[i].key not in bible():
        return False
    return lowers[i + 1] == "and" and lowers[i + 2] == "the" and lowers[i + 3] in STORY_THINGS


def bible_stories(words: list[Word], text: str) -> Iterator[int]:
    """Bible names in a sentence that tells a Bible story ("Daniel in the lions' den", "Joseph and his coat")."""
    sentence: list[int] = []
    for i, word in enumerate([*words, None]):
        if word is None or (word.sentence_start and sentence):
            if any(words[j].lower.removesuffix("'s") in STORY_WORDS for j in sentence) or _verse(words, sentence, text):
                for j in sentence:
                    if words[j].is_capitalised and words[j].key in bible():
                        yield j
            sentence = []
        if word is not None:
            sentence.append(i)


def _verse(words: list[Word], sentence: list[int], text: str) -> bool:
    return any(_VERSE.match(text, words[j].end) for j in sentence)


def _then_did(words: list[Word], j: int) -> bool:
    """Two children who did something: "Noah and Jacob tidied the hall", "Adam and Eve painted the backdrop"."""
    verb = words[j].lower if j < len(words) and words[j].is_lower else ""
    return verb in PERSON_VERBS or verb in IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4)


def _pair(word: Word) -> bool:
    return word.is_capitalised and word.key in bible()


@cache
def bible() -> frozenset[str]:
    return frozenset(fold(word).lower() for line in data_lines("bible_names.txt") for word in line.split())


def bible_story_at(words: list[Word], lowers: list[str], i: int) -> tuple[int, str] | None:
    """The last index and the words of a Bible story starting at words[i]: two Bible names together ("Mary and
    Joseph") or a story told about one ("about Noah and the rainbow")."""
    pair = i + 2 < len(words) and lowers[i + 1] == "and" and words[i].key in bible() and _pair(words[i + 2])
    if pair and not _then_did(words, i + 3):
        return i + 2, f"{words[i].text} and {words[i + 2].text}"
    if _told_about(words, lowers, i):
        return i, words[i].text
    return None
