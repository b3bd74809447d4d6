"""The roster as the name finder reads it: every pupil's names as word sequences, built once per roster."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from chatbot.policy.characters import fold
from chatbot.policy.text import WORD_RE
from chatbot.school.roster import Roster

Kind = Literal["full", "forename", "surname"]

TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame rev revd reverend prof professor madam lady lord father fr sister "
    "councillor cllr captain capt coach pc pcso canon sgt sergeant officer vicar pastor imam rabbi nurse chef "
    "auntie uncle grandma grandad nanny madame mme monsieur mlle mademoiselle herr frau senor senora signor "
    "signora".split()
)
CHILD_TITLES = frozenset("captain capt skipper".split())  # titles a pupil may hold, unlike Mrs or Dr
# Capitalised ordinary words that are far more often a season, month or day than a child.
CALENDAR = frozenset(
    "spring summer autumn winter january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday christmas easter harvest".split()
)


@dataclass(frozen=True, slots=True)
class NameEntry:
    tokens: tuple[str, ...]
    kind: Kind
    ordinary: bool
    initials: str


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in WORD_RE.finditer(fold(name)))


def _initials(tokens: tuple[str, ...]) -> str:
    return "".join(f"{token[0].upper()}." for token in tokens)


Raw = tuple[tuple[str, ...], Kind, str]  # a name's words, its kind and its initials


class NameIndex:
    """Every roster name as word sequences, keyed by their first word; built once per roster.

    Building only splits each distinct name into words (100,000 pupils in well under a second); what each
    name's words are (ordinary words or not) and the order of a word's candidates are worked out the first
    time a draft holds that word, and kept.
    """

    def __init__(self, roster: Roster, is_ordinary: Callable[[str], bool], school: str = "") -> None:
        self.school = _distinctive(name_tokens(school))
        self._is_ordinary = is_ordinary
        self._raw = _raw_names(roster)
        self._by_first: dict[str, _Candidates] = {}
        self.longest_token = max((len(t) for names in self._raw.values() for raw in names for t in raw[0]), default=0)
        self._joined: dict[str, int] | None = None

    def joined_full(self, joined: str) -> int | None:
        """Where the forename ends in a full name written as one word ("otisswan" -> 4), if it is one."""
        if self._joined is None:  # built on the first lower-case tag, not for every roster
            self._joined = {"".join(r[0]): len(r[0][0]) for names in self._raw.values() for r in names
                            if r[1] == "full" and len(r[0]) == 2 and len("".join(r[0])) >= 6}  # fmt: skip
        return self._joined.get(joined)

    def is_word(self, key: str) -> bool:
        return self._is_ordinary(key)

    def __len__(self) -> int:
        return sum(len(v) for v in self._raw.values())

    def candidates(self, key: str) -> list[NameEntry]:
        return self._candidates(key).all

    def starting(self, key: str, following: Iterable[str]) -> list[NameEntry]:
        """The candidates for `key` that could match here: one-word names, and longer ones whose second word is
        among `following` (the next word's readings), in the same order as `candidates`."""
        found = self._candidates(key)
        if not found.by_second:
            return found.single
        longer = [e for second in dict.fromkeys(following) for e in found.by_second.get(second, ())]
        return sorted(longer, key=_order) + found.single if longer else found.single

    def is_surname(self, key: str) -> bool:
        return any(e.kind == "surname" for e in self.candidates(key))

    def is_unusual_name(self, key: str) -> bool:
        """A one-word roster name that is no ordinary word: safe to look for inside a lower-case hashtag."""
        return any(not e.ordinary for e in self._candidates(key).single)

    def roster_kind(self, key: str) -> str | None:
        """ "unusual" for a one-word name that is no ordinary word, "ordinary" for one that is, None for neither."""
        single = self._candidates(key).single
        return None if not single else "unusual" if any(not e.ordinary for e in single) else "ordinary"

    def _candidates(self, key: str) -> _Candidates:
        found = self._by_first.get(key)
        if found is None:
            raw = self._raw.get(key)
            if raw is None:
                return _NONE
            found = self._by_first[key] = _Candidates.of(self._entry(*r) for r in raw)
        return found

    def _entry(self, tokens: tuple[str, ...], kind: Kind, initials: str) -> NameEntry:
        return NameEntry(tokens, kind, all(self._is_ordinary(t) for t in tokens), initials)


@dataclass(frozen=True, slots=True)
class _Candidates:
    all: list[NameEntry]  # longest first, then a fixed order
    single: list[NameEntry]
    by_second: dict[str, list[NameEntry]]

    @classmethod
    def of(cls, entries: Iterable[NameEntry]) -> _Candidates:
        # Longest first; then a fixed order, so that a word that is both a forename and a surname always reads
        # the same way, whatever order the set gave (string hashing differs between processes).
        ordered = sorted(entries, key=_order)
        by_second: dict[str, list[NameEntry]] = {}
        for entry in ordered[: sum(len(e.tokens) > 1 for e in ordered)]:
            by_second.setdefault(entry.tokens[1], []).append(entry)
        return cls(ordered, [e for e in ordered if len(e.tokens) == 1], by_second)


_NONE = _Candidates([], [], {})


def _raw_names(roster: Roster) -> dict[str, set[Raw]]:
    """Each pupil's forenames, full names and surname as words, by first word; each distinct name split once."""
    split: dict[str, tuple[tuple[str, ...], str]] = {}
    found: dict[str, set[Raw]] = defaultdict(set)
    for pupil in roster.pupils:
        surname, surname_initials = split.get(pupil.surname) or split.setdefault(pupil.surname, _split(pupil.surname))
        for forename in (pupil.forename, pupil.preferred) if pupil.preferred else (pupil.forename,):
            first, initials = split.get(forename) or split.setdefault(forename, _split(forename))
            if first:
                found[first[0]].add((first, "forename", initials))
            if first or surname:
                full = first + surname
                found[full[0]].add((full, "full", initials + surname_initials))
        if surname:
            found[surname[0]].add((surname, "surname", surname_initials))
    return found


def _split(name: str) -> tuple[tuple[str, ...], str]:
    tokens = name_tokens(name)
    return tokens, _initials(tokens)


_GENERIC = frozenset("cofe ce c of e church england primary school infant infants junior academy village the".split())


def _distinctive(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The school's name up to its first generic word: "Dilton Marsh CofE Primary School" -> ("dilton", "marsh")."""
    cut = next((i for i, token in enumerate(tokens) if token in _GENERIC), len(tokens))
    return tokens[:cut]


KIND_ORDER = {"full": 0, "forename": 1, "surname": 2}


def _order(entry: NameEntry) -> tuple[int, int, tuple[str, ...], bool, str]:
    return (-len(entry.tokens), KIND_ORDER[entry.kind], entry.tokens, entry.ordinary, entry.initials)
