"""Who may draft: with `slack.drafters` set, a message from anyone else in the drafts channel is not a draft, and
they are told privately how to get news onto the account; approvers and named drafters draft as before."""

from __future__ import annotations

import pytest

from chatbot import messages
from chatbot.school.settings import ApproversSection
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot, make_bot
from tests.contract.fake_slack_api import FakeSlackServer

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    return make_bot(slack_server, store, drafters=ApproversSection(users=[AUTHOR]))


def test_a_named_drafter_drafts_and_the_report_follows(bot: Bot) -> None:
    bot.send("event_message", event__user=AUTHOR)
    assert bot.store.get(DRAFT) is not None and bot.slack.named("chat.postEphemeral") == []


def test_someone_not_named_is_told_privately_and_nothing_is_drafted(bot: Bot) -> None:
    bot.send("event_message", event__user=TA)
    assert bot.store.get(DRAFT) is None and bot.slack.named("chat.postMessage") == []
    [told] = bot.slack.named("chat.postEphemeral")
    assert told["user"] == TA and told["text"] == messages.NOT_A_DRAFTER
    assert [(e["action"], e["by"]) for e in bot.store.governance.history()] == [("draft-refused", TA)]


def test_an_approver_may_always_draft(bot: Bot) -> None:
    bot.send("event_message", event__user=HEAD)
    assert bot.store.get(DRAFT) is not None


def test_the_form_is_refused_to_someone_not_named(bot: Bot) -> None:
    bot.send("slash_command", text="draft", user_id=TA)
    assert bot.slack.named("views.open") == []
    assert messages.NOT_A_DRAFTER in [str(w.get("text")) for w in bot.slack.named("webhook")]


def test_without_drafters_set_everyone_in_the_channel_drafts(slack_server: FakeSlackServer, store: RedisStore) -> None:
    open_to_all = make_bot(slack_server, store)
    open_to_all.send("event_message", event__user=TA)
    assert open_to_all.store.get(DRAFT) is not None
