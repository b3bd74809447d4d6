"""Posting windows ("Mon-Fri 08:00-18:00") in the school's time zone: is a moment inside one, and when is the next."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from chatbot.school.bank_holidays import Region, is_bank_holiday

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WINDOW_RE = re.compile(
    r"^\s*(?P<first>[A-Za-z]{3})(?:\s*-\s*(?P<last>[A-Za-z]{3}))?\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)
_SEARCH_DAYS = 400  # far enough to cross a year of holidays; a schedule with no open day is rejected earlier


@dataclass(frozen=True, slots=True)
class Window:
    """Days of the week (0 = Monday) and a start and end in minutes since local midnight (end may be 1440)."""

    days: frozenset[int]
    start: int
    end: int
    label: str


def parse_window(spec: str) -> Window:
    """Parse "Mon-Fri 08:00-18:00", "Sat 09:00-12:00" or "Mon-Sun 00:00-24:00"; raise ValueError if malformed."""
    match = _WINDOW_RE.match(spec)
    if not match:
        raise ValueError(f"posting window {spec!r} is not like 'Mon-Fri 08:00-18:00'")
    first, last = _day(match["first"], spec), _day(match["last"] or match["first"], spec)
    days = frozenset(range(first, last + 1)) if first <= last else frozenset([*range(first, 7), *range(last + 1)])
    start, end = _minutes(match["start"], spec), _minutes(match["end"], spec)
    if end <= start:
        raise ValueError(f"posting window {spec!r} ends before it starts")
    return Window(days, start, end, spec.strip())


def _day(name: str, spec: str) -> int:
    try:
        return DAY_NAMES.index(name.lower())
    except ValueError:
        raise ValueError(f"posting window {spec!r}: {name!r} is not a day (Mon, Tue, … Sun)") from None


def _minutes(clock: str, spec: str) -> int:
    hours, minutes = (int(part) for part in clock.split(":"))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ValueError(f"posting window {spec!r}: {clock} is not a time of day")
    return hours * 60 + minutes


@dataclass(frozen=True, slots=True)
class PostingSchedule:
    """The windows in which posts may go out, the time zone they are in, and the holidays they skip."""

    windows: tuple[Window, ...]
    zone: ZoneInfo
    holidays: Region = "england-and-wales"

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        if is_bank_holiday(local.date(), self.holidays):
            return False
        minute = local.hour * 60 + local.minute
        return any(local.weekday() in w.days and w.start <= minute < w.end for w in self.windows)

    def next_open(self, moment: datetime) -> datetime:
        """The moment itself when it is inside a window, else the start of the next window."""
        if self.is_open(moment):
            return moment
        local = moment.astimezone(self.zone)
        for offset in range(_SEARCH_DAYS):
            day = local.date() + timedelta(days=offset)
            start = self._first_start_on(day, local if offset == 0 else None)
            if start is not None:
                return start
        raise ValueError("no posting window opens in the next 400 days")

    def _first_start_on(self, day: date, after: datetime | None) -> datetime | None:
        if is_bank_holiday(day, self.holidays):
            return None
        starts = sorted(w.start for w in self.windows if day.weekday() in w.days)
        for minute in starts:
            candidate = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.zone)
            if after is None or candidate > after:
                return candidate
        return None

    def describe(self) -> str:
        return ", ".join(w.label for w in self.windows)
