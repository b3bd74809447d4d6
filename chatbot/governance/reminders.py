"""The reminders the policies ask for: a password change each term, the yearly policy review, the weekly
follower review. Pure: which occurrence of each is due at a given moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.school.weekly import latest


@dataclass(frozen=True)
class Reminder:
    key: str  # names the occurrence, e.g. "password:2027-01-05": acknowledging it settles that one only
    text: str
    since: datetime  # when it fell due


@dataclass(frozen=True)
class ReminderPlan:
    term_starts: tuple[date, ...] = ()
    policy_review: date | None = None
    follower_review: str | None = None  # weekly, e.g. "Mon 08:30"
    at: time = time(8, 30)  # the local time dated reminders fall due


def due(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> list[Reminder]:
    """The latest occurrence of each kind that has fallen due by `now` (older ones are superseded)."""
    found = [_password(plan, now, zone), _policy_review(plan, now, zone), _follower_review(plan, now, zone)]
    return [reminder for reminder in found if reminder is not None]


def _password(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> Reminder | None:
    started = [d for d in plan.term_starts if datetime.combine(d, plan.at, zone) <= now]
    if not started:
        return None
    term = max(started)
    return Reminder(f"password:{term}", messages.REMIND_PASSWORD, datetime.combine(term, plan.at, zone))


def _policy_review(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> Reminder | None:
    if plan.policy_review is None:
        return None
    local = now.astimezone(zone)
    year = (
        local.year if (local.month, local.day) >= (plan.policy_review.month, plan.policy_review.day) else local.year - 1
    )
    try:
        day = plan.policy_review.replace(year=year)
    except ValueError:  # 29 February in a year without one
        day = date(year, 3, 1)
    moment = datetime.combine(day, plan.at, zone)
    if year < plan.policy_review.year or moment > now:
        return None
    return Reminder(f"policy-review:{day}", messages.REMIND_POLICY_REVIEW, moment)


def _follower_review(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> Reminder | None:
    if plan.follower_review is None:
        return None
    moment = latest(plan.follower_review, now, zone)
    return Reminder(f"follower-review:{moment.date()}", messages.REMIND_FOLLOWER_REVIEW, moment)
