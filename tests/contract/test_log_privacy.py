"""No request body reaches the log at any level, whatever happens to a request whose body names pupils."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from slack_bolt import BoltRequest

from handlers.slack.payload_logs import WITHHELD
from tests.contract.conftest import Bot, payload
from tests.contract.http_kit import endpoints, post, serving, signed
from tests.log_watch import NAMES, PUPILS_DRAFT

pytestmark = pytest.mark.contract


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))  # with the traceback and exception message, when there is one


@pytest.fixture
def every_record() -> Iterator[Records]:
    """Every record of every logger, at DEBUG (an App built after this logs its DEBUG too)."""
    records, root = Records(), logging.getLogger()
    loggers = (root, logging.getLogger("slack_bolt"), logging.getLogger("slack_sdk"))
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    root.addHandler(records)
    yield records
    root.removeHandler(records)
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def leaked(records: Records, bodies: list[str]) -> list[str]:
    return [line for line in records.lines if any(name in line for name in NAMES) or any(b in line for b in bodies)]


def test_failed_signatures_log_why_and_never_the_body(bot: Bot, every_record: Records) -> None:
    body = json.dumps(payload("event_message", event__text=PUPILS_DRAFT))
    with serving(endpoints(bot)) as port:
        assert post(port, body, signed(body, secret="not-the-signing-secret")) == 401
        assert post(port, body, signed(body, age=6 * 60)) == 401  # a clock five minutes off, or a replay
        assert post(port, body, {"Content-Type": "application/json"}) == 401
        assert post(port, body, {**signed(body), "X-Slack-Request-Timestamp": "yesterday"}) == 401
    said = "\n".join(every_record.lines)
    assert "check SLACK_SIGNING_SECRET" in said and "signed 6 minutes away" in said and "without Slack's" in said
    assert leaked(every_record, [body]) == [] and bot.slack.named("chat.postMessage") == []


def test_bolts_own_signature_check_logs_no_body_either(bot: Bot, every_record: Records) -> None:
    app = endpoints(bot).app
    assert app is not None
    body = json.dumps(payload("event_message", event__text=PUPILS_DRAFT))
    for headers in (signed(body, secret="not-the-signing-secret"), signed(body, age=600)):
        response = app.dispatch(BoltRequest(body=body, headers={k.lower(): [v] for k, v in headers.items()}))
        assert response.status == 401
    assert "check SLACK_SIGNING_SECRET" in "\n".join(every_record.lines)
    assert leaked(every_record, [body]) == []


def test_handled_skipped_and_unhandled_requests_log_no_body_at_debug(bot: Bot, every_record: Records) -> None:
    draft = json.dumps(payload("event_message", event__text=PUPILS_DRAFT))
    own = json.dumps(payload("event_message", event__text=PUPILS_DRAFT, event__user="U0BOTUSER1", event_id="Ev0OWN"))
    search = json.dumps(payload("block_suggestion", value="Joshua"))  # the answer lists pupils
    unknown = json.dumps(payload("block_suggestion", action_id="no-such-action", value="Amelia Nowak"))
    broken = '{"type": "event_callback", "event": {"text": "' + PUPILS_DRAFT + '"'
    with serving(endpoints(bot)) as port:
        answers = [post(port, body, signed(body)) for body in (draft, own, search, unknown, broken)]
    assert answers == [200, 200, 200, 404, 400]
    assert bot.slack.named("chat.postMessage")  # the draft's report went out, its Web API call logged at DEBUG
    said = "\n".join(every_record.lines)
    assert f"Skipped self event: {WITHHELD}" in said and f"Unhandled request ({WITHHELD}" in said
    assert any(line.startswith("DEBUG slack_sdk") and WITHHELD in line for line in every_record.lines)
    assert leaked(every_record, [draft, own, search, unknown, broken]) == []
