"""How the workspace is served: live updates over server-sent events, loopback by default, a warning for any other
address, the practice workspace chosen when no chat's credentials are set, and nothing left on disk once it stops."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from argparse import Namespace
from pathlib import Path

import httpx
import pytest

from chatbot import messages
from handlers.console import run
from handlers.local.wiring import start_local
from tests.local.practice import Practice, settings, workspace
from tests.local.test_workflow import CLEAN


def test_a_page_hears_of_a_change_at_once(practice: Practice) -> None:
    seen: list[str] = []
    poster = threading.Timer(0.2, lambda: practice.draft("amara", CLEAN))
    with httpx.Client(base_url=practice.running.url, timeout=20) as other, other.stream("GET", "/events") as stream:
        lines = stream.iter_lines()
        seen.append(next(line for line in lines if line.startswith("data:")))
        poster.start()
        seen.append(next(line for line in lines if line.startswith("data:")))
    poster.join()
    assert int(seen[1].removeprefix("data: ")) > int(seen[0].removeprefix("data: "))


def test_every_page_says_it_is_practice(practice: Practice) -> None:
    practice.draft("amara", CLEAN)
    pages = [practice.client.get(path) for path in ("/?as=amara", "/?as=priya", "/posts/404")]
    assert all(messages.PRACTICE_BANNER.split(":")[0] in page.text for page in pages)


def test_it_listens_on_this_computer_only_by_default() -> None:
    running = start_local(settings(), port=0)
    try:
        assert running.server.config.host == "127.0.0.1" and running.url.startswith("http://127.0.0.1:")
    finally:
        running.close()


def test_closing_deletes_everything_it_kept(practice: Practice) -> None:
    folder = practice.running.folder
    assert folder.is_dir() and any(folder.iterdir())
    practice.running.close()
    assert not folder.exists()


def test_no_chat_credentials_opens_the_practice_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run._platform(settings(), None) == "local"
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    assert run._platform(settings(), None) == "slack"
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    monkeypatch.setenv("TEAMS_APP_ID", "00000000-0000-0000-0000-000000000001")
    assert run._platform(settings(), None) == "teams"


def test_another_address_is_warned_about(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
                                         tmp_path: Path) -> None:  # fmt: skip
    started: list[tuple[str, int | None]] = []

    class Started:
        url = "http://127.0.0.1:1"

        def serve(self) -> None:
            return None

    def fake_start(chosen: object, host: str, port: int | None) -> Started:
        started.append((host, port))
        return Started()

    monkeypatch.setattr("handlers.local.wiring.start_local", fake_start)
    with caplog.at_level(logging.WARNING):
        assert run._run_local(settings(), "0.0.0.0", 9000) == 0
    assert started == [("0.0.0.0", 9000)]
    assert "anyone who can reach this computer" in caplog.text


def test_run_chooses_local_from_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[str] = []
    monkeypatch.setattr(run, "_run_local", lambda s, host, port: chosen.append(f"{host}:{port}") or 0)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")  # even with Slack's token, --platform local is local
    args = Namespace(config=None, platform="local", host="127.0.0.1", port=8999, http=None, health_port=None)
    assert run.run(args) == 0 and chosen == ["127.0.0.1:8999"]


def test_chatbot_run_with_no_credentials_serves_the_workspace_and_leaves_nothing_behind(tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT", "TEAMS"))}
    command = [sys.executable, "-m", "handlers.console.cli", "run", "--port", "0"]
    temporary = tmp_path / "tmp"  # where its redis-server keeps the practice data: empty again once it stops
    temporary.mkdir()
    clean["TMPDIR"] = str(temporary)
    with subprocess.Popen(command, cwd=tmp_path, env=clean, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        try:
            said = process.stdout.readline()
            url = said.split(" at ")[1].split(" ")[0]
            assert url.startswith("http://127.0.0.1:") and "nothing is published" in said
            assert "Practice workspace" in _when_listening(f"{url}/?as=ben")
        finally:
            process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert "Traceback" not in process.stderr.read()
    assert not any(temporary.iterdir())


def _when_listening(url: str) -> str:
    """The page, once the server listens (the address is printed just before it does)."""
    for _ in range(200):
        try:
            return httpx.get(url, timeout=30).text
        except httpx.ConnectError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listened at {url}")


def test_credentials_never_make_the_practice_workspace_publish(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET"):
        monkeypatch.setenv(name, "set")
    monkeypatch.setenv("X_API_URL", "http://127.0.0.1:9")  # nothing listens there: a call would fail the test
    with workspace(settings(publishing={"targets": ["x", "mastodon"]})) as practice:
        assert practice.ws.service.publisher is practice.ws.publisher
        draft = practice.draft("amara", CLEAN)
        practice.press("ben", "draft-approve", draft)
        assert "published (practice)" in practice.thread(draft) and len(practice.ws.publisher.posts) == 1


def test_the_governors_report_of_the_practice_is_one_press_away(practice: Practice) -> None:
    practice.press("ben", "draft-approve", practice.draft("amara", CLEAN))
    page = practice.client.get("/report")
    assert page.status_code == 200 and "Posts published: 1." in page.text and "Ben Hughes" in page.text
    pdf = practice.client.get("/report.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
