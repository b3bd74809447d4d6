"""Approver edits: "Suggest an edit" (an approver) offers new words in the thread; the author accepts with one
click; the words are checked again and published on the suggester's approval, with both names in the audit."""

from __future__ import annotations

import json

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot, make_bot
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import context

pytestmark = pytest.mark.contract
TS = "1795428000.000100"
DRAFT = f"slack:C0DRAFTS01:{TS}"
FIXED = "Year 3 have been building volcanoes in science. What a wonderful, fizzing mess!"
# The approval that publishes comes at the real time: posting open at every hour, or a run after 18:00 or at a
# weekend would see the draft scheduled for the next school day instead
ALWAYS_OPEN = {"windows": ["Mon-Sun 00:00-24:00"], "bank_holidays": "none"}


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    return make_bot(slack_server, store, ctx=context(posting=ALWAYS_OPEN))


def suggest(bot: Bot, user: str, text: str) -> None:
    bot.send("block_actions", actions__0__action_id="suggest-ask", actions__0__value=TS, user__id=user)
    values = {"draft-suggested": {"suggested": {"type": "plain_text_input", "value": text}}}
    bot.send("view_submission", view__callback_id="countersign-suggest", view__id=f"VSUG{user}",
             view__private_metadata=f"C0DRAFTS01 {TS}", view__state__values=values, user__id=user)  # fmt: skip


def accept(bot: Bot, user: str, n: int) -> None:
    bot.send("block_actions", actions__0__action_id="suggestion-accept", actions__0__value=TS, user__id=user,
             actions__0__action_ts=f"17954281{n:02d}.000001")  # fmt: skip


def test_a_suggestion_accepted_by_the_author_is_checked_and_published_on_the_suggesters_approval(bot: Bot) -> None:
    bot.send("event_message")
    suggest(bot, HEAD, FIXED)
    [opened] = bot.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert view["blocks"][0]["element"]["initial_value"].startswith("Year 3 have been building volcanoes")
    offered = bot.slack.named("chat.postMessage")[-1]
    assert "suggests these words" in offered["text"] and '"suggestion-accept"' in json.dumps(offered)
    accept(bot, TA, 1)
    assert [e["text"] for e in bot.slack.named("chat.postEphemeral")] == [messages.SUGGESTION_AUTHOR_ONLY]
    accept(bot, AUTHOR, 2)
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.state == State.PUBLISHED and bot.publisher.posted == [(DRAFT, FIXED)]
    steps = [(e.get("actor"), e.get("transition") or e.get("action")) for e in bot.store.history(DRAFT)]
    assert (AUTHOR, "edited") in steps and any(actor == HEAD for actor, _ in steps), steps


def test_only_an_approver_other_than_the_author_can_suggest(bot: Bot) -> None:
    bot.send("event_message")
    suggest(bot, TA, FIXED)  # the button, then a forged form: both refused
    assert [e["text"] for e in bot.slack.named("chat.postEphemeral")] == [messages.SUGGESTION_NOT_YOURS] * 2
    assert bot.slack.named("views.open") == [] and bot.store.recall(DRAFT, "suggestion") is None


def test_a_suggestion_that_now_blocks_is_not_approved(bot: Bot) -> None:
    bot.send("event_message")
    suggest(bot, HEAD, "Well done Joshua Patel for your volcano!")  # a pupil's full name blocks
    accept(bot, AUTHOR, 3)
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.state == State.BLOCKED and bot.publisher.posted == []
