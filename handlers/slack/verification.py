"""Slack's request signatures, checked with a log line that says why one failed and never quotes the body."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.middleware.request_verification import RequestVerification
from slack_sdk.signature import SignatureVerifier

from chatbot import messages

logger = logging.getLogger(__name__)
MAX_AGE_SECONDS = 5 * 60  # Slack's rule: an older timestamp may be a replayed request
_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # seconds since 1970; longer is not a time (and int() of it is slow)

Headers = Mapping[str, Sequence[str]]


def signature_failure(verifier: SignatureVerifier, body: str, headers: Headers) -> str | None:
    """Why Slack did not sign this request, as a line for the log; None when it did."""
    timestamp = next(iter(headers.get("x-slack-request-timestamp", ())), "")
    signature = next(iter(headers.get("x-slack-signature", ())), "")
    if not timestamp or not signature:
        return messages.SIGNATURE_MISSING
    if not _TIMESTAMP.fullmatch(timestamp):
        return messages.SIGNATURE_UNREADABLE
    skew = abs(time.time() - int(timestamp))
    if skew > MAX_AGE_SECONDS:
        return messages.SIGNATURE_STALE.format(minutes=round(skew / 60))
    if not verifier.is_valid(body, timestamp, signature):
        return messages.SIGNATURE_MISMATCH
    return None


class QuietVerification(RequestVerification):
    """bolt's RequestVerification, whose own log line quotes the whole body (pupils' names with it)."""

    def process(
        self,
        *,
        req: BoltRequest,
        resp: BoltResponse,
        next: Callable[[], BoltResponse],  # bolt's name for it
    ) -> BoltResponse:
        if req.mode == "socket_mode":  # Socket Mode's connection is authenticated; its payloads are not signed
            return next()
        failure = signature_failure(self.verifier, req.raw_body, req.headers)
        if failure is None:
            return next()
        logger.info(failure)
        return self._build_error_response()
