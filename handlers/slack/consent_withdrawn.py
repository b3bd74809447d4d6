"""`/countersign consent-withdrawn NAME` (approvers): the core's card of the posts that pupil was named in, and the
take-down its buttons (and an edited post's) ask for."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App

from chatbot import messages
from chatbot.approval.events import MessageRef, UnpublishRequested
from chatbot.approval.withdrawal import ConsentWithdrawal
from chatbot.approval.withdrawal_card import withdrawal_card
from chatbot.cards import Line
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import blocks


def answer(deps: SlackDeps, user: str, name: str) -> dict[str, Any]:
    """What to show the approver privately: the posts, newest first, or why there is nothing to show."""
    desk = ConsentWithdrawal(deps.service.store, deps.service.approvers, deps.service.ctx)
    found = desk.posts(user, name, datetime.now(UTC))
    if isinstance(found, str):
        return {"text": found}
    parts = withdrawal_card(name, found, deps.zone)
    heading = parts[0].text if isinstance(parts[0], Line) else ""
    return {"text": heading, "blocks": blocks(parts)}


def register(app: App, deps: SlackDeps) -> None:
    def handle_take_down(ack: Ack, body: dict[str, Any]) -> None:
        """The take-down goes through the workflow: approvers only, the audit records who and why."""
        ack()
        action = body["actions"][0]
        why = messages.CONSENT_TAKEDOWN_REASON if action["action_id"] == ids.ACTION_CONSENT_TAKEDOWN else None
        event_id = f"withdrawn:{action.get('action_ts', '')}:{action['value']}"
        event = UnpublishRequested(MessageRef.of(str(action["value"])), body["user"]["id"], event_id,
                                   datetime.now(UTC), why)  # fmt: skip
        deps.service.unpublish_requested(event)

    app.action(ids.ACTION_CONSENT_TAKEDOWN)(handle_take_down)
    app.action(ids.ACTION_EDITED_TAKEDOWN)(handle_take_down)
