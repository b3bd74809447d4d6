"""A school term as a period: "autumn-2026" runs from that term's first day (reminders.term_starts) to the day
before the next term starts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from chatbot.errors import UsageError
from chatbot.governance.term_figures import Period

SEASONS = {"autumn": (8, 12), "spring": (1, 3), "summer": (4, 7)}  # the months a term of each name starts in
TERM_LENGTH = timedelta(days=120)  # when the next term's start is not known


def term(name: str, starts: tuple[date, ...], zone: ZoneInfo) -> Period:
    season, _, year = name.partition("-")
    if season not in SEASONS or not year.isdigit():
        raise UsageError(f"--term {name!r} is not a term like autumn-2026, spring-2027 or summer-2027")
    first, last = SEASONS[season]
    found = sorted(d for d in starts if d.year == int(year) and first <= d.month <= last)
    if not found:
        raise UsageError(f"reminders.term_starts has no {season} term in {year}: add its first day, or use --since "
                         f"and --until")  # fmt: skip
    later = [d for d in sorted(starts) if d > found[0]]
    end = later[0] if later else found[0] + TERM_LENGTH
    return Period(name, _midnight(found[0], zone), _midnight(end, zone))


def dates(since: str, until: str | None, zone: ZoneInfo, today: date) -> Period:
    """From `since` to the end of `until` (default: today), dates like 2026-09-01."""
    try:
        start, end = date.fromisoformat(since), date.fromisoformat(until) if until else today
    except ValueError:
        raise UsageError("--since and --until are dates like 2026-09-01") from None
    if end < start:
        raise UsageError("--until is before --since")
    return Period(f"{start:%-d %B %Y} to {end:%-d %B %Y}", _midnight(start, zone), _midnight(end + timedelta(days=1),
                  zone))  # fmt: skip


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def term_name(start: date) -> str:
    """The name a term starting on `start` goes by: autumn-2026, spring-2027, summer-2027."""
    season = next(name for name, (first, last) in SEASONS.items() if first <= start.month <= last)
    return f"{season}-{start.year}"


def last_ended(starts: tuple[date, ...], today: date, zone: ZoneInfo) -> Period | None:
    """The term that ended most recently: from one start to the next, once the next has begun."""
    ordered = sorted(starts)
    ended = [(a, b) for a, b in pairwise(ordered) if b <= today]
    if not ended:
        return None
    start, end = ended[-1]
    return Period(term_name(start), _midnight(start, zone), _midnight(end, zone))
