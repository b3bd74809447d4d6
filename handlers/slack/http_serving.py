"""Slack's HTTP mode: /slack/events and /healthz, with bodies capped, silent clients dropped and threads counted."""

from __future__ import annotations

import io
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk.signature import SignatureVerifier

from chatbot import messages
from handlers.slack.app import dispatch_safely, parsed
from handlers.slack.redelivery import InFlight
from handlers.slack.verification import signature_failure

logger = logging.getLogger(__name__)
EVENTS_PATH, HEALTH_PATH = "/slack/events", "/healthz"


@dataclass(frozen=True)
class Limits:
    max_body: int = 1 << 20  # Slack's payloads are a few kB; an edit of a 40,000-character draft is ~200 kB
    timeout: float = 10.0  # seconds a client has to send its whole request (Slack takes milliseconds)
    handlers: int = 32  # connections handled at once; more are answered 503 straight away


@dataclass(frozen=True)
class Endpoints:
    """What the server answers with: the store's health, and (HTTP mode) the App and Slack's signing secret."""

    healthy: Callable[[], bool]
    app: App | None = None  # None: /healthz only (Socket Mode's --health-port)
    verifier: SignatureVerifier | None = None
    in_flight: InFlight = field(default_factory=InFlight)


def serve(address: tuple[str, int], endpoints: Endpoints, limits: Limits = Limits()) -> BoundedServer:
    """A server bound to `address` (call `serve_forever`), answering `endpoints` within `limits`."""
    handler = type("Handler", (SlackHandler,), {"endpoints": endpoints, "limits": limits})
    return BoundedServer(address, handler, limits.handlers)


class BoundedServer(ThreadingHTTPServer):
    """A thread per connection, at most `slots` at once: 300 stalled clients cannot hold 300 threads."""

    daemon_threads = True  # a stalled client never holds up shutting down
    request_queue_size = 128  # connections waiting to be accepted (socketserver's 5 makes a burst's clients wait)

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], slots: int) -> None:
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(slots)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            _answer_busy(request)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # no thread started: give its slot back
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver would print a traceback to stderr; the error's kind is enough and quotes no request
        logger.warning(messages.HTTP_HANDLER_FAILED.format(error=type(sys.exc_info()[1]).__name__))


def _answer_busy(connection: socket.socket) -> None:
    """A 503 written on the accepting thread: a few bytes into an empty send buffer, so it cannot stall."""
    data = json.dumps({"ok": False, "error": messages.HTTP_BUSY}).encode()
    head = "HTTP/1.0 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
    try:
        connection.settimeout(1)
        connection.sendall(f"{head}Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data)
    except OSError:  # the client left first
        pass


class _Deadline(socket.SocketIO):
    """A connection's reading side that gives up once the request has taken `seconds` in all.

    A timeout per read alone would let a client that sends a byte every few seconds hold its thread for hours.
    """

    def __init__(self, connection: socket.socket, seconds: float) -> None:
        super().__init__(connection, "rb")
        self._connection, self._seconds = connection, seconds
        self._deadline = time.monotonic() + seconds

    def readinto(self, buffer: Any) -> int | None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long")
        self._connection.settimeout(min(left, self._seconds))
        try:
            return super().readinto(buffer)
        finally:
            self._connection.settimeout(self._seconds)  # writing the answer gets the time a read would


class SlackHandler(BaseHTTPRequestHandler):
    """One connection (HTTP/1.0: one request), read within `limits.timeout` seconds from its first byte on."""

    endpoints: Endpoints
    limits: Limits
    default_request_version = "HTTP/1.0"  # so that a refusal of an unreadable request line has a status line too

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the plain reader socketserver made: replaced by one with a deadline
        self.rfile = io.BufferedReader(_Deadline(self.connection, self.limits.timeout))

    def do_GET(self) -> None:
        if self.path.split("?")[0] != HEALTH_PATH:
            return self._reply(404, {"ok": False, "error": messages.HTTP_NOT_FOUND})
        healthy = self.endpoints.healthy()
        self._reply(200 if healthy else 503, {"ok": healthy, "redis": "answering" if healthy else "not answering"})

    def do_POST(self) -> None:
        app, verifier = self.endpoints.app, self.endpoints.verifier
        if self.path.split("?")[0] != EVENTS_PATH or app is None or verifier is None:
            return self._reply(404, {"ok": False, "error": messages.HTTP_NOT_FOUND})
        body = self._body()
        if body is None:
            return
        headers = {name.lower(): self.headers.get_all(name, []) for name in set(self.headers.keys())}
        failure = signature_failure(verifier, body, headers)  # before parsing: unsigned bytes are never parsed
        if failure is not None:
            logger.info(failure)
            return self._reply(401, {"ok": False, "error": messages.HTTP_UNSIGNED})
        request = parsed(body, headers)
        if request is None:
            return self._reply(400, {"ok": False, "error": messages.HTTP_MALFORMED})
        with self.endpoints.in_flight.claim(request.body) as claimed:
            self._send(dispatch_safely(app, request) if claimed else _in_flight())

    def parse_request(self) -> bool:
        """http.server's reading of the request line and headers, with any method but GET and POST refused 405."""
        if not super().parse_request():
            return False
        if self.command in ("GET", "POST"):
            return True
        self._reply(405, {"ok": False, "error": messages.HTTP_METHOD_NOT_ALLOWED}, {"Allow": "GET, POST"})
        return False

    def _body(self) -> str | None:
        """The body as text; None once the request was answered with why it cannot be read."""
        refusal = self._length_refusal()
        if refusal is not None:
            self._refuse(*refusal)
            return None
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)  # past the deadline: TimeoutError, and http.server drops the connection
        if len(data) < length:
            logger.info(messages.HTTP_DROPPED_SHORT)
            self.close_connection = True
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self._refuse(400, messages.HTTP_NOT_UTF8)
            return None

    def _length_refusal(self) -> tuple[int, str] | None:
        """Why the body will not be read (its length is missing, unreadable or over the limit), or None."""
        lengths = self.headers.get_all("Content-Length") or []
        if not lengths or self.headers.get("Transfer-Encoding"):
            return 411, messages.HTTP_LENGTH_REQUIRED
        given = lengths[0]
        if len(lengths) > 1 or not (given.isascii() and given.isdigit() and len(given) <= 12):
            return 400, messages.HTTP_BAD_LENGTH
        if int(given) > self.limits.max_body:
            return 413, messages.HTTP_TOO_LARGE.format(limit=self.limits.max_body)
        return None

    def _refuse(self, status: int, error: str) -> None:
        """Answer and close: whatever the client still sends is never read."""
        logger.info(messages.HTTP_REFUSED.format(reason=error))
        self._reply(status, {"ok": False, "error": error}, {"Connection": "close"})
        self.close_connection = True

    def _send(self, response: BoltResponse) -> None:
        self.send_response(response.status)
        for name, values in response.headers.items():
            for value in values:
                self.send_header(name, value)
        data = (response.body or "").encode()
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _reply(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_message(self, *_: Any) -> None:  # request lines are noise; what matters is logged above
        pass

    def log_error(self, format: str, *_: Any) -> None:
        # http.server's own refusals (a request that timed out or is malformed); its arguments quote the request
        logger.info(messages.HTTP_DROPPED_SLOW if "timed out" in format else messages.HTTP_DROPPED_MALFORMED)


def _in_flight() -> BoltResponse:
    return BoltResponse(status=503, body=json.dumps({"ok": False, "error": messages.HTTP_IN_FLIGHT}),
                        headers={"Content-Type": "application/json", "Retry-After": "60"})  # fmt: skip
