"""The followers' Redis store: who is known, the alerts and their decisions, unfollows, and X reads counted.

All keys share the hash tag {fol}, so the scripts that change several of them stay atomic on Redis Cluster.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.locks import hold
from chatbot.store.unavailable import translated_errors

KNOWN, BASELINE, NEW, PENDING = "cs:{fol}:known", "cs:{fol}:baseline", "cs:{fol}:new", "cs:{fol}:pending"
SEQUENCE = "cs:{fol}:sequence"
UNDECIDED, GONE, GONE_AT, AUDIT = "cs:{fol}:undecided", "cs:{fol}:gone", "cs:{fol}:gone-at", "cs:{fol}:audit"
READS = "cs:x:reads"

# A follower is alerted once: only the call that adds them to the known set creates the alert. Pending alerts
# are numbered, so they are shown in the order the followers arrived.
ADD_NEW = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], 'record', ARGV[3], 'alerted_at', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
redis.call('ZADD', KEYS[4], redis.call('INCR', KEYS[6]), ARGV[1])
redis.call('SADD', KEYS[5], ARGV[1])
return 1
"""
DECIDE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
if redis.call('HGET', KEYS[1], 'decision') == ARGV[2] then return 'already' end
redis.call('HSET', KEYS[1], 'decision', ARGV[2], 'decided_by', ARGV[3], 'decided_at', ARGV[4], 'on_platform', ARGV[5])
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('XADD', KEYS[3], '*', 'follower', ARGV[1], 'decision', ARGV[2], 'by', ARGV[3], 'at', ARGV[4],
           'on_platform', ARGV[5])
return 'decided'
"""


def _alert_key(follower_id: str) -> str:
    return f"cs:{{fol}}:alert:{follower_id}"


class FollowerStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._add_new = client.register_script(ADD_NEW)
        self._decide = client.register_script(DECIDE)

    def baseline(self) -> dict[str, str]:
        """{"at", "count"} once the existing followers are recorded; {"token"} while that is under way."""
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(BASELINE))
        return found

    def record_known(self, handles: dict[str, str], next_token: str | None) -> None:
        pipe = self._redis.pipeline(transaction=True)
        if handles:
            pipe.hset(KNOWN, mapping=handles)
        if next_token:  # where to carry on if reading the existing followers is interrupted
            pipe.hset(BASELINE, "token", next_token)
        else:
            pipe.hdel(BASELINE, "token")
        self._call(pipe.execute)

    def finish_baseline(self, at: datetime) -> int:
        count: int = self._call(lambda: self._redis.hlen(KNOWN))
        self._call(lambda: self._redis.hset(BASELINE, mapping={"at": at.isoformat(), "count": count}))
        return count

    def unknown(self, ids: list[str]) -> list[str]:
        handles: list[str | None] = self._call(lambda: self._redis.hmget(KNOWN, ids)) if ids else []
        return [i for i, handle in zip(ids, handles, strict=True) if handle is None]

    def known_ids(self) -> set[str]:
        return set(self._call(lambda: self._redis.hkeys(KNOWN)))

    def add_new(self, follower_id: str, handle: str, record: dict[str, Any], at: datetime) -> bool:
        keys = [KNOWN, _alert_key(follower_id), NEW, PENDING, UNDECIDED, SEQUENCE]
        args: list[str | float] = [follower_id, handle, json.dumps(record), at.timestamp()]
        return bool(self._call(lambda: self._add_new(keys=keys, args=args)))

    def pending(self) -> list[str]:
        return list(self._call(lambda: self._redis.zrange(PENDING, 0, -1)))

    def alert(self, follower_id: str) -> dict[str, Any] | None:
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(_alert_key(follower_id)))
        return {**stored, "record": json.loads(stored["record"])} if stored else None

    def alert_posted(self, follower_id: str, ref: str) -> None:
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(_alert_key(follower_id), "ref", ref)
        pipe.zrem(PENDING, follower_id)
        self._call(pipe.execute)

    def decide(self, follower_id: str, decision: str, by: str, at: datetime, on_platform: bool) -> str:
        keys = [_alert_key(follower_id), UNDECIDED, AUDIT]
        args = [follower_id, decision, by, at.isoformat(), "yes" if on_platform else "no"]
        status: str = self._call(lambda: self._decide(keys=keys, args=args))
        return status

    def decisions(self) -> list[dict[str, str]]:
        entries: list[tuple[str, dict[str, str]]] = self._call(lambda: self._redis.xrange(AUDIT))
        return [dict(fields) for _, fields in entries]

    def forget(self, gone: dict[str, str], at: datetime) -> None:
        """Followers who left: out of the known set, into the unfollows (kept for the weekly review)."""
        if not gone:
            return
        pipe = self._redis.pipeline(transaction=True)
        pipe.hdel(KNOWN, *gone)
        pipe.hset(GONE, mapping=gone)
        pipe.zadd(GONE_AT, dict.fromkeys(gone, at.timestamp()))
        self._call(pipe.execute)

    def handles(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(ids)
        found: list[str | None] = self._call(lambda: self._redis.hmget(KNOWN, wanted)) if wanted else []
        return {i: h for i, h in zip(wanted, found, strict=True) if h is not None}

    def new_since(self, since: datetime) -> list[str]:
        return list(self._call(lambda: self._redis.zrangebyscore(NEW, since.timestamp(), "+inf")))

    def undecided(self) -> list[str]:
        return sorted(self._call(lambda: self._redis.smembers(UNDECIDED)))

    def unfollowed_since(self, since: datetime) -> dict[str, str]:
        ids: list[str] = self._call(lambda: self._redis.zrangebyscore(GONE_AT, since.timestamp(), "+inf"))
        handles: list[str | None] = self._call(lambda: self._redis.hmget(GONE, ids)) if ids else []
        return {i: h or "" for i, h in zip(ids, handles, strict=True)}

    def count_reads(self, kind: str, items: int, at: datetime) -> None:
        """Items read from X this month, by kind (X charges per item read)."""
        self._call(lambda: self._redis.hincrby(READS, f"{at:%Y-%m}:{kind}", items))

    def reads(self, month: str) -> dict[str, int]:
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(READS))
        return {k.split(":", 1)[1]: int(v) for k, v in stored.items() if k.startswith(month + ":")}

    def done(self, name: str) -> bool:
        """Whether a once-only job (e.g. one week's digest) has been done."""
        return bool(self._call(lambda: self._redis.exists(f"cs:{{fol}}:done:{name}")))

    def mark_done(self, name: str, seconds: int) -> None:
        self._call(lambda: self._redis.set(f"cs:{{fol}}:done:{name}", "1", ex=seconds))

    def lock(self, name: str, owner: str, seconds: int) -> bool:
        """Hold a named lock for a while (renewed by its owner): one replica runs each job at a time."""
        return hold(self._redis, name, owner, seconds)

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
