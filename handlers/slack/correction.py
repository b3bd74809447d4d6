"""A published post edited in the channel: its corrected words, checked as a new draft when the author (or an
approver) presses the button under the bot's answer. The new draft needs approving like any other."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.corrections import correction
from chatbot.approval.events import DraftPosted, MessageRef
from handlers.slack import ids
from handlers.slack.deps import SlackDeps

ONCE_SECONDS = 24 * 3600  # a button pressed twice, or a click Slack delivers again, makes one new draft


def register(app: App, deps: SlackDeps) -> None:
    def handle_correction(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user, draft_id = body["user"]["id"], str(body["actions"][0]["value"])
        ref, service = MessageRef.of(draft_id), deps.service
        found = correction(service.store, service.approvers, ref, user)
        if found is None:
            client.chat_postEphemeral(channel=ref.channel, user=user, text=messages.CORRECTION_NOT_YOURS)
            return
        if not deps.service.store.every(f"correction:{draft_id}", ONCE_SECONDS):
            return
        text, images = found
        posted = client.chat_postMessage(
            channel=ref.channel, text=messages.CORRECTION_FROM.format(user=user, text=text)
        )
        ref = MessageRef("slack", str(posted["channel"]), str(posted["ts"]))
        draft = DraftPosted(ref, user, text, f"correction:{draft_id}", datetime.now(UTC), images=images,
                            photos_unseen=bool(images))  # fmt: skip
        deps.service.draft_posted(draft)

    app.action(ids.ACTION_CORRECTION)(handle_correction)
