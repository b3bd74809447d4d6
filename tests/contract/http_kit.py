"""Slack's HTTP mode in this process: the real server on a free port, the real App, raw requests and signatures."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from slack_bolt import App
from slack_sdk.signature import SignatureVerifier

from chatbot.school.settings import ApproversSection, SlackSection
from handlers.slack.app import build_app, web_client
from handlers.slack.deps import SlackDeps
from handlers.slack.http_serving import Endpoints, Limits, serve
from tests.contract.conftest import CHANNEL, HEAD, TOKEN, Bot

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"  # the log watch knows it: logging it fails the run


def http_app(bot: Bot) -> App:
    """An App in HTTP mode (signatures checked) over `bot`'s workflow, store and fake Slack."""
    assert bot.service is not None
    slack = SlackSection(drafts_channel=CHANNEL, approvers=ApproversSection(users=[HEAD], channel="C0APPROVE1"))
    deps = SlackDeps(bot.service, slack, TOKEN, frozenset({"127.0.0.1"}))
    return build_app(deps, web_client(TOKEN, bot.api_url), SECRET, socket_mode=False)


def endpoints(bot: Bot) -> Endpoints:
    return Endpoints(bot.store.ping, http_app(bot), SignatureVerifier(SECRET))


@contextmanager
def serving(points: Endpoints, limits: Limits | None = None) -> Iterator[int]:
    """The server on a free port, for the block's duration; yields the port."""
    server = serve(("127.0.0.1", 0), points, limits or Limits())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def signed(body: str, secret: str = SECRET, age: int = 0) -> dict[str, str]:
    """The headers Slack sends with `body`, signed with `secret` `age` seconds ago."""
    stamp = str(int(time.time()) - age)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": str(signature)}


def raw(method: str, path: str, body: bytes = b"", headers: dict[str, str | None] | None = None) -> bytes:
    """An HTTP/1.1 request as bytes, with Content-Length unless `headers` change it (None: leave it out)."""
    fields: dict[str, str | None] = {"Host": "127.0.0.1", "Content-Length": str(len(body)), **(headers or {})}
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items() if value is not None)
    return f"{method} {path} HTTP/1.1\r\n{head}\r\n".encode() + body


def exchange(port: int, request: bytes, timeout: float = 10) -> bytes:
    """Send `request` and read the answer until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(request)
        return read_all(connection)


def read_all(connection: socket.socket) -> bytes:
    answer = b""
    while chunk := connection.recv(65536):
        answer += chunk
    return answer


def status(answer: bytes) -> int:
    """The status code of a raw answer (0 when there is none)."""
    parts = answer.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def post(port: int, body: str, headers: dict[str, str]) -> int:
    return status(exchange(port, raw("POST", "/slack/events", body.encode(), dict(headers))))
