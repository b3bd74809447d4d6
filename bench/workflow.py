"""Section: drafts per second through one process (Slack payload in, report out, real Redis), approval latency."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltRequest

from bench.table import Row
from bench.text_checks import percentile

DRAFTS = int(os.environ.get("BENCH_DRAFTS", "600"))
APPROVALS = int(os.environ.get("BENCH_APPROVALS", "300"))
WORKERS = 10  # bolt's SocketModeHandler runs listeners on a pool of 10 threads


@dataclass
class TimedPublisher:
    """The dry-run publisher, noting when each post reached it."""

    reached: dict[str, float] = field(default_factory=dict)

    def publish(self, draft_id: str, text: str, images: tuple[Any, ...] = ()) -> Any:
        from chatbot.approval.ports import PublishResult

        self.reached[draft_id] = time.perf_counter()
        return PublishResult(url=None, dry_run=True)

    def cost(self, text: str) -> float | None:
        return None


def _bot(slack_url: str, redis_url: str) -> tuple[App, TimedPublisher]:
    from chatbot.approval.service import WorkflowService
    from chatbot.school.settings import SlackSection
    from chatbot.store import RedisStore
    from handlers.slack.app import build_app, web_client
    from handlers.slack.approvers import SlackApprovers
    from handlers.slack.deps import SlackDeps
    from handlers.slack.notifier import SlackNotifier
    from tests.drafting import context

    slack = SlackSection(drafts_channel="C0DRAFTS01", approvers={"users": ["U0HEAD0001"]})
    client, store, publisher = (
        web_client("xoxb-test-token", slack_url),
        RedisStore.from_url(redis_url),
        TimedPublisher(),
    )
    notifier = SlackNotifier(client, store, slack.approve_emoji)
    service = WorkflowService(store, context(), notifier, publisher, SlackApprovers(client, slack.approvers))  # type: ignore[arg-type]
    deps = SlackDeps(service, slack, "xoxb-test-token", frozenset({"127.0.0.1"}))
    return build_app(deps, client, None, socket_mode=True), publisher


def _message(n: int) -> dict[str, Any]:
    from tests.contract.conftest import payload

    ts = f"1795428000.{n:06d}"
    return payload("event_message", event_id=f"EvBENCH{n}", event__ts=ts, event__event_ts=ts,
                   event__text=f"Year 3 made {n} volcanoes this week. What a wonderful mess!")  # fmt: skip


def _reaction(n: int) -> dict[str, Any]:
    from tests.contract.conftest import payload

    return payload("event_reaction_added", event_id=f"EvAPPROVE{n}", event__item__ts=f"1795428000.{n:06d}")


def _throughput(app: App) -> float:
    bodies = [_message(n) for n in range(DRAFTS)]
    start = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(lambda body: app.dispatch(BoltRequest(body=body, mode="socket_mode")), bodies))
    return DRAFTS / (time.perf_counter() - start)


def _latencies(app: App, publisher: TimedPublisher) -> list[float]:
    latencies = []
    for n in range(APPROVALS):
        start = time.perf_counter()
        app.dispatch(BoltRequest(body=_reaction(n), mode="socket_mode"))
        latencies.append((publisher.reached[f"slack:C0DRAFTS01:1795428000.{n:06d}"] - start) * 1000)
    return latencies


def _fake_slack() -> tuple[subprocess.Popen[str], str]:
    """The fake Slack Web API in a process of its own: the far side of the network, not our process's work."""
    command = [sys.executable, "-m", "tests.contract.fake_slack_api"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _calls(url: str) -> dict[str, int]:
    with urllib.request.urlopen(url + "_calls", timeout=5) as answer:
        counts: dict[str, int] = json.load(answer)
        return counts


def run() -> list[Row]:
    from tests.redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        # fsync once a second, as the bot's own redis-server does (the tests fsync every write, to prove restarts)
        redis_server = RedisServer(Path(folder), fsync="everysec")
        redis_server.start()
        slack, url = _fake_slack()
        try:
            app, publisher = _bot(url, redis_server.url)
            rate = _throughput(app)
            latencies = _latencies(app, publisher)
            reports = _calls(url).get("chat.postMessage", 0)
        finally:
            slack.terminate()
            slack.wait(timeout=10)
            redis_server.stop()
    measure = f"drafts handled per second ({DRAFTS} drafts, {WORKERS} threads, report posted, real Redis)"
    return [
        Row("workflow", measure, f"{rate:.0f} /s", "≥ 200 /s"),
        Row(
            "workflow",
            f"approval emoji → publisher call, p50 ({APPROVALS} approvals)",
            f"{percentile(latencies, 50):.1f} ms",
        ),
        Row("workflow", "approval emoji → publisher call, p99", f"{percentile(latencies, 99):.1f} ms", "≤ 50 ms"),
        Row("workflow", "thread messages posted (a report per draft, a note per publication)", f"{reports}"),
    ]
