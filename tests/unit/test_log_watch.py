"""The suite's own log watch would catch a leak: a pupil's name or a token logged is flagged."""

from __future__ import annotations

import logging

from tests.log_watch import WATCH, leaks


def test_a_pupils_name_or_a_token_in_a_log_line_is_caught_and_ordinary_lines_are_not() -> None:
    assert leaks("draft from Josh Patel checked") == ["Josh Patel", "Patel"]
    assert leaks("posting with xoxb-123-abc") == ["xoxb-123-abc"]
    assert leaks("scheduler tick skipped: The store (Redis) is not answering") == []


def test_the_watch_sees_records_from_any_logger_at_info() -> None:
    before = len(WATCH.offending)
    logging.getLogger("chatbot.anything").info("leaked Amelia Nowak")
    assert len(WATCH.offending) == before + 1
    del WATCH.offending[before:]  # the leak was this test's own: it must not fail the run
