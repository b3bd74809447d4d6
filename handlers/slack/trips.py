"""Trip mode in Slack: "The group has left" under a held trip post's report, for the trip lead (its author) or
an approver. The rules are the core's (chatbot/approval/trips.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.approval.events import MessageRef
from chatbot.approval.trips import left
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.translate import pressed


def register(app: App, deps: SlackDeps) -> None:
    def handle_left(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, user, ts = pressed(body)
        service = deps.service
        refused = left(service.store, service.notifier, service.approvers, MessageRef("slack", channel, ts), user,
                       datetime.now(UTC))  # fmt: skip
        if refused:
            client.chat_postEphemeral(channel=channel, user=user, text=refused)

    app.action(ids.ACTION_TRIP_LEFT)(handle_left)
