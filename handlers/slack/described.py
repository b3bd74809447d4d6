"""The photos' descriptions, in Slack: the small form the report's button opens, and the answer sent to the core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.approval.draft_form import describe_form, description
from chatbot.approval.events import MessageRef, PhotosDescribed
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import form_modal


def build_describe_modal(channel: str, draft_ts: str, photos: list[tuple[str, str | None]]) -> dict[str, Any]:
    return form_modal(describe_form(photos), ids.DESCRIBE_MODAL, ids.DRAFT, f"{channel} {draft_ts}")


def described(body: dict[str, Any]) -> PhotosDescribed:
    """The form's descriptions as a neutral event, in the photos' order (an emptied field clears one)."""
    view, values = body["view"], body["view"]["state"]["values"]
    channel, draft_ts = str(view["private_metadata"]).split(" ", 1)
    given = [(values.get(ids.DRAFT + description(n)) or {}).get(description(n)) for n in range(1, len(values) + 1)]
    descriptions = tuple(None if field is None else str(field.get("value") or "") for field in given)
    event_id = f"described:{view['id']}:{view.get('hash', '')}"
    return PhotosDescribed(MessageRef("slack", channel, draft_ts), body["user"]["id"], descriptions, event_id,
                           datetime.now(UTC))  # fmt: skip


def register(app: App, deps: SlackDeps) -> None:
    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel = body.get("channel", {}).get("id") or deps.slack.drafts_channel or ""
        draft_ts = body["actions"][0]["value"]
        photos = deps.service.answers.photo_names(MessageRef("slack", channel, draft_ts))
        if photos:
            client.views_open(trigger_id=body["trigger_id"], view=build_describe_modal(channel, draft_ts, photos))

    def handle_answer(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        deps.service.photos_described(described(body))

    app.action(ids.ACTION_DESCRIBE_ASK)(handle_ask)
    app.view(ids.DESCRIBE_MODAL)(handle_answer)
