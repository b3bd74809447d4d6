"""The real bolt App, wired to a real redis-server and a local fake of the Slack Web API."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from slack_bolt import App, BoltRequest

from chatbot.approval.backlog import EventBacklog
from chatbot.approval.routing import Routing
from chatbot.approval.service import WorkflowService
from chatbot.followers.decisions import FollowerDecisions
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.incidents.desk import IncidentDesk
from chatbot.policy.context import PolicyContext
from chatbot.publishers.dry_run import DryRunPublisher
from chatbot.school.money import POUNDS, priced
from chatbot.school.settings import ApproversSection, SlackSection
from chatbot.store import RedisStore
from handlers.slack.app import build_app, web_client
from handlers.slack.approvers import SlackApprovers, approvers_said
from handlers.slack.deps import SlackDeps
from handlers.slack.drafters import SlackDrafters
from handlers.slack.notifier import SlackNotifier
from handlers.wiring.pools import photo_backlog, publishing_workers
from tests.contract.fake_bluesky_api import FakeBlueskyServer
from tests.contract.fake_mastodon_api import FakeMastodonServer
from tests.contract.fake_slack_api import FakeSlack, FakeSlackServer
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.fake_x_api import FakeXServer
from tests.drafting import context
from tests.redis_server import RedisServer

if TYPE_CHECKING:
    from tests.contract.teams_bot import TeamsBot

PAYLOADS = Path(__file__).parent / "payloads" / "slack"
CHANNEL, AUTHOR, HEAD, DEPUTY, TA = "C0DRAFTS01", "U0AUTHOR01", "U0HEAD0001", "U0DEPUTY01", "U0TA000001"
TOKEN = "xoxb-test-token"


@dataclass
class Bot:
    app: App
    slack: FakeSlack
    store: RedisStore
    publisher: Any
    api_url: str
    service: WorkflowService | None = None

    backlog: EventBacklog | None = None
    deps: SlackDeps | None = None

    def send(self, name: str, **changes: Any) -> None:
        """Dispatch a stored Slack payload through the real App, as Socket Mode delivers it; then wait for the
        worker pools, so that a test sees what the staff would see a few seconds later."""
        self.app.dispatch(BoltRequest(body=payload(name, self.api_url, **changes), mode="socket_mode"))
        self.settle()

    def say_pictured(self, ts: str, answer: str = "nobody-identifiable", *named: str, user: str = AUTHOR) -> None:
        """Answer "who is pictured?" from the report's form, as the author would."""
        values = {"draft-pictured_answer": {"pictured_answer": {"type": "static_select",
                                                 "selected_option": None if named else {"value": answer}}},
                  "draft-pictured": {"pictured": {"type": "multi_external_select",
                                                  "selected_options": [{"value": n} for n in named]}}}  # fmt: skip
        self.send("view_submission", view__callback_id="countersign-pictured", user__id=user, view__id=f"V{ts}{user}",
                  view__private_metadata=f"{CHANNEL} {ts}", view__state__values=values)  # fmt: skip

    def settle(self) -> None:
        """Wait until the photo checks and publishing the last events started are done."""
        if self.backlog is not None:
            assert self.backlog.workers.drain(60)
        if self.service is not None and self.service.background is not None:
            assert self.service.background.drain(60)

    def thread(self, ts: str = "1795428000.000100") -> list[str]:
        return [m.get("text", "") for m in self.slack.named("chat.postMessage") if m.get("thread_ts") == ts]


def words(message: dict[str, Any]) -> str:
    """Everything a message's blocks say, as one searchable string."""
    blocks = message.get("blocks")
    return blocks if isinstance(blocks, str) else json.dumps(blocks, ensure_ascii=False)


def payload(name: str, api_url: str = "", **changes: Any) -> dict[str, Any]:
    """A payload file, with `event__text="…"`-style changes applied (double underscore walks into dicts)."""
    body: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text().replace("{{SLACK_API}}", api_url))
    return changed(body, **changes)


