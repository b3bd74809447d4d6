"""Words whose meaning depends on the day they are read ("today", "tomorrow", "on Friday"), and whether each
still means the same day when a post goes out later than it was written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(WEEKDAYS)
# Named days that are not "the coming Friday" (feasts, shopping days, school traditions), and recurring ones.
NOT_RELATIVE = frozenset(
    "good black ash shrove maundy palm easter whit cyber blue plough low super fun mufti manic giving every each "
    "most some other".split()
)
_DAY_WORDS = (
    r"today(?:'s|’s)?|tonight(?:'s|’s)?|tomorrow(?:'s|’s)?|yesterday(?:'s|’s)?|last\s+night"
    r"|this\s+(?:morning|afternoon|evening|weekend|week)|(?:next|last)\s+week(?:end)?"
)
_WEEKDAY = rf"(?:(?P<qualifier>this(?:\s+coming)?|next|last|coming|on)\s+)?(?P<weekday>{_DAY})"
# A weekday with its date ("Friday 4 December", "Friday 4th", "Friday, 4/12") names one day whenever it is read.
_DATED = r"(?!,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)(?!(?:'s|’s)?\s+\d)"
PHRASE_RE = re.compile(
    rf"(?<![#@\w])(?:(?P<day>{_DAY_WORDS})|{_WEEKDAY}(?!s\b){_DATED})"
    r"(?![\w])",
    re.IGNORECASE,
)
# A title in quotes ("'Tomorrow' from Annie"); a straight quote opens only after a space, so "Today's" stays a word.
_QUOTED_RE = re.compile(r"“[^”]{1,120}”|‘[^’]{1,120}’|\"[^\"]{1,120}\"|(?<!\w)'[^'\n]{1,120}'(?!\w)")


@dataclass(frozen=True, slots=True)
class Phrase:
    words: str
    start: int
    end: int


def phrases(text: str) -> Iterator[Phrase]:
    """Each word or phrase in `text` whose day depends on when it is read; titles in quotation marks are left."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text)]
    for match in PHRASE_RE.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in quoted):
            continue
        if (
            match.group("weekday")
            and not match.group("qualifier")
            and _word_before(text, match.start()) in NOT_RELATIVE
        ):
            continue
        yield Phrase(match.group(), match.start(), match.end())


def _word_before(text: str, at: int) -> str:
    before = text[:at].split()
    return before[-1].lower() if before else ""


def still_true(phrase: str, written: date, read: date) -> bool:
    """Whether `phrase` means the same day (or week) read on `read` as it did when written on `written`."""
    if written == read:
        return True
    lower = " ".join(phrase.lower().replace("’", "'").split())
    weekday = next((n for n, day in enumerate(WEEKDAYS) if lower.endswith(day)), None)
    if weekday is None:
        return _week(lower) and _same_week(written, read)
    qualifier = lower[: -len(WEEKDAYS[weekday])].strip()
    if qualifier in ("next", "last"):
        return _same_week(written, read)
    if weekday == written.weekday():  # "on Friday" written on a Friday: that day itself
        return False
    ahead = _coming(written, weekday) == _coming(read, weekday)
    behind = _gone(written, weekday) == _gone(read, weekday)
    return ahead or behind  # "on Friday" may look back ("on Friday we went…") or forward ("see you on Friday")


def _week(lower: str) -> bool:
    """Phrases about a whole week or weekend: still true within the same week; day words never are."""
    return "week" in lower


def _same_week(one: date, other: date) -> bool:
    return one.isocalendar()[:2] == other.isocalendar()[:2]


def _coming(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _gone(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)
