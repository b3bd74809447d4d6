"""`chatbot run --http` as a process: health, signatures, a draft in and its report out; and its set-up errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError

import pytest
from slack_sdk.signature import SignatureVerifier

from tests.contract.conftest import payload
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer
from tests.log_watch import PUPILS_DRAFT, leaks
from tests.redis_server import _free_port

pytestmark = pytest.mark.contract
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture(autouse=True)
def bot_log_is_clean(tmp_path: Path) -> Iterator[None]:
    """The bot's own log, as a process: no secret or pupil's name in any line."""
    yield
    log = tmp_path / "bot.log"
    if log.exists():
        assert [line for line in log.read_text().splitlines() if leaks(line)] == []


def start_bot(
    tmp_path: Path, slack_api: str, redis_url: str | None, **extra: str
) -> tuple[subprocess.Popen[bytes], int]:
    config = tmp_path / "app.yaml"  # a test may write its own first
    if not config.exists():
        config.write_text("slack: {drafts_channel: C0DRAFTS01, approvers: {users: [U0HEAD0001]}}\n")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    env.update(SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=slack_api)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    command = [sys.executable, "-m", "handlers.console.cli", "run", "--http", str(port)]
    log = tmp_path / "bot.log"
    with log.open("ab") as output:  # the child keeps its own copy of the descriptor; a restart's log follows on
        process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=output, stderr=subprocess.STDOUT)
    wait_healthy(process, port, log)
    return process, port


def wait_healthy(process: subprocess.Popen[bytes], port: int, log: Path, tries: int = 400) -> None:
    """Until /healthz answers 200; the bot's log is the error if the process ends first."""
    for _ in range(tries):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(log.read_text()) from None
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the bot did not start")


@pytest.fixture
def http_bot(tmp_path: Path, slack_server: FakeSlackServer) -> Iterator[int]:
    slack_server.fake.calls.clear()
    process, port = start_bot(tmp_path, slack_server.url, None)  # no REDIS_URL: it runs its own redis-server
    yield port
    process.terminate()
    process.wait(timeout=20)
    assert (tmp_path / "var" / "redis" / "appendonlydir").exists()


def post(port: int, body: str, signed: bool, age: int = 0) -> int:
    stamp = str(int(time.time()) - age)
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp}
    if signed:
        headers["X-Slack-Signature"] = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=body)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", body.encode(), headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return int(answer.status)
    except HTTPError as error:
        error.close()
        return error.code


def test_a_signed_draft_gets_its_report_and_an_unsigned_one_is_refused(
    http_bot: int, slack_server: FakeSlackServer
) -> None:
    body = json.dumps(payload("event_message"))
    assert post(http_bot, body, signed=False) == 401
    assert post(http_bot, body, signed=True) == 200
    for _ in range(200):  # HTTP mode answers Slack at once and works on the event afterwards
        if slack_server.fake.named("chat.postMessage"):
            break
        time.sleep(0.05)
    [report] = slack_server.fake.named("chat.postMessage")
    assert report["thread_ts"] == "1795428000.000100" and report["text"] == "Countersign: OK"


def test_stale_forged_and_malformed_requests_are_refused_and_the_bot_carries_on(http_bot: int) -> None:
    body = json.dumps(payload("event_message", event__text=PUPILS_DRAFT))  # the bot's log must not name them
    assert post(http_bot, body, signed=True, age=6 * 60) == 401  # a replayed request, over five minutes old
    forged = body.replace("Year 3", "Year 4")  # signed, then changed on the way
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=body)
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}
    request = urllib.request.Request(f"http://127.0.0.1:{http_bot}/slack/events", forged.encode(), headers)
    with pytest.raises(HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    refused.value.close()
    assert refused.value.code == 401
    malformed = json.dumps({"type": "block_actions", "user": {"id": "U0HEAD0001"}, "actions": []})
    assert post(http_bot, malformed, signed=True) == 400
    with urllib.request.urlopen(f"http://127.0.0.1:{http_bot}/healthz", timeout=5) as answer:
        assert answer.status == 200


def test_health_says_when_redis_stops_answering(tmp_path: Path, slack_server: FakeSlackServer, redis_server) -> None:  # type: ignore[no-untyped-def]
    process, port = start_bot(tmp_path, slack_server.url, redis_server.url)
    try:
        redis_server.stop()
        with pytest.raises(HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10)
        refused.value.close()
        assert refused.value.code == 503
    finally:
        redis_server.start()
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, "slack.drafts_channel is not set"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK__DRAFTS_CHANNEL": "C1", "X_API_KEY": "k"},
            "X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET not set",
        ),
        (
            {
                "SLACK_BOT_TOKEN": "xoxb-1",
                "SLACK_APP_TOKEN": "xapp-1",
                "SLACK__DRAFTS_CHANNEL": "C1",
                "REDIS_URL": f"redis://127.0.0.1:{_free_port()}/0",
            },
            "Redis (REDIS_URL) is not answering",
        ),
    ],
)
def test_set_up_mistakes_are_one_line(tmp_path: Path, env: dict[str, str], message: str) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    command = [sys.executable, "-m", "handlers.console.cli", "run", "--platform", "slack"]  # none: the practice one
    result = subprocess.run(command, cwd=tmp_path, env={**clean, **env}, capture_output=True, text=True, timeout=60,
                            check=False)  # fmt: skip
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_manifest_asks_for_what_the_bot_uses() -> None:
    import yaml

    result = subprocess.run(
        [sys.executable, "-m", "handlers.console.cli", "manifest"], capture_output=True, text=True, check=True
    )
    manifest = yaml.safe_load(result.stdout)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert {"channels:history", "reactions:read", "files:read", "chat:write", "commands"} <= set(
        manifest["oauth_config"]["scopes"]["bot"]
    )
    assert {"message.channels", "reaction_added", "reaction_removed"} <= set(
        manifest["settings"]["event_subscriptions"]["bot_events"]
    )


