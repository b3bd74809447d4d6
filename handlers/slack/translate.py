"""Slack payloads to neutral events (pure functions over the payload dicts Slack sends)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from chatbot.approval.draft import ImageAttachment
from chatbot.approval.events import (
    ApprovalGiven,
    ApprovalRevoked,
    DraftDeleted,
    DraftEdited,
    DraftPosted,
    MessageRef,
    RejectionGiven,
    RetryRequested,
    UnpublishRequested,
)
from chatbot.school.settings import SlackSection

_LINK = re.compile(r"<(?P<target>[^|>]+)(?:\|(?P<label>[^>]*))?>")
DRAFT_SUBTYPES = (None, "file_share")


def plain_text(slack_text: str) -> str:
    """Slack's markup as the words a reader sees: <https://x|x> becomes the address, &amp; becomes &."""

    def link(match: re.Match[str]) -> str:
        target, label = match["target"], match["label"]
        if target.startswith(("http://", "https://", "mailto:")):
            return target.removeprefix("mailto:")
        return "@" + (label or target.lstrip("@#!"))  # <@U123|name>, <#C123|channel>, <!here>

    return html.unescape(_LINK.sub(link, slack_text))


def when(ts: str) -> datetime:
    return datetime.fromtimestamp(float(ts), tz=UTC)


def pressed(body: dict[str, Any]) -> tuple[str, str, str]:
    """A button under a draft's report: (channel, who pressed it, the button's value: the draft's ts)."""
    return body["container"]["channel_id"], body["user"]["id"], str(body["actions"][0]["value"])


def is_draft(event: dict[str, Any], slack: SlackSection) -> bool:
    """A person's own top-level message in the drafts channel; thread replies are conversation."""
    return (
        event.get("channel") == slack.drafts_channel
        and event.get("subtype") in DRAFT_SUBTYPES
        and not event.get("bot_id")
        and event.get("thread_ts") in (None, event.get("ts"))
        and bool(event.get("user"))
    )


def draft_key(body: dict[str, Any]) -> str | None:
    """The draft a message event is about (its channel and first timestamp), whatever the subtype."""
    event = body.get("event", {})
    message = event.get("message") or event.get("previous_message") or {}
    ts = event.get("deleted_ts") or message.get("ts") or event.get("ts")
    return f"{event.get('channel')}:{ts}" if ts and event.get("channel") else None


def draft_posted(body: dict[str, Any], images: tuple[ImageAttachment, ...]) -> DraftPosted:
    event = body["event"]
    ref = MessageRef("slack", event["channel"], event["ts"])
    return DraftPosted(
        ref, event["user"], plain_text(event.get("text", "")), body["event_id"], when(event["ts"]), images
    )


def draft_edited(body: dict[str, Any], slack: SlackSection) -> DraftEdited | None:
    event, message = body["event"], body["event"].get("message", {})
    original = message.get("ts") or body["event"].get("previous_message", {}).get("ts")
    if event.get("channel") != slack.drafts_channel or not original or message.get("thread_ts") not in (None, original):
        return None
    if message.get("bot_id"):  # a form's draft is our own message: it changes by its Edit button, not by this event
        return None  # (Slack also sends this when it unfurls a link in it, with our "Draft from …" words)
    ref = MessageRef("slack", event["channel"], original)
    typed_at = when((message.get("edited") or {}).get("ts") or event["ts"])  # when the author saved the edit
    return DraftEdited(ref, message.get("user", ""), plain_text(message.get("text", "")), body["event_id"], typed_at)


def draft_deleted(body: dict[str, Any], slack: SlackSection) -> DraftDeleted | None:
    event = body["event"]
    if event.get("channel") != slack.drafts_channel or not event.get("deleted_ts"):
        return None
    return DraftDeleted(MessageRef("slack", event["channel"], event["deleted_ts"]), body["event_id"], when(event["ts"]))


Reaction = ApprovalGiven | ApprovalRevoked | RejectionGiven | UnpublishRequested


def reaction(body: dict[str, Any], slack: SlackSection) -> Reaction | None:
    event = body["event"]
    item = event.get("item", {})
    if item.get("type") != "message" or item.get("channel") != slack.drafts_channel:
        return None
    ref = MessageRef("slack", item["channel"], item["ts"])
    args = (ref, event["user"], body["event_id"], when(event["event_ts"]))
    added = event["type"] == "reaction_added"
    name = event.get("reaction", "").split("::")[0]  # "white_check_mark::skin-tone-2" is the same emoji
    if name == slack.approve_emoji:
        return ApprovalGiven(*args) if added else ApprovalRevoked(*args)
    if name == slack.reject_emoji and added:
        return RejectionGiven(*args)
    if name == slack.unpublish_emoji and added:
        return UnpublishRequested(*args)
    return None


def decision(body: dict[str, Any], slack: SlackSection) -> ApprovalGiven | RetryRequested | None:
    """An Approve button under a draft's report (the same decision as the emoji), or Retry under a failure."""
    from handlers.slack import ids

    action = body["actions"][0]
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
    if channel != slack.drafts_channel or not action.get("value"):
        return None
    ref = MessageRef("slack", channel, action["value"])
    user = body["user"]["id"]
    event_id = f"action:{action['value']}:{action['action_ts']}:{user}"
    kinds = {ids.ACTION_APPROVE: ApprovalGiven, ids.ACTION_RETRY: RetryRequested}
    kind = kinds.get(action["action_id"])
    return kind(ref, user, event_id, when(action["action_ts"])) if kind else None
