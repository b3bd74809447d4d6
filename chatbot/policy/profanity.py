"""Finds swearing, slurs and sexual words on whole words, seeing through leetspeak, masking, stretching and spacing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from chatbot.policy.lexicon import data_lines
from chatbot.policy.obfuscation import collapse, deobfuscated, is_stretched, spaced_letter_runs
from chatbot.policy.text import TextView

Tier = Literal["strong", "mild"]
_TOKEN_RE = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]{}<>.,;:?!…-"
_MASK = frozenset("*#_")
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "y", "in", "ings")
_SHORT_SUFFIXES = ("s", "es")
_NUMBER = re.compile(r"[£$€]?[\d.,:/%-]+")


@dataclass(frozen=True, slots=True)
class Entry:
    word: str
    tier: Tier
    prefix: bool


@dataclass(frozen=True, slots=True)
class ProfanityHit:
    start: int  # in the normalised text
    end: int
    word: str  # the listed word it matched
    tier: Tier
    disguised: bool


@lru_cache(maxsize=1)
def _entries() -> tuple[dict[str, Entry], tuple[Entry, ...], dict[str, Entry]]:
    exact: dict[str, Entry] = {}
    prefixes: list[Entry] = []
    for line in data_lines("offensive.txt"):
        word, tier, how = line.split("\t")
        entry = Entry(word, "strong" if tier == "strong" else "mild", how == "prefix")
        if entry.prefix:
            prefixes.append(entry)
        exact[word] = entry
    collapsed = {collapse(e.word): e for e in exact.values()}
    return exact, tuple(prefixes), collapsed


def lookup(token: str) -> Entry | None:
    """The listed word a lower-case, letters-only token is (with ordinary endings), if any."""
    exact, prefixes, _ = _entries()
    if token in exact:
        return exact[token]
    for suffix in _SUFFIXES:
        base = token.removesuffix(suffix)
        entry = exact.get(base) if base != token else None
        if entry and (len(base) > 4 or suffix in _SHORT_SUFFIXES):
            return entry
    return next((e for e in prefixes if token.startswith(e.word)), None)


def find_profanity(text: TextView) -> list[ProfanityHit]:
    hits = list(_token_hits(text))
    hits.extend(_spaced_hits(text))
    return hits


def _tokens(lower: str) -> Iterator[tuple[int, int, str]]:
    for match in _TOKEN_RE.finditer(lower):
        raw = match.group()
        stripped = raw.strip(_EDGE)
        if stripped:
            start = match.start() + raw.index(stripped)
            yield start, start + len(stripped), stripped


def _token_hits(text: TextView) -> Iterable[ProfanityHit]:
    for start, _end, token in _tokens(text.lower):
        for part_start, part in _parts(token):
            found = _classify(part)
            if found is not None and not _is_name_use(text, start + part_start, found[0]):
                entry, disguised = found
                yield ProfanityHit(
                    start + part_start, start + part_start + len(part), entry.word, entry.tier, disguised
                )


def _parts(token: str) -> Iterable[tuple[int, str]]:
    """The token, or its pieces when plain words are joined by slashes or hyphens ("rubbish/shit")."""
    if token.isalpha() or any(c in _MASK for c in token) or not re.search(r"[/\-]", token):
        yield 0, token
        return
    for match in re.finditer(r"[^/\-]+", token):
        yield match.start(), match.group()


def _classify(token: str) -> tuple[Entry, bool] | None:
    if _NUMBER.fullmatch(token):  # "455" pupils, "£1,455": numbers, not leetspeak
        return None
    if token.isalpha():
        entry = lookup(token)
        if entry is not None:
            return entry, False
        stretched = _entries()[2].get(collapse(token)) if is_stretched(token) else None
        return (stretched, True) if stretched else None
    if any(c in _MASK for c in token):
        return _masked(token)
    for variant in deobfuscated(token):
        entry = lookup(variant) or (_entries()[2].get(collapse(variant)) if is_stretched(variant) else None)
        if entry is not None:
            return entry, True
    return None


def _masked(token: str) -> tuple[Entry, bool] | None:
    """ "f***", "sh*t", "f**king": letters with stars where letters were, matched to a listed word."""
    letters = sum(c.isalpha() for c in token)
    if letters == 0 or len(token) < 3 or not token[0].isalpha():
        return None
    pattern = re.compile("".join("[a-z]" if c in _MASK else re.escape(c) for c in token))
    exact = _entries()[0]
    for word, entry in exact.items():
        if entry.tier == "strong" and any(pattern.fullmatch(word + s) for s in ("", *_SUFFIXES)):
            return entry, True
    return None


def _is_name_use(text: TextView, start: int, entry: Entry) -> bool:
    """A mild word written as a name: capitalised mid-sentence or before another name ("Dick Whittington")."""
    if entry.tier != "mild" or not text.norm[start : start + 1].isupper():
        return False
    before = text.norm[:start].rstrip()
    if before and before[-1] not in ".!?\n":
        return True
    following = text.norm[start:].split(maxsplit=2)
    return len(following) > 1 and following[1][:1].isupper()


def _spaced_hits(text: TextView) -> Iterable[ProfanityHit]:
    for start, end, joined in spaced_letter_runs(text.words, text.lower):
        entry = lookup(joined)
        if entry is not None:
            yield ProfanityHit(start, end, entry.word, entry.tier, True)
