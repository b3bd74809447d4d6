"""`chatbot doctor`: checks the configuration, tokens (never printed), Redis, the roster and the dictionaries."""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatbot.errors import CountersignError
from chatbot.school.settings import Settings

OK, WARN, FAIL = "ok", "warn", "fail"
MARK = {OK: "✓", WARN: "!", FAIL: "✗"}


@dataclass(frozen=True)
class Finding:
    status: str
    what: str


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("doctor", help="check the set-up and say what to fix")
    parser.add_argument("--config", type=Path, help="the app.yaml to use (default: $CHATBOT_CONFIG or ./app.yaml)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from chatbot.school.config_loader import load_settings

    try:
        settings = load_settings(args.config)
    except CountersignError as error:
        _print([Finding(FAIL, f"Configuration: {error}")])
        return 1
    findings = [Finding(OK, "Configuration: read, every key known")]
    for check in CHECKS:
        findings.extend(_safely(check, settings))
    _print(findings)
    return 1 if any(f.status == FAIL for f in findings) else 0


def _safely(check: Callable[[Settings], list[Finding]], settings: Settings) -> list[Finding]:
    try:
        return check(settings)
    except CountersignError as error:
        return [Finding(FAIL, str(error))]


def _print(findings: list[Finding]) -> None:
    for finding in findings:
        print(f"{MARK[finding.status]} {finding.what}")


def check_slack(settings: Settings) -> list[Finding]:
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    if not token.startswith("xoxb-"):
        return [Finding(FAIL, "Slack: SLACK_BOT_TOKEN is missing or is not a bot token (xoxb-…); see the README")]
    try:
        answer = WebClient(token=token, base_url=settings.slack_api_url or WebClient.BASE_URL, timeout=10).auth_test()
    except SlackApiError as error:
        return [Finding(FAIL, f"Slack refused the bot token ({error.response.get('error')}): install the app again")]
    except OSError as error:
        return [Finding(FAIL, f"Slack could not be reached ({type(error).__name__}): check the network or proxy")]
    found = [Finding(OK, f"Slack: the bot token works (workspace {answer.get('team')}, bot @{answer.get('user')})")]
    app = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
    if not app.startswith("xapp-") and not settings.slack_signing_secret:
        found.append(Finding(FAIL, "Slack: set SLACK_APP_TOKEN (xapp-…, Socket Mode) or SLACK_SIGNING_SECRET (HTTP)"))
    if not settings.slack.drafts_channel:
        found.append(Finding(FAIL, "Slack: slack.drafts_channel is not set in app.yaml"))
    return found


def check_x(settings: Settings) -> list[Finding]:
    from handlers.slack.wiring import x_credentials
    from handlers.wiring.publishing import publishing_targets

    targets = settings.publishing.targets
    found = [Finding(OK, f"Publishing to: {', '.join(targets)}")]
    publishing_targets(settings)  # a network without its credentials is a ConfigError, reported as ✗
    if "x" in targets and x_credentials(settings) is None:
        return [*found, Finding(WARN, "X: no credentials, so approved posts are recorded, not published (dry run)")]
    if "x" in targets:
        found.append(Finding(OK, "X: all four credentials are set (not tried: every call to X costs money)"))
    return found


def check_redis(settings: Settings) -> list[Finding]:
    from chatbot.store import RedisStore

    if settings.redis_url is None:
        if shutil.which("redis-server") is None:
            return [Finding(FAIL, "Redis: no REDIS_URL and no redis-server installed; run scripts/setup")]
        return [Finding(OK, "Redis: no REDIS_URL, so the bot runs its own redis-server in ./var/redis")]
    if not RedisStore.from_url(settings.redis_url.get_secret_value()).ping():
        return [Finding(FAIL, "Redis: REDIS_URL is set but Redis is not answering; check it runs and the URL")]
    return [Finding(OK, "Redis: answering at REDIS_URL")]


def check_roster(settings: Settings) -> list[Finding]:
    from chatbot.school.roster import load_roster

    path = settings.roster_path()
    if path is None:
        return [Finding(WARN, "Roster: policy.roster is not set, so pupils' names and photo consent are not checked")]
    roster, today = load_roster(path), date.today()
    current = sum(1 for p in roster.pupils if p.has_photo_consent(today))
    lapsed = sum(1 for p in roster.pupils if p.photo_consent and not p.has_photo_consent(today))
    said = f"Roster: {len(roster)} pupils read from {path.name}, {current} with current photo consent"
    if lapsed:
        return [Finding(WARN, f"{said}; {lapsed} whose consent has expired: ask the office for a fresh export")]
    if refresh := _consent_round_missed(settings, path):
        return [Finding(WARN, f"{said}; the file is older than this year's consent round ({refresh:%-d %B %Y}): "
                              "ask the office for a fresh export once the forms are in")]  # fmt: skip
    return [Finding(OK, said)]


def _consent_round_missed(settings: Settings, path: Path) -> date | None:
    from chatbot.governance.consent_refresh import predates, refresh_date

    zone = ZoneInfo(settings.school.timezone)
    written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    refresh = refresh_date(settings.policy.consent_refresh, path)
    return predates(refresh, written, datetime.now(zone), zone) if refresh else None


def check_dictionaries(settings: Settings) -> list[Finding]:
    from chatbot.policy.lexicon import Lexicon
    from chatbot.vision.ocr import load_models

    found = [Finding(OK if Lexicon().is_word("colour") else FAIL, "Spelling: the British English dictionary")]
    try:
        load_models()
    except (ImportError, OSError, RuntimeError) as error:
        return [*found, Finding(FAIL, f"OCR: the models did not load ({type(error).__name__}); run scripts/setup")]
    return [*found, Finding(OK, "OCR: the models load (names on badges and labels are read)")]


def check_routes(settings: Settings) -> list[Finding]:
    config = settings.incidents
    if not config.enabled:
        return [Finding(WARN, "Incidents: turned off in app.yaml")]
    missing = [name for name in ("dsl", "headteacher", "computing_lead") if not getattr(config, name)]
    if missing:
        names = ", ".join(f"incidents.{m}" for m in missing)
        return [Finding(WARN, f"Incidents: {names} empty — set the Slack user IDs so concerns reach someone")]
    return [Finding(OK, "Incidents: the DSL, headteacher and Computing Lead are set")]


def check_chat(settings: Settings) -> list[Finding]:
    """Slack's tokens; or, for a school on Teams (a teams section and no Slack token), the Teams bot's identity."""
    if ("teams" in settings.edges or os.environ.get("TEAMS_APP_ID")) and not settings.slack_bot_token:
        from handlers.teams.doctor import check_teams

        return [Finding(OK if passed else FAIL, what) for passed, what in check_teams(settings)]
    return check_slack(settings)


CHECKS = (check_chat, check_x, check_redis, check_roster, check_dictionaries, check_routes)
