"""Faults survived: Redis dying mid-flow, and payloads Slack would never send but an attacker might."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest
from slack_bolt import BoltRequest

from chatbot.approval.states import State
from handlers.slack.app import dispatch_safely
from tests.contract.conftest import Bot, payload
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


def dispatch(bot: Bot, body: dict[str, Any]) -> int:
    status = int(dispatch_safely(bot.app, BoltRequest(body=body, mode="socket_mode")).status)
    bot.settle()
    return status


def test_redis_dying_mid_flow_loses_nothing_and_slacks_redelivery_finishes_the_work(
    bot: Bot, redis_server: RedisServer
) -> None:
    bot.send("event_message")
    approval = payload("event_reaction_added", bot.api_url)
    redis_server.stop()
    try:
        assert dispatch(bot, approval) == 500  # unacknowledged: Slack delivers it again
    finally:
        redis_server.start()
    assert bot.publisher.posted == []
    assert dispatch(bot, approval) == 200 and dispatch(bot, approval) == 200  # the redelivery, then a duplicate
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.state == State.PUBLISHED and len(bot.publisher.posted) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"type": "event_callback", "event_id": "Ev0BAD00001"},  # no event at all
        {"type": "event_callback", "event_id": "Ev0BAD00002", "event": {"type": "message", "channel": "C0DRAFTS01"}},
        {"type": "event_callback", "event_id": "Ev0BAD00003",
         "event": {"type": "reaction_added", "user": "U0HEAD0001", "reaction": "white_check_mark"}},
        {"type": "block_actions", "user": {"id": "U0HEAD0001"}, "actions": []},
        {"type": "block_actions", "user": {"id": "U0HEAD0001"}, "actions": [{"action_id": "draft-approve"}]},
        {"type": "view_submission", "user": {"id": "U0AUTHOR01"},
         "view": {"callback_id": "countersign-draft", "state": {"values": {}}, "private_metadata": "C0DRAFTS01"}},
    ],
)  # fmt: skip
def test_malformed_payloads_change_nothing_and_break_nothing(bot: Bot, body: dict[str, Any]) -> None:
    assert dispatch(bot, body) in (200, 400, 404)
    assert bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC)) == []
    assert bot.publisher.posted == []
    bot.send("event_message")  # and the bot goes on working
    assert bot.store.get(DRAFT) is not None


def test_six_deliveries_of_one_draft_at_once_make_one_report_and_the_others_are_asked_to_come_back(bot: Bot) -> None:
    deliveries = [payload("event_message", bot.api_url) for _ in range(6)]
    with ThreadPoolExecutor(6) as pool:  # Socket Mode's listener threads, Slack resending an unanswered event
        answers = list(pool.map(lambda body: dispatch(bot, body), deliveries))
    assert set(answers) <= {200, 503} and 200 in answers
    assert dispatch(bot, payload("event_message", bot.api_url)) == 200  # a later redelivery: already handled
    assert len(bot.slack.named("chat.postMessage")) == 1
