"""Events taken in but not yet handled (a draft whose photos are being checked): kept until done, for replay."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

INBOX = "cs:inbox"
# An event older than this is not replayed: the chat platform's file links and the author's patience are gone
KEPT_FOR = timedelta(days=1)


class Inbox:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def keep(self, event_id: str, key: str, payload: str, at: datetime) -> bool:
        """Record an event before it is acknowledged; False when it is already here (a redelivery)."""
        entry = json.dumps({"key": key, "received": at.isoformat(), "payload": payload})
        return bool(self._call(lambda: self._redis.hsetnx(INBOX, event_id, entry)))

    def done(self, event_id: str) -> None:
        self._call(lambda: self._redis.hdel(INBOX, event_id))

    def waiting(self, now: datetime, older_than: timedelta) -> list[tuple[str, str, str]]:
        """(event id, key, payload) of events received before `now - older_than`, oldest first.

        Events older than KEPT_FOR are dropped here, so the inbox cannot keep a draft's words for long."""
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(INBOX))
        entries = sorted(((json.loads(entry), event_id) for event_id, entry in stored.items()), key=_received)
        expired = [event_id for entry, event_id in entries if _at(entry) < now - KEPT_FOR]
        if expired:
            self._call(lambda: self._redis.hdel(INBOX, *expired))
        due = [(e, event_id) for e, event_id in entries if now - KEPT_FOR <= _at(e) <= now - older_than]
        return [(event_id, entry["key"], entry["payload"]) for entry, event_id in due]

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()


def _at(entry: dict[str, str]) -> datetime:
    return datetime.fromisoformat(entry["received"])


def _received(pair: tuple[dict[str, str], str]) -> datetime:
    return _at(pair[0])
