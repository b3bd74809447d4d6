"""The weekly review's moment: "Mon 08:30" in the school's time zone, across the clock changes."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from chatbot.school.weekly import latest, parse_weekly

LONDON = ZoneInfo("Europe/London")


def test_the_latest_moment_is_this_weeks_once_it_has_passed_and_last_weeks_before() -> None:
    friday = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    assert latest("Mon 08:30", friday, LONDON) == datetime(2026, 11, 16, 8, 30, tzinfo=LONDON)
    monday_early = datetime(2026, 11, 23, 8, 29, tzinfo=UTC)
    assert latest("Mon 08:30", monday_early, LONDON) == datetime(2026, 11, 16, 8, 30, tzinfo=LONDON)
    assert latest("Monday 08:30", datetime(2026, 11, 23, 8, 30, tzinfo=UTC), LONDON).day == 23


def test_summer_time_keeps_the_local_hour() -> None:
    moment = latest("Mon 08:30", datetime(2026, 6, 24, 12, 0, tzinfo=UTC), LONDON)
    assert moment.astimezone(UTC).hour == 7 and moment.hour == 8


@pytest.mark.parametrize("spec", ["Mon", "08:30", "Mun 08:30", "Mon 25:00", "Mon 8:75", ""])
def test_a_spec_that_is_not_a_day_and_time_is_refused(spec: str) -> None:
    with pytest.raises(ValueError, match="such as 'Mon 08:30'"):
        parse_weekly(spec)
