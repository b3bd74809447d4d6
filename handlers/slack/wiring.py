"""The composition root: settings in, a running workflow out (store, policy context, Slack app, publisher)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from chatbot.approval.backlog import REPLAY_AFTER
from chatbot.approval.routing import Routing
from chatbot.approval.service import WorkflowService
from chatbot.errors import ConfigError
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.governance.term_reports import TermReports
from chatbot.policy.context import build_context
from chatbot.school.money import priced
from chatbot.school.settings import Settings
from chatbot.store import RedisStore
from handlers.pollers.followers import FollowerAlerts
from handlers.pollers.incidents import Incidents
from handlers.slack import commands, messages
from handlers.slack.app import build_app, web_client
from handlers.slack.approvers import SlackApprovers, SlackGroups, approvers_said
from handlers.slack.deps import SlackDeps
from handlers.slack.drafters import SlackDrafters
from handlers.slack.files import SLACK_FILE_HOST
from handlers.slack.follower_notifier import SlackFollowerNotifier
from handlers.slack.incident_notifier import SlackIncidentNotifier
from handlers.slack.notifier import SlackNotifier
from handlers.slack.reminders import SlackReminderNotifier
from handlers.slack.reports import SlackReportNotifier
from handlers.wiring.followers import follower_alerts
from handlers.wiring.incidents import incidents
from handlers.wiring.pools import photo_backlog, publishing_workers
from handlers.wiring.private_redis import PrivateRedis, open_store
from handlers.wiring.publishing import combined, publishing_targets, x_credentials
from handlers.wiring.reminders import minutes, reminder_desk
from handlers.wiring.reports import term_reports

logger = logging.getLogger(__name__)


@dataclass
class Running:
    app: App
    store: RedisStore
    service: WorkflowService
    private_redis: PrivateRedis | None
    followers: tuple[FollowerAlerts, ...] = ()
    incidents: Incidents | None = None
    reminders: ReminderDesk | None = None
    deps: SlackDeps | None = None
    reports: TermReports | None = None

    def replay_inbox(self, now: datetime, older_than: timedelta = REPLAY_AFTER) -> int:
        """Queue again the drafts with photos that were taken in but never finished (a crash, Redis away)."""
        deps = self.deps
        if deps is None or deps.backlog is None:
            return 0
        return deps.backlog.replay(lambda body: _handle_again(deps, body), now, older_than)

    def close(self) -> None:
        """Let the pools finish what they hold (up to half a minute each), then stop Redis if it is ours."""
        if self.deps is not None and self.deps.backlog is not None:
            self.deps.backlog.workers.close()
        if self.service.background is not None:
            self.service.background.close()
        if self.private_redis is not None:
            self.private_redis.stop()


def _handle_again(deps: SlackDeps, body: dict[str, Any]) -> None:
    """An event from the inbox, handled as when it came: a message event, or a submitted draft form."""
    (commands.handle_form if body.get("type") == commands.FORM_DRAFT else messages.handle)(deps, body)


def secret(settings: Settings, name: str, hint: str) -> str:
    value = getattr(settings, name)
    if value is None or not value.get_secret_value():
        raise ConfigError(f"{name.upper()} is not set: put {hint} in the environment or in .env")
    return str(value.get_secret_value())


BOT_TOKEN_HINT = "the bot token (xoxb-…) from Slack's OAuth & Permissions page"
APP_TOKEN_HINT = "the app-level token (xapp-…, scope connections:write) from Basic Information"
SIGNING_HINT = "the signing secret from Basic Information"


def tokens(settings: Settings, socket_mode: bool) -> tuple[str, str | None, str | None]:
    """The bot token, and the app token (Socket Mode) or signing secret (HTTP mode), checked in that order."""
    bot = secret(settings, "slack_bot_token", BOT_TOKEN_HINT)
    if socket_mode:
        return bot, secret(settings, "slack_app_token", APP_TOKEN_HINT), None
    return bot, None, secret(settings, "slack_signing_secret", SIGNING_HINT)


def start(settings: Settings, socket_mode: bool, var: Path = Path("var")) -> Running:
    token, _, signing = tokens(settings, socket_mode)
    if not settings.slack.drafts_channel:
        raise ConfigError("slack.drafts_channel is not set in app.yaml: the ID of the channel where staff post drafts")
    targets = publishing_targets(settings)  # every mistake is reported before a redis-server is started
    ctx = build_context(settings)  # it checks the length for every network in publishing.targets
    store, private = open_store(settings, var)
    publisher = combined(targets, store)
    client = web_client(token, settings.slack_api_url)
    approvers = SlackApprovers(client, settings.slack.approvers)
    money = settings.school.money()
    notifier = SlackNotifier(client, store, settings.slack.approve_emoji, priced(publisher.cost, money),
                             approvers_said(settings.slack.approvers))  # fmt: skip
    required = settings.slack.approvals_required
    service = WorkflowService(store, ctx, notifier, publisher, approvers, required, publishing_workers(),
                              minutes(settings.slack.remind_after_minutes), routing(settings, client))  # fmt: skip
    credentials = x_credentials(settings)
    zone = ZoneInfo(settings.school.timezone)
    follower_notifier = _follower_notifier(settings, client, zone)
    followers = follower_alerts(settings, credentials, store, follower_notifier, approvers, targets)
    channel = settings.slack.drafts_channel
    desk = incidents(settings, credentials, store, SlackIncidentNotifier(client, zone), ctx, targets, channel)
    reminders = reminder_desk(settings, store, SlackReminderNotifier(client, channel), approvers, ctx)
    reports = term_reports(settings, store, ctx, SlackReportNotifier(client, settings.reports.channel,
                                                                     settings.slack.approvers))  # fmt: skip
    deps = SlackDeps(service, settings.slack, token, _file_hosts(settings),
                     {f.watch.source.name: f.decisions for f in followers}, desk.desk if desk else None, reminders,
                     zone, SlackDrafters(client, channel, approvers, settings.slack.drafters), photo_backlog(store),
                     money)  # fmt: skip
    try:
        app = build_app(deps, client, signing, socket_mode)
    except (BoltError, SlackApiError) as error:
        if private is not None:
            private.stop()
        raise ConfigError(f"Slack did not accept the bot token: {error}") from None
    service.resume(datetime.now(UTC))
    running = Running(app, store, service, private, followers, desk, reminders, deps, reports)
    running.replay_inbox(datetime.now(UTC), older_than=timedelta(0))  # what the last run took in but never finished
    return running


def routing(settings: Settings, client: WebClient) -> Routing:
    """Whose approval some kinds of post need (slack.approval_rules), from the named groups' members."""
    slack = settings.slack
    return Routing(slack.approval_rules, SlackGroups(client, slack.approver_groups) if slack.approval_rules else None)


def _follower_notifier(settings: Settings, client: WebClient, zone: ZoneInfo) -> SlackFollowerNotifier | None:
    channel = settings.slack.drafts_channel
    digests = settings.followers.digest_channel
    return SlackFollowerNotifier(client, channel, digests, zone, money=settings.school.money()) if channel else None


def _file_hosts(settings: Settings) -> frozenset[str]:
    """Slack's file host; and the API gateway's host when SLACK_API_URL points elsewhere (it serves files too)."""
    from urllib.parse import urlparse

    hosts = {SLACK_FILE_HOST}
    if settings.slack_api_url:
        hosts.add(urlparse(settings.slack_api_url).hostname or SLACK_FILE_HOST)
    return frozenset(hosts)
