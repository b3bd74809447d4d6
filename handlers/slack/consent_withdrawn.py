"""`/countersign consent-withdrawn NAME` (approvers): the posts that pupil was named in, each with a take-down."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App

from chatbot import messages
from chatbot.approval.events import MessageRef, UnpublishRequested
from chatbot.approval.withdrawal import ConsentWithdrawal, PicturedPost
from handlers.slack import ids
from handlers.slack.deps import SlackDeps


def answer(deps: SlackDeps, user: str, name: str) -> dict[str, Any]:
    """What to show the approver privately: the posts, newest first, or why there is nothing to show."""
    desk = ConsentWithdrawal(deps.service.store, deps.service.approvers)
    found = desk.posts(user, name, datetime.now(UTC))
    if isinstance(found, str):
        return {"text": found}
    if not found:
        return {"text": messages.CONSENT_NO_POSTS.format(name=name.strip())}
    heading = messages.CONSENT_POSTS_FOUND.format(name=name.strip(), count=len(found))
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": heading}}]
    return {"text": heading, "blocks": blocks + [_post_block(post, deps) for post in found[:40]]}


def _post_block(post: PicturedPost, deps: SlackDeps) -> dict[str, Any]:
    when = post.published_at.astimezone(deps.zone).strftime("%-d %B %Y")
    where = " ".join(post.links) or messages.CONSENT_TAKE_DOWN_BY_HAND
    block: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": f"Published {when}: {where}"}}
    if post.ref is not None:
        block["accessory"] = {"type": "button", "action_id": ids.ACTION_CONSENT_TAKEDOWN, "value": post.draft_id,
                              "style": "danger", "text": {"type": "plain_text", "text": "Take it down"}}  # fmt: skip
    elif post.links:
        block["text"]["text"] += f" ({messages.CONSENT_TAKE_DOWN_BY_HAND})"
    return block


def register(app: App, deps: SlackDeps) -> None:
    def handle_take_down(ack: Ack, body: dict[str, Any]) -> None:
        """The take-down goes through the workflow: approvers only, the audit records who and why."""
        ack()
        action = body["actions"][0]
        event_id = f"withdrawn:{action.get('action_ts', '')}:{action['value']}"
        event = UnpublishRequested(MessageRef.of(str(action["value"])), body["user"]["id"], event_id,
                                   datetime.now(UTC), messages.CONSENT_TAKEDOWN_REASON)  # fmt: skip
        deps.service.unpublish_requested(event)

    app.action(ids.ACTION_CONSENT_TAKEDOWN)(handle_take_down)
