"""The workspace's clock: the next weekday asked for, at the time asked for, in the school's zone; then it runs on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.local.clock import Clock

LONDON = ZoneInfo("Europe/London")


def test_pretending_moves_to_the_next_such_day_and_time() -> None:
    clock = Clock(LONDON)
    chosen = clock.pretend("Saturday", "10:00")
    assert chosen.weekday() == 5 and (chosen.hour, chosen.minute) == (10, 0)
    assert timedelta(0) <= chosen.date() - datetime.now(LONDON).date() < timedelta(days=7)
    assert abs(clock.now() - chosen) < timedelta(seconds=5) and clock.pretending


def test_real_time_comes_back() -> None:
    clock = Clock(LONDON)
    clock.pretend("today", "03:00")
    clock.real()
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=1) and not clock.pretending


@pytest.mark.parametrize(("day", "time"), [("Someday", "10:00"), ("Monday", "25:00"), ("Monday", "")])
def test_what_it_cannot_read_is_refused(day: str, time: str) -> None:
    with pytest.raises(ValueError):
        Clock(LONDON).pretend(day, time)
