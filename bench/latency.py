"""Section: what staff wait for while the bot is busy with big photos and a 429: an ordinary draft's report."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltRequest

from bench.images import _forty_eight_megapixels
from bench.table import Goal, Row, measured
from bench.timing import percentile

PHOTOS = int(os.environ.get("BENCH_PHOTOS", "10"))  # drafts with one 48 MP photo each, delivered at once
ORDINARY = int(os.environ.get("BENCH_ORDINARY", "40"))  # text drafts delivered meanwhile, one every GAP seconds
GAP = 0.25
LISTENERS = 10  # bolt's SocketModeHandler runs listeners on a pool of 10 threads
RESET_IN = int(os.environ.get("BENCH_RESET_IN", "15"))  # seconds until the 429'd post's rate limit resets


@dataclass
class Busy:
    """One run's figures: seconds from delivery to answer, for each kind of event."""

    ordinary: list[float]
    photo_acks: list[float]
    photos_reported: float
    published: bool


def _bot(slack_url: str, redis_url: str, x_url: str, pooled: bool) -> tuple[App, Any]:
    from chatbot.approval.service import WorkflowService
    from chatbot.publishers.x import XPublisher
    from chatbot.school.settings import SlackSection
    from chatbot.store import RedisStore
    from chatbot.x.transport import XCredentials
    from handlers.slack.app import build_app, web_client
    from handlers.slack.approvers import SlackApprovers
    from handlers.slack.deps import SlackDeps
    from handlers.slack.notifier import SlackNotifier
    from handlers.wiring.pools import photo_backlog, publishing_workers
    from tests.drafting import context

    slack = SlackSection(drafts_channel="C0DRAFTS01", approvers={"users": ["U0HEAD0001"]})
    client, store = web_client("xoxb-test-token", slack_url), RedisStore.from_url(redis_url)
    publisher = XPublisher(XCredentials("k", "s", "t", "ts"), x_url)
    notifier = SlackNotifier(client, store, slack.approve_emoji)
    approvers = SlackApprovers(client, slack.approvers)
    service = WorkflowService(store, context(), notifier, publisher, approvers, 1,
                              publishing_workers() if pooled else None)  # fmt: skip
    backlog = photo_backlog(store) if pooled else None
    deps = SlackDeps(service, slack, "xoxb-test-token", frozenset({"127.0.0.1"}), backlog=backlog)
    return build_app(deps, client, None, socket_mode=True), (service, backlog)


def _message(n: int, **changes: Any) -> dict[str, Any]:
    from tests.contract.conftest import payload

    ts = f"1795428000.{n:06d}"
    return payload("event_message", event_id=f"EvLATENCY{n}", event__ts=ts, event__event_ts=ts,
                   event__text=f"Year 3 made {n} volcanoes this week. What a wonderful mess!", **changes)  # fmt: skip


def _photo_draft(n: int, slack_url: str) -> dict[str, Any]:
    from tests.contract.conftest import payload

    ts = f"1795429000.{n:06d}"
    return payload("event_message_file_share", event_id=f"EvPHOTO{n}", event__ts=ts, event__event_ts=ts,
                   event__files__0__url_private_download=f"{slack_url}files/photo_{n}.jpg")  # fmt: skip


def _timed(listeners: ThreadPoolExecutor, app: App, body: dict[str, Any]) -> Future[float]:
    """Deliver on a listener thread as Socket Mode does; the future's value is delivery → answer, in seconds."""
    queued = time.perf_counter()

    def deliver() -> float:
        app.dispatch(BoltRequest(body=body, mode="socket_mode"))
        return time.perf_counter() - queued

    return listeners.submit(deliver)


@contextmanager
def _services() -> Iterator[tuple[Any, Any, str]]:
    from tests.contract.fake_slack_api import FakeSlackServer
    from tests.contract.fake_x_api import FakeXServer
    from tests.redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        redis_server, slack, x = RedisServer(Path(folder), fsync="everysec"), FakeSlackServer(), FakeXServer()
        redis_server.start(), slack.start(), x.start()
        try:
            yield slack, x, redis_server.url
        finally:
            slack.stop(), x.stop(), redis_server.stop()


def _busy_run(pooled: bool, photo: bytes) -> Busy:
    from tests.contract.fake_x_api import TOO_MANY, Fault

    with _services() as (slack, x, redis_url):
        app, (service, backlog) = _bot(slack.url, redis_url, x.url, pooled)
        slack.fake.files.update({f"photo_{n}.jpg": photo for n in range(PHOTOS)})
        x.fake.faults["POST /2/tweets"] = [Fault(429, TOO_MANY, reset_in=RESET_IN)]
        app.dispatch(BoltRequest(body=_message(ORDINARY), mode="socket_mode"))  # a draft to approve
        with ThreadPoolExecutor(LISTENERS) as listeners:
            started = time.perf_counter()
            approval = _timed(listeners, app, _approval(ORDINARY))  # meets X's 429
            photos = [_timed(listeners, app, _photo_draft(n, slack.url)) for n in range(PHOTOS)]
            ordinary = []
            for n in range(ORDINARY):
                ordinary.append(_timed(listeners, app, _message(n)))
                time.sleep(GAP)
            acks = [f.result() for f in photos]
            latencies = [f.result() for f in ordinary]
            approval.result()
        for pool in (backlog.workers if backlog else None, service.background):
            if pool is not None:
                pool.drain(600)
        reported = time.perf_counter() - started
        return Busy(latencies, acks, reported, bool(x.fake.posts))


def _approval(n: int) -> dict[str, Any]:
    from tests.contract.conftest import payload

    return payload("event_reaction_added", event_id=f"EvAPPROVE{n}", event__item__ts=f"1795428000.{n:06d}")


def _rows(busy: Busy, how: str, goal: Goal | None = None) -> list[Row]:
    p50, p99 = percentile(busy.ordinary, 50), percentile(busy.ordinary, 99)
    ack = percentile(busy.photo_acks, 99) * 1000
    flag = "" if busy.published else "(the post was not published!)"
    return [
        measured("latency", f"ordinary draft: delivery → report, p50 ({how})", p50 * 1000, " ms", 0),
        measured("latency", f"ordinary draft: delivery → report, p99 ({how})", p99 * 1000, " ms", 0, goal=goal or ""),
        measured(
            "latency",
            f"draft with a 48 MP photo: delivery → answer, p99 ({how})",
            ack,
            " ms",
            0,
            goal=Goal(3000, " ms") if goal else "",
        ),
        measured(
            "latency",
            f"all {PHOTOS} photo drafts reported and the 429'd post published ({how})",
            busy.photos_reported,
            " s",
            1,
            value=flag,
        ),
    ]


def run() -> list[Row]:
    photo = _forty_eight_megapixels()
    setting = f"{ORDINARY} drafts, one every {GAP} s, during {PHOTOS} 48 MP photo drafts and a {RESET_IN} s 429"
    rows = [Row("latency", setting, f"{LISTENERS} listener threads")]
    rows += _rows(_busy_run(True, photo), "worker pools", Goal(2000, " ms"))
    rows += _rows(_busy_run(False, photo), "all on listener threads, as before")
    return rows
