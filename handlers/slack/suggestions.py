"""Suggested edits in Slack: "Suggest an edit" under the report (approvers) opens the words; the author accepts
the suggestion with one click in the thread. The rules are the core's (chatbot/approval/suggestions.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.events import MessageRef
from chatbot.approval.report_card import SUGGESTED, suggest_form
from chatbot.approval.suggestions import accept, suggest
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.translate import pressed
from handlers.slack.words_form import typed, words_given, words_modal


def register(app: App, deps: SlackDeps) -> None:
    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, user, ts = pressed(body)
        stored = deps.service.store.get(f"slack:{channel}:{ts}")
        if stored is None or not deps.service.approvers.may_approve(user) or user == stored.author:
            client.chat_postEphemeral(channel=channel, user=user, text=messages.SUGGESTION_NOT_YOURS)
            return
        view = words_modal(ids.SUGGEST_MODAL, suggest_form(typed(stored.record)), channel, ts)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    def handle_suggested(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, ts, user, text = words_given(body, SUGGESTED)
        refused = suggest(deps.service, MessageRef("slack", channel, ts), user, text) if text.strip() else None
        if refused:
            client.chat_postEphemeral(channel=channel, user=user, text=refused)

    def handle_accept(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, user, ts = pressed(body)
        event_id = f"suggestion:{ts}:{body['actions'][0].get('action_ts', '')}"
        refused = accept(deps.service, MessageRef("slack", channel, ts), user, event_id, datetime.now(UTC))
        if refused:
            client.chat_postEphemeral(channel=channel, user=user, text=refused)

    app.action(ids.ACTION_SUGGEST_ASK)(handle_ask)
    app.view(ids.SUGGEST_MODAL)(handle_suggested)
    app.action(ids.ACTION_SUGGESTION_ACCEPT)(handle_accept)
