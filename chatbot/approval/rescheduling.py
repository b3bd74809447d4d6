"""A draft's publishing time changed after it was posted: re-checked with the report before approval, moved
by an approver once it is scheduled, and refused where the new time would break the policy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from chatbot import messages
from chatbot.approval.answers import ANSWERABLE, ReportAnswers
from chatbot.approval.events import TimeChosen
from chatbot.approval.ports import Approvers, Notifier
from chatbot.approval.records import stored_draft
from chatbot.approval.states import State, Transition
from chatbot.policy import check
from chatbot.policy.context import PolicyContext
from chatbot.policy.rules.window import publish_time
from chatbot.store import RedisStore, StoredDraft

GRACE = timedelta(minutes=1)  # a form filled in slowly still means "now"


def time_problem(chosen: datetime | None, now: datetime) -> str | None:
    """Why a chosen time cannot be used at all, before any draft is looked at (for a form to show at once)."""
    return messages.TIME_PASSED if chosen is not None and chosen < now - GRACE else None


@dataclass
class Rescheduling:
    """Changes when a draft goes out; returns why not, for the person who asked, or None when done."""

    store: RedisStore
    ctx: PolicyContext
    approvers: Approvers
    notifier: Notifier
    answers: ReportAnswers

    def change(self, event: TimeChosen) -> str | None:
        stored = self.store.get(event.ref.draft_id)
        refused = time_problem(event.publish_at, event.at) or (messages.TIME_TOO_LATE if stored is None else None)
        if refused is not None or stored is None:
            return refused
        if stored.state in ANSWERABLE:
            self.answers.timed(event)  # its report says the new time, and approvers approve it with the words
            return None
        if stored.state != State.SCHEDULED:
            return messages.TIME_TOO_LATE
        if not self.approvers.may_approve(event.user):
            return messages.TIME_APPROVERS_ONLY
        return self._moved(stored, event)

    def cancel(self, draft_id: str, user: str, at: datetime) -> str | None:
        """An approver stops a scheduled post before it goes out (audited as a rejection); why not, if refused."""
        stored = self.store.get(draft_id)
        if stored is None or not self.approvers.may_approve(user):
            return messages.CANCEL_APPROVERS_ONLY
        if not self.store.apply(draft_id, Transition.REJECTED, user, at).done:
            return messages.TIME_TOO_LATE
        self.store.unschedule(draft_id)
        self.notifier.say(stored.ref, messages.CANCELLED_FROM_HOME.format(user=user))
        return None

    def _moved(self, stored: StoredDraft, event: TimeChosen) -> str | None:
        """An approved post moved: judged again at the new time (a "today" may no longer be true then)."""
        draft = replace(stored_draft(self.store, stored, event.at), publish_at=event.publish_at)
        report = check(draft, self.ctx)
        if report.verdict == "block":
            return messages.time_not_moved([f.message for f in report.findings if f.severity == "block"])
        due = (publish_time(draft, self.ctx) or event.at).astimezone(self.ctx.zone)
        kept = {**stored.record, "chosen_at": event.publish_at.isoformat() if event.publish_at else None}
        detail = {"publish_at": due.isoformat()}
        if self.store.apply(stored.id, Transition.RESCHEDULED, event.user, event.at, detail, record=kept).done:
            self.store.schedule(stored.id, due)
            chosen = event.publish_at.astimezone(self.ctx.zone) if event.publish_at else None
            self.notifier.say(event.ref, messages.time_moved(event.user, due, chosen))
        return None
