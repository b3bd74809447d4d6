"""HTTP mode's limits on the real server: bodies capped, stalled clients dropped, threads counted, no tracebacks."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from handlers.slack.http_serving import Endpoints, Limits
from tests.contract.conftest import Bot, payload
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.http_kit import endpoints, exchange, raw, read_all, serving, signed, status
from tests.contract.test_run import start_bot
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
BODY = json.dumps(payload("event_message"))
FORM = "application/x-www-form-urlencoded"


def test_an_800_mb_request_is_answered_413_before_its_body_is_read(bot: Bot) -> None:
    with serving(endpoints(bot)) as port, socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        client.sendall(raw("POST", "/slack/events", headers={"Content-Length": str(800 << 20)}))
        answer = read_all(client)  # nothing of the body was sent: the answer cannot have waited for it
    assert status(answer) == 413 and b"larger than 1048576 bytes" in answer


def proc_status(pid: int, field: str) -> int:
    """A number from /proc/PID/status: VmHWM is the peak resident memory in kB, Threads the thread count."""
    line = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith(f"{field}:"))
    return int(line.split()[1])


def test_chatbot_run_stays_flat_under_an_800_mb_request_and_300_stalled_clients(
    tmp_path: Path, slack_server: FakeSlackServer, redis_server: RedisServer
) -> None:
    process, port = start_bot(tmp_path, slack_server.url, redis_server.url)
    try:
        peak = proc_status(process.pid, "VmHWM")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
            client.sendall(raw("POST", "/slack/events", headers={"Content-Length": str(800 << 20)}))
            with pytest.raises(OSError):  # refused after the headers: the body is never read
                for _ in range(800):
                    client.sendall(b"0" * (1 << 20))
        assert proc_status(process.pid, "VmHWM") - peak < 20_000  # kB (it reached 1.7 GB when bodies were read)
        stalled = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(300)]
        time.sleep(0.5)
        assert proc_status(process.pid, "Threads") <= 40  # 32 handlers and the bot's own few, not 300
        for client in stalled:
            client.close()
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Content-Length": None}, 411),
        ({"Content-Length": None, "Transfer-Encoding": "chunked"}, 411),
        ({"Content-Length": "12abc"}, 400),
        ({"Content-Length": "-5"}, 400),
        ({"Content-Length": "9" * 40}, 400),
    ],
)
def test_a_missing_or_unreadable_length_is_refused(bot: Bot, headers: dict[str, str | None], expected: int) -> None:
    with serving(endpoints(bot)) as port:
        assert status(exchange(port, raw("POST", "/slack/events", BODY.encode(), headers))) == expected


def test_two_lengths_are_refused(bot: Bot) -> None:
    request = raw("POST", "/slack/events", b"{}").replace(b"\r\n\r\n", b"\r\nContent-Length: 5000\r\n\r\n")
    with serving(endpoints(bot)) as port:
        assert status(exchange(port, request)) == 400


def test_a_silent_client_and_a_trickling_one_are_dropped_at_the_deadline() -> None:
    with serving(Endpoints(lambda: True), Limits(timeout=0.5)) as port:
        started = time.monotonic()
        assert exchange(port, b"") == b""  # sends nothing: the server closes the connection
        assert time.monotonic() - started < 3
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            started = time.monotonic()
            with pytest.raises(OSError):  # a byte every 0.1 s would take 12 s: the server closes before
                for byte in b"GET /healthz HTTP/1.1\r\nX-Slow: " + b"a" * 100:
                    client.sendall(bytes([byte]))
                    time.sleep(0.1)
            assert time.monotonic() - started < 3


def test_stalled_clients_hold_at_most_the_handler_threads_and_the_rest_are_answered_503() -> None:
    before = threading.active_count()
    with serving(Endpoints(lambda: True), Limits(timeout=1, handlers=4)) as port:
        stalled = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(30)]
        time.sleep(0.3)
        assert threading.active_count() <= before + 1 + 4  # the server's own thread and four handlers
        answers = [read_all(client) for client in stalled[4:]]
        assert {status(answer) for answer in answers} == {503}
        time.sleep(1.2)  # the four stalled ones are dropped at the deadline
        assert status(exchange(port, raw("GET", "/healthz"))) == 200
        for client in stalled:
            client.close()


@pytest.mark.parametrize(
    ("request_bytes", "expected"),
    [
        (raw("POST", "/slack/events", b'{"type": "event_callback", "event": {'), 401),  # unsigned, bad JSON
        (raw("POST", "/slack/events", b"payload=%7B%22type&&==%%", {"Content-Type": FORM}), 401),  # bad form
        (raw("POST", "/slack/events", b"\xff\xfe\x00Joshua"), 400),  # not UTF-8
        (raw("POST", "/slack/other", BODY.encode()), 404),
        (raw("GET", "/slack/events"), 404),
        (raw("PUT", "/slack/events", BODY.encode()), 405),
        (raw("DELETE", "/healthz"), 405),
        (raw("BREW", "/slack/events"), 405),
        (raw("HEAD", "/healthz"), 405),
        (b"HELLO\r\n\r\n", 400),
        (b"POST /slack/events HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n", 431),
    ],
)  # fmt: skip
def test_malformed_unsigned_requests_get_a_clear_answer_and_no_traceback(
    bot: Bot, request_bytes: bytes, expected: int, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    with serving(endpoints(bot)) as port:
        assert status(exchange(port, request_bytes)) == expected
        assert status(exchange(port, raw("GET", "/healthz"))) == 200  # and the server carries on
    assert "Traceback" not in caplog.text and "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize(
    "body",
    ['{"type": "event_callback", "event": {', "[1, 2, 3]", "[" * 100_000 + "]" * 100_000, '"just a string"',
     "payload=%7Bnot-json", "payload=%5B%5D"],
)  # fmt: skip
def test_malformed_signed_requests_are_answered_400_and_change_nothing(
    bot: Bot, body: str, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    content_type = FORM if body.startswith("payload=") else "application/json"
    with serving(endpoints(bot)) as port:
        headers = {**signed(body), "Content-Type": content_type}
        assert status(exchange(port, raw("POST", "/slack/events", body.encode(), dict(headers)))) == 400
    assert "Traceback" not in caplog.text and "Traceback" not in capfd.readouterr().err
    assert bot.publisher.posted == [] and bot.slack.named("chat.postMessage") == []
