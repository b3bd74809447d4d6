"""Pre-approved wording the approvers keep (a snow closure, the PE kit reminder, term dates), by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

KEY = "cs:templates"
MAX_NAME = 40


def template_name(name: str) -> str:
    """Names are matched in any case: "Snow" and "snow" are one template."""
    return " ".join(name.casefold().split())[:MAX_NAME]


class Templates:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def save(self, name: str, text: str, by: str, at: datetime) -> None:
        entry = json.dumps({"text": text, "by": by, "at": at.isoformat()})
        self._call(lambda: self._redis.hset(KEY, template_name(name), entry))

    def text(self, name: str) -> str | None:
        entry = self._call(lambda: self._redis.hget(KEY, template_name(name)))
        return str(json.loads(entry)["text"]) if entry else None

    def remove(self, name: str) -> bool:
        return bool(self._call(lambda: self._redis.hdel(KEY, template_name(name))))

    def names(self) -> list[str]:
        return sorted(self._call(lambda: self._redis.hkeys(KEY)))

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
