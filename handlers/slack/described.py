"""The photos' descriptions, in Slack: the small form the report's button opens, and the answer sent to the core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.answers import MAX_DESCRIPTION
from chatbot.approval.events import MessageRef, PhotosDescribed
from handlers.slack import ids
from handlers.slack.block_parts import labelled, modal
from handlers.slack.deps import SlackDeps

NAME_SHOWN = 60  # a photo's file name in a field's label, at most


def build_describe_modal(channel: str, draft_ts: str, photos: list[tuple[str, str | None]]) -> dict[str, Any]:
    """One field per photo, filled with its description so far: what screen readers will say on every network."""
    fields = [_field(n, name, alt) for n, (name, alt) in enumerate(photos, 1)]
    return modal(ids.DESCRIBE_MODAL, "Describe the photos", "Save", fields, f"{channel} {draft_ts}")


def _field(n: int, name: str, alt: str | None) -> dict[str, Any]:
    example = {"type": "plain_text", "text": "e.g. Year 3 building volcanoes"}
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": ids.ACTION_ALT,
                               "max_length": MAX_DESCRIPTION, "placeholder": example}  # fmt: skip
    if alt:
        element["initial_value"] = alt
    return labelled(ids.BLOCK_ALT.format(n=n), messages.photo_label(n - 1, name[:NAME_SHOWN]), element, optional=True)


def described(body: dict[str, Any]) -> PhotosDescribed:
    """The form's descriptions as a neutral event, in the photos' order (an emptied field clears one)."""
    view, values = body["view"], body["view"]["state"]["values"]
    channel, draft_ts = str(view["private_metadata"]).split(" ", 1)
    given = [(values.get(ids.BLOCK_ALT.format(n=n)) or {}).get(ids.ACTION_ALT) for n in range(1, len(values) + 1)]
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
