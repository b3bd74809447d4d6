"""British English word knowledge (Debian's hunspell en_GB through enchant) plus the school's own words."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from string import ascii_lowercase
from typing import Any

from chatbot.errors import ConfigError

_MAX_SUGGEST_LENGTH = 14


def data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file shipped with the policy engine."""
    text = (resources.files("chatbot.policy") / "data" / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


class Lexicon:
    """Answers "is this a British English word?" and "what was probably meant?" quickly and offline."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        self._dictionary = _open_dictionary()
        self._extra = frozenset(w.lower() for w in [*data_lines("school_words.txt"), *extra_words])
        self._fixes = dict(line.split("\t", 1) for line in data_lines("spelling_fixes.txt"))
        self.is_word = lru_cache(maxsize=65536)(self._is_word)

    def _is_word(self, word: str) -> bool:
        if word.lower() in self._extra:
            return True
        return bool(self._dictionary.check(word))

    def is_ordinary_word(self, word: str) -> bool:
        """True when the lower-case form is a dictionary word ("hope", "summer"), not only a proper noun."""
        return self.is_word(word.lower())

    def suggest(self, word: str) -> str | None:
        """A likely correction: a known fix, else the first dictionary word one edit away."""
        lowered = word.lower()
        if lowered in self._fixes:
            return _match_case(self._fixes[lowered], word)
        if len(word) > _MAX_SUGGEST_LENGTH:
            return None
        found = next((c for c in _one_edit_away(lowered) if self.is_word(c)), None)
        return _match_case(found, word) if found else None


@lru_cache(maxsize=1)  # the dictionary is read-only: one copy per process, however many contexts
def _open_dictionary() -> Any:
    try:
        import enchant

        return enchant.Dict("en_GB")
    except ImportError:
        raise ConfigError("The spelling library (pyenchant) is not installed: run scripts/setup") from None
    except Exception:  # enchant raises its own DictNotFoundError or OSError for a missing libenchant
        raise ConfigError(
            "The British English dictionary is missing: run scripts/setup (installs hunspell-en-gb and libenchant-2-2)"
        ) from None


def _one_edit_away(word: str) -> Iterable[str]:
    """Candidates in the order typing slips usually happen: swapped, doubled, missing, then wrong letters."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield from (a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    yield from (a + b[1:] for a, b in splits if b)
    yield from (a + c + b for a, b in splits for c in ascii_lowercase)
    yield from (a + c + b[1:] for a, b in splits if b for c in ascii_lowercase if c != b[0])


def _match_case(suggestion: str, original: str) -> str:
    if original[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
