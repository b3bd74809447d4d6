"""A short welcome for each new member of the drafts channel: how it works, and the policy's main rules."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.policy.summary import rules_in_force
from handlers.slack.deps import SlackDeps


def register(app: App, deps: SlackDeps) -> None:
    def handle_member_joined(event: dict[str, Any], client: WebClient) -> None:
        if event.get("channel") != deps.slack.drafts_channel or not event.get("user"):
            return
        blocking = [r.rule for r in rules_in_force(deps.service.ctx) if r.severity.startswith("block")]
        client.chat_postEphemeral(channel=event["channel"], user=event["user"],
                                  text=messages.welcome(event["user"], blocking))  # fmt: skip

    app.event("member_joined_channel")(handle_member_joined)
