"""The pause switch and the policy in plain words, through the real bolt App and the fake Slack API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chatbot.approval.states import State
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


def test_the_policy_command_lists_the_rules_in_force_blocking_first_with_their_clauses(bot: Bot) -> None:
    bot.send("slash_command", text="policy")
    [answer] = answers(bot)
    lines = answer.splitlines()
    assert lines[0].startswith("*Countersign default policy*")
    assert lines[1].startswith(":no_entry: *") and ":warning: *spelling* (warn): Posts are written in correct" in answer
    assert "*pupil-name* (block): Pupils are never named" in answer and "Posting hours: Mon-Fri 08:00-18:00" in answer
    first_warning = next(i for i, line in enumerate(lines) if line.startswith(":warning:"))
    assert all(line.startswith(":no_entry:") for line in lines[1:first_warning])


def test_a_new_member_of_the_drafts_channel_is_welcomed_privately_and_others_are_not(bot: Bot) -> None:
    bot.send("event_member_joined_channel")
    bot.send("event_member_joined_channel", event__channel="C0STAFFROOM", event_id="Ev0JOINED02")
    [hello] = bot.slack.named("chat.postEphemeral")
    assert hello["user"] == "U0NEWTEACH" and hello["channel"] == CHANNEL
    assert "Welcome, <@U0NEWTEACH>" in hello["text"] and "pupil-name" in hello["text"]


def test_help_says_how_to_draft_approve_unpublish_report_and_pause(bot: Bot) -> None:
    bot.send("slash_command", text="help")
    [answer] = answers(bot)
    for command in ("`/countersign draft`", "`/countersign unpublish LINK", "`/countersign incident`",
                    "`/countersign pause REASON`", "`/countersign policy`"):  # fmt: skip
        assert command in answer
