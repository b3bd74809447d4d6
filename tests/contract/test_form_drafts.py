"""A form's draft is the bot's message: its author edits or withdraws it with the buttons on it; nobody else can.
An edit is checked again (and the channel's copy shows the new words); a withdrawal is final and audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from chatbot import messages
from chatbot.approval.states import State
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot

pytestmark = pytest.mark.contract
MENUS = "Our menus: https://www.example-primary.sch.uk/menus"


def form(bot: Bot, text: str) -> str:
    values = {
        "draft-text": {"text": {"type": "plain_text_input", "value": text}},
        "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": "none"}}},
        "draft-reason": {"reason": {"type": "plain_text_input", "value": None}},
    }
    bot.send("view_submission", view__state__values=values)
    [draft] = bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    return draft


def press(bot: Bot, action: str, draft: str, user: str) -> None:
    ts = draft.rsplit(":", 1)[1]
    bot.send("block_actions", actions__0__action_id=action, actions__0__value=action, user__id=user,
             container__message_ts=ts, container__thread_ts=None)  # fmt: skip


def state(bot: Bot, draft: str) -> State:
    stored = bot.store.get(draft)
    assert stored is not None
    return stored.state


def test_the_author_edits_a_form_draft_and_it_is_checked_again(bot: Bot) -> None:
    draft = form(bot, "Year 5 enjoyd the science fair.")
    posted = bot.slack.named("chat.postMessage")[0]
    assert '"form-draft-edit"' in json.dumps(posted) and '"form-draft-withdraw"' in json.dumps(posted)
    press(bot, "form-draft-edit", draft, AUTHOR)
    [opened] = bot.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert view["blocks"][0]["element"]["initial_value"] == "Year 5 enjoyd the science fair."
    values = {"draft-text": {"text": {"type": "plain_text_input", "value": "Year 5 enjoyed the science fair."}}}
    bot.send("view_submission", view__callback_id="countersign-form-edit", view__id="VEDIT01",
             view__private_metadata=view["private_metadata"], view__state__values=values, user__id=AUTHOR)  # fmt: skip
    stored = bot.store.get(draft)
    assert stored is not None and stored.record["text"] == "Year 5 enjoyed the science fair."
    assert stored.state == State.AWAITING_APPROVAL
    assert "Year 5 enjoyed the science fair." in bot.slack.named("chat.update")[0]["text"]  # the channel's copy


def test_only_the_author_can_edit_or_withdraw(bot: Bot) -> None:
    draft = form(bot, "Year 5 enjoyed the science fair.")
    press(bot, "form-draft-withdraw", draft, TA)
    press(bot, "form-draft-edit", draft, HEAD)
    told = [e["text"] for e in bot.slack.named("chat.postEphemeral")]
    assert told == [messages.FORM_DRAFT_NOT_YOURS] * 2 and bot.slack.named("views.open") == []
    assert state(bot, draft) == State.AWAITING_APPROVAL


def test_the_author_withdraws_a_form_draft(bot: Bot) -> None:
    draft = form(bot, "Year 5 enjoyed the science fair.")
    press(bot, "form-draft-withdraw", draft, AUTHOR)
    assert state(bot, draft) == State.WITHDRAWN
    assert bot.slack.named("chat.update")[-1]["text"] == messages.FORM_DRAFT_WITHDRAWN
    bot.send("event_reaction_added", event__item__ts=draft.rsplit(":", 1)[1], event_id="Ev0LATE0001")
    assert state(bot, draft) == State.WITHDRAWN and bot.publisher.posted == []


def test_slack_changing_the_bots_own_message_is_not_an_edit_of_the_draft(bot: Bot) -> None:
    draft = form(bot, MENUS)
    ts = draft.rsplit(":", 1)[1]
    unfurled = {"id": 1, "from_url": "https://www.example-primary.sch.uk/menus", "title": "Menus"}
    bot.send("event_message_changed", event__message__ts=ts, event__previous_message__ts=ts,
             event__message__bot_id="B0BOT", event__message__attachments=[unfurled], event_id="Ev0UNFURLF1",
             event__message__text=f"Draft from <@{AUTHOR}>:\n{MENUS}")  # fmt: skip
    stored = bot.store.get(draft)
    assert stored is not None and stored.record["text"] == MENUS
