"""The yearly photo-consent reminder: its default date, and a roster file newer than it settling it."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.governance.consent_refresh import SCHOOL_YEAR_STARTS, predates, refresh_date, settled_by
from chatbot.governance.reminders import Reminder
from chatbot.school.roster_file import RosterFile

LONDON = ZoneInfo("Europe/London")
FELL_DUE = datetime(2026, 9, 1, 7, 30, tzinfo=UTC)  # 08:30 in London
REMINDER = Reminder("consent-refresh:2026-09-01", messages.REMIND_CONSENT_REFRESH, FELL_DUE)


def roster_written(tmp_path: Path, when: datetime) -> RosterFile:
    path = tmp_path / "roster.csv"
    path.write_text("Forename,Surname,Photo consent\nAmelia,Nowak,yes\n", encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))
    return RosterFile(path)


def test_the_school_year_start_is_the_default_and_no_roster_means_no_reminder(tmp_path: Path) -> None:
    assert refresh_date(None, tmp_path / "roster.csv") == SCHOOL_YEAR_STARTS
    assert refresh_date(date(2026, 9, 7), tmp_path / "roster.csv") == date(2026, 9, 7)
    assert refresh_date(date(2026, 9, 7), None) is None


def test_a_roster_exported_after_the_reminder_fell_due_settles_it(tmp_path: Path) -> None:
    old = roster_written(tmp_path, datetime(2026, 7, 10, 12, 0, tzinfo=UTC))
    assert settled_by(old)(REMINDER) is None
    new = roster_written(tmp_path, datetime(2026, 9, 20, 12, 0, tzinfo=UTC))
    assert settled_by(new)(REMINDER) == messages.CONSENT_REFRESHED


def test_a_new_roster_settles_only_the_consent_reminder(tmp_path: Path) -> None:
    new = roster_written(tmp_path, datetime(2026, 9, 20, 12, 0, tzinfo=UTC))
    assert settled_by(new)(Reminder("password:2026-09-01", messages.REMIND_PASSWORD, FELL_DUE)) is None


def test_a_roster_older_than_this_years_round_is_named() -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert predates(SCHOOL_YEAR_STARTS, datetime(2026, 7, 10, tzinfo=UTC), now, LONDON) == date(2026, 9, 1)
    assert predates(SCHOOL_YEAR_STARTS, datetime(2026, 9, 20, tzinfo=UTC), now, LONDON) is None
