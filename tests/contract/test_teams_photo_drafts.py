"""Teams: a draft with photos is answered at once and checked on the pool: in order, once, and never lost."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.teams_bot import CHANNEL, DRAFT, THREAD, TeamsBot, start_bot
from tests.photos import SINGLE, jpeg, photo
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
KEY = f"teams:{CHANNEL}:{DRAFT}"


@pytest.fixture
def slow_files(teams: TeamsBot) -> Iterator[threading.Event]:
    """Teams' file host holds every download until the test lets it go."""
    gate = threading.Event()
    teams.fake.file_gate = gate
    yield gate
    gate.set()
    teams.fake.file_gate = None


def with_photo(bot: TeamsBot) -> dict[str, Any]:
    bot.fake.files["class.jpg"] = jpeg(photo(SINGLE).resize((1600, 1200)))
    picture = {"contentType": "image/*", "contentUrl": f"{bot.service_url}/files/class.jpg", "name": "class.jpg"}
    return {"attachments": [picture]}


def reports(bot: TeamsBot) -> list[str]:
    return [json.dumps(body.get("attachments", []), ensure_ascii=False) for body in bot.thread()]


def test_a_draft_with_photos_is_answered_before_its_photos_are_checked(
    teams: TeamsBot, slow_files: threading.Event, store: RedisStore
) -> None:
    started = time.monotonic()
    assert teams.deliver("message", **with_photo(teams)).status_code == 200
    assert time.monotonic() - started < 1 and reports(teams) == []  # answered; the download is still held
    slow_files.set()
    teams.settle()
    [report] = reports(teams)
    assert "one child" in report.lower() and store.get(KEY) is not None


def test_a_text_draft_is_not_held_up_by_photos_being_checked(
    teams: TeamsBot, slow_files: threading.Event, store: RedisStore
) -> None:
    teams.deliver("message", **with_photo(teams))
    other = "1795428000900"
    assert teams.deliver("message", id=other, conversation__id=f"{CHANNEL};messageid={other}").status_code == 200
    assert store.get(f"teams:{CHANNEL}:{other}") is not None  # checked before Teams got its answer
    assert store.get(KEY) is None


def test_an_edit_made_while_the_photos_are_checked_is_applied_after_them(
    teams: TeamsBot, slow_files: threading.Event, store: RedisStore
) -> None:
    teams.deliver("message", **with_photo(teams))
    assert teams.deliver("message_update", text="<p>Sports day fun! Well done, everyone.</p>").status_code == 200
    slow_files.set()
    teams.settle()
    stored = store.get(KEY)
    assert stored is not None and stored.record["text"] == "Sports day fun! Well done, everyone."


def test_redeliveries_while_the_photos_are_checked_make_one_report(
    teams: TeamsBot, slow_files: threading.Event
) -> None:
    changes = with_photo(teams)
    assert [teams.deliver("message", **changes).status_code for _ in range(4)] == [200] * 4
    slow_files.set()
    teams.settle()
    assert len(teams.fake.posted(THREAD)) == 1


def test_a_draft_taken_in_by_a_process_that_died_is_checked_by_the_next(
    teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    teams_server.fake.calls.clear()
    dying = start_bot(teams_server, redis_server.url, monkeypatch)
    held = threading.Event()  # the dying process's pool never gets to the draft: it is stuck on other work
    backlog = dying.running.deps.backlog if dying.running.deps else None
    assert backlog is not None
    backlog.workers.submit(f"teams:{CHANNEL}:{DRAFT}", lambda: held.wait(10) and None)
    try:
        assert dying.deliver("message", **with_photo(dying)).status_code == 200 and store.get(KEY) is None
        restarted = start_bot(teams_server, redis_server.url, monkeypatch)  # start() replays what was taken in
        restarted.settle()
        stored = store.get(KEY)
        assert stored is not None and stored.state == State.AWAITING_APPROVAL
        held.set()
        dying.settle()  # the first process gets to it late, finds it handled: still one report
        assert len(teams_server.fake.posted(THREAD)) == 1
        restarted.close()
    finally:
        held.set()
        dying.close()


def test_a_draft_with_photos_sent_while_redis_is_down_is_refused_so_teams_can_send_it_again(
    teams: TeamsBot, redis_server: RedisServer
) -> None:
    changes = with_photo(teams)
    redis_server.stop()
    try:
        assert teams.deliver("message", **changes).status_code != 200  # not recorded, so not acknowledged
    finally:
        redis_server.start()
    assert teams.send("message", **changes).status_code == 200
    assert len(teams.fake.posted(THREAD)) == 1
