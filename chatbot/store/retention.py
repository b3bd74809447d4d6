"""Retention in Redis: which drafts are old enough, and deleting their words while their audit stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import redis

from chatbot.store import compaction
from chatbot.store.keys import ARCHIVED, draft_keys
from chatbot.store.scripts import PURGE
from chatbot.store.unavailable import translated_errors


class RetentionStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._purge = client.register_script(PURGE)

    def retention_candidates(self, created_before: datetime, limit: int = 500) -> list[tuple[str, str, str]]:
        """(id, state, updated_at) of live drafts created before a time, oldest first."""
        ids: list[str] = self._call(
            lambda: self._redis.zrangebyscore("cs:drafts", "-inf", created_before.timestamp(), 0, limit)
        )
        pipe = self._redis.pipeline(transaction=False)
        for draft_id in ids:
            pipe.hmget(draft_keys(draft_id)[0], ["state", "updated_at"])
        found = self._call(pipe.execute) if ids else []
        return [(i, state or "", updated or "") for i, (state, updated) in zip(ids, found, strict=True)]

    def purge(self, draft_id: str, seen_updated_at: str, at: datetime) -> bool:
        """Delete a draft's words, photos and approvers, keeping its audit (published text taken out)."""
        meta, approvers, audit = draft_keys(draft_id)
        keys = [meta, approvers, audit, meta.replace(":meta", ":photos")]
        purged = bool(self._call(lambda: self._purge(keys=keys, args=[seen_updated_at, at.isoformat()])))
        self._archive(draft_id)
        return purged

    def compact(self) -> None:
        """After deleting: have Redis rewrite its files, so the deleted words leave the disk too."""
        compaction.request(self._redis)

    def compact_pending(self) -> bool:
        """Start a rewrite a deletion asked for while another was running. True when none is still owed."""
        return compaction.compact_pending(self._redis)

    def _archive(self, draft_id: str) -> None:
        score = self._call(lambda: self._redis.zscore("cs:drafts", draft_id))
        if score is not None:
            pipe = self._redis.pipeline(transaction=True)
            pipe.zadd(ARCHIVED, {draft_id: score})
            pipe.zrem("cs:drafts", draft_id)
            self._call(pipe.execute)

    def _call(self, operation: Callable[[], Any]) -> Any:
        with translated_errors():
            return operation()
