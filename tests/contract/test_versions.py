"""An approval counts only for the words the approver saw, whatever order Slack delivers the events in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from chatbot import messages
from chatbot.approval.states import State
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot, words

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"
FIRST = "Year 3 have been building volcanoes in science. What a wonderful mess!"
SECOND = "Year 3 have been building volcanoes in science. What a wonderful, fizzing mess!"
THIRD = "Year 3 built volcanoes in science. What a wonderful mess it was!"


def edit(bot: Bot, text: str, edited_ts: str, event_id: str, **changes: Any) -> None:
    bot.send("event_message_changed", event__message__text=text, event__message__edited__ts=edited_ts,
             event__ts=edited_ts, event__event_ts=edited_ts, event_id=event_id, **changes)  # fmt: skip


def approve(bot: Bot, reacted_ts: str, event_id: str, **changes: Any) -> None:
    bot.send("event_reaction_added", event__event_ts=reacted_ts, event_id=event_id, **changes)


def state(bot: Bot, draft: str = DRAFT) -> State | None:
    stored = bot.store.get(draft)
    return stored.state if stored else None


def test_an_approval_given_before_an_edit_but_handled_after_it_does_not_count(bot: Bot) -> None:
    bot.send("event_message")
    edit(bot, SECOND, "1795428300.000000", "Ev0EDIT0001")
    approve(bot, "1795428200.000001", "Ev0LATE0001")  # the approver saw the first version
    assert state(bot) == State.AWAITING_APPROVAL and bot.publisher.posted == []
    assert bot.thread()[-1] == messages.APPROVED_AN_EARLIER_VERSION
    approve(bot, "1795428400.000001", "Ev0AGAIN001")  # given on the edited version
    assert state(bot) == State.PUBLISHED and bot.publisher.posted == [(DRAFT, SECOND)]


def test_an_approval_given_after_the_edit_counts(bot: Bot) -> None:
    bot.send("event_message")
    edit(bot, SECOND, "1795428300.000000", "Ev0EDIT0001")
    approve(bot, "1795428300.500000", "Ev0ONTIME01")
    assert state(bot) == State.PUBLISHED and bot.publisher.posted == [(DRAFT, SECOND)]


def test_an_unfurl_with_unchanged_words_keeps_a_scheduled_approval(bot: Bot) -> None:
    saturday = "1795863600.000100"  # Saturday 28 November 2026, 11:00: the post waits for Monday's window
    draft = f"slack:C0DRAFTS01:{saturday}"
    bot.send("event_message", event__ts=saturday)
    approve(bot, "1795863700.000001", "Ev0SATAPP01", event__item__ts=saturday)
    assert state(bot, draft) == State.SCHEDULED
    unfurl = {"id": 1, "from_url": "https://example.org", "title": "Volcanoes"}
    bot.send("event_message_changed", event__message__ts=saturday, event__message__text=FIRST,
             event__message__edited=None, event__message__attachments=[unfurl], event__previous_message__ts=saturday,
             event__ts="1795863701.000000", event_id="Ev0UNFURL01")  # fmt: skip
    assert state(bot, draft) == State.SCHEDULED and [d for d, _ in bot.store.scheduled()] == [draft]


def test_edits_delivered_out_of_order_leave_the_latest_words(bot: Bot) -> None:
    bot.send("event_message")
    edit(bot, THIRD, "1795428400.000000", "Ev0EDIT0002")
    edit(bot, SECOND, "1795428300.000000", "Ev0EDIT0001")  # older, delivered late
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.record["text"] == THIRD


def test_an_edit_after_publication_is_answered_not_ignored(bot: Bot) -> None:
    bot.send("event_message")
    approve(bot, "1795428100.000001", "Ev0APPROVE1")
    edit(bot, SECOND, "1795428300.000000", "Ev0EDIT0001")
    assert state(bot) == State.PUBLISHED and bot.publisher.posted == [(DRAFT, FIRST)]
    assert bot.thread()[-1] == messages.EDITED_AFTER_PUBLISHING.format(network=bot.publisher.name)


def published_then_edited(bot: Bot) -> None:
    bot.send("event_message")
    approve(bot, "1795428100.000001", "Ev0APPROVE1")
    edit(bot, SECOND, "1795428300.000000", "Ev0EDIT0001")


def test_an_edit_after_publication_offers_take_down_and_the_correction_as_a_new_draft(bot: Bot) -> None:
    published_then_edited(bot)
    answer = bot.slack.named("chat.postMessage")[-1]
    assert '"published-take-down"' in words(answer) and '"correction-check"' in words(answer)
    bot.send("block_actions", actions__0__action_id="correction-check", actions__0__value=DRAFT, user__id=TA)
    assert [e["text"] for e in bot.slack.named("chat.postEphemeral")] == [messages.CORRECTION_NOT_YOURS]
    for _ in range(2):  # pressed twice: one new draft
        bot.send("block_actions", actions__0__action_id="correction-check", actions__0__value=DRAFT, user__id=AUTHOR)
    [new] = [d for d in bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC)) if d != DRAFT]
    stored = bot.store.get(new)
    assert stored is not None and stored.state == State.AWAITING_APPROVAL and stored.author == AUTHOR
    assert stored.record["text"] == SECOND and bot.publisher.posted == [(DRAFT, FIRST)]


def test_the_take_down_offered_after_an_edit_works_for_an_approver(bot: Bot) -> None:
    published_then_edited(bot)
    bot.send("block_actions", actions__0__action_id="published-take-down", actions__0__value=DRAFT, user__id=HEAD)
    assert state(bot, DRAFT) == State.UNPUBLISHED
