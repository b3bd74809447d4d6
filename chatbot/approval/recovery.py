"""After a restart: nothing approved is lost, and nothing caught mid-publication is posted twice."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.states import State, Transition
from chatbot.store import StoredDraft

if TYPE_CHECKING:
    from chatbot.approval.service import WorkflowService

BOT = "countersign"


def resume(service: WorkflowService, at: datetime, days: int = 7) -> int:
    """Settle drafts left in `publishing`, then release approved ones. Returns how many were released."""
    released = 0
    for draft_id in service.store.draft_ids(at - timedelta(days=days)):
        stored = service.store.get(draft_id)
        if stored is not None and stored.state == State.PUBLISHING:
            stored = reconcile(service, stored, at)
        if stored is not None and stored.state == State.APPROVED:
            service.release(stored.ref, stored, at)
            released += 1
    return released


def reconcile(service: WorkflowService, stored: StoredDraft, at: datetime) -> StoredDraft | None:
    """The platform may have taken the post just before the crash: look before posting again."""
    found = service.publisher.find_recent(stored.record["text"])
    if found is None:
        service.store.apply(stored.id, Transition.REQUEUED, BOT, at)
        return service.store.get(stored.id)
    service.store.apply(stored.id, Transition.PUBLISHED, BOT, at, {"post_id": found.post_id, "reconciled": True})
    if found.post_id:
        service.store.remember(stored.id, "post_id", found.post_id)
    service.notifier.say(stored.ref, messages.PUBLISHED.format(url=found.url))
    return None
