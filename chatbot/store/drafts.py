"""The drafts' Redis store: drafts, approvals, event dedupe and the audit trail. Every change to a draft is one Lua
script over keys sharing the draft's hash tag (atomic, unchanged on Redis Cluster) that also appends to its audit."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis

from chatbot.approval.events import MessageRef
from chatbot.approval.states import TRANSITIONS, State, Transition
from chatbot.store.followers import FollowerStore
from chatbot.store.governance import GovernanceStore
from chatbot.store.inbox import Inbox
from chatbot.store.incidents import IncidentStore
from chatbot.store.keys import ARCHIVED, draft_keys
from chatbot.store.locks import hold, take
from chatbot.store.pictured import PicturedIndex
from chatbot.store.publications import PublicationLedger
from chatbot.store.published import PublishedRecords
from chatbot.store.retention import RetentionStore
from chatbot.store.scripts import APPROVE, CREATE, REVOKE, TRANSITION
from chatbot.store.templates import Templates
from chatbot.store.unavailable import translated_errors

EVENT_MEMORY_SECONDS = 3 * 24 * 3600  # Slack retries for minutes; a weekend outage should not replay events
HANDLING_SECONDS = 120  # longer than any one event's handling (photos are checked in seconds), shorter than a retry
PHOTO_DAYS = 30  # photos are kept no longer than a month (the policies ask that they are not kept)


@dataclass(frozen=True)
class StoredDraft:
    id: str
    state: State
    version: int
    author: str
    record: dict[str, Any]
    approvers: frozenset[str]

    @property
    def ref(self) -> MessageRef:
        return MessageRef(self.record["platform"], self.record["channel"], self.record["message"])


@dataclass(frozen=True)
class Outcome:
    """What a change did. `done`: it happened; `state`: the draft's state afterwards ("" when there is no
    such draft); `status`: what happened, e.g. "approved", "counted", "already", "refused", "missing"."""

    done: bool
    state: str
    approvals: int = 0
    status: str = ""


class RedisStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        # the same server, without decoding: photos are bytes
        self._bytes = redis.Redis(**{**client.connection_pool.connection_kwargs, "decode_responses": False})
        self._create = client.register_script(CREATE)
        self._transition = client.register_script(TRANSITION)
        self._approve = client.register_script(APPROVE)
        self._revoke = client.register_script(REVOKE)
        self.followers = FollowerStore(client)
        self.incidents = IncidentStore(client, self._bytes)
        self.governance = GovernanceStore(client)
        self.retention = RetentionStore(client)
        self.publications = PublicationLedger(client)
        self.published = PublishedRecords(client)
        self.inbox = Inbox(client)
        self.pictured = PicturedIndex(client)
        self.templates = Templates(client)

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        return cls(redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, health_check_interval=30))

    def ping(self) -> bool:
        try:
            return bool(self._redis.ping())
        except redis.RedisError:
            return False

    def seen(self, event_id: str) -> bool:
        """Whether an event was already handled to the end (Slack redelivers events; each should act once)."""
        return bool(self._call(lambda: self._redis.exists(f"cs:seen:{event_id}")))

    def claim_event(self, event_id: str) -> bool:
        """Whether this caller may handle the event now: False while another delivery of it is being handled.

        The claim lapses by itself, so that a process that died holding it does not keep the event away."""
        claimed = self._call(lambda: self._redis.set(f"cs:handling:{event_id}", 1, nx=True, ex=HANDLING_SECONDS))
        return bool(claimed)

    def release_event(self, event_id: str) -> None:
        self._call(lambda: self._redis.delete(f"cs:handling:{event_id}"))

    def mark_seen(self, event_id: str) -> None:
        """Called once an event is handled: a failure before this lets Slack's redelivery try again."""
        self._call(lambda: self._redis.set(f"cs:seen:{event_id}", 1, ex=EVENT_MEMORY_SECONDS))

    def create(
        self, draft_id: str, author: str, record: dict[str, Any], at: datetime,
        checked: Transition | None = None, detail: dict[str, Any] | None = None,
    ) -> Outcome:  # fmt: skip
        """Store a new draft, already through its check when `checked` says how it went (one atomic step).

        `done` is False, with the draft's current state, when a draft with this id exists (a redelivery).
        """
        state = TRANSITIONS[checked][1] if checked else State.CHECKING
        name = checked.value if checked else ""
        arguments = [state.value, author, at.isoformat(), json.dumps(record), name, json.dumps(detail or {})]
        created, current = self._call(lambda: self._create(keys=draft_keys(draft_id)[::2], args=arguments))
        if created:
            self._call(lambda: self._redis.zadd("cs:drafts", {draft_id: at.timestamp()}))
        return Outcome(bool(created), str(current), status="created" if created else "exists")

    def get(self, draft_id: str) -> StoredDraft | None:
        meta_key, approvers_key, _ = draft_keys(draft_id)
        pipe = self._redis.pipeline(transaction=False)  # one round trip; both keys share the draft's slot
        pipe.hgetall(meta_key)
        pipe.smembers(approvers_key)
        meta, approvers = self._call(pipe.execute)
        if not meta:
            return None
        record = json.loads(meta["record"])
        return StoredDraft(
            draft_id, State(meta["state"]), int(meta["version"]), meta["author"], record, frozenset(approvers)
        )

    def apply(
        self, draft_id: str, transition: Transition, actor: str, at: datetime,
        detail: dict[str, Any] | None = None, record: dict[str, Any] | None = None,
    ) -> Outcome:  # fmt: skip
        """Move the draft along `transition` if its current state allows it, atomically, with an audit entry."""
        sources, destination = TRANSITIONS[transition]
        arguments = [
            transition.value,
            ",".join(sorted(s.value for s in sources)),
            destination.value,
            actor,
            at.isoformat(),
            json.dumps(detail or {}),
            json.dumps(record) if record is not None else "",
        ]
        status, previous = self._call(lambda: self._transition(keys=draft_keys(draft_id), args=arguments))
        done = status == "ok"
        return Outcome(done, destination.value if done else previous, status=status)

    def approve(self, draft_id: str, approver: str, required: int, at: datetime, detail: dict[str, Any],
                version: int | None = None) -> Outcome:  # fmt: skip
        """Count one approver once; the draft becomes approved when `required` distinct approvers agree. With a
        `version`, only if the draft is still that version (status "stale" otherwise: it changed meanwhile)."""
        expected = "" if version is None else str(version)
        arguments: list[str | int] = [approver, required, at.isoformat(), json.dumps(detail), expected]
        status, count, state = self._call(lambda: self._approve(keys=draft_keys(draft_id), args=arguments))
        return Outcome(status in ("approved", "counted"), state, int(count), status)

    def revoke(self, draft_id: str, approver: str, required: int, at: datetime) -> Outcome:
        """Withdraw one approval before publication; an approved draft that falls short waits again."""
        arguments: list[str | int] = [approver, required, at.isoformat()]
        status, count, state = self._call(lambda: self._revoke(keys=draft_keys(draft_id), args=arguments))
        return Outcome(status == "revoked", state, int(count), status)

    def schedule(self, draft_id: str, at: datetime) -> None:
        """Keep an approved draft waiting for `at` (a sorted set: the scheduler reads the due ones first)."""
        self._call(lambda: self._redis.zadd("cs:schedule", {draft_id: at.timestamp()}))

    def due(self, now: datetime, limit: int = 100) -> list[str]:
        ids: list[str] = self._call(lambda: self._redis.zrangebyscore("cs:schedule", "-inf", now.timestamp(), 0, limit))
        return ids

    def followers_of(self, network: str) -> FollowerStore:
        """The follower store of one network (X's is `followers`)."""
        return self.followers if network == "X" else FollowerStore(self._redis, network)

    def scheduled(self) -> list[tuple[str, datetime]]:
        """Every scheduled draft with its time, soonest first."""
        found: list[tuple[str, float]] = self._call(lambda: self._redis.zrange("cs:schedule", 0, -1, withscores=True))
        return [(draft_id, datetime.fromtimestamp(score, UTC)) for draft_id, score in found]

    def unschedule(self, draft_id: str) -> None:
        self._call(lambda: self._redis.zrem("cs:schedule", draft_id))

    def lock(self, name: str, owner: str, seconds: int) -> bool:
        """Hold a named lock for a while (renewed by its owner): one replica runs each job at a time."""
        return hold(self._redis, name, owner, seconds)

    def take_lock(self, name: str, owner: str, seconds: int) -> None:
        take(self._redis, name, owner, seconds)

    def keep_photos(self, draft_id: str, photos: list[tuple[bytes, dict[str, Any]]], days: int = PHOTO_DAYS) -> None:
        """Keep a draft's sanitised photos (and what inspecting them found) until publication, at most `days`."""
        key = draft_keys(draft_id)[0].replace(":meta", ":photos")
        fields: dict[str, bytes] = {}
        for index, (data, about) in enumerate(photos):
            fields[f"{index}:data"] = data
            fields[f"{index}:about"] = json.dumps(about).encode()
        pipe = self._bytes.pipeline(transaction=True)
        pipe.delete(key)
        if fields:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, days * 24 * 3600)
        self._call(pipe.execute)

    def photos(self, draft_id: str) -> list[tuple[bytes, dict[str, Any]]]:
        key = draft_keys(draft_id)[0].replace(":meta", ":photos")
        stored: dict[bytes, bytes] = self._call(lambda: self._bytes.hgetall(key))
        count = sum(1 for name in stored if name.endswith(b":about"))
        return [(stored[f"{i}:data".encode()], json.loads(stored[f"{i}:about".encode()])) for i in range(count)]

    def index_post(self, post_id: str, draft_id: str) -> None:
        """Which draft a published post came from (for `/countersign unpublish LINK`)."""
        self._call(lambda: self._redis.hset("cs:posts", post_id, draft_id))

    def draft_of_post(self, post_id: str) -> str | None:
        draft_id: str | None = self._call(lambda: self._redis.hget("cs:posts", post_id))
        return draft_id

    def remember(self, draft_id: str, name: str, value: str) -> None:
        """Keep a small note with a draft (e.g. which chat message holds its report)."""
        self._call(lambda: self._redis.hset(draft_keys(draft_id)[0], f"note:{name}", value))

    def recall(self, draft_id: str, name: str) -> str | None:
        value: str | None = self._call(lambda: self._redis.hget(draft_keys(draft_id)[0], f"note:{name}"))
        return value

    def history(self, draft_id: str) -> list[dict[str, str]]:
        entries: list[tuple[str, dict[str, str]]] = self._call(lambda: self._redis.xrange(draft_keys(draft_id)[2]))
        return [dict(fields) for _, fields in entries]

    def draft_ids(self, since: datetime) -> list[str]:
        """Every draft created since `since`, including those whose words retention has deleted."""
        live = self._call(lambda: self._redis.zrangebyscore("cs:drafts", since.timestamp(), "+inf", withscores=True))
        gone = self._call(lambda: self._redis.zrangebyscore(ARCHIVED, since.timestamp(), "+inf", withscores=True))
        return [draft_id for draft_id, _ in sorted([*live, *gone], key=lambda pair: pair[1])]

    def every(self, name: str, seconds: int) -> bool:
        """True at most once per `seconds` for `name`, across replicas and restarts."""
        return bool(self._call(lambda: self._redis.set(f"cs:every:{name}", "1", nx=True, ex=seconds)))

    def _call(self, operation: Callable[[], Any]) -> Any:
        # redis-py types its sync client's answers as "Awaitable | value"; callers annotate what they get.
        with translated_errors():
            return operation()
