"""Buttons: Approve under a draft's report (the emoji's decision), Retry under a failed publication. (Reject opens
a form for its reason: rejection.py.)"""

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

    app.action(ids.ACTION_APPROVE)(handle_decision)
    app.action(ids.ACTION_RETRY)(handle_decision)
