"""Buttons: Approve and Reject under a draft's report (the emoji's decisions), Retry under a failed publication."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from chatbot.approval.events import ApprovalGiven, RetryRequested
from handlers.slack import ids, translate
from handlers.slack.deps import SlackDeps


def register(app: App, deps: SlackDeps) -> None:
    def handle_decision(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        event = translate.decision(body, deps.slack)
        if isinstance(event, ApprovalGiven):
            deps.service.approval_given(event)
        elif isinstance(event, RetryRequested):
            deps.service.retry_requested(event)
        elif event is not None:
            deps.service.rejection_given(event)

    app.action(ids.ACTION_APPROVE)(handle_decision)
    app.action(ids.ACTION_REJECT)(handle_decision)
    app.action(ids.ACTION_RETRY)(handle_decision)
