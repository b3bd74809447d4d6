"""Dates that stay true: "today" in a Friday-evening draft held to Monday's window blocks, with the day it will
be read; the author writes the date instead and it is approved and scheduled as usual; an approval days later
is stopped where there is no window."""

from __future__ import annotations

import pytest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import context

pytestmark = pytest.mark.contract
FRIDAY_EVENING = "1796409000.000100"  # Friday 4 December 2026, 18:30 in London: out on Monday at 08:00
DRAFT = f"slack:C0DRAFTS01:{FRIDAY_EVENING}"


def state(bot: Bot) -> State:
    stored = bot.store.get(DRAFT)
    assert stored is not None
    return stored.state


def test_today_in_a_post_held_to_monday_blocks_and_the_dated_edit_is_scheduled(bot: Bot) -> None:
    bot.send("event_message", event__ts=FRIDAY_EVENING, event__text="What a fantastic sports day today!")
    assert state(bot) == State.BLOCKED
    report = words(bot.slack.named("chat.postMessage")[-1])
    assert "relative-date" in report and "Monday 7 December" in report and "Friday 4 December" in report
    edited = "1796409300.000200"
    bot.send("event_message_changed", event__message__ts=FRIDAY_EVENING, event__previous_message__ts=FRIDAY_EVENING,
             event__message__text="What a fantastic sports day on Friday 4 December!",
             event__message__edited__ts=edited, event__ts=edited, event__event_ts=edited)  # fmt: skip
    assert state(bot) == State.AWAITING_APPROVAL
    approved = "1796409600.000001"
    bot.send("event_reaction_added", event__item__ts=FRIDAY_EVENING, event__event_ts=approved)
    assert state(bot) == State.SCHEDULED and bot.publisher.posted == []


def test_the_same_words_on_a_school_morning_go_straight_out(bot: Bot) -> None:
    monday = "1795428000.000100"  # Monday 23 November 2026, 10:00
    bot.send("event_message", event__ts=monday, event__text="What a fantastic sports day today!")
    bot.send("event_reaction_added", event__item__ts=monday)
    stored = bot.store.get(f"slack:C0DRAFTS01:{monday}")
    assert stored is not None and stored.state == State.PUBLISHED


def test_approved_days_later_with_no_posting_window_the_approval_is_stopped(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store, ctx=context("dimple-well"))  # no posting window: out when approved
    friday = "1796403600.000100"  # Friday 4 December 2026, 17:00
    bot.send("event_message", event__ts=friday, event__text="What a fantastic sports day today!")
    draft = f"slack:C0DRAFTS01:{friday}"
    assert (stored := bot.store.get(draft)) is not None and stored.state == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event__item__ts=friday, event__event_ts="1796634000.000001")  # Monday 09:00
    assert (stored := bot.store.get(draft)) is not None and stored.state == State.BLOCKED
    assert bot.publisher.posted == [] and "this draft now blocks" in bot.thread(friday)[-1]
    assert "relative-date" in words(bot.slack.named("chat.update")[-1])
