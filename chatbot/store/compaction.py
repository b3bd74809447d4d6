"""Rewriting Redis's files on disk after a deletion, so that what retention deletes leaves the disk too."""

from __future__ import annotations

import logging
from typing import Any

import redis

from chatbot.store.unavailable import translated_errors

logger = logging.getLogger(__name__)
PENDING = "cs:compaction:pending"  # set by a deletion, cleared once a rewrite has started after it


def request(client: redis.Redis) -> None:
    """Ask for a rewrite; `compact_pending` starts it (now, or once one already running has finished)."""
    with translated_errors():
        client.set(PENDING, "1")
    compact_pending(client)


def compact_pending(client: redis.Redis) -> bool:
    """Start the rewrite a deletion asked for. The append-only file keeps every write, deleted words included,
    until it is rewritten (Redis does that by itself only when it doubles past 64 MB); a snapshot keeps them
    until the next one. True when no rewrite is still owed."""
    with translated_errors():
        if not client.exists(PENDING):
            return True
        if not _rewrite(client):
            return False  # one already running may hold the old words: the next tick asks again
        client.delete(PENDING)
    return True


def _rewrite(client: redis.Redis) -> bool:
    info: dict[str, Any] = client.info("persistence")  # type: ignore[assignment]  # sync client: a dict
    if info.get("aof_rewrite_in_progress") or info.get("rdb_bgsave_in_progress"):
        return False
    try:
        if info.get("aof_enabled"):
            client.bgrewriteaof()  # type: ignore[no-untyped-call]  # redis-py leaves it untyped
        elif _snapshots(client):
            client.bgsave()
    except redis.ResponseError as refusal:  # e.g. a managed Redis that does not allow it
        logger.warning("Redis did not rewrite its files after a deletion: %s", refusal)
    return True


def _snapshots(client: redis.Redis) -> bool:
    try:
        found: dict[str, str] = client.config_get("save")  # type: ignore[assignment]  # sync client: a dict
        return bool(found.get("save"))
    except redis.ResponseError:  # CONFIG is often disabled on managed Redis: its snapshots are its own
        return False
