"""Telling approvers a draft still waits: once per draft, after the school's minutes, while posts may go out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from chatbot.approval import revisions
from chatbot.approval.ports import Notifier
from chatbot.approval.states import State
from chatbot.policy.context import PolicyContext
from chatbot.store import RedisStore, StoredDraft

LOOK_BACK = timedelta(days=7)  # a draft waiting longer than a week has been seen, or forgotten on purpose
ONCE = 8 * 24 * 3600  # the once-only mark outlives the look-back, so a draft is never reminded twice


@dataclass
class Nudges:
    store: RedisStore
    ctx: PolicyContext
    notifier: Notifier
    after: timedelta | None  # None: approvers are never reminded

    def remind(self, now: datetime) -> int:
        """Remind the approvers of each draft waiting longer than `after`, once; not outside the posting windows
        (nobody is pinged at 22:00: the evening's drafts are reminded when the morning's window opens)."""
        if self.after is None or (self.ctx.schedule is not None and not self.ctx.schedule.is_open(now)):
            return 0
        reminded = 0
        for stored in self._overdue(now):
            if self.store.every(f"nudged:{stored.id}", ONCE):  # across replicas, exactly one says it
                self.notifier.remind_approvers(stored.ref, _minutes(now - _since(stored, now)))
                reminded += 1
        return reminded

    def _overdue(self, now: datetime) -> list[StoredDraft]:
        assert self.after is not None
        found = (self.store.get(draft_id) for draft_id in self.store.draft_ids(now - LOOK_BACK))
        return [d for d in found if d and d.state == State.AWAITING_APPROVAL and now - _since(d, now) >= self.after]


def _since(stored: StoredDraft, now: datetime) -> datetime:
    """When this version started waiting: its words' time (the first version's, or the last edit's)."""
    return revisions.written_at(stored.record) or now


def _minutes(waited: timedelta) -> int:
    return max(1, round(waited.total_seconds() / 60))
