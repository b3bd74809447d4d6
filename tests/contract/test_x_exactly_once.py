"""Publishing through the real bolt App to a fake X as strict as X: each approved draft is posted once, whatever X
does, and what was posted can always be found and taken down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from chatbot import messages
from chatbot.approval.ports import PublishImage, PublishResult
from chatbot.approval.states import State
from chatbot.policy.rules.window import publish_time
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.store import RedisStore
from tests.contract.conftest import make_bot
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import DUPLICATE, TOO_MANY, UNAVAILABLE, FakeXServer, Fault
from tests.drafting import context, draft
from tests.photos import SINGLE, jpeg, photo

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"
PHOTO_DRAFT, PHOTO_TS = "slack:C0DRAFTS01:1795428100.000200", "1795428100.000200"
AFTER = datetime.fromtimestamp(1795428600, UTC)  # the restart, ten minutes after the drafts were posted


class Killed(BaseException):
    """The process dying (SIGKILL) just after X took the post: nothing after the call runs (the real kill, of a
    real process, is in test_run_killed)."""


class DiesAfterPosting:
    """X's publisher in a process that is killed the moment X has taken the post."""

    def __init__(self, inner: XPublisher) -> None:
        self.inner, self.name, self.length_limit = inner, inner.name, inner.length_limit

    def publish(self, draft_id: str, text: str, images: tuple[PublishImage, ...] = ()) -> PublishResult:
        self.inner.publish(draft_id, text, images)
        raise Killed

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def publisher(x_server: FakeXServer, **retry: Any) -> XPublisher:
    x_server.fake.posts.clear()
    x_server.fake.faults.clear()
    return XPublisher(XCredentials("k", "s", "t", "ts"), x_server.url, sleep=lambda _: None, timeout=0.5, **retry)


def state(store: RedisStore, draft_id: str = DRAFT) -> State | None:
    stored = store.get(draft_id)
    return stored.state if stored else None


def test_a_post_x_took_before_timing_out_is_recorded_once_and_can_be_taken_down(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    bot = make_bot(slack_server, store, publisher=publisher(x_server))
    x_server.fake.faults["POST /2/tweets"] = [Fault(503, UNAVAILABLE, delay=1.5, taken=True)]
    bot.send("event_message")
    bot.send("event_reaction_added")
    [post_id] = x_server.fake.posts
    assert state(store) == State.PUBLISHED and store.recall(DRAFT, "post_id") == post_id
    bot.send("event_reaction_added", event__reaction="wastebasket", event_id="Ev0BIN0001")
    assert x_server.fake.posts == {} and state(store) == State.UNPUBLISHED


def test_a_post_x_already_has_but_will_not_show_is_never_called_a_dry_run(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    bot = make_bot(slack_server, store, publisher=publisher(x_server))
    x_server.fake.faults["POST /2/tweets"] = [Fault(403, DUPLICATE)]  # and its timeline does not show it
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert state(store) == State.PUBLISHED and bot.thread()[-1] == messages.ALREADY_PUBLISHED
    bot.send("event_reaction_added", event__reaction="wastebasket", event_id="Ev0BIN0001")
    assert state(store) == State.PUBLISHED and bot.thread()[-1] == messages.UNPUBLISH_UNLOCATED


def test_a_rate_limit_reset_too_far_to_wait_reschedules_the_post_for_then(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    bot = make_bot(slack_server, store, publisher=publisher(x_server, max_wait=60))
    x_server.fake.faults["POST /2/tweets"] = [Fault(429, TOO_MANY, reset_in=3600)]
    bot.send("event_message")
    bot.send("event_reaction_added")
    [(draft_id, due)] = store.scheduled()
    assert draft_id == DRAFT and state(store) == State.SCHEDULED and x_server.fake.posts == {}
    assert "rate limit resets in 60 minutes" in bot.thread()[-1] and "It will go out" in bot.thread()[-1]
    assert bot.service is not None and bot.service.publish_due(due - timedelta(minutes=1)) == 0
    assert bot.service.publish_due(open_after(due)) == 1 and len(x_server.fake.posts) == 1


def test_a_kill_after_x_took_a_photo_post_with_an_ampersand_is_settled_without_a_second_post(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    x = publisher(x_server)
    bot = make_bot(slack_server, store, publisher=DiesAfterPosting(x))
    bot.slack.files["img_0042.jpg"] = jpeg(photo(SINGLE).resize((1600, 1200)))
    url = bot.api_url + "files/img_0042.jpg"
    bot.send("event_message_file_share", event__text="Fish & chips <3 for sports day!",
             event__files__0__url_private_download=url)  # fmt: skip
    bot.say_pictured(PHOTO_TS, "consent-checked")
    bot.send("event_reaction_added", event__item__ts=PHOTO_TS)  # the process dies on the pool
    assert state(store, PHOTO_DRAFT) == State.PUBLISHING and len(x_server.fake.posts) == 1
    restarted = make_bot(slack_server, store, publisher=x)
    assert restarted.service is not None and restarted.service.resume(AFTER) == 0
    [post_id] = x_server.fake.posts
    assert state(store, PHOTO_DRAFT) == State.PUBLISHED and store.recall(PHOTO_DRAFT, "post_id") == post_id


def test_x_down_at_start_up_leaves_the_stuck_draft_waiting_then_settles_it(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    x = publisher(x_server)
    bot = make_bot(slack_server, store, publisher=DiesAfterPosting(x))
    bot.send("event_message")
    bot.send("event_reaction_added")  # the process dies on the pool, just after X took the post
    x_server.fake.faults["GET /2/users/me"] = [Fault(503, UNAVAILABLE)] * 4
    restarted = make_bot(slack_server, store, publisher=x)
    assert restarted.service is not None
    assert restarted.service.resume(AFTER) == 0 and state(store) == State.PUBLISHING  # it started; nothing posted
    assert restarted.service.settle_stuck(AFTER + timedelta(minutes=5)) == 0  # X is back: found, not posted again
    [post_id] = x_server.fake.posts
    assert state(store) == State.PUBLISHED and store.recall(DRAFT, "post_id") == post_id


def open_after(due: datetime) -> datetime:
    """The first moment at or after `due`, on the hour, when the school's posting windows are open."""
    moment = due.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    while publish_time(draft("Any post", at=moment), context()) is not None:
        moment += timedelta(hours=1)
    return moment
