"""Reactions on drafts: approve (removing it withdraws the approval), reject, and unpublish a published post."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from chatbot.approval.events import ApprovalGiven, ApprovalRevoked, RejectionGiven, UnpublishRequested
from handlers.slack import translate
from handlers.slack.deps import SlackDeps


def register(app: App, deps: SlackDeps) -> None:
    def handle_reaction(body: dict[str, Any]) -> None:
        event = translate.reaction(body, deps.slack)
        if isinstance(event, ApprovalGiven):
            deps.service.approval_given(event)
        elif isinstance(event, ApprovalRevoked):
            deps.service.approval_revoked(event)
        elif isinstance(event, RejectionGiven):
            deps.service.rejection_given(event)
        elif isinstance(event, UnpublishRequested):
            deps.service.unpublish_requested(event)

    app.event("reaction_added")(handle_reaction)
    app.event("reaction_removed")(handle_reaction)
