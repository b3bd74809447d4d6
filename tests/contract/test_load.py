"""Load: 1,000 drafts and 1,000 approvals at once through one bolt App and a real Redis, with redeliveries."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from slack_bolt import BoltRequest

from chatbot.approval.states import State
from tests.contract.conftest import HEAD, Bot, payload

pytestmark = pytest.mark.contract
DRAFTS = 1_000
MONDAY = 1795428000  # Monday 23 November 2026, 10:00 UTC: inside the posting window


def ts(n: int) -> str:
    return f"{MONDAY + n // 100}.{n:06d}"


def events(bot: Bot) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    drafts = [
        payload(
            "event_message",
            bot.api_url,
            event_id=f"Ev0D{n:06d}",
            event__ts=ts(n),
            event__text=f"Year {n % 6 + 1} enjoyed lesson {n} of the science week.",
        )
        for n in range(DRAFTS)
    ]
    approvals = [
        payload(
            "event_reaction_added",
            bot.api_url,
            event_id=f"Ev0A{n:06d}",
            event__user=HEAD,
            event__item__ts=ts(n),
            event__event_ts=f"{MONDAY + 600}.{n:06d}",
        )
        for n in range(DRAFTS)
    ]
    return drafts, approvals  # fmt: skip


def test_every_draft_ends_published_exactly_once_under_load(bot: Bot) -> None:
    drafts, approvals = events(bot)

    def deliver(body: dict[str, Any]) -> None:
        bot.app.dispatch(BoltRequest(body=body, mode="socket_mode"))

    with ThreadPoolExecutor(10) as pool:  # Socket Mode runs listeners on 10 threads
        list(pool.map(deliver, drafts + drafts[:100]))  # Slack redelivers some
        list(pool.map(deliver, approvals + approvals[::7]))
    bot.settle()
    states = {bot.store.get(f"slack:C0DRAFTS01:{ts(n)}").state for n in range(DRAFTS)}  # type: ignore[union-attr]
    assert states == {State.PUBLISHED}
    published = [draft_id for draft_id, _ in bot.publisher.posted]
    assert len(published) == DRAFTS and len(set(published)) == DRAFTS
