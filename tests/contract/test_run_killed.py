"""`chatbot run --http` killed (SIGKILL) while X holds a post it has taken, then restarted: one post on X."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
import time
from pathlib import Path

import pytest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import payload
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import UNAVAILABLE, FakeXServer, Fault
from tests.contract.test_run import post, start_bot
from tests.log_watch import leaks
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
CONFIG = """slack: {drafts_channel: C0DRAFTS01, approvers: {users: [U0HEAD0001]}}
posting: {windows: ["Mon-Sun 00:00-24:00"], bank_holidays: none}
"""
X_ENV = {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t", "X_ACCESS_TOKEN_SECRET": "ts"}
TEXT = "Fish & chips on Friday <3 Year 3 have been building volcanoes in science."


def test_a_bot_killed_after_x_took_the_post_publishes_it_once_after_the_restart(
    tmp_path: Path, slack_server: FakeSlackServer, x_server: FakeXServer, store: RedisStore, redis_server: RedisServer
) -> None:
    x_server.fake.posts.clear()
    x_server.fake.faults = {"POST /2/tweets": [Fault(503, UNAVAILABLE, delay=20, taken=True)]}  # takes it, hangs
    (tmp_path / "app.yaml").write_text(CONFIG)
    ts = f"{time.time():.6f}"
    bot, port = start(tmp_path, slack_server, x_server, redis_server)
    try:
        assert post(port, json.dumps(payload("event_message", event__ts=ts, event__text=TEXT)), signed=True) == 200
        reaction = payload("event_reaction_added", event__item__ts=ts, event__event_ts=f"{time.time() + 1:.6f}")
        threading.Thread(target=unanswered, args=(port, json.dumps(reaction)), daemon=True).start()
        assert until(lambda: len(x_server.fake.posts) == 1)  # X has it; the bot waits for an answer
    finally:
        bot.kill()  # SIGKILL: nothing after the call runs, nothing is flushed
        bot.wait(timeout=10)
    draft = f"slack:C0DRAFTS01:{ts}"
    assert store.get(draft).state == State.PUBLISHING  # type: ignore[union-attr]
    restarted, _ = start(tmp_path, slack_server, x_server, redis_server)
    try:
        assert until(lambda: store.get(draft).state == State.PUBLISHED)  # type: ignore[union-attr]
    finally:
        restarted.terminate()
        restarted.wait(timeout=20)
    [post_id] = x_server.fake.posts
    assert store.recall(draft, "post_id") == post_id
    assert [line for line in (tmp_path / "bot.log").read_text().splitlines() if leaks(line)] == []


def start(
    folder: Path, slack_server: FakeSlackServer, x_server: FakeXServer, redis_server: RedisServer
) -> tuple[subprocess.Popen[bytes], int]:
    return start_bot(folder, slack_server.url, redis_server.url, X_API_URL=x_server.url, **X_ENV)


def unanswered(port: int, body: str) -> None:
    """A delivery whose answer never comes: the bot is killed while it handles it."""
    with contextlib.suppress(OSError):
        post(port, body, signed=True)


def until(condition: object, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False
