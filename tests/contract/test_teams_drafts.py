"""Teams: a post in the drafts channel is checked and answered in its thread, through the real SDK and a real Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chatbot.store import RedisStore
from chatbot.workflow import State
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.teams_bot import CHANNEL, DRAFT, HEAD, THREAD, TeamsBot, start_bot
from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def teams_server() -> Iterator[FakeTeamsServer]:
    server = FakeTeamsServer().start()
    yield server
    server.stop()


@pytest.fixture
def teams(teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamsBot]:  # fmt: skip
    teams_server.fake.calls.clear()
    bot = start_bot(teams_server, redis_server.url, monkeypatch)
    yield bot
    bot.close()


def card_text(body: dict) -> str:
    import json

    return json.dumps(body.get("attachments", []), ensure_ascii=False)


def test_a_post_in_the_drafts_channel_gets_its_report_card_in_the_thread(teams: TeamsBot, store: RedisStore) -> None:
    response = teams.send("message")
    assert response.status_code == 200
    [report] = teams.thread()
    assert "No problems found" in card_text(report) and '"verb": "approve"' in card_text(report)
    assert teams.fake.posted(THREAD)[0]["authorised"]
    assert store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.AWAITING_APPROVAL
