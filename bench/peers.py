"""The text check's parts beside libraries doing comparable work, in the same process on the same posts."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from bench.table import Row, measured
from bench.timing import percentile, time_each


def _our_profanity() -> Callable[[str], object]:
    from chatbot.policy.profanity import find_profanity
    from chatbot.policy.text import TextView

    return lambda text: find_profanity(TextView(text))


def _glin() -> Callable[[str], object]:
    from glin_profanity import Filter, FilterConfig

    # its normalising and leetspeak, as ours reads disguised words; no cache, as every draft is new
    config = FilterConfig(normalize_unicode=True, detect_leetspeak=True, cache_results=False)
    return Filter(config).is_profane  # type: ignore[no-any-return]


def _better_profanity() -> Callable[[str], object]:
    from better_profanity import profanity

    profanity.load_censor_words()
    return profanity.contains_profanity  # type: ignore[no-any-return]


def _our_names(roster: Path) -> Callable[[str], object]:
    from chatbot.policy.context import build_context
    from chatbot.policy.names import read_names
    from chatbot.policy.text import TextView
    from chatbot.school.settings import Settings

    index = build_context(Settings(), roster=roster).names

    def find(text: str) -> object:
        view = TextView(text)
        return read_names(index, view.words, view.norm, view.lower)

    return find


def _aho_corasick(roster: Path) -> Callable[[str], object]:
    """The floor: every forename, surname and full name in one automaton, whole words only, no context."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    with roster.open(newline="", encoding="utf-8") as handle:
        for pupil in csv.DictReader(handle):
            for name in (pupil["Forename"], pupil["Surname"], f"{pupil['Forename']} {pupil['Surname']}"):
                automaton.add_word(name.lower(), name)
    automaton.make_automaton()

    def find(text: str) -> object:
        lower = text.lower()
        return [(end, name) for end, name in automaton.iter(lower) if _whole_word(lower, end - len(name) + 1, end + 1)]

    return find


def _whole_word(text: str, start: int, stop: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (stop == len(text) or not text[stop].isalnum())


def _pair(part: str, peer: str, ours: list[float], theirs: list[float]) -> list[Row]:
    rows = []
    for q in (50, 99):
        mine, theirs_q = percentile(ours, q), percentile(theirs, q)
        row = measured("peers", f"{part}, p{q}", mine, " ms", 3, peer=peer, peer_number=theirs_q, ratio=mine / theirs_q)
        rows.append(row)
    return rows


def _warm_then_time(function: Callable[[str], object], posts: list[str]) -> list[float]:
    function(posts[0])  # indexes, word lists and automata are built once, as in a running bot
    return time_each(function, posts)


def rows(roster: Path, posts: list[str]) -> list[Row]:
    profanity = _warm_then_time(_our_profanity(), posts)
    names = _warm_then_time(_our_names(roster), posts)
    return (
        _pair(
            "profanity part (ours reads disguises)", "glin-profanity 4.1.0", profanity, _warm_then_time(_glin(), posts)
        )
        + _pair(
            "profanity part, a familiar reference",
            "better-profanity 0.7.0",
            profanity,
            _warm_then_time(_better_profanity(), posts),
        )
        + _pair(
            "names part (ours reads context)",
            "pyahocorasick lookup, the floor",
            names,
            _warm_then_time(_aho_corasick(roster), posts),
        )
    )
