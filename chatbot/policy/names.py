"""Finds pupils' names from the roster in text, telling a child's name from the same word used ordinarily."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from chatbot.policy.characters import fold
from chatbot.policy.cues import cue_follows, cue_precedes
from chatbot.policy.obfuscation import deobfuscated, spaced_letter_runs
from chatbot.policy.text import WORD_RE, Word
from chatbot.school.roster import Roster

Kind = Literal["full", "forename", "surname"]
Strength = Literal["strong", "ambiguous"]

TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame rev revd reverend prof professor madam lady lord father fr sister "
    "councillor cllr captain capt coach".split()
)
# Capitalised ordinary words that are far more often a season, month or day than a child.
CALENDAR = frozenset(
    "spring summer autumn winter january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday christmas easter harvest".split()
)
PERSON_VERBS = frozenset(
    "has had was did won wins scored made wrote drew played showed worked read achieved received earned "
    "completed got came finished performed sang danced ran swam helped tried managed produced created "
    "designed built painted told asked brought shared".split()
)
_JOINER = re.compile(r"^\s*(?:,|and|&)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameEntry:
    tokens: tuple[str, ...]
    kind: Kind
    ordinary: bool
    initials: str


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int  # positions in the normalised text
    end: int
    entry: NameEntry
    strength: Strength


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in WORD_RE.finditer(fold(name)))


def _initials(*parts: str) -> str:
    return "".join(f"{token[0].upper()}." for part in parts for token in name_tokens(part))


class NameIndex:
    """Every roster name as word sequences, keyed by their first word; built once per roster."""

    def __init__(self, roster: Roster, is_ordinary: Callable[[str], bool]) -> None:
        entries: dict[str, set[NameEntry]] = defaultdict(set)
        for pupil in roster.pupils:
            forenames = [pupil.forename, *([pupil.preferred] if pupil.preferred else [])]
            for forename in forenames:
                self._add(entries, forename, "forename", _initials(forename), is_ordinary)
                self._add(
                    entries, f"{forename} {pupil.surname}", "full", _initials(forename, pupil.surname), is_ordinary
                )
            self._add(entries, pupil.surname, "surname", _initials(pupil.surname), is_ordinary)
        self._by_first = {k: sorted(v, key=lambda e: -len(e.tokens)) for k, v in entries.items()}

    @staticmethod
    def _add(
        entries: dict[str, set[NameEntry]], name: str, kind: Kind, initials: str, is_ordinary: Callable[[str], bool]
    ) -> None:
        tokens = name_tokens(name)
        if tokens:
            ordinary = all(is_ordinary(t) for t in tokens)
            entries[tokens[0]].add(NameEntry(tokens, kind, ordinary, initials))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def candidates(self, key: str) -> list[NameEntry]:
        return self._by_first.get(key, [])


def _key(word: Word) -> str:
    lower = word.lower
    return lower[:-2] if lower.endswith("'s") else lower


def _sequence_at(words: list[Word], i: int, entry: NameEntry, text: str) -> int | None:
    """Index of the last word when `entry` matches words[i:], adjacent with only spaces or hyphens between."""
    last = i + len(entry.tokens) - 1
    if last >= len(words):
        return None
    for offset, token in enumerate(entry.tokens[1:], start=1):
        word = words[i + offset]
        if token not in _keys(word) or text[words[i + offset - 1].end : word.start].strip(" -") != "":
            return None
    return last


def find_names(index: NameIndex, words: list[Word], text: str, lower: str) -> list[NameMatch]:
    """Roster names in the text, each marked strong (clearly a child) or ambiguous (could be an ordinary word)."""
    matches: list[NameMatch] = []
    skipped: list[NameMatch] = []
    i = 0
    while i < len(words):
        if _follows_title(words, i, text):
            i = _skip_titled_name(words, i, text)
            continue
        found = _match_at(index, words, i, text)
        if found is None:
            i += 1
            continue
        entry, last = found
        strength = _strength(words, i, last, entry, lower)
        match = NameMatch(words[i].start, words[last].end, entry, strength or "ambiguous")
        (matches if strength else skipped).append(match)
        i = last + 1
    matches.extend(_spaced_names(index, words, lower))
    return _join_lists(matches, skipped, text)


def _follows_title(words: list[Word], i: int, text: str) -> bool:
    return i > 0 and words[i - 1].lower in TITLES and _adjacent(words[i - 1], words[i], text)


def _skip_titled_name(words: list[Word], i: int, text: str) -> int:
    """Past a member of staff's name ("Mrs Hope Taylor"): the capitalised words after a title."""
    i += 1
    while i < len(words) and words[i].is_capitalised and _adjacent(words[i - 1], words[i], text):
        i += 1
    return i


