"""The governance store: the pause switch, acknowledged reminders, and their audit trail (hash tag {gov})."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

PAUSE, AUDIT, NAMES, REPORTS = "cs:{gov}:pause", "cs:{gov}:audit", "cs:{gov}:names", "cs:{gov}:reports"
HOMES = "cs:{gov}:homes"

# Pausing twice keeps the first pause (who and why); each change is audited in the same step.
PAUSE_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'by', ARGV[1], 'reason', ARGV[2], 'at', ARGV[3])
redis.call('XADD', KEYS[2], '*', 'action', 'pause', 'by', ARGV[1], 'at', ARGV[3], 'detail', ARGV[2])
return 1
"""
ACKNOWLEDGE_SCRIPT = """
if redis.call('HEXISTS', KEYS[1], 'acked_by') == 1 then return 0 end
redis.call('HSET', KEYS[1], 'acked_by', ARGV[1], 'acked_at', ARGV[2])
redis.call('XADD', KEYS[2], '*', 'action', 'reminder-acknowledged', 'by', ARGV[1], 'at', ARGV[2], 'detail', ARGV[3])
return 1
"""
RESUME_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('DEL', KEYS[1])
redis.call('XADD', KEYS[2], '*', 'action', 'resume', 'by', ARGV[1], 'at', ARGV[2], 'detail', '')
return 1
"""


def _reminder_key(key: str) -> str:
    return f"cs:{{gov}}:reminder:{key}"


class GovernanceStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._pause, self._resume = client.register_script(PAUSE_SCRIPT), client.register_script(RESUME_SCRIPT)
        self._acknowledge = client.register_script(ACKNOWLEDGE_SCRIPT)

    def pause(self, by: str, reason: str, at: datetime) -> bool:
        """False when publishing was already paused (the first pause stands)."""
        return bool(self._call(lambda: self._pause(keys=[PAUSE, AUDIT], args=[by, reason, at.isoformat()])))

    def resume(self, by: str, at: datetime) -> bool:
        return bool(self._call(lambda: self._resume(keys=[PAUSE, AUDIT], args=[by, at.isoformat()])))

    def paused(self) -> dict[str, str] | None:
        """{"by", "reason", "at"} while publishing is paused."""
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(PAUSE))
        return found or None

    def reminder(self, key: str) -> dict[str, str]:
        """{"text", "posted_on", "channel", "ts", "acked_by", "acked_at"} as far as they are known."""
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(_reminder_key(key)))
        return found

    def reminder_posted(self, key: str, text: str, day: str, where: tuple[str, str], at: datetime) -> None:
        fields = {"text": text, "posted_on": day, "channel": where[0], "ts": where[1]}
        self._call(lambda: self._redis.hset(_reminder_key(key), mapping=fields))
        self.record("reminded", "countersign", at, key)

    def acknowledge_reminder(self, key: str, by: str, at: datetime) -> bool:
        """False when someone already acknowledged it."""
        args = [by, at.isoformat(), key]
        return bool(self._call(lambda: self._acknowledge(keys=[_reminder_key(key), AUDIT], args=args)))

    def record(self, action: str, by: str, at: datetime, detail: str = "") -> None:
        entry = {"action": action, "by": by, "at": at.isoformat(), "detail": detail}
        self._call(lambda: self._redis.xadd(AUDIT, entry))  # type: ignore[arg-type]

    def remember_name(self, user: str, name: str) -> None:
        """A member of staff's display name as the chat last showed it, so reports name people, leavers too."""
        self._call(lambda: self._redis.hset(NAMES, user, name))

    def name_of(self, user: str) -> str:
        """The name last seen for this person; their chat id when none was ever seen."""
        found: str | None = self._call(lambda: self._redis.hget(NAMES, user))
        return found or user

    def keep_home(self, user: str, where: str) -> None:
        """Where a chat shows this person's home as a message of its own (a Teams 1:1 chat's card), to update."""
        self._call(lambda: self._redis.hset(HOMES, user, where))

    def homes(self) -> dict[str, str]:
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(HOMES))
        return found

    def claim_report(self, name: str) -> bool:
        """True once per term's report, across replicas and restarts: the one that may post it."""
        return bool(self._call(lambda: self._redis.hsetnx(REPORTS, name, "{}")))

    def release_report(self, name: str) -> None:
        """Posting failed: the report may be claimed again."""
        self._call(lambda: self._redis.hdel(REPORTS, name))

    def report_posted(self, name: str, where: str, at: datetime) -> None:
        entry = json.dumps({"name": name, "where": where, "at": at.isoformat()})
        self._call(lambda: self._redis.hset(REPORTS, mapping={name: entry, "latest": entry}))
        self.record("report-posted", "countersign", at, name)

    def latest_report(self) -> dict[str, str] | None:
        """{"name", "where", "at"} of the last report posted."""
        found: str | None = self._call(lambda: self._redis.hget(REPORTS, "latest"))
        return json.loads(found) if found else None

    def history(self) -> list[dict[str, str]]:
        entries: list[tuple[str, dict[str, str]]] = self._call(lambda: self._redis.xrange(AUDIT))
        return [dict(fields) for _, fields in entries]

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
