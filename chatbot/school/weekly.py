"""A weekly moment such as "Mon 08:30" in the school's time zone (when the follower digest is sent)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(r"^\s*([A-Za-z]{3})[a-z]*\s+([01]?\d|2[0-3]):([0-5]\d)\s*$")


def parse_weekly(spec: str) -> tuple[int, time]:
    match = _SPEC.match(spec)
    if not match or match.group(1).lower() not in DAYS:
        raise ValueError(f"{spec!r} is not a day and time such as 'Mon 08:30'")
    return DAYS.index(match.group(1).lower()), time(int(match.group(2)), int(match.group(3)))


def latest(spec: str, now: datetime, zone: ZoneInfo) -> datetime:
    """The most recent occurrence of `spec` at or before `now` (aware, in `zone`)."""
    weekday, at = parse_weekly(spec)
    local = now.astimezone(zone)
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    moment = datetime.combine(day, at, tzinfo=zone)
    return moment if moment <= local else moment - timedelta(days=7)
