"""Reminders in the drafts channel: the card with its Acknowledge button, and the button's listener."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.governance.reminder_card import acknowledged_card, reminder_card
from chatbot.governance.reminders import Reminder
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import blocks


def build_reminder(reminder: Reminder, overdue_days: int) -> list[dict[str, Any]]:
    return blocks(reminder_card(reminder, overdue_days))


class SlackReminderNotifier:
    """Implements chatbot.governance.reminder_desk.ReminderNotifier."""

    def __init__(self, client: WebClient, channel: str) -> None:
        self._client, self._channel = client, channel

    def post_reminder(self, reminder: Reminder, overdue_days: int) -> tuple[str, str]:
        blocks = build_reminder(reminder, overdue_days)
        posted = self._client.chat_postMessage(channel=self._channel, text=reminder.text, blocks=blocks)
        return self._channel, str(posted["ts"])

    def acknowledged(self, where: tuple[str, str], text: str, note: str) -> None:
        self._client.chat_update(channel=where[0], ts=where[1], text=text, blocks=blocks(acknowledged_card(text, note)))


def register(app: App, deps: SlackDeps) -> None:
    def handle_acknowledge(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        key, user = (body.get("actions") or [{}])[0].get("value", ""), body["user"]["id"]
        if deps.reminders is None or not key:
            return
        result = deps.reminders.acknowledge(key, user, datetime.now(UTC))
        channel = (body.get("channel") or {}).get("id")
        if result.message and channel:
            client.chat_postEphemeral(channel=channel, user=user, text=result.message)

    app.action(ids.ACTION_REMINDER_ACK)(handle_acknowledge)
    app.action(ids.ACTION_REMINDER_ACK_BEFORE)(handle_acknowledge)  # on reminders posted before the core's card
