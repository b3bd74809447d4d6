"""Retention on a real redis-server: after the period no key holds a draft's words or photos; its audit stays."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest
import redis

from chatbot.approval.states import State, Transition
from chatbot.governance.retention import purge_expired
from chatbot.store import RedisStore
from tests.redis_server import RedisServer

pytestmark = pytest.mark.integration
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WORDS = "Well done Josh Patel for the volcano"
PHOTO = b"\xff\xd8\xff\xe0 sanitised photo of Year 3 \xff\xd9"


def published(store: RedisStore, draft_id: str, at: datetime) -> None:
    store.create(draft_id, "U0AUTHOR01", {"text": WORDS, "channel": "C1", "message": "1.1", "platform": "slack"},
                 at, Transition.CHECKED_CLEAN, {"findings": ["pupil-name:warn"]})  # fmt: skip
    store.keep_photos(draft_id, [(PHOTO, {"faces": 6})])
    store.remember(draft_id, "report_ts", "1.2")
    store.approve(draft_id, "U0HEAD0001", 1, at, {"accepted_warnings": ["pupil-name"]})
    store.apply(draft_id, Transition.PUBLISHING, "countersign", at)
    store.apply(
        draft_id, Transition.PUBLISHED, "countersign", at, {"url": "https://x.com/i/web/status/1", "text": WORDS}
    )


def every_value(redis_server: RedisServer) -> bytes:
    """Everything Redis holds, as one byte string to search."""
    client = redis.Redis.from_url(redis_server.url)
    found = []
    for key in client.scan_iter():
        kind = client.type(key)
        if kind == b"string":
            found.append(client.get(key) or b"")
        elif kind == b"hash":
            found.extend(b"".join(pair) for pair in client.hgetall(key).items())
        elif kind == b"stream":
            found.extend(b"".join(k + v for k, v in fields.items()) for _, fields in client.xrange(key))
        elif kind in (b"set", b"zset"):
            found.extend(client.zrange(key, 0, -1) if kind == b"zset" else client.smembers(key))
    client.close()
    return b"\n".join(found)


def test_after_the_period_no_key_holds_the_words_or_photo_and_the_audit_remains(
    store: RedisStore, redis_server: RedisServer
) -> None:
    published(store, "slack:C1:1.1", MONDAY)
    assert WORDS.encode() in every_value(redis_server) and PHOTO in every_value(redis_server)
    assert purge_expired(store.retention, MONDAY + timedelta(days=29), days=30) == 0  # not yet
    assert purge_expired(store.retention, MONDAY + timedelta(days=31), days=30) == 1
    held = every_value(redis_server)
    assert WORDS.encode() not in held and b"Josh" not in held and PHOTO not in held
    assert store.get("slack:C1:1.1") is None and store.photos("slack:C1:1.1") == []
    history = store.history("slack:C1:1.1")
    assert [h["transition"] for h in history] == ["created", "checked_clean", "approval", "publishing", "published",
                                                  "purged"]  # fmt: skip
    assert json.loads(history[4]["detail"]) == {"url": "https://x.com/i/web/status/1"}  # the text taken out
    assert history[2]["actor"] == "U0HEAD0001" and "pupil-name" in history[2]["detail"]
    assert store.draft_ids(MONDAY - timedelta(days=1)) == ["slack:C1:1.1"]  # still in the governors' export
    assert purge_expired(store.retention, MONDAY + timedelta(days=32), days=30) == 0  # once


def test_posts_still_waiting_and_drafts_touched_recently_are_kept(store: RedisStore) -> None:
    store.create("waiting", "U0AUTHOR01", {"text": WORDS}, MONDAY, Transition.CHECKED_CLEAN, {})
    store.approve("waiting", "U0HEAD0001", 1, MONDAY, {})
    store.apply("waiting", Transition.SCHEDULED, "countersign", MONDAY, {"publish_at": "2026-09-01T08:00"})
    store.create("edited", "U0AUTHOR01", {"text": WORDS}, MONDAY, Transition.CHECKED_BLOCKED, {})
    store.apply("edited", Transition.EDITED, "U0AUTHOR01", MONDAY + timedelta(days=20))
    store.create("abandoned", "U0AUTHOR01", {"text": WORDS}, MONDAY, Transition.CHECKED_BLOCKED, {})
    assert purge_expired(store.retention, MONDAY + timedelta(days=31), days=30) == 1
    assert store.get("abandoned") is None  # a blocked draft nobody touched for a month holds names: gone
    kept = store.get("waiting"), store.get("edited")
    assert kept[0] is not None and kept[0].state == State.SCHEDULED and kept[1] is not None


def test_what_retention_deletes_leaves_the_disk_too(store: RedisStore, redis_server: RedisServer) -> None:
    unique = "Well done Quillon Ashdown-Vere for the volcano"  # nowhere else in this Redis's history
    assert until_rewritten(redis_server) and store.retention.compact_pending()  # earlier tests' rewrites done
    store.create("on-disk", "U0AUTHOR01", {"text": unique}, MONDAY, Transition.CHECKED_BLOCKED, {})
    assert unique.encode() in on_disk(redis_server)  # the append-only file has every write
    assert purge_expired(store.retention, MONDAY + timedelta(days=31), days=30) >= 1
    assert until_rewritten(redis_server) and unique.encode() not in on_disk(redis_server)


def test_a_deletion_while_redis_is_rewriting_is_rewritten_again_after(
    store: RedisStore, redis_server: RedisServer
) -> None:
    client = redis.Redis.from_url(redis_server.url)
    assert until_rewritten(redis_server) and store.retention.compact_pending()  # earlier tests' rewrites done
    store.create("busy", "U0AUTHOR01", {"text": "Busy Quillon"}, MONDAY, Transition.CHECKED_BLOCKED, {})
    client.config_set("rdb-key-save-delay", 200_000)  # 0.2 s per key: the rewrite stays busy for a second or so
    client.bgrewriteaof()
    assert purge_expired(store.retention, MONDAY + timedelta(days=31), days=30) >= 1
    assert not store.retention.compact_pending()  # owed: the rewrite running began before the deletion
    client.config_set("rdb-key-save-delay", 0)
    assert until_rewritten(redis_server) and store.retention.compact_pending()  # started now
    assert until_rewritten(redis_server) and b"Busy Quillon" not in on_disk(redis_server)


def on_disk(redis_server: RedisServer) -> bytes:
    return b"".join(path.read_bytes() for path in redis_server.folder.rglob("*.aof") if path.is_file())


def until_rewritten(redis_server: RedisServer) -> bool:
    client = redis.Redis.from_url(redis_server.url)
    for _ in range(400):
        info = client.info("persistence")
        if not info["aof_rewrite_in_progress"] and not info["aof_rewrite_scheduled"]:
            return True
        time.sleep(0.025)
    return False
