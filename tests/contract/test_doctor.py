"""`chatbot doctor` as an IT technician runs it: each check says what is wrong and what to do; no secret shown."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatbot.school.settings import Settings
from handlers.console.doctor import check_roster
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import ROSTER_CSV
from tests.redis_server import RedisServer, _free_port

pytestmark = pytest.mark.contract
APP_YAML = """slack: {drafts_channel: C0DRAFTS01}
policy: {roster: roster.csv}
incidents: {dsl: [U0DSL00001], headteacher: [U0HEAD0001], computing_lead: [U0COMPUTE1]}
"""


def doctor(tmp_path: Path, app_yaml: str = APP_YAML, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.yaml").write_text(app_yaml)
    (tmp_path / "roster.csv").write_text(ROSTER_CSV)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT", "X_", "TEAMS"))}
    return subprocess.run([sys.executable, "-m", "handlers.console.cli", "doctor"], cwd=tmp_path, env={**clean, **env},
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_a_good_set_up_passes_every_check_and_prints_no_secret(
    tmp_path: Path, slack_server: FakeSlackServer, redis_server: RedisServer
) -> None:
    result = doctor(tmp_path, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_APP_TOKEN="xapp-1-secret",
                    SLACK_API_URL=slack_server.url, REDIS_URL=redis_server.url)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line[0] in "✓!" for line in lines) and "Slack: the bot token works (workspace School" in result.stdout
    assert "Roster: 10 pupils read from roster.csv" in result.stdout and "with current photo consent" in result.stdout
    assert "xoxb-test-token" not in result.stdout and "xapp-1-secret" not in result.stdout
    assert "Josh" not in result.stdout  # pupils' names never printed


def test_a_revoked_token_and_a_dead_redis_are_named_with_what_to_do(
    tmp_path: Path, slack_server: FakeSlackServer
) -> None:
    result = doctor(tmp_path, SLACK_BOT_TOKEN="xoxb-revoked", SLACK_APP_TOKEN="xapp-1-secret",
                    SLACK_API_URL=slack_server.url, REDIS_URL=f"redis://127.0.0.1:{_free_port()}/0")  # fmt: skip
    assert result.returncode == 1
    assert "✗ Slack refused the bot token (invalid_auth): install the app again" in result.stdout
    assert "✗ Redis: REDIS_URL is set but Redis is not answering" in result.stdout
    assert "xoxb-revoked" not in result.stdout and "Traceback" not in result.stderr


def test_a_broken_app_yaml_is_one_line_naming_the_key(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text("slack: {drafts_chanel: C1}\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK", "REDIS", "CHATBOT"))}
    result = subprocess.run([sys.executable, "-m", "handlers.console.cli", "doctor"], cwd=tmp_path, env=clean,
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 1 and result.stdout.startswith("✗ Configuration:") and "drafts_chanel" in result.stdout


def test_a_network_listed_without_its_credentials_is_named(tmp_path: Path, slack_server: FakeSlackServer) -> None:
    result = doctor(tmp_path, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_APP_TOKEN="xapp-1-secret",
                    SLACK_API_URL=slack_server.url, PUBLISHING__TARGETS='["bluesky"]')  # fmt: skip
    assert result.returncode == 1
    assert "✗ publishing.targets lists bluesky: set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD" in result.stdout


def test_a_teams_school_is_checked_for_its_bot_identity_not_slack(
    tmp_path: Path, teams_server: object, redis_server: RedisServer
) -> None:  # fmt: skip
    from tests.contract.fake_teams_api import APP_ID, CLIENT_SECRET, TENANT

    (tmp_path / "roster.csv").write_text(ROSTER_CSV)
    teams_yaml = APP_YAML.replace("slack: {drafts_channel: C0DRAFTS01}", "teams: {drafts_channel: '19:d@thread.tacv2'}")
    env = {"TEAMS_APP_ID": APP_ID, "TEAMS_TENANT_ID": TENANT, "TEAMS_API_URL": teams_server.url,  # type: ignore[attr-defined]
           "REDIS_URL": redis_server.url}  # fmt: skip
    good = doctor(tmp_path, app_yaml=teams_yaml, TEAMS_APP_PASSWORD=CLIENT_SECRET, **env)
    assert good.returncode == 0, good.stdout
    assert "Teams: Entra ID gives the bot a token" in good.stdout and "Slack" not in good.stdout
    assert CLIENT_SECRET not in good.stdout
    wrong = doctor(tmp_path, app_yaml=teams_yaml, TEAMS_APP_PASSWORD="an-expired-secret", **env)
    assert wrong.returncode == 1 and "✗ Teams: no token for the bot" in wrong.stdout


def test_expired_consent_is_not_counted_as_consent(tmp_path: Path) -> None:
    rows = "Amelia,Nowak,yes,2020-07-31\nOliver,Khan,yes,\nIsla,Patel,no,\n"
    (tmp_path / "roster.csv").write_text("Forename,Surname,Photo consent,Consent expires\n" + rows)
    [finding] = check_roster(Settings(policy={"roster": str(tmp_path / "roster.csv")}))
    assert "3 pupils read from roster.csv, 1 with current photo consent" in finding.what
    assert "1 whose consent has expired" in finding.what and finding.status != "ok"


def test_a_roster_older_than_this_years_consent_round_is_named(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Forename,Surname,Photo consent\nAmelia,Nowak,yes\n", encoding="utf-8")
    settings = Settings(policy={"roster": str(roster)})
    [fresh] = check_roster(settings)  # written just now
    assert fresh.status == "ok"
    last_year = time.time() - 400 * 86_400  # before the latest 1 September, whenever this runs
    os.utime(roster, (last_year, last_year))
    [stale] = check_roster(settings)
    assert stale.status != "ok" and "older than this year's consent round (1 September" in stale.what
