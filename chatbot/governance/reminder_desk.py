"""Posting due reminders once a day until an approver acknowledges them; every step audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.ports import Approvers
from chatbot.approval.states import BOT
from chatbot.governance.reminders import Reminder, ReminderPlan, due
from chatbot.store.governance import GovernanceStore


class ReminderNotifier(Protocol):
    def post_reminder(self, reminder: Reminder, overdue_days: int) -> tuple[str, str]:
        """Show it with an Acknowledge button; returns (channel, message) to update it by."""
        ...

    def acknowledged(self, where: tuple[str, str], text: str, note: str) -> None: ...


@dataclass(frozen=True)
class AckResult:
    done: bool
    message: str = ""  # for the person who pressed the button, privately


def never_settled(reminder: Reminder) -> str | None:
    return None


class ReminderDesk:
    """`settled` says, in a sentence for the channel, when what a reminder asks for has visibly been done (a new
    roster file for the consent refresh): the reminder then closes itself, acknowledged by Countersign."""

    def __init__(self, store: GovernanceStore, plan: ReminderPlan, zone: ZoneInfo, notifier: ReminderNotifier,
                 approvers: Approvers, settled: Callable[[Reminder], str | None] = never_settled) -> None:  # fmt: skip
        self._store, self._plan, self._zone, self._notifier, self._approvers = store, plan, zone, notifier, approvers
        self._settled = settled

    def open(self, now: datetime) -> list[Reminder]:
        """Due and not yet acknowledged or settled (App Home shows these)."""
        return [r for r, state in self._due_with_state(now) if not state.get("acked_by") and self._settled(r) is None]

    def remind(self, now: datetime) -> int:
        """Posts each open reminder at most once per school day. Returns how many were posted."""
        today = now.astimezone(self._zone).date()
        posted = 0
        for reminder, state in self._due_with_state(now):
            if state.get("acked_by"):
                continue
            if (done := self._settled(reminder)) is not None:
                self._close(reminder, state, done, now)
                continue
            if state.get("posted_on") == today.isoformat():
                continue
            overdue = (today - reminder.since.astimezone(self._zone).date()).days
            where = self._notifier.post_reminder(reminder, overdue)
            self._store.reminder_posted(reminder.key, reminder.text, today.isoformat(), where, now)
            posted += 1
        return posted

    def _close(self, reminder: Reminder, state: dict[str, str], done: str, now: datetime) -> None:
        """Settled without anyone pressing Acknowledge: recorded as Countersign's, and the posted card says so."""
        if not self._store.acknowledge_reminder(reminder.key, BOT, now):
            return
        if state.get("channel"):
            self._notifier.acknowledged((state["channel"], state["ts"]), state.get("text", ""), done)

    def _due_with_state(self, now: datetime) -> list[tuple[Reminder, dict[str, str]]]:
        return [(r, self._store.reminder(r.key)) for r in due(self._plan, now, self._zone)]

    def acknowledge(self, key: str, user: str, now: datetime) -> AckResult:
        if not self._approvers.may_approve(user):
            return AckResult(False, messages.ONLY_APPROVERS_ACKNOWLEDGE)
        if not self._store.acknowledge_reminder(key, user, now):
            return AckResult(False)
        state = self._store.reminder(key)
        if state.get("channel"):
            when = now.astimezone(self._zone).strftime("%-d %B at %H:%M")
            note = messages.reminder_acknowledged(user, when)
            self._notifier.acknowledged((state["channel"], state["ts"]), state.get("text", ""), note)
        return AckResult(True)
