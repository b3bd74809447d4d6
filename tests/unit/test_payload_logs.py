"""The Slack libraries' log records are cut where a payload begins, and the suite's watch sees their DEBUG."""

from __future__ import annotations

import logging
import sys

import pytest

from handlers.slack.payload_logs import WITHHELD, WithholdPayloads, quiet_logger, withheld
from tests.log_watch import PUPILS_DRAFT, WATCH


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"Skipped self event: {{'text': '{PUPILS_DRAFT}'}}", "Skipped self event: "),
        (f"Invalid request signature detected (signature: v0=1, timestamp: 1, body: {PUPILS_DRAFT})",
         "Invalid request signature detected (signature: v0=1, timestamp: 1, "),
        ("Responding with status: 200 body: \"[...]\" (3 millis)", "Responding with status: 200 "),
        ("payload=%7B%22text%22%3A%22Joshua+Patel%22%7D", ""),
        ("Sending a request - url: https://slack.com/api/chat.postMessage, query_params: {}, json_body: {}",
         "Sending a request - url: https://slack.com/api/chat.postMessage, query_params: "),
    ],
)  # fmt: skip
def test_a_line_is_cut_where_its_payload_begins(line: str, kept: str) -> None:
    assert withheld(line) == kept + WITHHELD


def test_a_line_without_a_payload_is_kept_whole() -> None:
    assert withheld("Applying middleware RequestVerification") == "Applying middleware RequestVerification"


def test_a_record_and_its_exceptions_message_lose_the_payload_but_keep_the_traceback() -> None:
    try:
        raise ValueError(f"bad item: {{'text': '{PUPILS_DRAFT}'}}")
    except ValueError:
        record = logging.LogRecord("slack_bolt.App", logging.WARNING, __file__, 1, "Unhandled request (%s)",
                                   ({"value": PUPILS_DRAFT},), sys.exc_info())  # fmt: skip
    assert WithholdPayloads().filter(record)
    text = logging.Formatter().format(record)
    assert text.startswith(f"Unhandled request ({WITHHELD}\nTraceback (most recent call last):")
    assert "test_payload_logs.py" in text and text.endswith(f"ValueError: bad item: {WITHHELD}")
    assert "Patel" not in text and "Nowak" not in text


def test_the_filter_goes_on_a_logger_and_on_those_under_it_once() -> None:
    child = logging.getLogger("quiet_test_library.module")
    quiet_logger("quiet_test_library")
    quiet_logger("quiet_test_library")
    assert [type(f) for f in child.filters] == [WithholdPayloads]
    assert [type(f) for f in logging.getLogger("quiet_test_library").filters] == [WithholdPayloads]


def test_the_watch_sees_the_slack_libraries_debug_records() -> None:
    before = len(WATCH.offending)
    logging.getLogger("slack_sdk.unfiltered_for_this_test").debug("leaked %s", PUPILS_DRAFT)
    assert len(WATCH.offending) == before + 1
    del WATCH.offending[before:]  # the leak was this test's own: it must not fail the run
