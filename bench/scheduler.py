"""Section: holding and releasing scheduled drafts at scale: time, and the memory Redis needs for them."""

from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import redis

from bench.table import Row, measured

SCHEDULED = int(os.environ.get("BENCH_SCHEDULED", "100000"))
WORKERS = 8
LONDON = ZoneInfo("Europe/London")
SATURDAY = datetime(2026, 11, 28, 11, 0, tzinfo=LONDON)
MONDAY_OPENING = datetime(2026, 11, 30, 8, 0, 1, tzinfo=LONDON)


class Quiet:
    """The notifier and publisher ports, doing nothing: this section measures the scheduler and Redis."""

    name, length_limit = "bench", 280

    def __init__(self) -> None:
        self.published = 0

    def show_report(self, *_: Any) -> None: ...
    def say(self, *_: Any, **__: Any) -> None: ...
    def mark_published(self, *_: Any) -> None: ...
    def may_approve(self, user: str) -> bool:
        return True

    def publish(self, *_: Any) -> Any:
        from chatbot.approval.ports import PublishResult

        self.published += 1  # one scheduler thread calls this: no lock needed
        return PublishResult(url=None, dry_run=True)

    def cost(self, text: str) -> None:
        return None


def _hold(store: Any, count: int) -> float:
    """Each draft the way the workflow makes it: created checked, approved, scheduled for Monday 08:00."""
    from chatbot.approval.states import Transition

    def one(n: int) -> None:
        draft_id = f"slack:C0DRAFTS01:{1795863600 + n}.000100"
        record = {"platform": "slack", "channel": "C0DRAFTS01", "message": draft_id.rsplit(":", 1)[1],
                  "text": f"Saturday's match report number {n}", "warnings": [], "exception": None}  # fmt: skip
        store.create(draft_id, "U0AUTHOR01", record, SATURDAY, Transition.CHECKED_CLEAN, {"findings": []})
        store.approve(draft_id, "U0HEAD0001", 1, SATURDAY, {})
        store.apply(draft_id, Transition.SCHEDULED, "countersign", SATURDAY)
        store.schedule(draft_id, MONDAY_OPENING.replace(second=0))

    start = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(one, range(count)))
    return time.perf_counter() - start


def _release(service: Any) -> tuple[float, int]:
    """As the bot does: one scheduler thread (the replica holding the lock), tick after tick until none are due."""
    start, released = time.perf_counter(), 0
    while batch := service.publish_due(MONDAY_OPENING):
        released += batch
    return time.perf_counter() - start, released


def run() -> list[Row]:
    from chatbot.approval.service import WorkflowService
    from chatbot.store import RedisStore
    from tests.drafting import context
    from tests.redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        server = RedisServer(Path(folder), fsync="everysec")
        server.start()
        try:
            client = redis.Redis.from_url(server.url)
            before = int(client.info("memory")["used_memory"])
            store = RedisStore.from_url(server.url)
            held = _hold(store, SCHEDULED)
            memory = int(client.info("memory")["used_memory"]) - before
            quiet = Quiet()
            service = WorkflowService(store, context(), quiet, quiet, quiet, 1)  # type: ignore[arg-type]
            released_in, released = _release(service)
            client.close()
        finally:
            server.stop()
    once = "each published once" if released == quiet.published == SCHEDULED else f"{quiet.published:,} posts!"
    return [
        measured(
            "scheduler",
            f"hold {SCHEDULED:,} scheduled drafts (create, approve, schedule; {WORKERS} threads)",
            held,
            " s",
            1,
        ),
        measured(
            "scheduler",
            "Redis memory for them (drafts, audit trails, the schedule)",
            memory / 2**20,
            " MB",
            0,
            value=f"({memory / SCHEDULED / 1024:.1f} KB each)",
        ),
        measured(
            "scheduler",
            "release all when the window opens (one scheduler thread)",
            released_in,
            " s",
            1,
            value=f"({once})",
        ),
        measured("scheduler", "release rate (one scheduler thread)", released / released_in, " /s", 0),
    ]
