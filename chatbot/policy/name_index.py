"""The roster as the name finder reads it: every pupil's names as word sequences, built once per roster."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from chatbot.policy.characters import fold
from chatbot.policy.text import WORD_RE
from chatbot.school.roster import Roster

Kind = Literal["full", "forename", "surname"]

TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame rev revd reverend prof professor madam lady lord father fr sister "
    "councillor cllr captain capt coach pc pcso canon sgt sergeant officer vicar pastor imam rabbi nurse chef "
    "auntie uncle grandma grandad nanny".split()
)
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


def _initials(*parts: str) -> str:
    return "".join(f"{token[0].upper()}." for part in parts for token in name_tokens(part))


class NameIndex:
    """Every roster name as word sequences, keyed by their first word; built once per roster."""

    def __init__(self, roster: Roster, is_ordinary: Callable[[str], bool], school: str = "") -> None:
        self.school = _distinctive(name_tokens(school))
        entries: dict[str, set[NameEntry]] = defaultdict(set)
        for pupil in roster.pupils:
            forenames = [pupil.forename, *([pupil.preferred] if pupil.preferred else [])]
            for forename in forenames:
                self._add(entries, forename, "forename", _initials(forename), is_ordinary)
                self._add(
                    entries, f"{forename} {pupil.surname}", "full", _initials(forename, pupil.surname), is_ordinary
                )
            self._add(entries, pupil.surname, "surname", _initials(pupil.surname), is_ordinary)
        # Longest first; then a fixed order, so that a word that is both a forename and a surname always reads
        # the same way, whatever order the set gave (string hashing differs between processes).
        self._by_first = {k: sorted(v, key=_order) for k, v in entries.items()}
        self.longest_token = max((len(t) for found in entries.values() for e in found for t in e.tokens), default=0)

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

    def is_surname(self, key: str) -> bool:
        return any(e.kind == "surname" for e in self.candidates(key))

    def is_unusual_name(self, key: str) -> bool:
        """A one-word roster name that is no ordinary word: safe to look for inside a lower-case hashtag."""
        return any(len(e.tokens) == 1 and not e.ordinary for e in self.candidates(key))


_GENERIC = frozenset("cofe ce c of e church england primary school infant infants junior academy village the".split())


def _distinctive(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The school's name up to its first generic word: "Dilton Marsh CofE Primary School" -> ("dilton", "marsh")."""
    cut = next((i for i, token in enumerate(tokens) if token in _GENERIC), len(tokens))
    return tokens[:cut]


KIND_ORDER = {"full": 0, "forename": 1, "surname": 2}


def _order(entry: NameEntry) -> tuple[int, int, tuple[str, ...], bool, str]:
    return (-len(entry.tokens), KIND_ORDER[entry.kind], entry.tokens, entry.ordinary, entry.initials)
