"""Message events in the drafts channel: a new post is a draft; an edit re-checks it; a deletion withdraws it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from chatbot import messages
from handlers.slack import translate
from handlers.slack.deps import SlackDeps
from handlers.slack.files import download_images


def register(app: App, deps: SlackDeps) -> None:
    def handle_message(body: dict[str, Any], client: WebClient) -> None:
        """Every message subtype is acknowledged here, so Slack never redelivers the ones we do not use.

        A draft with photos takes seconds to check, longer than Slack waits for an answer: it is recorded and
        checked on the worker pool, and later events for the same draft queue behind it, in order."""
        if _refused(body, deps):
            event = body["event"]
            client.chat_postEphemeral(channel=event["channel"], user=event["user"], text=messages.NOT_A_DRAFTER)
            deps.service.store.governance.record("draft-refused", event["user"], translate.when(event["ts"]))
            return
        key = translate.draft_key(body)
        backlog = deps.backlog
        if backlog is not None and key is not None and (_has_photos(body, deps) or backlog.holds(key)):
            backlog.accept(key, body, lambda later: handle(deps, later))
        else:
            handle(deps, body)

    app.event("message")(handle_message)


def handle(deps: SlackDeps, body: dict[str, Any]) -> None:
    """One message event, start to finish: on the listener's thread, or on the pool for a draft with photos."""
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
        images, left_out = download_images(event.get("files", []), deps.bot_token, deps.file_hosts)
        deps.service.draft_posted(replace(translate.draft_posted(body, images), left_out=left_out))


def _refused(body: dict[str, Any], deps: SlackDeps) -> bool:
    """A new draft from someone who may not draft, where the school named who may (`slack.drafters`)."""
    drafters, event = deps.drafters, body["event"]
    if drafters is None or not drafters.restricted or not translate.is_draft(event, deps.slack):
        return False
    return not drafters.may_draft(str(event.get("user", "")))


def _has_photos(body: dict[str, Any], deps: SlackDeps) -> bool:
    event = body["event"]
    return bool(event.get("files")) and translate.is_draft(event, deps.slack)
