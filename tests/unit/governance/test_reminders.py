"""Which reminder is due when: the latest term start, the policy's yearly date, the weekly follower review."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from chatbot.cards import Buttons, Line
from chatbot.governance.reminder_card import ACKNOWLEDGE, reminder_card
from chatbot.governance.reminders import Reminder, ReminderPlan, due

LONDON = ZoneInfo("Europe/London")
PLAN = ReminderPlan((date(2026, 9, 3), date(2027, 1, 5)), date(2026, 10, 1), None, time(8, 30))


def keys(now: datetime, plan: ReminderPlan = PLAN) -> list[str]:
    return [r.key for r in due(plan, now, LONDON)]


def test_nothing_is_due_before_the_first_date_and_time() -> None:
    assert keys(datetime(2026, 9, 3, 7, 29, tzinfo=UTC)) == []  # 08:29 in London (summer time)
    assert keys(datetime(2026, 9, 3, 7, 30, tzinfo=UTC)) == ["password:2026-09-03"]


def test_the_latest_term_supersedes_the_last_and_the_review_comes_round_each_year() -> None:
    assert keys(datetime(2026, 10, 1, 9, 0, tzinfo=UTC)) == ["password:2026-09-03", "policy-review:2026-10-01"]
    assert keys(datetime(2027, 2, 1, 9, 0, tzinfo=UTC)) == ["password:2027-01-05", "policy-review:2026-10-01"]
    assert keys(datetime(2027, 10, 1, 9, 0, tzinfo=UTC))[1] == "policy-review:2027-10-01"


def test_the_weekly_follower_review_is_keyed_by_its_week() -> None:
    weekly = ReminderPlan(follower_review="Mon 08:30")
    assert keys(datetime(2026, 11, 20, 12, 0, tzinfo=UTC), weekly) == ["follower-review:2026-11-16"]
    assert keys(datetime(2026, 11, 23, 8, 30, tzinfo=UTC), weekly) == ["follower-review:2026-11-23"]


def test_the_consent_refresh_comes_round_each_school_year() -> None:
    plan = ReminderPlan(consent_refresh=date(2026, 9, 7))
    assert keys(datetime(2026, 9, 7, 7, 29, tzinfo=UTC), plan) == []  # 08:29 in London
    assert keys(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), plan) == ["consent-refresh:2026-09-07"]
    assert keys(datetime(2027, 9, 7, 9, 0, tzinfo=UTC), plan) == ["consent-refresh:2027-09-07"]


def test_a_reminders_card_says_how_overdue_it_is_and_is_acknowledged_by_its_key() -> None:
    due_today = Reminder("password:2027-01-05", "Change the password.", datetime(2027, 1, 5, tzinfo=UTC))
    fresh, late = reminder_card(due_today, 0), reminder_card(due_today, 2)
    assert [p.text for p in fresh if isinstance(p, Line)] == ["Change the password."]
    assert "Overdue by 2 days." in [p.text for p in late if isinstance(p, Line)]
    [button] = [b for p in late if isinstance(p, Buttons) for b in p.buttons]
    assert (button.action, button.value) == (ACKNOWLEDGE, "password:2027-01-05")
