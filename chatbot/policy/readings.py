"""What a capitalised word is when it is not a pupil: part of an event, a place, a saint, a story or a title."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from chatbot.policy.bible_stories import bible_stories, bible_story_at
from chatbot.policy.characters import fold
from chatbot.policy.lexicon import data_lines
from chatbot.policy.named_groups import PLURAL
from chatbot.policy.personhood import answers_register
from chatbot.policy.stories import dressed_as, story_characters
from chatbot.policy.text import Word

LEADING = frozenset({"our", "the", "a", "an", "this", "their", "my", "your", "happy"})
CONNECTORS = frozenset({"of", "the", "and", "de", "la", "upon", "on", "in"})
# An apostrophe inside a title is not its closing quote: "'Ruby's Worry'", "'Mary's Boy Child'"
_QUOTED = re.compile(r"(?<![\w'])['\"‘“]([A-Z](?:[^'\"‘’“”\n]|['’](?=\w)){0,80}?)['\"’”](?![\w])")
_INSIDE = ("", " ", "-", " & ")  # what may sit between the words of a name ("Harrison & Webb Ltd")
# Two or more capitalised items joined by commas, "and" or "or" (an item may follow "the"): a list of names
_ITEM = r"(?:the\s+)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
_LIST = re.compile(rf"{_ITEM}(?:(?:, | and |, and | or |, or ){_ITEM})+")
_PERFORMED = re.compile(r"\b(?:performances?|production|staging|showing|premiere|version|adaptation)\s+of\s+"
                        r"(?:the\s+)?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})")  # fmt: skip
# A book read, a piece performed, a story told: "reading Matilda", "performed Ode to Joy", "the story of Khadija";
# not a child read to ("read Ruby a story") or a child's own work ("reading Amelia's poem")
_READ = re.compile(r"\b(?:read|reading|reads|performed|performing|retold|retelling|(?:story|legend|tale)\s+of)\s+"
                   r"([A-Z][\w'’-]*(?:(?: (?:of|the|and|in|on|a|to))* [A-Z][\w'’-]*){0,5})(?<!['’]s)"
                   r"(?![\w'’])(?!\s+(?:a|an|the|her|his|their|some)\s)")  # fmt: skip
# A title said to be the work itself: "Storm in Teacups is our Year 6 play", "Faith in Numbers is our maths week
# theme"; a run of two or more words, so "Storm in Year 6 is our narrator" stays a child
_NAMED_AS_WORK = re.compile(
    r"(?<![\w'’])([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|in|on|a|to)){0,5} [A-Z][\w'’-]*)"
    r"(?= (?:is|was|will be) (?:our|the|this (?:year|term)['’]s) (?:[\w-]+ ){0,3}?"
    r"(?:play|show|production|musical|pantomime|panto|theme|topic|project|film|song)(?![\w'’]))"
)
_SHORT_YEAR = re.compile(r"y(?:r)?\d{1,2}|\d[a-z]")  # "Y4", "Yr4", "4B"
SHOUTED = 2  # this many all-capital words in a run is shouting, not the name of something ("HAPPY BIRTHDAY TO…")


@dataclass(frozen=True, slots=True)
class Reading:
    """Words first..last (indices) read together as something other than a pupil."""

    first: int
    last: int
    phrase: str
    what: str  # "an event, place or organisation", "a saint or place", "a title in quotes"…


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(fold(word).lower() for line in data_lines(name) for word in line.split())


@cache
def phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The people, characters and stories of not_pupils.txt, as word sequences keyed by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in data_lines("not_pupils.txt"):
        tokens = tuple(fold(line).lower().split())
        found.setdefault(tokens[0], []).append(tokens)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def heads() -> frozenset[str]:
    return _words("name_heads.txt")


def starts() -> frozenset[str]:
    return _words("name_starts.txt")


def nationalities() -> frozenset[str]:
    return _words("nationalities.txt")


_THING_AFTER = re.compile(r"(?:[ -]+(?:[A-Z][\w'&]*|of|the|and|&)){1,6}")


def names_a_thing(text: str, end: int) -> bool:
    """Whether the capitalised words after `end` close the name of a thing ("Sky| Sports", "Hope| Church")."""
    match = _THING_AFTER.match(text, end)
    return match is not None and any(w.removesuffix("'s").lower() in heads() for w in match.group().split()[-1:])


@cache
def places() -> frozenset[str]:
    return frozenset(fold(line).lower() for name in ("places.txt", "places_more.txt") for line in data_lines(name))


def readings(words: list[Word], text: str, starts_full_name: Callable[[int], int | None]) -> dict[int, Reading]:
    """Each word index that belongs to a reading. `starts_full_name(i)` is the last index of a roster full name
    starting at word i, if one does: a pupil's full name is never swallowed by a reading."""
    marks: dict[int, Reading] = {}
    characters = (Reading(i, i, words[i].text, f"a character in {story}")
                  for i, story in story_characters(words, text, starts_full_name))  # fmt: skip
    dressed = (Reading(i, i, words[i].text, "a character dressed up as") for i in dressed_as(words, text)
               if starts_full_name(i) is None)  # fmt: skip
    told = (Reading(j, j, words[j].text, "a Bible story") for j in bible_stories(words, text))
    # a pupil's full name said to be in a show is still the pupil's ("Storm Lewis is our play's narrator")
    titles = (r for r in _quoted(words, text) if r.what != "a title" or starts_full_name(r.first) is None)
    found_all = (*_runs(words, text, starts_full_name), *_known(words), *titles,
                 *told, *characters, *dressed)  # fmt: skip
    for found in found_all:
        for i in range(found.first, found.last + 1):
            marks.setdefault(i, found)
    for found in list(_listed_beside(words, text, marks)):
        marks.setdefault(found.first, found)
    return marks


