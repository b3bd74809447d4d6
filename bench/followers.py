"""Section: the follower poller against the fake X API and a real Redis — diff time, memory, items read."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis

from bench.table import Row, measured

SIZES = [int(n) for n in os.environ.get("BENCH_FOLLOWERS", "10000,100000").split(",")]
NEW, GONE = 50, 100
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@dataclass
class Quiet:
    """Stands in for the channel: counts the alerts instead of posting them (Slack is not what is measured)."""

    alerts: int = 0
    notes: list[str] = field(default_factory=list)

    def post_alert(self, alert: Any) -> str:
        self.alerts += 1
        return str(self.alerts)

    def update_alert(self, ref: str, alert: Any) -> None: ...

    def post_digest(self, digest: Any) -> None: ...

    def post_note(self, text: str) -> None:
        self.notes.append(text)


def _user(n: int) -> dict[str, Any]:
    return {"id": str(1500000000000000000 + n), "name": f"Parent {n}", "username": f"parent_{n}",
            "created_at": "2021-05-04T18:20:00.000Z", "description": "Mum of two, PTA volunteer.",
            "profile_image_url": f"https://pbs.twimg.com/profile_images/{n}/a_normal.jpg",
            "public_metrics": {"followers_count": 80, "following_count": 120, "tweet_count": 300}}  # fmt: skip


def _timed(call: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def _one_size(count: int, redis_url: str, x: Any) -> list[Row]:
    from chatbot.followers.flags import FlagRules
    from chatbot.followers.watch import FollowerWatch
    from chatbot.store import RedisStore
    from chatbot.x.account import XAccount
    from chatbot.x.transport import XCredentials, XTransport

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    before = int(client.info("memory")["used_memory"])
    x.fake.followers[:] = [_user(n) for n in range(count, 0, -1)]
    source = XAccount(XTransport(XCredentials("k", "s", "2244994945-t", "ts"), x.url))
    watch = FollowerWatch(RedisStore.from_url(redis_url).followers, source, Quiet(), FlagRules())
    first, first_s = _timed(lambda: watch.poll(NOW))
    memory = int(client.info("memory")["used_memory"]) - before
    steady = [watch.poll(NOW) for _ in range(3)]
    steady_pages = sum(1 for key, _ in x.fake.queries[-3:] if key.endswith("/followers"))
    _, steady_s = _timed(lambda: watch.poll(NOW))
    x.fake.followers[:0] = [_user(n) for n in range(count + NEW, count, -1)]
    burst, burst_s = _timed(lambda: watch.poll(NOW))
    del x.fake.followers[NEW : NEW + GONE]
    gone, whole_s = _timed(lambda: watch.reconcile(NOW))
    client.close()
    n = f"{count:,}"
    return [
        measured(
            "followers",
            f"{n}: first run, record all without alerts",
            first_s,
            " s",
            2,
            value=f"({first.read:,} read, ${first.read * source.read_cost:,.2f})",
        ),
        measured(
            "followers",
            f"{n}: Redis memory for them",
            memory / 2**20,
            " MB",
            1,
            value=f"({memory / count:.0f} B each)",
        ),
        Row(
            "followers",
            f"{n}: steady poll, nothing changed (items read, pages)",
            f"{steady[-1].read} items, {steady_pages // 3} page",
            "≤ 20 items, 1 page",
        ),
        measured("followers", f"{n}: steady poll, nothing changed (time)", steady_s * 1000, " ms", 0),
        measured(
            "followers",
            f"{n}: {NEW} new followers (diff + alerts)",
            burst_s * 1000,
            " ms",
            0,
            value=f"({burst.read} read, {burst.new} alerted)",
        ),
        measured(
            "followers",
            f"{n}: weekly whole-list diff ({GONE} unfollowed)",
            whole_s,
            " s",
            2,
            value=f"({gone} found, ${(count + NEW - GONE) * source.read_cost:,.2f} a week)",
        ),
    ]


def run() -> list[Row]:
    from tests.contract.fake_x_api import FakeXServer
    from tests.redis_server import RedisServer

    x = FakeXServer().start()
    with tempfile.TemporaryDirectory() as folder:
        server = RedisServer(Path(folder), fsync="everysec")
        server.start()
        try:
            return [row for count in SIZES for row in _one_size(count, server.url, x)]
        finally:
            server.stop()
            x.stop()
