"""An approver's suggested edit: kept until the author accepts it with one click. The accepted words are checked
again and count as approved by the approver who wrote them, so two people have still seen the words."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.events import ApprovalGiven, DraftEdited, MessageRef
from chatbot.approval.states import State

if TYPE_CHECKING:
    from chatbot.approval.service import WorkflowService

KEY = "suggestion"
OPEN = frozenset({State.AWAITING_APPROVAL, State.BLOCKED})


def suggest(service: WorkflowService, ref: MessageRef, approver: str, text: str) -> str | None:
    """Keep an approver's words for the author to accept; why not, when it cannot be offered."""
    stored = service.store.get(ref.draft_id)
    if stored is None or stored.state not in OPEN:
        return messages.SUGGESTION_TOO_LATE
    if approver == stored.author or not service.approvers.may_approve(approver):
        return messages.SUGGESTION_NOT_YOURS
    service.store.remember(ref.draft_id, KEY, json.dumps({"text": text, "by": approver}))
    service.notifier.offer_suggestion(ref, approver, text)
    return None


def accept(service: WorkflowService, ref: MessageRef, user: str, event_id: str, at: datetime) -> str | None:
    """The author takes the suggestion: an edit by them, then the suggester's approval; why not, if refused."""
    stored, kept = service.store.get(ref.draft_id), service.store.recall(ref.draft_id, KEY)
    if stored is None or not kept or stored.state not in OPEN:
        return messages.SUGGESTION_TOO_LATE
    if user != stored.author:
        return messages.SUGGESTION_AUTHOR_ONLY
    suggestion = json.loads(kept)
    service.store.remember(ref.draft_id, KEY, "")  # taken: a second click changes nothing
    service.draft_edited(DraftEdited(ref, user, suggestion["text"], event_id, at))
    service.store.governance.record("suggestion-accepted", user, at, f"{ref.draft_id} by {suggestion['by']}")
    after = service.store.get(ref.draft_id)
    if after is not None and after.state == State.AWAITING_APPROVAL:
        service.approval_given(ApprovalGiven(ref, suggestion["by"], f"{event_id}:approval", at))
    return None
