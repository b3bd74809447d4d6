"""Finds pupils' names from the roster in text, telling a child's name from the same word used ordinarily."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from chatbot.policy.compounds import expanded
from chatbot.policy.judgement import SOMEONE, judge
from chatbot.policy.name_index import CHILD_TITLES, TITLES, NameEntry, NameIndex
from chatbot.policy.obfuscation import spaced_letter_runs, spellings
from chatbot.policy.readings import Reading, readings
from chatbot.policy.text import TextView, Word, adjacent
from chatbot.policy.word_lists import word_lists

Strength = Literal["strong", "ambiguous"]

_CLAN = re.compile(r"[od][a-z]{3,}$")
_JOINER = re.compile(r"\s*(?:,|and|&)\s*", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int  # positions in the normalised text
    end: int
    entry: NameEntry
    strength: Strength
    unsaid: bool = False  # an ordinary word ("Bear", "WILL") taken for a name only because it is capitalised


@dataclass(frozen=True, slots=True)
class OtherReading:
    """A roster name read as something else, and why: shown to the author so a wrong reading is easy to spot."""

    written: str
    reading: str
    start: int  # where it was written, in the normalised text

    @property
    def someone_else(self) -> bool:
        """Read as a person not on the roster ("Hallie Clark"), who may still be a child; not as a thing."""
        return self.reading.endswith(SOMEONE)


@dataclass(frozen=True, slots=True)
class NamesRead:
    matches: list[NameMatch]
    others: list[OtherReading]


def _sequence_at(words: list[Word], i: int, entry: NameEntry, text: str) -> int | None:
    """Index of the last word when `entry` matches words[i:], adjacent with only spaces or hyphens between."""
    last = i + len(entry.tokens) - 1
    if last >= len(words):
        return None
    for offset, token in enumerate(entry.tokens[1:], start=1):
        word = words[i + offset]
        if token not in _keys(word) or text[words[i + offset - 1].end : word.start].strip(" -_") != "":
            return None
    return last


def find_names(index: NameIndex, words: list[Word], text: str, lower: str) -> list[NameMatch]:
    """Roster names in the text that read as a pupil, each marked strong (clearly a child) or ambiguous."""
    return read_names(index, words, text, lower).matches


def names_in(index: NameIndex, text: TextView) -> NamesRead:
    """The roster names in a draft, read once however many rules ask (the names, targeted-content…)."""
    kept = text.derived.get("names")
    if isinstance(kept, tuple) and kept[0] is index and isinstance(kept[1], NamesRead):
        return kept[1]
    found = read_names(index, text.words, text.norm, text.lower)
    text.derived["names"] = (index, found)
    return found


def read_names(index: NameIndex, words: list[Word], text: str, lower: str) -> NamesRead:
    """Roster names read in context: those that are pupils, and those read as something else (with why)."""
    words = expanded(words, text, index.is_unusual_name, lambda key: index.roster_kind(key) is not None,
                     index.joined_full, index.is_word)  # fmt: skip
    full_at = lambda i: _full_at(index, words, i, text)  # noqa: E731
    marks = {**word_lists(words, text, index.roster_kind, full_at), **readings(words, text, full_at)}
    marks.update(_school(index, words, text))
    matches: list[NameMatch] = []
    skipped: list[NameMatch] = []
    others: list[OtherReading] = []
    earlier: dict[str, str] = {}  # names read as something else, by key: the same word later is the same thing
    i = 0
    while i < len(words):
        if _follows_title(words, i, text) and not _captain(index, words, i, text):
            i = _skip_titled_name(words, i, text)  # staff ("Mrs Hope Taylor"), whoever else shares the name
            continue
        found = _match_at(index, words, i, text)
        if found is None:
            i += 1
            continue
        entry, last = found
        written = text[words[i].start : words[last].end]
        strength, other = judge(index, words, i, last, entry, lower, marks.get(i), earlier)
        if strength == "unsaid" and (listed := _listed_with(others, words[i].start, text)) is not None:
            strength, other = None, listed
        if other is not None:
            others.append(OtherReading(written, other, words[i].start))
            if not others[-1].someone_else:  # "Jacob Wood… Jacob, you light up our classroom" may be a child
                earlier.setdefault(words[i].key, marks[i].phrase if i in marks else written)
            last = max(last, marks[i].last) if i in marks else last  # one line per reading, not per word
        else:
            match = NameMatch(words[i].start, words[last].end, entry, "strong" if strength else "ambiguous",
                              unsaid=strength == "unsaid")  # fmt: skip
            (matches if strength else skipped).append(match)
        i = last + 1
    matches.extend(_spaced_names(index, words, lower))
    return NamesRead(_join_lists(matches, skipped, text), others)


def _listed_with(others: list[OtherReading], start: int, text: str) -> str | None:
    """The word listed just before was read as a thing after an article ("the Ruby, Amber and Jade maths groups"):
    an ordinary word with nothing said of it is one of the same kind. Not after a weaker reading ("India, Wren and
    Violet spent golden time…" are children, whatever India is alone)."""
    kin = others[-1] if others else None
    if kin is None or not kin.reading.startswith(("'", "listed with")) or not _joined(kin, start, text):
        return None
    return kin.reading if kin.reading.startswith("listed with") else f"listed with '{kin.written}' ({kin.reading})"


def _joined(kin: OtherReading, start: int, text: str) -> bool:
    joiner = _LISTED.match(text, kin.start + len(kin.written))
    return joiner is not None and joiner.end() == start


def _full_at(index: NameIndex, words: list[Word], i: int, text: str) -> int | None:
    found = _match_at(index, words, i, text)
    return found[1] if found is not None and found[0].kind == "full" else None


def _school(index: NameIndex, words: list[Word], text: str) -> dict[int, Reading]:
    size = len(index.school)
    marks: dict[int, Reading] = {}
    for i in range(len(words) - size + 1) if size else ():
        if tuple(w.lower for w in words[i : i + size]) == index.school:
            reading = Reading(i, i + size - 1, text[words[i].start : words[i + size - 1].end], "the school's name")
            marks.update(dict.fromkeys(range(i, i + size), reading))
    return marks


def _follows_title(words: list[Word], i: int, text: str) -> bool:
    return i > 0 and words[i - 1].lower in TITLES and adjacent(words[i - 1], words[i], text)


def _captain(index: NameIndex, words: list[Word], i: int, text: str) -> bool:
    """ "Captain Isla Ford", "#CaptainSkye": a title a child may hold, before a pupil's full name or in a tag."""
    if words[i - 1].lower not in CHILD_TITLES:
        return False
    return (words[i - 1].tagged and words[i].tagged) or _full_at(index, words, i, text) is not None


def _skip_titled_name(words: list[Word], i: int, text: str) -> int:
    """Past a member of staff's name ("Mrs Hope Taylor"): the capitalised words after a title."""
    i += 1
    while i < len(words) and words[i].is_capitalised and adjacent(words[i - 1], words[i], text):
        if words[i].sentence_start and i > 0 and len(words[i - 1].text) > 1:
            break  # "to Father Christmas. April Roberts asked…": the name ends with its sentence, not "J. Patel"
        i += 1
    return i


def _match_at(index: NameIndex, words: list[Word], i: int, text: str) -> tuple[NameEntry, int] | None:
    following = _keys(words[i + 1]) if i + 1 < len(words) else ()  # read once, not once per candidate name
    for key in _keys(words[i]):
        for entry in index.starting(key, following):
            last = _sequence_at(words, i, entry, text)
            if last is not None:
                return entry, last
    return None


def _keys(word: Word) -> tuple[str, ...]:
    key = word.key
    if _CLAN.match(key):  # "OBrien", "DSouza": the apostrophe left out of "O'Brien", "D'Souza"
        return (*spellings(key), f"{key[0]}'{key[1:]}")
    return spellings(key)


def _spaced_names(index: NameIndex, words: list[Word], lower: str) -> list[NameMatch]:
    found = []
    for start, end, joined in spaced_letter_runs(words, lower):
        entry = next(iter(index.starting(joined, ())), None) or _split(index, joined)
        if entry is not None:
            found.append(NameMatch(start, end, entry, "strong"))
    return found


def _split(index: NameIndex, joined: str) -> NameEntry | None:
    """A full name spelt out letter by letter ("J o s h P a t e l"): a forename, then the rest its surname."""
    longest = index.longest_token  # neither part can be longer: linear in a run of any length
    for cut in range(max(2, len(joined) - longest), min(len(joined) - 1, longest + 1)):
        rest = joined[cut:]
        for entry in index.starting(joined[:cut], (rest,)):
            if len(entry.tokens) == 2 and entry.tokens[1] == rest:
                return entry
    return None


def _join_lists(matches: list[NameMatch], skipped: list[NameMatch], text: str) -> list[NameMatch]:
    """An ordinary-word name listed beside a clear name ("Josh, Grace and Amelia") is a name too.

    Only a strong name right next to it, across one joiner, counts: found through two sets, not by comparing
    every pair (a list of thousands of names would take the square of that)."""
    strong = [m for m in matches if m.strength == "strong"]
    starts = {m.start for m in strong}
    after_strong = {_after_joiner(m.end, text) for m in strong}
    for candidate in skipped:
        if candidate.start in after_strong or _after_joiner(candidate.end, text) in starts:
            matches.append(NameMatch(candidate.start, candidate.end, candidate.entry, "strong"))
    return sorted(matches, key=lambda m: m.start)


def _after_joiner(end: int, text: str) -> int | None:
    """Where the next word starts when only a comma, "and" or "&" (and spaces) follow `end`."""
    joined = _JOINER.match(text, end)
    return joined.end() if joined else None
