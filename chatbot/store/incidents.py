"""The incidents' Redis store: evidence written once, state changes as atomic steps, deadlines that survive
restarts, and the mention poller's cursor. All keys share the hash tag {inc}."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.incidents.model import Evidence, Incident, Step
from chatbot.store import compaction
from chatbot.store.locks import hold
from chatbot.store.unavailable import translated_errors

SEQUENCE, ALL, DEADLINES = "cs:{inc}:sequence", "cs:{inc}:all", "cs:{inc}:deadlines"
SEEN, CURSOR, UNDELIVERED = "cs:{inc}:seen-posts", "cs:{inc}:cursor", "cs:{inc}:undelivered"
EXAMPLES, TALLY = "cs:{inc}:examples", "cs:{inc}:tally"  # people's triage decisions; replies read per day
SCHOOL_HEAD = "cs:{inc}:school-head"  # the head refitted with the school's decisions (an .npz), for every replica
UNRAISED = "cs:{inc}:unraised"  # replies read as nothing, by ISO week: the weekly check samples them
UNRAISED_KEPT, UNRAISED_DAYS = 1000, 15  # the newest of a week, kept two weeks (public replies, then deleted)
TALLY_DAYS = 400  # a school year and a bit: the weekly review and the governors' report count from these

# A post raises at most one incident; the evidence is written with SET NX and never again. The new incident's
# own keys are named in the script; they share the {inc} tag, so they live in the same cluster slot.
CREATE = """
if ARGV[4] ~= '' and redis.call('SADD', KEYS[3], ARGV[4]) == 0 then return false end
local id = 'I' .. redis.call('INCR', KEYS[1])
local prefix = 'cs:{inc}:' .. id
redis.call('SET', prefix .. ':evidence', ARGV[1], 'NX')
redis.call('HSET', prefix .. ':state', 'state', 'open', 'kind', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], id)
redis.call('SADD', KEYS[4], id)
redis.call('XADD', prefix .. ':steps', '*', 'action', 'raised', 'by', ARGV[5], 'at', ARGV[6], 'note', '')
return id
"""
# A step happens only from the states it may follow (a resolved incident cannot be acknowledged).
STEP = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
local allowed = cjson.decode(ARGV[5])
local ok = false
for _, s in ipairs(allowed) do if s == state then ok = true end end
if not ok then return 'refused:' .. state end
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'state', ARGV[4]) end
redis.call('XADD', KEYS[2], '*', 'action', ARGV[1], 'by', ARGV[2], 'at', ARGV[3], 'note', ARGV[6])
return 'done'
"""


def _cursor_key(network: str) -> str:
    return CURSOR if network == "X" else f"{CURSOR}:{network.lower()}"


def _key(incident_id: str, part: str) -> str:
    return f"cs:{{inc}}:{incident_id}:{part}"


