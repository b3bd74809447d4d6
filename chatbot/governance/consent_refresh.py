"""The yearly photo-consent reminder: when it falls, and how the roster file itself settles it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.governance.reminders import CONSENT_REFRESH, Reminder, ReminderPlan, due
from chatbot.school.roster_file import RosterFile

# England's school year starts in September, when the seeds seek consent again ("at the start of every academic
# year"); a date from 2000 makes it fall every year, this one included.
SCHOOL_YEAR_STARTS = date(2000, 9, 1)


def refresh_date(configured: date | None, roster: Path | None) -> date | None:
    """`policy.consent_refresh`, or the start of the school year; no reminder for a school without a roster."""
    if roster is None:
        return None
    return configured or SCHOOL_YEAR_STARTS


def predates(refresh: date, written: datetime, now: datetime, zone: ZoneInfo) -> date | None:
    """This school year's refresh day when a roster file written at `written` is older than it, else None."""
    found = due(ReminderPlan(consent_refresh=refresh), now, zone)
    return found[0].since.date() if found and written < found[0].since else None


def settled_by(rosters: RosterFile) -> Callable[[Reminder], str | None]:
    """The reminder is done once the roster in use came from a file written after it fell due."""

    def settled(reminder: Reminder) -> str | None:
        written = rosters.written_at()
        if not reminder.key.startswith(f"{CONSENT_REFRESH}:") or written is None or written < reminder.since:
            return None
        return messages.CONSENT_REFRESHED

    return settled
