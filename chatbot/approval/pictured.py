"""Who is pictured: the answer to the report's question, given after posting, re-checks the draft and is audited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chatbot import messages
from chatbot.approval import revisions
from chatbot.approval.draft import Draft, PicturedAnswer
from chatbot.approval.events import PicturedGiven
from chatbot.approval.ports import Approvers, Notifier
from chatbot.approval.records import kept_images, rechecked, record
from chatbot.approval.states import State
from chatbot.policy import check
from chatbot.policy.context import PolicyContext
from chatbot.policy.finding import Report
from chatbot.store import RedisStore, StoredDraft

ANSWERABLE = frozenset({State.AWAITING_APPROVAL, State.BLOCKED})  # before approval: the answer is part of it


def declared(record: dict[str, Any]) -> tuple[tuple[str, ...], PicturedAnswer | None]:
    """Who a stored draft says is pictured: the pupils named, and the answer given instead of names."""
    return tuple(record.get("pictured", ())), record.get("pictured_answer")


def with_pictured(record: dict[str, Any], draft: Draft) -> dict[str, Any]:
    """The record with who is pictured, and whether approval must wait for that answer."""
    answer = {"pictured": list(draft.pictured), "pictured_answer": draft.pictured_answer}
    return {**record, **answer, "pictured_needed": draft.pictured_unanswered}


def refusal(stored: StoredDraft) -> str | None:
    """Why the draft cannot be approved yet, if the photos' question is still open."""
    return messages.SAY_WHO_IS_PICTURED_FIRST if stored.record.get("pictured_needed") else None


@dataclass
class PicturedDesk:
    """Takes the answer from the author or an approver, re-checks the kept photos with it, and reports again."""

    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    approvers: Approvers
    approvals_required: int

    def answer(self, event: PicturedGiven) -> None:
        stored = self.store.get(event.ref.draft_id)
        if stored is None or stored.state not in ANSWERABLE:
            return self.notifier.say(event.ref, messages.PICTURED_TOO_LATE) if stored else None
        if event.user != stored.author and not self.approvers.may_approve(event.user):
            return self.notifier.say(event.ref, messages.PICTURED_NOT_YOURS)
        report, draft = self._rechecked(stored, event)
        # The words' version stays: an answer is not an edit of them, and approval waits for it anyway
        kept = {**record(event.ref, report, stored.record.get("exception")), **revisions.same_version(stored.record)}
        kept = {**with_pictured(kept, draft), "pictured_by": event.user}
        detail = {"pictured": event.answer or f"{len(event.pictured)} named"}  # the audit: never the names
        state = rechecked(self.store, stored.id, report, event.user, event.at, kept, detail)
        if state is not None:
            self.notifier.show_report(event.ref, report, state, 0, self.approvals_required)

    def _rechecked(self, stored: StoredDraft, event: PicturedGiven) -> tuple[Report, Draft]:
        images = kept_images(self.store, stored.id)
        text = stored.record.get("typed", stored.record["text"])
        exception = stored.record.get("exception")
        draft = Draft(text, event.at, images, event.pictured, exception, pictured_answer=event.answer)
        return check(draft, self.ctx), draft
