"""Which published posts each pupil was declared pictured in: kept beyond retention, holding no words or photos."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

PREFIX = "cs:pictured:"


def pupil_key(name: str) -> str:
    """A pupil's name as the index knows it: a digest of the name in any case and spacing, never the name."""
    folded = " ".join(name.replace("’", "'").casefold().split())
    return hashlib.sha256(folded.encode()).hexdigest()[:32]


class PicturedIndex:
    """For a consent withdrawal: the posts a pupil was named in, with when and where they went out."""

    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def add(self, names: list[str], draft_id: str, at: datetime, links: list[str]) -> None:
        entry = json.dumps({"published_at": at.isoformat(), "links": links})
        pipe = self._redis.pipeline(transaction=True)
        for name in names:
            pipe.hset(PREFIX + pupil_key(name), draft_id, entry)
        self._call(pipe.execute)

    def posts(self, name: str) -> list[tuple[str, dict[str, Any]]]:
        """(draft id, {published_at, links}) of each post the pupil was named in, newest first."""
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(PREFIX + pupil_key(name)))
        found = [(draft_id, json.loads(entry)) for draft_id, entry in stored.items()]
        # newest first; posts published in the same instant in the order of their drafts' own times
        return sorted(found, key=lambda item: (str(item[1]["published_at"]), item[0]), reverse=True)

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