def changed(body: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """`body` with `event__text="…"`-style changes applied in place (double underscore walks into dicts)."""
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = body
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[leaf] = copy.deepcopy(value)
    return body


@pytest.fixture(scope="session")
def slack_server() -> Iterator[FakeSlackServer]:
    server = FakeSlackServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def mastodon_server() -> Iterator[FakeMastodonServer]:
    server = FakeMastodonServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bluesky_server() -> Iterator[FakeBlueskyServer]:
    server = FakeBlueskyServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def teams_server() -> Iterator[FakeTeamsServer]:
    server = FakeTeamsServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def x_server() -> Iterator[FakeXServer]:
    server = FakeXServer().start()
    yield server
    server.stop()


def make_bot(slack_server: FakeSlackServer, store: RedisStore, required: int = 1, publisher: Any = None,
             followers: FollowerDecisions | None = None, incidents: IncidentDesk | None = None,
             reminders: ReminderDesk | None = None, ctx: PolicyContext | None = None,
             remind_after: timedelta | None = None, drafters: ApproversSection | None = None,
             routing: Routing | None = None) -> Bot:  # fmt: skip
    fake = slack_server.fake
    fake.calls.clear()
    fake.files.clear()
    fake.file_gate = None
    fake.channel_members.clear()
    fake.channel_members["C0APPROVE1"] = [DEPUTY]
    fake.channel_members[CHANNEL] = [AUTHOR, HEAD, DEPUTY, TA]
    slack = SlackSection(drafts_channel=CHANNEL, approvers={"users": [HEAD], "channel": "C0APPROVE1"},
                         approvals_required=required)  # fmt: skip
    client = web_client(TOKEN, slack_server.url)
    publisher = publisher or DryRunPublisher()
    notifier = SlackNotifier(client, store, slack.approve_emoji, priced(publisher.cost, POUNDS),
                             approvers_said(slack.approvers))  # fmt: skip
    approvers = SlackApprovers(client, slack.approvers)
    service = WorkflowService(store, ctx or context(), notifier, publisher, approvers, required, publishing_workers(),
                              remind_after, routing or Routing())  # fmt: skip
    hosts = frozenset({"127.0.0.1"})
    by_network = {followers.source_name: followers} if followers else {}
    allowed = SlackDrafters(client, CHANNEL, service.approvers, drafters)
    backlog = photo_backlog(store)
    deps = SlackDeps(service, slack, TOKEN, hosts, by_network, incidents, reminders,
                     drafters=allowed, backlog=backlog)  # fmt: skip
    app = build_app(deps, client, None, socket_mode=True)
    return Bot(app, fake, store, publisher, slack_server.url, service, backlog, deps)


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    return make_bot(slack_server, store)


@pytest.fixture
def x(x_server: FakeXServer) -> FakeXServer:
    """The fake X API with no mentions yet, and one known author (a module may define its own)."""
    fake = x_server.fake
    fake.faults.clear(), fake.queries.clear(), fake.hidden.clear(), fake.hide_refused.clear()
    fake.mentions[:] = []
    fake.authors["1500000000000000001"] = {"id": "1500000000000000001", "name": "Dave", "username": "angrydad77"}
    return x_server


@pytest.fixture
def quiet_slack(slack_server: FakeSlackServer) -> None:
    """The fake Slack API forgets earlier tests' calls and uploads (use with pytest.mark.usefixtures)."""
    slack_server.fake.calls.clear()
    slack_server.fake.uploads.clear()


@pytest.fixture
def teams(teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamsBot]:  # fmt: skip
    """A Teams bot through the real SDK on the fake Teams, with no other app.yaml sections."""
    from tests.contract.teams_bot import start_bot  # it imports this module's helpers

    teams_server.fake.calls.clear()
    bot = start_bot(teams_server, redis_server.url, monkeypatch)
    yield bot
    bot.close()
