"""The tone of a post, from VADER (a lexicon that ships inside its package; the only module that imports it)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# VADER's negation check is quadratic in the words it reads, and it reads each emoji as its description
# ("grinning face"): it is given at most this many characters of that reading, so 2,000 emoji cost what
# 2,000 letters do. A post this long is blocked by the length rule anyway.
READ_AT_MOST = 2_000


@lru_cache(maxsize=1)
def _analyser() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER's compound score: -1 (very negative) to +1 (very positive)."""
    analyser = _analyser()
    read = _spelt_out(text, analyser.emojis)[:READ_AT_MOST]
    return float(analyser.polarity_scores(read)["compound"])


def _spelt_out(text: str, emojis: dict[str, str]) -> str:
    """The text as VADER reads it, each emoji replaced by its description exactly as VADER's own loop does
    (so VADER, given this, changes nothing more)."""
    parts: list[str] = []
    after_space = True
    for char in text:
        if char in emojis:
            parts.extend(("", emojis[char]) if after_space else (" ", emojis[char]))
            after_space = False
        else:
            parts.append(char)
            after_space = char == " "
    return "".join(parts)
