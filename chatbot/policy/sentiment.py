"""The tone of a post, from VADER (a lexicon that ships inside its package; the only module that imports it)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _analyser() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER's compound score: -1 (very negative) to +1 (very positive)."""
    return float(_analyser().polarity_scores(text)["compound"])
