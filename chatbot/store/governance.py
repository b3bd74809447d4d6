"""The governance store: the pause switch, acknowledged reminders, and their audit trail (hash tag {gov})."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

PAUSE, AUDIT = "cs:{gov}:pause", "cs:{gov}:audit"

# Pausing twice keeps the first pause (who and why); each change is audited in the same step.
PAUSE_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'by', ARGV[1], 'reason', ARGV[2], 'at', ARGV[3])
redis.call('XADD', KEYS[2], '*', 'action', 'pause', 'by', ARGV[1], 'at', ARGV[3], 'detail', ARGV[2])
return 1
"""
RESUME_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('DEL', KEYS[1])
redis.call('XADD', KEYS[2], '*', 'action', 'resume', 'by', ARGV[1], 'at', ARGV[2], 'detail', '')
return 1
"""


class GovernanceStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._pause, self._resume = client.register_script(PAUSE_SCRIPT), client.register_script(RESUME_SCRIPT)

    def pause(self, by: str, reason: str, at: datetime) -> bool:
        """False when publishing was already paused (the first pause stands)."""
        return bool(self._call(lambda: self._pause(keys=[PAUSE, AUDIT], args=[by, reason, at.isoformat()])))

    def resume(self, by: str, at: datetime) -> bool:
        return bool(self._call(lambda: self._resume(keys=[PAUSE, AUDIT], args=[by, at.isoformat()])))

    def paused(self) -> dict[str, str] | None:
        """{"by", "reason", "at"} while publishing is paused."""
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(PAUSE))
        return found or None

    def record(self, action: str, by: str, at: datetime, detail: str = "") -> None:
        entry = {"action": action, "by": by, "at": at.isoformat(), "detail": detail}
        self._call(lambda: self._redis.xadd(AUDIT, entry))  # type: ignore[arg-type]

    def history(self) -> list[dict[str, str]]:
        entries: list[tuple[str, dict[str, str]]] = self._call(lambda: self._redis.xrange(AUDIT))
        return [dict(fields) for _, fields in entries]

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