def test_the_audit_trail_exports_for_governors(tmp_path: Path, store, redis_server) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from chatbot.approval.states import Transition

    at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    store.create("slack:C1:1.2", "U0AUTHOR01", {"text": "Lovely day"}, at, Transition.CHECKED_CLEAN, {"findings": []})
    store.approve("slack:C1:1.2", "U0HEAD0001", 1, at, {"accepted_warnings": ["spelling"]})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    command = [sys.executable, "-m", "handlers.console.cli", "audit", "export", "--since", "2026-11-01"]
    result = subprocess.run(command, cwd=tmp_path, env={**env, "REDIS_URL": redis_server.url}, capture_output=True,
                            text=True, check=True)  # fmt: skip
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "draft,at,transition,from,to,actor,detail"
    assert [line.split(",")[2] for line in lines[1:]] == ["created", "checked_clean", "approval"]
    jsonl = subprocess.run([*command, "--format", "jsonl"], cwd=tmp_path, env={**env, "REDIS_URL": redis_server.url},
                           capture_output=True, text=True, check=True)  # fmt: skip
    last = json.loads(jsonl.stdout.strip().splitlines()[-1])
    assert last["actor"] == "U0HEAD0001" and "spelling" in last["detail"]


def test_follower_decisions_export_with_who_and_when(tmp_path: Path, store, redis_server) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from chatbot.followers.account import Account

    at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    account = Account("77", "lilyxx_2015", "lily", "year 5")
    store.followers.add_new("77", "lilyxx_2015", {"account": account.to_record(), "flags": []}, at)
    store.followers.decide("77", "block", "U0HEAD0001", at, on_platform=False)
    store.followers.decide("77", "block", "U0DEPUTY01", at, on_platform=False)  # the same again: not recorded twice
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    command = [
        sys.executable,
        "-m",
        "handlers.console.cli",
        "audit",
        "export",
        "--since",
        "2026-11-01",
        "--of",
        "followers",
    ]
    result = subprocess.run(command, cwd=tmp_path, env={**env, "REDIS_URL": redis_server.url}, capture_output=True,
                            text=True, check=True)  # fmt: skip
    assert result.stdout.splitlines() == [
        "follower,handle,decision,by,at,on_platform",
        "77,lilyxx_2015,block,U0HEAD0001,2026-11-23T10:00:00+00:00,no",
    ]


def test_with_x_credentials_the_bot_watches_followers_and_mentions(  # type: ignore[no-untyped-def]
    tmp_path: Path, slack_server: FakeSlackServer, x_server: FakeXServer, store, redis_server
) -> None:
    slack_server.fake.calls.clear()
    x_server.fake.followers[:] = [{"id": str(n), "name": f"P{n}", "username": f"p{n}"} for n in range(7)]
    x_server.fake.mentions[:] = [{"id": "1890000000000000009", "text": "@ExamplePrimary you lot are morons",
                                  "author_id": "15", "created_at": "2026-11-20T14:52:07.000Z"}]  # fmt: skip
    x_env = {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t", "X_ACCESS_TOKEN_SECRET": "ts"}
    process, _ = start_bot(tmp_path, slack_server.url, redis_server.url, X_API_URL=x_server.url, **x_env)
    try:
        for _ in range(300):
            if len(slack_server.fake.named("chat.postMessage")) >= 2:
                break
            time.sleep(0.05)
        said = sorted(m["text"] for m in slack_server.fake.named("chat.postMessage"))
        assert said[0] == "Countersign: e-safety incident I1"
        assert "recorded the 7 accounts that already follow the school on X" in said[1]
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_incident_log_exports_and_keeps_confidential_content_back(tmp_path: Path, store, redis_server) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from chatbot.incidents.model import Evidence

    at = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    for kind, content in (("e-safety", "watch your back"), ("allegation", "Mr Harris grabbed my son")):
        evidence = Evidence(kind, "mention", content, "@dad (Dave)", "https://x.com/i/web/status/1", at, at,  # type: ignore[arg-type]
                            ("A reason.",), post_id=kind)  # fmt: skip
        store.incidents.create(evidence, "countersign")
    store.incidents.step("I1", "acknowledge", "U0COMPUTE1", at, to="acknowledged", allowed_from=("open",))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    command = [sys.executable, "-m", "handlers.console.cli", "incidents", "export", "--format", "csv"]
    run = lambda *extra: subprocess.run([*command, *extra], cwd=tmp_path, env={**env, "REDIS_URL": redis_server.url},  # noqa: E731
                                        capture_output=True, text=True, check=True).stdout  # fmt: skip
    import csv
    import io

    log = list(csv.DictReader(io.StringIO(run())))
    assert [(r["incident"], r["kind"], r["state"]) for r in log] == [("I1", "e-safety", "acknowledged"),
                                                                     ("I2", "allegation", "open")]  # fmt: skip
    assert log[0]["content"] == "watch your back" and "acknowledge by U0COMPUTE1" in log[0]["steps"]
    assert (
        log[0]["occurred_utc"] == "2026-11-20T15:00:00+00:00"
        and log[0]["occurred_local"] == "2026-11-20T15:00:00+00:00"
    )
    assert "Mr Harris" not in run() and log[1]["content"].startswith("[confidential")
    assert "Mr Harris grabbed my son" in run("--include-confidential")
