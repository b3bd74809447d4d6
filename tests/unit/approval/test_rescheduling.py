"""A chosen time that cannot be used at all: one already past (with a minute's grace for a slow form)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chatbot import messages
from chatbot.approval.rescheduling import time_problem

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_a_time_to_come_or_none_is_fine_and_a_past_one_is_refused() -> None:
    assert time_problem(NOW + timedelta(hours=1), NOW) is None
    assert time_problem(None, NOW) is None  # no chosen time: on approval, in school hours
    assert time_problem(NOW - timedelta(seconds=30), NOW) is None  # the form took a moment to fill in
    assert time_problem(NOW - timedelta(minutes=5), NOW) == messages.TIME_PASSED
