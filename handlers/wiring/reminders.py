"""The reminders every platform edge runs: the desk's plan from app.yaml, the roster file settling consent, and
how long a draft waits before its approvers are reminded."""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

from chatbot.approval.ports import Approvers
from chatbot.governance.consent_refresh import refresh_date, settled_by
from chatbot.governance.reminder_desk import ReminderDesk, ReminderNotifier
from chatbot.governance.reminders import ReminderPlan
from chatbot.policy.context import PolicyContext
from chatbot.school.settings import Settings
from chatbot.store import RedisStore


def minutes(value: int | None) -> timedelta | None:
    """app.yaml's `remind_after_minutes` (null: never) as the workflow's reminding delay."""
    return None if value is None else timedelta(minutes=value)


def reminder_plan(settings: Settings) -> ReminderPlan:
    config = settings.reminders
    weekly = settings.followers.digest if config.follower_review else None
    refresh = refresh_date(settings.policy.consent_refresh, settings.policy.roster)
    return ReminderPlan(tuple(config.term_starts), config.policy_review, weekly, time.fromisoformat(config.time),
                        refresh)  # fmt: skip


def reminder_desk(settings: Settings, store: RedisStore, notifier: ReminderNotifier, approvers: Approvers,
                  ctx: PolicyContext) -> ReminderDesk:  # fmt: skip
    zone = ZoneInfo(settings.school.timezone)
    return ReminderDesk(store.governance, reminder_plan(settings), zone, notifier, approvers, settled_by(ctx.rosters))
