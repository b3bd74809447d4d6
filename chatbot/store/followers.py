"""The followers' Redis store, one per network: who is known, the alerts and their decisions, unfollows,
and X's reads counted. A network's keys share one hash tag, so its scripts stay atomic on Redis Cluster.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import redis

from chatbot.store.locks import hold
from chatbot.store.unavailable import translated_errors

READS = "cs:x:reads"


class _Keys:
    """One network's keys: X's under the tag {fol} (as first stored), others under {fol:<network>}."""

    def __init__(self, network: str) -> None:
        self.prefix = "cs:{fol}" if network == "X" else f"cs:{{fol:{network.lower()}}}"
        p = self.prefix
        self.known, self.baseline, self.new, self.pending = f"{p}:known", f"{p}:baseline", f"{p}:new", f"{p}:pending"
        self.sequence, self.undecided, self.gone = f"{p}:sequence", f"{p}:undecided", f"{p}:gone"
        self.gone_at, self.audit = f"{p}:gone-at", f"{p}:audit"

    def alert(self, follower_id: str) -> str:
        return f"{self.prefix}:alert:{follower_id}"


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


class FollowerStore:
    def __init__(self, client: redis.Redis, network: str = "X") -> None:
        self._redis, self.network, self._k = client, network, _Keys(network)
        self._add_new = client.register_script(ADD_NEW)
        self._decide = client.register_script(DECIDE)

    def baseline(self) -> dict[str, str]:
        """{"at", "count"} once the existing followers are recorded; {"token"} while that is under way."""
        found: dict[str, str] = self._call(lambda: self._redis.hgetall(self._k.baseline))
        return found

    def record_known(self, handles: dict[str, str], next_token: str | None) -> None:
        pipe = self._redis.pipeline(transaction=True)
        if handles:
            pipe.hset(self._k.known, mapping=handles)
        if next_token:  # where to carry on if reading the existing followers is interrupted
            pipe.hset(self._k.baseline, "token", next_token)
        else:
            pipe.hdel(self._k.baseline, "token")
        self._call(pipe.execute)

    def finish_baseline(self, at: datetime) -> int:
        count: int = self._call(lambda: self._redis.hlen(self._k.known))
        self._call(lambda: self._redis.hset(self._k.baseline, mapping={"at": at.isoformat(), "count": count}))
        return count

    def unknown(self, ids: list[str]) -> list[str]:
        handles: list[str | None] = self._call(lambda: self._redis.hmget(self._k.known, ids)) if ids else []
        return [i for i, handle in zip(ids, handles, strict=True) if handle is None]

    def known_ids(self) -> set[str]:
        return set(self._call(lambda: self._redis.hkeys(self._k.known)))

    def add_new(self, follower_id: str, handle: str, record: dict[str, Any], at: datetime) -> bool:
        keys = [
            self._k.known,
            self._k.alert(follower_id),
            self._k.new,
            self._k.pending,
            self._k.undecided,
            self._k.sequence,
        ]
        args: list[str | float] = [follower_id, handle, json.dumps(record), at.timestamp()]
        return bool(self._call(lambda: self._add_new(keys=keys, args=args)))

    def pending(self) -> list[str]:
        return list(self._call(lambda: self._redis.zrange(self._k.pending, 0, -1)))

    def alert(self, follower_id: str) -> dict[str, Any] | None:
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(self._k.alert(follower_id)))
        return {**stored, "record": json.loads(stored["record"])} if stored else None

    def alert_posted(self, follower_id: str, ref: str) -> None:
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(self._k.alert(follower_id), "ref", ref)
        pipe.zrem(self._k.pending, follower_id)
        self._call(pipe.execute)

    def decide(self, follower_id: str, decision: str, by: str, at: datetime, on_platform: bool) -> str:
        keys = [self._k.alert(follower_id), self._k.undecided, self._k.audit]
        args = [follower_id, decision, by, at.isoformat(), "yes" if on_platform else "no"]
        status: str = self._call(lambda: self._decide(keys=keys, args=args))
        return status

    def decisions(self) -> list[dict[str, str]]:
        entries: list[tuple[str, dict[str, str]]] = self._call(lambda: self._redis.xrange(self._k.audit))
        return [dict(fields) for _, fields in entries]

    def forget(self, gone: dict[str, str], at: datetime) -> None:
        """Followers who left: out of the known set, into the unfollows (kept for the weekly review)."""
        if not gone:
            return
        pipe = self._redis.pipeline(transaction=True)
        pipe.hdel(self._k.known, *gone)
        pipe.hset(self._k.gone, mapping=gone)
        pipe.zadd(self._k.gone_at, dict.fromkeys(gone, at.timestamp()))
        self._call(pipe.execute)

    def handles(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(ids)
        found: list[str | None] = self._call(lambda: self._redis.hmget(self._k.known, wanted)) if wanted else []
        return {i: h for i, h in zip(wanted, found, strict=True) if h is not None}

    def new_since(self, since: datetime) -> list[str]:
        return list(self._call(lambda: self._redis.zrangebyscore(self._k.new, since.timestamp(), "+inf")))

    def undecided(self) -> list[str]:
        return sorted(self._call(lambda: self._redis.smembers(self._k.undecided)))

    def unfollowed_since(self, since: datetime) -> dict[str, str]:
        ids: list[str] = self._call(lambda: self._redis.zrangebyscore(self._k.gone_at, since.timestamp(), "+inf"))
        handles: list[str | None] = self._call(lambda: self._redis.hmget(self._k.gone, ids)) if ids else []
        return {i: h or "" for i, h in zip(ids, handles, strict=True)}

    def count_reads(self, kind: str, items: int, at: datetime) -> None:
        """Items read from X this month, by kind (X charges per item read)."""
        self._call(lambda: self._redis.hincrby(READS, f"{at:%Y-%m}:{kind}", items))

    def reads(self, month: str) -> dict[str, int]:
        stored: dict[str, str] = self._call(lambda: self._redis.hgetall(READS))
        return {k.split(":", 1)[1]: int(v) for k, v in stored.items() if k.startswith(month + ":")}

    def done(self, name: str) -> bool:
        """Whether a once-only job (e.g. one week's digest) has been done."""
        return bool(self._call(lambda: self._redis.exists(f"{self._k.prefix}:done:{name}")))

    def mark_done(self, name: str, seconds: int) -> None:
        self._call(lambda: self._redis.set(f"{self._k.prefix}:done:{name}", "1", ex=seconds))

    def lock(self, name: str, owner: str, seconds: int) -> bool:
        """Hold a named lock for a while (renewed by its owner): one replica runs each job at a time."""
        return hold(self._redis, name if self.network == "X" else f"{name}:{self.network.lower()}", owner, seconds)

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