def _listed_beside(words: list[Word], text: str, marks: dict[int, Reading]) -> Iterator[Reading]:
    """A capitalised word in a list with a well-known character or person ("Harry Potter, the Gruffalo, Matilda,
    Paddington…") is one of them."""
    starts = [w.start for w in words]
    for listed in _LIST.finditer(text):
        inside = range(bisect_left(starts, listed.start()), bisect_left(starts, listed.end()))
        known = next((marks[i] for i in inside if i in marks and _well_known(marks[i])), None)
        for i in inside if known is not None else ():
            if i not in marks and words[i].is_capitalised:
                yield Reading(i, i, words[i].text, f"listed with '{known.phrase}'")  # type: ignore[union-attr]


def _well_known(reading: Reading) -> bool:
    return reading.what == "known" or reading.what.startswith("a character")


def _runs(words: list[Word], text: str, starts_full_name: Callable[[int], int | None]) -> Iterator[Reading]:
    """Runs of capitalised words that end in a head ("World Book Day") or begin with a start ("St Mary's")."""
    i = 0
    while i < len(words):
        last = _run_end(words, i, text)
        # a pupil's full name inside a run ends the run before it ("… TO MARY OKONKWO FROM …")
        last = next((j - 1 for j in range(i + 1, last + 1) if starts_full_name(j) is not None), last)
        shouted = sum(len(w.text) > 1 and w.text.isupper() for w in words[i : last + 1]) >= SHOUTED
        if last > i and starts_full_name(i) is None and not shouted:
            found = list(_reading_in(words, i, last, text))
            yield from found or _reading_in(words, _later_start(words, i, last), last, text)
        i = last + 1


def _later_start(words: list[Word], i: int, last: int) -> int:
    """Where a name's start begins a later part of a run that read as nothing ("Chester and the Isle of Skye"):
    read once more from there, not from every word (a long run stays linear)."""
    return next((k for k in range(i + 2, last) if words[k].key in starts() and words[k - 1].lower in CONNECTORS), last)


def _run_end(words: list[Word], i: int, text: str) -> int:
    last = i
    if not words[i].is_capitalised:
        return i
    j = i + 1
    while j < len(words) and not words[j].sentence_start and text[words[j - 1].end : words[j].start] in _INSIDE:
        if _year_group(words, j):
            break  # "Bishop in Year 6": a class ends a run
        if words[j].is_capitalised:
            last = j
        elif words[j].lower not in CONNECTORS:
            break
        j += 1
    return last


