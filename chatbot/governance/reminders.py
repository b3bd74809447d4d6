"""The reminders the policies ask for: a password change each term, the yearly policy review and photo-consent
refresh, the weekly follower review. Pure: which occurrence of each is due at a given moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.school.weekly import latest

CONSENT_REFRESH = "consent-refresh"  # the key's kind, which a new roster file settles (consent_refresh.py)


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
    consent_refresh: date | None = None  # photo consent is sought again each year from this date


def due(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> list[Reminder]:
    """The latest occurrence of each kind that has fallen due by `now` (older ones are superseded)."""
    found = [
        _password(plan, now, zone),
        _yearly("policy-review", plan.policy_review, messages.REMIND_POLICY_REVIEW, plan, now, zone),
        _yearly(CONSENT_REFRESH, plan.consent_refresh, messages.REMIND_CONSENT_REFRESH, plan, now, zone),
        _follower_review(plan, now, zone),
    ]
    return [reminder for reminder in found if reminder is not None]


def _password(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> Reminder | None:
    started = [d for d in plan.term_starts if datetime.combine(d, plan.at, zone) <= now]
    if not started:
        return None
    term = max(started)
    return Reminder(f"password:{term}", messages.REMIND_PASSWORD, datetime.combine(term, plan.at, zone))


def _yearly(kind: str, first: date | None, text: str, plan: ReminderPlan, now: datetime, zone: ZoneInfo
            ) -> Reminder | None:  # fmt: skip
    """This year's occurrence of a yearly date once it has come (else last year's), never before `first`."""
    if first is None:
        return None
    local = now.astimezone(zone)
    year = local.year if (local.month, local.day) >= (first.month, first.day) else local.year - 1
    try:
        day = first.replace(year=year)
    except ValueError:  # 29 February in a year without one
        day = date(year, 3, 1)
    moment = datetime.combine(day, plan.at, zone)
    if year < first.year or moment > now:
        return None
    return Reminder(f"{kind}:{day}", text, moment)


def _follower_review(plan: ReminderPlan, now: datetime, zone: ZoneInfo) -> Reminder | None:
    if plan.follower_review is None:
        return None
    moment = latest(plan.follower_review, now, zone)
    return Reminder(f"follower-review:{moment.date()}", messages.REMIND_FOLLOWER_REVIEW, moment)
