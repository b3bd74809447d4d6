"""Drafts with photos are answered at once and checked on the pool: in order, once, and never lost."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from slack_bolt import BoltRequest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from chatbot.workers import Workers
from handlers.slack import messages
from handlers.slack.app import dispatch_safely
from handlers.slack.wiring import Running
from tests.contract.conftest import Bot, make_bot, payload, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.photos import SINGLE, jpeg, photo
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
DRAFT, TS = "slack:C0DRAFTS01:1795428100.000200", "1795428100.000200"


def photo_draft(bot: Bot, **changes: Any) -> dict[str, Any]:
    bot.slack.files["img_0042.jpg"] = jpeg(photo(SINGLE).resize((1600, 1200)))
    url = bot.api_url + "files/img_0042.jpg"
    return payload("event_message_file_share", bot.api_url, event__files__0__url_private_download=url, **changes)


def deliver(bot: Bot, body: dict[str, Any]) -> int:
    """One delivery as Socket Mode makes it, without waiting for the pool."""
    return int(dispatch_safely(bot.app, BoltRequest(body=body, mode="socket_mode")).status)


def edit(text: str, at: str = "1795428300.000000") -> dict[str, Any]:
    return payload("event_message_changed", event__message__ts=TS, event__previous_message__ts=TS,
                   event__message__text=text, event__message__edited__ts=at, event_id=f"Ev0EDIT{at[-6:]}")  # fmt: skip


def reports(bot: Bot) -> list[dict[str, Any]]:
    return [m for m in bot.slack.named("chat.postMessage") if m.get("thread_ts") == TS]


@pytest.fixture
def slow_files(bot: Bot) -> threading.Event:
    """Slack's file host holds every download until the test lets it go."""
    gate = threading.Event()
    bot.slack.file_gate = gate
    return gate


def test_a_draft_with_photos_is_answered_before_its_photos_are_checked(bot: Bot, slow_files: threading.Event) -> None:
    started = time.monotonic()
    assert deliver(bot, photo_draft(bot)) == 200
    assert time.monotonic() - started < 1 and reports(bot) == []  # answered; the download is still held
    slow_files.set()
    bot.settle()
    [report] = reports(bot)
    assert "single-child-photo" in words(report) and bot.store.get(DRAFT) is not None


def test_a_text_draft_is_not_held_up_by_photos_being_checked(bot: Bot, slow_files: threading.Event) -> None:
    deliver(bot, photo_draft(bot))
    assert deliver(bot, payload("event_message")) == 200
    assert bot.store.get("slack:C0DRAFTS01:1795428000.000100") is not None  # checked on the listener, at once
    slow_files.set()
    bot.settle()


def test_an_edit_made_while_the_photos_are_checked_is_applied_after_them(bot: Bot, slow_files: threading.Event) -> None:
    deliver(bot, photo_draft(bot))
    assert deliver(bot, edit("Sports day fun! Well done, everyone.")) == 200  # queued behind the first
    slow_files.set()
    bot.settle()
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.record["text"] == "Sports day fun! Well done, everyone."


def test_redeliveries_while_the_photos_are_checked_make_one_report(bot: Bot, slow_files: threading.Event) -> None:
    body = photo_draft(bot)
    assert [deliver(bot, body) for _ in range(6)] == [200] * 6
    slow_files.set()
    bot.settle()
    assert len(reports(bot)) == 1 and len(bot.slack.named("chat.postMessage")) == 1


def test_a_draft_taken_in_by_a_process_that_died_is_checked_by_the_next(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    dying = make_bot(slack_server, store)
    held = threading.Event()  # the dying process's pool never gets to the draft: it is stuck on other work
    assert dying.backlog is not None
    dying.backlog.workers.submit(f"C0DRAFTS01:{TS}", lambda: held.wait(10) and None)
    assert deliver(dying, photo_draft(dying)) == 200 and store.get(DRAFT) is None
    restarted = make_bot(slack_server, store)  # a new process, as `chatbot run` starts it
    photo_draft(restarted)
    deps, backlog = restarted.deps, restarted.backlog
    assert deps is not None and backlog is not None
    assert backlog.replay(lambda body: messages.handle(deps, body), datetime.now(UTC), timedelta(0)) == 1
    restarted.settle()
    stored = store.get(DRAFT)
    assert stored is not None and stored.state == State.AWAITING_APPROVAL
    assert backlog.replay(lambda body: messages.handle(deps, body), datetime.now(UTC), timedelta(0)) == 0  # done
    held.set()
    dying.settle()  # the first process gets to it late, finds it handled: still one report
    assert len(reports(restarted)) == 1


def test_a_draft_with_photos_sent_while_redis_is_down_is_refused_so_slack_delivers_it_again(
    bot: Bot, redis_server: RedisServer
) -> None:
    body = photo_draft(bot)
    redis_server.stop()
    try:
        assert deliver(bot, body) == 500  # not recorded, so not acknowledged
    finally:
        redis_server.start()
    assert deliver(bot, body) == 200
    bot.settle()
    assert len(reports(bot)) == 1


def form_with_photo(bot: Bot) -> dict[str, Any]:
    bot.slack.files["form_1.jpg"] = jpeg(photo(SINGLE).resize((1600, 1200)))
    files = [{"id": "F0FORM0001", "name": "form_1.jpg", "mimetype": "image/jpeg",
              "url_private_download": f"{bot.api_url}files/form_1.jpg"}]  # fmt: skip
    values = "view__state__values__"
    return payload("view_submission", bot.api_url, **{
        f"{values}draft-photos": {"photos": {"type": "file_input", "files": files}},
        f"{values}draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
    })  # fmt: skip


def test_a_draft_form_with_photos_is_closed_at_once_and_reported_once_its_photos_are_checked(
    bot: Bot, slow_files: threading.Event
) -> None:
    started = time.monotonic()
    assert deliver(bot, form_with_photo(bot)) == 200
    assert time.monotonic() - started < 1  # Slack closes the form; the draft is already in the channel
    [posted] = bot.slack.named("chat.postMessage")
    assert posted["text"].startswith("Draft from")
    slow_files.set()
    bot.settle()
    report = bot.slack.named("chat.postMessage")[-1]
    assert "single-child-photo" in words(report)


def test_a_draft_form_taken_in_by_a_process_that_died_is_checked_by_the_next(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    dying = make_bot(slack_server, store)
    assert dying.backlog is not None
    held = threading.Event()
    dying.backlog.workers = Workers("dying", threads=1, limit=1)  # its one slot taken by other work
    dying.backlog.workers.submit("other", lambda: held.wait(10) and None)
    assert deliver(dying, form_with_photo(dying)) == 200  # recorded; the pool had no room
    restarted = make_bot(slack_server, store)
    form_with_photo(restarted)
    running = Running(restarted.app, store, restarted.service, None, deps=restarted.deps)  # type: ignore[arg-type]
    assert running.replay_inbox(datetime.now(UTC), timedelta(0)) == 1
    restarted.settle()
    assert "single-child-photo" in words(restarted.slack.named("chat.postMessage")[-1])
    held.set()
