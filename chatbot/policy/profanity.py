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
# Whole words built on a listed one that are innocent; matching is on whole words, so only these need saying
INNOCENT = frozenset(
    "pussy-cat pussy-cats pussycat pussycats pussy-willow pussy-willows pussywillow cock-a-doodle-doo moby-dick".split()
)
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


@lru_cache(maxsize=8192)  # a draft's words repeat, and every word of it is looked up
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


@dataclass(frozen=True, slots=True)
class _Token:
    start: int  # of the token with its quotes and brackets stripped
    text: str  # lower case
    raw_start: int  # of the whole run of non-spaces
    before: str  # the last character of the run before it, "" at the start
    after: str  # the first character of the run after it, "" at the end


def _tokens(text: TextView) -> Iterator[_Token]:
    runs = [match.span() for match in _TOKEN_RE.finditer(text.lower)]
    for k, (raw_start, raw_end) in enumerate(runs):
        raw = text.lower[raw_start:raw_end]
        stripped = raw.strip(_EDGE)
        if stripped:
            before = text.norm[runs[k - 1][1] - 1] if k else ""
            after = text.norm[runs[k + 1][0]] if k + 1 < len(runs) else ""
            yield _Token(raw_start + raw.index(stripped), stripped, raw_start, before, after)


def _token_hits(text: TextView) -> Iterable[ProfanityHit]:
    for token in _tokens(text):
        for part_start, part in _parts(token.text):
            start = token.start + part_start
            found = _classify(part)
            if found is not None and not _is_name_use(text.norm, start, found[0], token):
                entry, disguised = found
                yield ProfanityHit(start, start + len(part), entry.word, entry.tier, disguised)


def _parts(token: str) -> Iterable[tuple[int, str]]:
    """The token, or its pieces when plain words are joined by slashes or hyphens ("rubbish/shit"); none when the
    whole is an innocent word ("Pussy-cat", "cock-a-doodle-doo")."""
    if token.strip(_EDGE).lower() in INNOCENT:
        return
    if token.isalpha() or any(c in _MASK for c in token) or not re.search(r"[/\-]", token):
        yield 0, token
        return
    for match in re.finditer(r"[^/\-]+", token):
        yield match.start(), match.group()


@lru_cache(maxsize=8192)
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
    for written, entry in _strong_by_shape().get((len(token), token[0]), ()):  # a star stands for one letter
        if all(c == w or (c in _MASK and "a" <= w <= "z") for c, w in zip(token, written, strict=True)):
            return entry, True
    return None


@lru_cache(maxsize=1)
def _strong_by_shape() -> dict[tuple[int, str], list[tuple[str, Entry]]]:
    """Each strong word with each ending, in the list's order, by length and first letter."""
    shapes: dict[tuple[int, str], list[tuple[str, Entry]]] = {}
    for word, entry in _entries()[0].items():
        for written in (word + suffix for suffix in ("", *_SUFFIXES)) if entry.tier == "strong" else ():
            shapes.setdefault((len(written), written[0]), []).append((written, entry))
    return shapes


def _is_name_use(norm: str, start: int, entry: Entry, token: _Token) -> bool:
    """A mild word written as a name: capitalised mid-sentence or before another name ("Dick Whittington")."""
    if entry.tier != "mild" or not norm[start : start + 1].isupper():
        return False
    before = norm[start - 1] if start > token.raw_start else token.before  # the last visible character before
    if before and before not in ".!?\n":
        return True
    return token.after.isupper()


def _spaced_hits(text: TextView) -> Iterable[ProfanityHit]:
    for start, end, joined in spaced_letter_runs(text.words, text.lower):
        entry = lookup(joined)
        if entry is not None:
            yield ProfanityHit(start, end, entry.word, entry.tier, True)