class IncidentStore:
    def __init__(self, client: redis.Redis, raw: redis.Redis) -> None:
        self._redis, self._bytes = client, raw  # raw: the same server without decoding, for snapshot images
        self._create, self._step = client.register_script(CREATE), client.register_script(STEP)

    def create(self, evidence: Evidence, by: str) -> str | None:
        """The new incident's id; None when this post already raised one."""
        once = "" if evidence.decided_from else evidence.post_id or ""  # a triage decision re-raises the same post
        args: list[str | float] = [json.dumps(evidence.to_record()), evidence.kind, evidence.raised_at.timestamp(),
                once, by, evidence.raised_at.isoformat()]  # fmt: skip
        made: str | None = self._call(lambda: self._create(keys=[SEQUENCE, ALL, SEEN, UNDELIVERED], args=args))
        return made

    def get(self, incident_id: str) -> Incident | None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.get(_key(incident_id, "evidence"))
        pipe.hgetall(_key(incident_id, "state"))
        pipe.xrange(_key(incident_id, "steps"))
        pipe.exists(_key(incident_id, "snapshot"))
        evidence, state, steps, snapshot = self._call(pipe.execute)
        if evidence is None:
            return None
        kept = tuple(Step(f["action"], f["by"], datetime.fromisoformat(f["at"]), f.get("note", "")) for _, f in steps)
        return Incident(incident_id, Evidence.from_record(json.loads(evidence)), state["state"], kept, bool(snapshot))

    def step(self, incident_id: str, action: str, by: str, at: datetime, *, to: str = "",
             allowed_from: tuple[str, ...], note: str = "") -> str:  # fmt: skip
        """'done', 'missing', or 'refused:<state>' when the incident's state does not allow it."""
        keys = [_key(incident_id, "state"), _key(incident_id, "steps")]
        args = [action, by, at.isoformat(), to, json.dumps(list(allowed_from)), note]
        status: str = self._call(lambda: self._step(keys=keys, args=args))
        return status

    def add_ref(self, incident_id: str, channel: str, ts: str) -> None:
        """Where a card of this incident was shown (to update it when someone acts)."""
        self._call(lambda: self._redis.rpush(_key(incident_id, "refs"), f"{channel} {ts}"))

    def refs(self, incident_id: str) -> list[tuple[str, str]]:
        stored: list[str] = self._call(lambda: self._redis.lrange(_key(incident_id, "refs"), 0, -1))
        return [(channel, ts) for channel, ts in (ref.split(" ", 1) for ref in stored)]

    def delivered(self, incident_id: str) -> None:
        self._call(lambda: self._redis.srem(UNDELIVERED, incident_id))

    def undelivered(self) -> list[str]:
        """Incidents not yet shown to anyone (the chat was down): delivered again on the next tick."""
        return sorted(self._call(lambda: self._redis.smembers(UNDELIVERED)), key=lambda i: int(i[1:]))

    def set_deadline(self, incident_id: str, at: datetime) -> None:
        self._call(lambda: self._redis.zadd(DEADLINES, {incident_id: at.timestamp()}))

    def clear_deadline(self, incident_id: str) -> None:
        self._call(lambda: self._redis.zrem(DEADLINES, incident_id))

    def due(self, now: datetime) -> list[str]:
        return list(self._call(lambda: self._redis.zrangebyscore(DEADLINES, "-inf", now.timestamp())))

    def tiers_told(self, incident_id: str) -> int:
        """How many of the route's fallbacks have been told of this incident."""
        return int(self._call(lambda: self._redis.hget(_key(incident_id, "state"), "told")) or 0)

    def told_tier(self, incident_id: str) -> int:
        return int(self._call(lambda: self._redis.hincrby(_key(incident_id, "state"), "told", 1)))

    def keep_example(self, text: str, label: str, at: datetime) -> None:
        """A person's decision on a reply: a labelled example the classifier's head can learn from."""
        record = json.dumps({"text": text, "label": label, "at": at.isoformat()})
        self._call(lambda: self._redis.zadd(EXAMPLES, {record: at.timestamp()}))

    def examples(self) -> list[tuple[str, str]]:
        stored: list[str] = self._call(lambda: self._redis.zrange(EXAMPLES, 0, -1))
        return [(r["text"], r["label"]) for r in map(json.loads, stored)]

    def forget_examples(self, before: datetime) -> int:
        """Retention: decisions older than this leave Redis, and the disk (Redis rewrites its files)."""
        forgotten = int(self._call(lambda: self._redis.zremrangebyscore(EXAMPLES, "-inf", before.timestamp())))
        if forgotten:
            compaction.request(self._redis)
        return forgotten

    def keep_head(self, npz: bytes) -> None:
        self._call(lambda: self._bytes.set(SCHOOL_HEAD, npz))

    def school_head(self) -> bytes | None:
        data: bytes | None = self._call(lambda: self._bytes.get(SCHOOL_HEAD))
        return data

    def tally(self, counts: dict[str, int], at: datetime) -> None:
        """Adds to the day's counts of replies read, raised and triaged."""
        key = f"{TALLY}:{at:%Y-%m-%d}"
        pipe = self._redis.pipeline(transaction=True)
        for name, n in counts.items():
            pipe.hincrby(key, name, n)
        pipe.expire(key, TALLY_DAYS * 86_400)
        self._call(pipe.execute)

    def tallies(self, days: list[str]) -> dict[str, int]:
        """The counts summed over these days ("2026-11-30", ...)."""
        pipe = self._redis.pipeline(transaction=False)
        for day in days:
            pipe.hgetall(f"{TALLY}:{day}")
        summed: dict[str, int] = {}
        for counts in self._call(pipe.execute):
            for name, n in counts.items():
                summed[name] = summed.get(name, 0) + int(n)
        return summed

    def keep_snapshot(self, incident_id: str, png: bytes) -> None:
        self._call(lambda: self._bytes.set(_key(incident_id, "snapshot"), png, nx=True))

    def snapshot(self, incident_id: str) -> bytes | None:
        data: bytes | None = self._call(lambda: self._bytes.get(_key(incident_id, "snapshot")))
        return data

    def ids(self, since: datetime) -> list[str]:
        return list(self._call(lambda: self._redis.zrangebyscore(ALL, since.timestamp(), "+inf")))

    def lock(self, owner: str, seconds: int) -> bool:
        return hold(self._redis, "incidents", owner, seconds)

    def keep_unraised(self, reply: dict[str, str], at: datetime) -> None:
        """A reply read as nothing, kept for the weekly check (its week's newest 1,000, for 15 days)."""
        key = f"{UNRAISED}:{at:%G-W%V}"
        pipe = self._redis.pipeline(transaction=True)
        pipe.rpush(key, json.dumps(reply))
        pipe.ltrim(key, -UNRAISED_KEPT, -1)
        pipe.expire(key, UNRAISED_DAYS * 86_400)
        self._call(pipe.execute)

    def unraised(self, week_of: datetime) -> list[dict[str, str]]:
        found: list[str] = self._call(lambda: self._redis.lrange(f"{UNRAISED}:{week_of:%G-W%V}", 0, -1))
        return [json.loads(item) for item in found]

    def due_every(self, name: str, seconds: int) -> bool:
        """True at most once per `seconds` for `name`, across replicas and restarts."""
        return bool(self._call(lambda: self._redis.set(f"cs:{{inc}}:every:{name}", "1", nx=True, ex=seconds)))

    def cursor(self, network: str = "X") -> str | None:
        value: str | None = self._call(lambda: self._redis.get(_cursor_key(network)))
        return value

    def set_cursor(self, newest_id: str, network: str = "X") -> None:
        self._call(lambda: self._redis.set(_cursor_key(network), newest_id))

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
