"""HTTP mode answers Slack after the work: a failure is a 5xx, Slack's redelivery finishes it, once."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.approval.states import State
from chatbot.publishers.dry_run import DryRunPublisher
from chatbot.store import RedisStore
from tests.contract.conftest import make_bot, payload
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.http_kit import endpoints, post, serving, signed
from tests.contract.test_run import start_bot
from tests.log_watch import leaks
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
DRAFT, TS = "slack:C0DRAFTS01:1795428000.000100", "1795428000.000100"


def retried(headers: dict[str, str], attempt: int) -> dict[str, str]:
    """Slack's headers on its `attempt`th redelivery."""
    return {**headers, "X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_error"}


def said(slack_server: FakeSlackServer, words: str) -> int:
    """How many messages in the draft's thread contain `words`."""
    return sum(words in m.get("text", "") for m in slack_server.fake.named("chat.postMessage") if m["thread_ts"] == TS)


def test_events_sent_while_redis_is_down_are_refused_then_handled_once_when_slack_redelivers(
    tmp_path: Path, slack_server: FakeSlackServer, redis_server: RedisServer, store: RedisStore
) -> None:
    slack_server.fake.calls.clear()
    process, port = start_bot(tmp_path, slack_server.url, redis_server.url)
    try:
        for body in (json.dumps(payload("event_message")), json.dumps(payload("event_reaction_added"))):
            headers = signed(body)
            redis_server.stop()
            try:
                assert post(port, body, headers) == 500  # not acknowledged: Slack delivers it again
            finally:
                redis_server.start()
            assert post(port, body, retried(signed(body), 1)) == 200
            assert post(port, body, retried(signed(body), 2)) == 200  # a late duplicate changes nothing
    finally:
        process.terminate()
        process.wait(timeout=20)
    stored = store.get(DRAFT)
    assert stored is not None and stored.state == State.PUBLISHED
    assert said(slack_server, "Countersign:") == 1 and said(slack_server, "Dry run") == 1
    assert [line for line in (tmp_path / "bot.log").read_text().splitlines() if leaks(line)] == []


@dataclass
class HeldPublisher(DryRunPublisher):
    """Publishes only once let go: the work outlasts Slack's 3 seconds."""

    entered: threading.Event = field(default_factory=threading.Event)
    gate: threading.Event = field(default_factory=threading.Event)

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        self.entered.set()
        assert self.gate.wait(10)
        return super().publish(draft_id, text, images)


def test_an_approval_is_answered_before_a_slow_publish_and_its_redelivery_does_nothing_twice(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    publisher = HeldPublisher()
    bot = make_bot(slack_server, store, publisher=publisher)
    draft, approval = json.dumps(payload("event_message")), json.dumps(payload("event_reaction_added"))
    with serving(endpoints(bot)) as port:
        assert post(port, draft, signed(draft)) == 200
        started = time.monotonic()
        assert post(port, approval, signed(approval)) == 200  # publishing runs on the pool, held for now
        assert publisher.entered.wait(10)
        assert post(port, approval, retried(signed(approval), 1)) == 200  # the approval was counted: a no-op
        assert time.monotonic() - started < 2  # neither answer waited for the publisher
        assert publisher.posted == []
        publisher.gate.set()
        bot.settle()
    assert len(publisher.posted) == 1 and said(slack_server, "Dry run") == 1
