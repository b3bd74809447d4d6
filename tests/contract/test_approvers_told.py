"""Approvers told: the report names who approves, and a draft still waiting after the school's minutes reminds
them once in its thread, inside the posting windows only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.store import RedisStore
from handlers.pollers.scheduler import tick
from tests.contract.conftest import Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer

pytestmark = pytest.mark.contract
POSTED = datetime.fromtimestamp(1795428000, UTC)  # Monday 23 November 2026, 10:00: the drafts' payload time
REMINDER = "Still waiting for approval after"


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    return make_bot(slack_server, store, remind_after=timedelta(minutes=60))


def reminders(bot: Bot) -> list[str]:
    return [text for text in bot.thread() if text.startswith(REMINDER)]


def test_the_report_names_the_approvers(bot: Bot) -> None:
    bot.send("event_message")
    report = words(bot.slack.named("chat.postMessage")[-1])
    assert "<@U0HEAD0001> or members of <#C0APPROVE1> reacts with :white_check_mark:" in report


def test_a_draft_waiting_past_the_minutes_reminds_its_approvers_once(bot: Bot) -> None:
    bot.send("event_message")
    assert bot.service is not None
    assert bot.service.remind_approvers(POSTED + timedelta(minutes=59)) == 0 and reminders(bot) == []
    assert bot.service.remind_approvers(POSTED + timedelta(minutes=61)) == 1
    assert bot.service.remind_approvers(POSTED + timedelta(minutes=90)) == 0  # once
    [said] = reminders(bot)
    assert "after 61 minutes" in said and "<@U0HEAD0001> or members of <#C0APPROVE1>" in said


def test_an_approved_draft_is_not_chased(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert bot.service is not None and bot.service.remind_approvers(POSTED + timedelta(hours=2)) == 0


def test_nobody_is_pinged_outside_the_posting_windows_and_the_morning_brings_it(bot: Bot) -> None:
    evening = "1795462200.000100"  # Monday 23 November 2026, 19:30
    bot.send("event_message", event__ts=evening)
    assert bot.service is not None
    assert bot.service.remind_approvers(datetime(2026, 11, 23, 21, 0, tzinfo=UTC)) == 0
    assert bot.service.remind_approvers(datetime(2026, 11, 24, 8, 5, tzinfo=UTC)) == 1
    assert any(t.startswith(REMINDER) for t in bot.thread(evening))


def test_the_scheduler_sends_the_reminder(bot: Bot) -> None:
    bot.send("event_message")
    assert bot.service is not None
    tick(bot.service, "test", POSTED + timedelta(minutes=61))
    assert len(reminders(bot)) == 1


def test_a_school_that_turns_reminders_off_is_not_reminded(slack_server: FakeSlackServer, store: RedisStore) -> None:
    quiet = make_bot(slack_server, store)  # remind_after None: slack.remind_after_minutes is null
    quiet.send("event_message")
    assert quiet.service is not None and quiet.service.remind_approvers(POSTED + timedelta(days=1)) == 0
