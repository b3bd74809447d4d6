"""Message events in the drafts channel: a new post is a draft; an edit re-checks it; a deletion withdraws it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from handlers.slack import translate
from handlers.slack.deps import SlackDeps
from handlers.slack.files import download_images


def register(app: App, deps: SlackDeps) -> None:
    def handle_message(body: dict[str, Any]) -> None:
        """Every message subtype is acknowledged here, so Slack never redelivers the ones we do not use."""
        event = body["event"]
        subtype = event.get("subtype")
        if subtype == "message_changed":
            edited = translate.draft_edited(body, deps.slack)
            if edited is not None:
                deps.service.draft_edited(edited)
        elif subtype == "message_deleted":
            deleted = translate.draft_deleted(body, deps.slack)
            if deleted is not None:
                deps.service.draft_deleted(deleted)
        elif translate.is_draft(event, deps.slack):
            images = download_images(event.get("files", []), deps.bot_token, deps.file_hosts)
            deps.service.draft_posted(translate.draft_posted(body, images))

    app.event("message")(handle_message)
