"""The workspace's clock: real time, or a time somebody asked it to pretend ("Saturday 10:00"), which then runs on."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Clock:
    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return datetime.now(UTC) + self._offset

    @property
    def pretending(self) -> bool:
        return bool(self._offset)

    def pretend(self, day: str, at: str) -> datetime:
        """The next `day` (a weekday's name, or today) at `at` ("10:00"), in the school's zone, from real time.

        Raises ValueError for a day or time it cannot read."""
        today = datetime.now(self.zone).date()
        wanted = _next(today, day)
        chosen = datetime.combine(wanted, time.fromisoformat(at), self.zone)
        with self._lock:
            self._offset = chosen - datetime.now(UTC)
        return chosen

    def real(self) -> None:
        with self._lock:
            self._offset = timedelta()


def _next(today: date, day: str) -> date:
    if day in ("", "today"):
        return today
    if day not in DAYS:
        raise ValueError(day)
    return today + timedelta(days=(DAYS.index(day) - today.weekday()) % 7)