def _reading_in(words: list[Word], first: int, last: int, text: str) -> Iterator[Reading]:
    if words[first].lower in LEADING and first < last:
        first += 1  # "Our Sports Day": the reading is "Sports Day"
    elif words[first].sentence_start and words[first].key not in starts() and first + 1 < last:
        first += words[first + 1].key in starts()  # "Remember Storm Ciara?": the reading is "Storm Ciara"
    keys = [w.key for w in words[first : last + 1]]
    ending = max((k for k, key in enumerate(keys) if key in heads() and k > 0 and not _year_group(words, first + k)),
                 default=None)  # fmt: skip
    started = keys[0] in starts() and len(keys) > 1 and keys[1] not in ("and", "&")  # not "Bishop and Holland"
    if started or ending is not None:
        end = last if ending is None or started else first + ending
        yield Reading(first, end, text[words[first].start : words[end].end], "the name of something or somewhere")


def _year_group(words: list[Word], j: int) -> bool:
    """ "Year 6" is a class of children, not the end of a name ("Chinese New Year"); so are "in Reception", "in
    Darwin Class" and "in Robins" ("Storm in Reception" is a child, not a storm's name)."""
    if words[j].lower in ("reception", "nursery") and words[j - 1].lower == "in":
        return True
    if words[j - 1].lower in ("in", "from") and j + 1 < len(words) and words[j + 1].lower == "class":
        return True  # "Storm in Donaldson Class": a class called after someone, after the child
    if words[j - 1].lower == "in" and words[j].is_capitalised and PLURAL.fullmatch(words[j].lower):
        return True  # "Storm in Robins", "Prince in Falcons": a class in the plural, not a storm's name
    if words[j - 1].lower == "in" and _SHORT_YEAR.fullmatch(words[j].lower):
        return True  # "Prince in Y4", "Prince in 4B": a class written short
    return words[j].lower == "year" and j + 1 < len(words) and words[j + 1].text.isdigit()


def _known(words: list[Word]) -> Iterator[Reading]:
    """Well-known people, characters and stories, two Bible names together ("Mary and Joseph") and a Bible story
    told about ("about Noah and the rainbow")."""
    lowers = [w.lower for w in words]
    keys = [w.key for w in words]  # "Tom Fletcher's The Christmasaurus": the last word may be possessive
    for i, low in enumerate(lowers):
        for tokens in phrases().get(low, ()):
            if _spells(lowers, keys, i, tokens):
                yield Reading(i, i + len(tokens) - 1, " ".join(w.text for w in words[i : i + len(tokens)]), "known")
                break
        if (story := bible_story_at(words, lowers, i)) is not None:
            yield Reading(i, story[0], story[1], "a Bible story")


def _spells(lowers: list[str], keys: list[str], i: int, tokens: tuple[str, ...]) -> bool:
    end = i + len(tokens)
    if end > len(lowers):
        return False
    return tuple(lowers[i:end]) == tokens or (*lowers[i : end - 1], keys[end - 1]) == tokens


def _quoted(words: list[Word], text: str) -> Iterator[Reading]:
    """A title in quotation marks ("'Charlie and the Chocolate Factory'", "'Oliver!'"), after a performance of it
    ("tonight's performance of Oliver!"), said to be the work ("Storm in Teacups is our play"), or read, performed
    or told ("reading Matilda", "the story of Khadija")."""
    starts = [w.start for w in words]
    titles = ((_QUOTED, "a title in quotation marks"), (_PERFORMED, "a title performed"), (_NAMED_AS_WORK, "a title"),
              (_READ, "a title"))  # fmt: skip
    for pattern, what in titles:
        for match in pattern.finditer(text):
            first, after = bisect_left(starts, match.start(1)), bisect_left(starts, match.end(1))
            if first < after and not answers_register(text, match.end(1) - 1):  # "'Christmas?' – 'Present!'"
                yield Reading(first, after - 1, match.group(1), what)
