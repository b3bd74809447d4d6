"""The pause switch and the policy in plain words, through the real bolt App and the fake Slack API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.workflow import State
from tests.contract.conftest import CHANNEL, HEAD, TA, Bot

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


def answers(bot: Bot) -> list[str]:
    """What the slash command answered privately (its response_url)."""
    return [call.get("text", "") for call in bot.slack.named("webhook")]


def channel_notices(bot: Bot) -> list[str]:
    return [
        m["text"] for m in bot.slack.named("chat.postMessage") if m["channel"] == CHANNEL and not m.get("thread_ts")
    ]


def test_only_an_approver_pauses_and_must_say_why(bot: Bot) -> None:
    bot.send("slash_command", text="pause website is down", user_id=TA)
    bot.send("slash_command", text="pause", user_id=HEAD, trigger_id="2")
    assert answers(bot) == ["Only the school's approvers can pause or resume publishing.",
                            "Say why, e.g. `/countersign pause a safeguarding incident is being handled`."]  # fmt: skip
    assert bot.store.governance.paused() is None and channel_notices(bot) == []


def test_while_paused_nothing_is_published_and_resuming_releases_what_waited(bot: Bot) -> None:
    bot.send("slash_command", text="pause a safeguarding incident is being handled", user_id=HEAD)
    assert "Publishing is paused by <@U0HEAD0001>: a safeguarding incident is being handled" in channel_notices(bot)[0]
    bot.send("event_message")
    bot.send("event_reaction_added")
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.state == State.SCHEDULED and bot.publisher.posted == []
    assert "Publishing is paused (a safeguarding incident is being handled)" in bot.thread()[-1]
    later = datetime.fromtimestamp(1795428000, UTC) + timedelta(minutes=5)  # the draft's Monday morning
    service = bot.service
    assert service is not None and service.publish_due(later) == 0 and bot.publisher.posted == []
    bot.send("slash_command", text="pause again", user_id=HEAD, trigger_id="3")
    assert answers(bot)[-1].startswith("Publishing is already paused (a safeguarding incident")
    bot.send("slash_command", text="resume", user_id=HEAD, trigger_id="4")
    assert "Publishing resumed by <@U0HEAD0001>. 1 waiting post(s)" in channel_notices(bot)[-1]
    published = service.publish_due(later)
    assert published == 1 and len(bot.publisher.posted) == 1
    audit = [(e["action"], e["by"], e["detail"]) for e in bot.store.governance.history()]
    assert audit == [("pause", HEAD, "a safeguarding incident is being handled"), ("resume", HEAD, "")]


def test_resume_when_not_paused_says_so(bot: Bot) -> None:
    bot.send("slash_command", text="resume", user_id=HEAD)
    assert answers(bot) == ["Publishing is not paused."]
