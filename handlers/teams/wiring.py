"""The Teams composition root: settings in, the Teams bot out (store, workflow, SDK app, reminders)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from chatbot.approval.backlog import REPLAY_AFTER
from chatbot.approval.ports import Publisher
from chatbot.approval.service import WorkflowService
from chatbot.errors import ConfigError
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.policy.context import PolicyContext, build_context
from chatbot.school.money import priced
from chatbot.school.settings import Settings
from chatbot.store import RedisStore
from handlers.pollers.followers import FollowerAlerts
from handlers.pollers.incidents import Incidents
from handlers.teams import actions, drafts, photo_drafts
from handlers.teams.alerts import TeamsFollowerNotifier, TeamsIncidentNotifier
from handlers.teams.app import build_app
from handlers.teams.approvers import PUBLIC_GRAPH, TeamsApproversList
from handlers.teams.config import TeamsSecrets, TeamsSection, teams_secrets, teams_section
from handlers.teams.connector import Connector
from handlers.teams.deps import TeamsDeps
from handlers.teams.files import TEAMS_FILE_HOSTS, ImageFetcher
from handlers.teams.home_updates import HomeUpdates
from handlers.teams.markup import People
from handlers.teams.notifier import TeamsNotifier
from handlers.teams.outbox import Outbox
from handlers.teams.reminders import TeamsReminderNotifier
from handlers.teams.sdk import App
from handlers.teams.server import TeamsServer
from handlers.wiring.followers import follower_alerts
from handlers.wiring.incidents import incidents
from handlers.wiring.pools import photo_backlog, publishing_workers
from handlers.wiring.private_redis import PrivateRedis, open_store
from handlers.wiring.publishing import combined, publishing_targets, x_credentials
from handlers.wiring.reminders import minutes, reminder_desk


@dataclass
class RunningTeams:
    server: TeamsServer
    store: RedisStore
    service: WorkflowService
    private_redis: PrivateRedis | None
    reminders: ReminderDesk | None = None
    followers: tuple[FollowerAlerts, ...] = ()
    incidents: Incidents | None = None
    homes: HomeUpdates | None = None
    deps: TeamsDeps | None = None

    def start(self) -> None:
        """Serves, then finishes what a previous run left half done (it speaks to Teams, so it needs the server)."""
        self.server.start()
        if self.homes is not None:
            self.homes.start()
        self.service.resume(datetime.now(UTC))
        self.replay_inbox(datetime.now(UTC), older_than=timedelta(0))  # drafts with photos taken in, never checked

    def replay_inbox(self, now: datetime, older_than: timedelta = REPLAY_AFTER) -> int:
        """Queue again the drafts with photos that were taken in but never finished (a crash, Redis away)."""
        deps = self.deps
        if deps is None or deps.backlog is None:
            return 0
        return deps.backlog.replay(lambda body: photo_drafts.handle(deps, body), now, older_than)

    def close(self) -> None:
        if self.homes is not None:
            self.homes.stop()
        if self.deps is not None and self.deps.backlog is not None:
            self.deps.backlog.workers.close()  # what it holds is finished (up to half a minute) or replayed later
        if self.service.background is not None:
            self.service.background.close()
        self.server.stop()
        if self.private_redis is not None:
            self.private_redis.stop()


def start_teams(settings: Settings, port: int, var: Path = Path("var"), host: str = "0.0.0.0") -> RunningTeams:
    """Everything checked before a redis-server starts; then the bot, built but not yet serving (see start())."""
    teams, secrets = teams_section(settings), teams_secrets()
    if not teams.drafts_channel:
        raise ConfigError("teams.drafts_channel is not set in app.yaml: the id of the channel where staff post drafts")
    targets = publishing_targets(settings)
    ctx = build_context(settings)
    store, private = open_store(settings, var)
    connector = Connector()
    app = build_app(secrets, teams, host, port, store.ping)
    deps = _workflow(settings, teams, secrets, app, connector, store, combined(targets, store), ctx)
    followers, desk = _alerts(settings, deps, targets)
    drafts.register(app, deps)
    actions.register(app, deps)
    return RunningTeams(
        TeamsServer(app, connector, port),
        store,
        deps.service,
        private,
        deps.reminders,
        followers,
        desk,
        deps.homes if isinstance(deps.homes, HomeUpdates) else None,
        deps,
    )


def _workflow(settings: Settings, teams: TeamsSection, secrets: TeamsSecrets, app: App, connector: Connector,
              store: RedisStore, publisher: Publisher, ctx: PolicyContext) -> TeamsDeps:  # fmt: skip
    people = People()
    outbox = Outbox(app.api, connector, secrets.teams_tenant_id, teams.roster_conversation)
    approvers = TeamsApproversList(teams.approvers, connector, _graph_token(app), _graph_url(secrets))
    notifier = TeamsNotifier(outbox, store, people, priced(publisher.cost, settings.school.money()))
    reminding = minutes(teams.remind_after_minutes)
    # published on the pool, as in Slack: a card's press is answered while X is slow or rate-limited
    pool, required = publishing_workers(), teams.approvals_required
    service = WorkflowService(store, ctx, notifier, publisher, approvers, required, pool, reminding)
    deps = TeamsDeps(service, teams, ImageFetcher(_bot_token(app), _file_hosts(secrets)), outbox, people,
                     money=settings.school.money(), backlog=photo_backlog(store))  # fmt: skip
    reminders = TeamsReminderNotifier(outbox, teams.drafts_channel or "", people)
    deps.reminders = reminder_desk(settings, store, reminders, approvers, ctx)
    deps.homes = HomeUpdates(deps)
    notifier.on_change = deps.homes.changed
    return deps


def _alerts(settings: Settings, deps: TeamsDeps, targets: tuple[Publisher, ...]
            ) -> tuple[tuple[FollowerAlerts, ...], Incidents | None]:  # fmt: skip
    """Follower alerts and incidents, shown in the drafts channel and in 1:1 chats; their decisions on the cards."""
    channel, store, approvers = deps.teams.drafts_channel or "", deps.service.store, deps.service.approvers
    zone, credentials = ZoneInfo(settings.school.timezone), x_credentials(settings)
    notifier = TeamsFollowerNotifier(deps.outbox, channel, deps.people, zone, money=settings.school.money())
    followers = follower_alerts(settings, credentials, store, notifier, approvers, targets)
    deps.followers = {f.watch.source.name: f.decisions for f in followers}
    desk = incidents(settings, credentials, store, TeamsIncidentNotifier(deps.outbox, deps.people, zone),
                     deps.service.ctx, targets, channel)  # fmt: skip
    deps.incidents = desk.desk if desk else None
    return followers, desk


def _bot_token(app: App) -> Callable[[], Awaitable[str]]:
    async def token() -> str:
        return str(await app.token_provider.get_app_token())

    return token


def _graph_token(app: App) -> Callable[[], Awaitable[str]]:
    async def token() -> str:
        return str(await app.token_provider.get_app_token(app.cloud.graph_scope))

    return token


def _graph_url(secrets: TeamsSecrets) -> str:
    return f"{secrets.teams_api_url.rstrip('/')}/graph" if secrets.teams_api_url else PUBLIC_GRAPH


def _file_hosts(secrets: TeamsSecrets) -> tuple[str, ...]:
    from urllib.parse import urlparse

    stand_in = urlparse(secrets.teams_api_url).hostname if secrets.teams_api_url else None
    return TEAMS_FILE_HOSTS + ((stand_in,) if stand_in else ())
