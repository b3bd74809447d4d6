"""The Approve and Reject buttons under a draft's report: the emoji's decisions, by another path."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from chatbot.events import ApprovalGiven
from handlers.slack import ids, translate
from handlers.slack.deps import SlackDeps


def register(app: App, deps: SlackDeps) -> None:
    def handle_decision(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        event = translate.decision(body, deps.slack)
        if isinstance(event, ApprovalGiven):
            deps.service.approval_given(event)
        elif event is not None:
            deps.service.rejection_given(event)

    app.action(ids.ACTION_APPROVE)(handle_decision)
    app.action(ids.ACTION_REJECT)(handle_decision)
