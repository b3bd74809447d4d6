"""Undoing the tricks that hide a word from a checker: leetspeak, masking, stretched letters and spacing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chatbot.policy.text import Word

_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                          "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l"})  # fmt: skip
_LEET_L = str.maketrans({"1": "l", "!": "l", "|": "i"})
_RUN = re.compile(r"(.)\1+")
_STRETCH = re.compile(r"(.)\1{2,}")
_NUMBERED = re.compile(r"\d{1,2}(?:am|pm|st|nd|rd|th|s)")


def deobfuscated(token: str) -> list[str]:
    """Plausible plain spellings of a lower-case token written with digits or symbols ("sh1t", "b!tch")."""
    variants = [token.translate(_LEET_I), token.translate(_LEET_L).translate(_LEET_I)]
    return list(dict.fromkeys(v for v in variants if v.isalpha()))


@lru_cache(maxsize=8192)  # each word of a draft is read as itself and as the word after another
def spellings(word: str) -> tuple[str, ...]:
    """What a lower-case word may have been meant as: itself, without leetspeak, with a stretched letter cut back
    to one or two ("Joshuuuua": three or more of a letter, which no name has)."""
    found = [word]
    if _NUMBERED.fullmatch(word):
        return (word,)  # "5am", "2nd", "10th": a time or an order, never a name disguised ("5am" is not "Sam")
    if not word.isalpha() and sum(c.isalpha() for c in word) >= 2:  # "J0sh", "3mma"; not "3D", "5G"
        found += [v for v in deobfuscated(word) if v != word]
    if _STRETCH.search(word):
        found += [_STRETCH.sub(r"\1", word), _STRETCH.sub(r"\1\1", word)]
    return tuple(found)


def collapse(token: str) -> str:
    """Every run of a repeated letter cut to one ("fuuuck" -> "fuck", "bollocks" -> "bolocks")."""
    return _RUN.sub(r"\1", token)


def is_stretched(token: str) -> bool:
    """A letter written three or more times in a row, which no English word does."""
    return bool(_STRETCH.search(token))


def spaced_letter_runs(words: list[Word], lower: str) -> Iterable[tuple[int, int, str]]:
    """Runs of three or more single letters separated by spaces, dots or dashes ("f u c k", "J.o.s.h")."""
    run: list[Word] = []
    for word in [*words, None]:
        if word is not None and len(word.text) == 1 and word.text.isalpha() and _continues(run, word, lower):
            run.append(word)
            continue
        if len(run) >= 3:
            yield run[0].start, run[-1].end, "".join(w.lower for w in run)
        run = [word] if word is not None and len(word.text) == 1 and word.text.isalpha() else []


def _continues(run: list[Word], word: Word, lower: str) -> bool:
    return not run or lower[run[-1].end : word.start] in {" ", ".", "-", "_", "*", ". ", " . ", "  "}