def _match_at(index: NameIndex, words: list[Word], i: int, text: str) -> tuple[NameEntry, int] | None:
    for key in _keys(words[i]):
        for entry in index.candidates(key):
            last = _sequence_at(words, i, entry, text)
            if last is not None:
                return entry, last
    return None


def _keys(word: Word) -> tuple[str, ...]:
    key = _key(word)
    found = [key]
    if not key.isalpha():
        found += [v for v in deobfuscated(key) if v != key]
    if _STRETCHED.search(key):  # "Joshuuuua": three or more of a letter, which no name has
        found += [_STRETCHED.sub(r"\1", key), _STRETCHED.sub(r"\1\1", key)]
    return tuple(found)


_STRETCHED = re.compile(r"(.)\1{2,}")


def _adjacent(first: Word, second: Word, text: str) -> bool:
    return text[first.end : second.start].strip(" .") == ""


def _strength(words: list[Word], i: int, last: int, entry: NameEntry, lower: str) -> Strength | None:
    first, final = words[i], words[last]
    written_lower = all(w.is_lower for w in words[i : last + 1])
    if not entry.ordinary:
        return "strong"
    if written_lower:
        return None  # "we hope", "will you"
    if entry.kind == "full" or final.lower.endswith("'s") or cue_precedes(lower, first.start):
        return "strong"
    if cue_follows(lower, final.end):
        return "strong"
    following = words[last + 1] if last + 1 < len(words) else None
    if first.sentence_start:
        return "ambiguous" if following is not None and following.lower in PERSON_VERBS else None
    if first.lower in CALENDAR or (following is not None and following.is_capitalised):
        return None  # "the Summer term", "our Rose Garden"
    return "strong"


def _spaced_names(index: NameIndex, words: list[Word], lower: str) -> list[NameMatch]:
    found = []
    for start, end, joined in spaced_letter_runs(words, lower):
        entry = next((e for e in index.candidates(joined) if len(e.tokens) == 1), None) or _split(index, joined)
        if entry is not None:
            found.append(NameMatch(start, end, entry, "strong"))
    return found


def _split(index: NameIndex, joined: str) -> NameEntry | None:
    """A full name spelt out letter by letter ("J o s h P a t e l"): a forename, then the rest its surname."""
    for cut in range(2, len(joined) - 1):
        for entry in index.candidates(joined[:cut]):
            if len(entry.tokens) == 2 and entry.tokens[1] == joined[cut:]:
                return entry
    return None


def _join_lists(matches: list[NameMatch], skipped: list[NameMatch], text: str) -> list[NameMatch]:
    """An ordinary-word name listed beside a clear name ("Josh, Grace and Amelia") is a name too."""
    strong = [m for m in matches if m.strength == "strong"]
    for candidate in skipped:
        if any(_JOINER.match(_gap(candidate, other, text)) for other in strong):
            matches.append(NameMatch(candidate.start, candidate.end, candidate.entry, "strong"))
    return sorted(matches, key=lambda m: m.start)


def _gap(a: NameMatch, b: NameMatch, text: str) -> str:
    return text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
