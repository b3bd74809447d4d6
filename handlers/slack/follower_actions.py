"""The buttons on a follower alert: Keep, Block (opens the profile on X) and Mute, for approvers only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.followers.ports import BLOCK, KEEP, MUTE
from handlers.slack import ids
from handlers.slack.deps import SlackDeps

_KINDS = {ids.ACTION_FOLLOWER_KEEP: KEEP, ids.ACTION_FOLLOWER_BLOCK: BLOCK, ids.ACTION_FOLLOWER_MUTE: MUTE}


def register(app: App, deps: SlackDeps) -> None:
    def handle_follower_decision(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        action = (body.get("actions") or [{}])[0]
        kind, user = _KINDS.get(action.get("action_id", "")), body.get("user", {}).get("id", "")
        network, _, follower = str(action.get("value", "")).rpartition("|")  # "Mastodon|109…"; X's is the id
        decisions = deps.followers.get(network or "X")
        if decisions is None or kind is None or not follower:
            return
        result = decisions.decide(follower, kind, user, datetime.now(UTC))
        channel = (body.get("channel") or {}).get("id") or deps.slack.drafts_channel
        if result.message and channel:
            client.chat_postEphemeral(channel=channel, user=user, text=result.message)

    for action_id in _KINDS:
        app.action(action_id)(handle_follower_decision)
