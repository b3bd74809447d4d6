"""`chatbot run --platform teams` as a process: its own redis-server, /healthz, a signed activity answered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.contract.fake_teams_api import APP_ID, TENANT, FakeTeamsServer
from tests.contract.teams_bot import CHANNEL, HEAD, SECRET, THREAD, activity
from tests.contract.test_run import wait_healthy
from tests.log_watch import leaks
from tests.redis_server import _free_port

pytestmark = pytest.mark.contract
APP_YAML = f"teams: {{drafts_channel: '{CHANNEL}', approvers: {{users: [{HEAD}]}}}}\n" \
           "posting: {windows: ['Mon-Sun 00:00-24:00'], bank_holidays: none}\n"  # fmt: skip


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT", "TEAMS", "X_"))}
    return {**env, **extra}


def test_the_bot_serves_teams_and_answers_a_draft(tmp_path: Path, teams_server: FakeTeamsServer) -> None:
    (tmp_path / "app.yaml").write_text(APP_YAML)
    teams_server.fake.calls.clear()  # the fake is shared by the session: count only what this bot posts
    port, log = _free_port(), tmp_path / "bot.log"
    env = environment(TEAMS_APP_ID=APP_ID, TEAMS_APP_PASSWORD=SECRET, TEAMS_TENANT_ID=TENANT,
                      TEAMS_API_URL=teams_server.url)  # fmt: skip
    command = [sys.executable, "-m", "handlers.console.cli", "run", "--platform", "teams", "--http", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_healthy(process, port, log)
        body = activity("message", teams_server.url)
        headers = {"Authorization": f"Bearer {teams_server.fake.sign(teams_server.url)}"}
        answer = httpx.post(f"http://127.0.0.1:{port}/api/messages", json=body, headers=headers, timeout=60)
        assert answer.status_code == 200 and len(teams_server.fake.posted(THREAD)) == 1
        garbage = httpx.post(f"http://127.0.0.1:{port}/api/messages", content=b"{not json", headers=headers)
        assert garbage.status_code in (400, 401, 422)
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert process.returncode == 0 and (tmp_path / "var" / "redis" / "appendonlydir").exists()
    lines = log.read_text().splitlines()
    assert [line for line in lines if leaks(line) or SECRET in line] == [] and "Traceback" not in log.read_text()


def test_without_the_bot_identity_it_says_what_to_set(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text(APP_YAML)
    command = [sys.executable, "-m", "handlers.console.cli", "run", "--platform", "teams"]
    result = subprocess.run(command, cwd=tmp_path, env=environment(), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "TEAMS_APP_ID is not set" in result.stderr and "Traceback" not in result.stderr
