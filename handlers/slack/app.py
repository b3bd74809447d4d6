"""The Slack composition root: a bolt App with every listener registered, wired to one WorkflowService."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler

from chatbot.errors import InProgress
from handlers.slack import (
    actions,
    commands,
    consent_withdrawn,
    correction,
    described,
    follower_actions,
    form_drafts,
    home,
    incident_actions,
    messages,
    names,
    pictured,
    reactions,
    rejection,
    reminders,
    scheduling,
    suggestions,
    trips,
    welcome,
)
from handlers.slack.deps import SlackDeps
from handlers.slack.payload_logs import quiet_logger
from handlers.slack.verification import QuietVerification

logger = logging.getLogger(__name__)
# What bolt raises on a payload it cannot read; a deeply nested one exhausts the parser's recursion
MALFORMED = (KeyError, IndexError, TypeError, ValueError, AttributeError, RecursionError)


def web_client(token: str, base_url: str | None) -> WebClient:
    """A Web API client that waits out 429s and retries 5xx answers, as Slack asks."""
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, logger=quiet_logger("slack_sdk"))
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    client.retry_handlers.append(ServerErrorRetryHandler(max_retry_count=2))
    return client


def build_app(deps: SlackDeps, client: WebClient, signing_secret: str | None, socket_mode: bool) -> App:
    """The App; its answer to Slack waits for the listener, so a failure is a 5xx and Slack delivers again."""
    app = App(
        name="countersign",
        logger=_bolt_logger(),
        client=client,
        signing_secret=signing_secret,
        # Socket Mode has no signatures; HTTP mode checks every one, logging why one failed but never the body
        request_verification_enabled=False,
        before_authorize=None if socket_mode else QuietVerification(signing_secret or ""),
        process_before_response=True,  # the work's outcome is the answer: a 200 means the event was handled
        raise_error_for_unhandled_request=False,
    )
    names.register(app, deps)
    messages.register(app, deps)
    reactions.register(app, deps)
    pictured.register(app, deps)
    described.register(app, deps)
    consent_withdrawn.register(app, deps)
    commands.register(app, deps)
    actions.register(app, deps)
    rejection.register(app, deps)
    correction.register(app, deps)
    form_drafts.register(app, deps)
    suggestions.register(app, deps)
    trips.register(app, deps)
    scheduling.register(app, deps)
    follower_actions.register(app, deps)
    incident_actions.register(app, deps)
    welcome.register(app, deps)
    reminders.register(app, deps)
    home.register(app, deps, deps.zone)
    app.error(_report_error)
    return app


def _bolt_logger() -> logging.Logger:
    """The logger bolt's own loggers copy (level and filters): payloads withheld, at the root's level as bolt sets."""
    base = quiet_logger("slack_bolt")
    if base.level == logging.NOTSET:  # else bolt's checks of `level <= DEBUG` would format payloads for nothing
        base.setLevel(logging.getLogger().level)
    return base


def parsed(body: str, headers: Mapping[str, Sequence[str]]) -> BoltRequest | None:
    """An HTTP request's body read as bolt reads it; None (logged, not quoted) when it is not a payload."""
    try:
        return BoltRequest(body=body, headers={name: values for name, values in headers.items()})
    except MALFORMED as error:
        logger.warning("refused a malformed Slack request (%s)", type(error).__name__)
        return None


def dispatch_safely(app: App, request: BoltRequest) -> BoltResponse:
    """Dispatch one request; a payload too malformed for bolt to read is answered 400, never a traceback."""
    try:
        return app.dispatch(request)
    except MALFORMED as error:
        logger.warning("refused a malformed Slack request (%s)", type(error).__name__)
        return BoltResponse(status=400, body="")


def _report_error(error: Exception, body: dict[str, Any]) -> BoltResponse:
    """Log the failure and leave the event unacknowledged, so that Slack delivers it again (up to 3 times).

    The event was not marked handled, so the redelivery redoes the work: nothing is lost.
    """
    # Never the payload itself: drafts carry pupils' names. The event type and id are enough to find it.
    event = body.get("event", {}) if isinstance(body, dict) else {}
    if isinstance(error, InProgress):  # a redelivery raced the first delivery: expected, and Slack comes back
        logger.info("a redelivery of %s arrived while the first was being handled", body.get("event_id"))
        return BoltResponse(status=503, body="")
    logger.error(
        "listener failed on %s %s: %s",
        event.get("type") or body.get("type"),
        body.get("event_id"),
        type(error).__name__,
    )
    return BoltResponse(status=500, body="")
