"""Reject with a reason, in Slack: the report's Reject button opens a small form; its reason reaches the author."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.approval.events import MessageRef, RejectionGiven
from chatbot.approval.report_card import MAX_REASON, REASON, reject_form
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import form_modal

REASON_PREFIX = ids.BLOCK_REJECT_REASON.removesuffix(REASON)  # "reject-": the field's block is "reject-reason"


def build_reject_modal(channel: str, draft_ts: str) -> dict[str, Any]:
    """The core's reject form as a modal, its field read back as before (block "reject-reason", action "reason")."""
    return form_modal(reject_form(), ids.REJECT_MODAL, REASON_PREFIX, f"{channel} {draft_ts}")


def rejection(body: dict[str, Any]) -> RejectionGiven:
    """The form's reason as a neutral event; one event per form, however often Slack sends it."""
    view = body["view"]
    channel, draft_ts = str(view["private_metadata"]).split(" ", 1)
    field = view["state"]["values"].get(ids.BLOCK_REJECT_REASON, {}).get(ids.ACTION_REJECT_REASON) or {}
    reason = " ".join(str(field.get("value") or "").split())[:MAX_REASON] or None
    ref = MessageRef("slack", channel, draft_ts)
    return RejectionGiven(ref, body["user"]["id"], f"rejected:{view['id']}", datetime.now(UTC), reason)


def register(app: App, deps: SlackDeps) -> None:
    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
        draft_ts = body["actions"][0].get("value")
        if channel == deps.slack.drafts_channel and draft_ts:
            client.views_open(trigger_id=body["trigger_id"], view=build_reject_modal(channel, draft_ts))

    def handle_reason(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        deps.service.rejection_given(rejection(body))

    app.action(ids.ACTION_REJECT)(handle_ask)
    app.view(ids.REJECT_MODAL)(handle_reason)
