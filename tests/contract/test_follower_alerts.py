"""Follower alerts end to end: the fake X API's follower pages in, the fake Slack API's channel out, real Redis."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chatbot.errors import PlatformError
from chatbot.followers.decisions import FollowerDecisions
from chatbot.followers.digest import WeeklyReview
from chatbot.followers.flags import FlagRules
from chatbot.followers.watch import FollowerWatch
from chatbot.incidents.tallies import replies_since
from chatbot.school.settings import ApproversSection
from chatbot.store import RedisStore
from chatbot.x.account import XAccount
from chatbot.x.transport import XCredentials, XTransport
from handlers.pollers.followers import FollowerAlerts, tick
from handlers.slack.app import web_client
from handlers.slack.approvers import SlackApprovers
from handlers.slack.follower_notifier import SlackFollowerNotifier
from tests.contract.conftest import CHANNEL, HEAD, TA, TOKEN, Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import TOO_MANY, UNAVAILABLE, FakeXServer, Fault

pytestmark = pytest.mark.contract
FOLLOWERS = f"GET /2/users/{'2244994945'}/followers"
REAL_PAGE = json.loads((Path(__file__).parent / "payloads" / "x" / "users_followers.json").read_text())["data"]
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # a Friday


def user(n: int) -> dict[str, Any]:
    """A follower as X describes one, numbered so that tests can tell them apart."""
    return {"id": str(1600000000000000000 + n), "name": f"Parent {n}", "username": f"parent_{n}",
            "created_at": "2021-05-04T18:20:00.000Z", "description": "Mum of two, PTA volunteer.",
            "profile_image_url": f"https://pbs.twimg.com/profile_images/{n}/a_normal.jpg", "protected": False,
            "public_metrics": {"followers_count": 80, "following_count": 120, "tweet_count": 300,
                               "listed_count": 0, "like_count": 9}}  # fmt: skip


@pytest.fixture
def x(x_server: FakeXServer) -> FakeXServer:
    fake = x_server.fake
    fake.faults.clear(), fake.calls.clear(), fake.queries.clear(), fake.muted.clear()
    fake.followers[:] = [user(n) for n in range(250, 0, -1)]  # newest first
    return x_server


@pytest.fixture(autouse=True)
def quiet_slack(slack_server: FakeSlackServer) -> None:
    slack_server.fake.calls.clear()
    slack_server.fake.fail_next.clear()


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def alerts(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore, waits: list[float]) -> FollowerAlerts:
    return build_alerts(x, slack_server, store, waits)


def build_alerts(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore, waits: list[float],
                 clock: Callable[[], datetime] = lambda: NOW) -> FollowerAlerts:  # fmt: skip
    """Everything a fresh process builds: a restart is calling this again on the same Redis."""
    client = web_client(TOKEN, slack_server.url)
    credentials = XCredentials("key", "secret", "2244994945-token", "token-secret")  # X's tokens start with the id
    transport = XTransport(credentials, x.url, max_wait=120, attempts=3, sleep=waits.append)
    source = XAccount(transport)
    notifier = SlackFollowerNotifier(client, CHANNEL, clock=clock)
    watch = FollowerWatch(store.followers, source, notifier, FlagRules(30, ("Oakfield",)))
    review = WeeklyReview(watch, "Mon 08:30", ZoneInfo("Europe/London"), track_unfollows=True)
    decisions = FollowerDecisions(
        store.followers, source, notifier, SlackApprovers(client, ApproversSection(users=[HEAD]))
    )
    return FollowerAlerts(watch, review, decisions, 3600)


def cards(slack_server: FakeSlackServer) -> list[dict[str, Any]]:
    return [m for m in slack_server.fake.named("chat.postMessage") if "followed the school" in m.get("text", "")]


def page_sizes(x: FakeXServer) -> list[int]:
    return [int(q["max_results"]) for key, q in x.fake.queries if key == FOLLOWERS]


def test_the_first_poll_records_the_existing_followers_quietly_and_says_how_many(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    report = alerts.watch.poll(NOW)
    assert (report.recorded, report.new, report.read) == (250, 0, 250)
    assert cards(slack_server) == []
    notes = [m["text"] for m in slack_server.fake.named("chat.postMessage")]
    assert len(notes) == 1 and "250 accounts" in notes[0]
    assert page_sizes(x) == [1000]


def test_each_new_follower_is_alerted_once_in_the_order_they_came(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers[:0] = REAL_PAGE  # three new followers, newest first
    report = alerts.watch.poll(NOW)
    assert (report.new, report.read) == (3, 20)
    posted = cards(slack_server)
    assert [m["text"].split("@")[1].split()[0] for m in posted] == ["cryptogains4u", "lilyxx_2015", "OakfieldPTA"]
    assert alerts.watch.poll(NOW).new == 0 and len(cards(slack_server)) == 3


def test_in_steady_state_a_poll_reads_one_page_of_twenty(alerts: FollowerAlerts, x: FakeXServer) -> None:
    alerts.watch.poll(NOW)
    x.fake.queries.clear()
    reports = [alerts.watch.poll(NOW) for _ in range(3)]
    assert [r.read for r in reports] == [20, 20, 20] and page_sizes(x) == [20, 20, 20]
    assert alerts.watch.store.reads(f"{NOW:%Y-%m}") == {"followers": 250 + 60}


def test_a_burst_of_new_followers_is_read_in_growing_pages_and_none_of_the_old_is_alerted(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    alerts.watch.poll(NOW)
    x.fake.queries.clear()
    x.fake.followers[:0] = [user(n) for n in range(1150, 1000, -1)]  # 150 new
    report = alerts.watch.poll(NOW)
    assert report.new == 150 and page_sizes(x) == [20, 100, 1000]
    handles = {m["text"].split("@")[1].split()[0] for m in cards(slack_server)}
    assert handles == {f"parent_{n}" for n in range(1001, 1151)}


def test_a_restart_does_not_alert_again(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore, waits: list[float]
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers.insert(0, REAL_PAGE[0])
    alerts.watch.poll(NOW)
    restarted = build_alerts(x, slack_server, store, waits)
    assert restarted.watch.poll(NOW).new == 0 and len(cards(slack_server)) == 1


def test_the_poller_polls_once_per_interval_across_replicas(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore, waits: list[float]
) -> None:
    other = build_alerts(x, slack_server, store, waits)
    assert tick(alerts, "host-a:1", NOW) is not None
    assert tick(other, "host-b:2", NOW) is None  # the lock is held by host-a
    assert tick(alerts, "host-a:1", NOW + timedelta(minutes=1)) is None  # not due for an hour
    assert page_sizes(x) == [1000]


def test_a_rate_limit_is_waited_out_and_x_failing_loses_nothing(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer, waits: list[float]
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers[:0] = REAL_PAGE
    x.fake.faults[FOLLOWERS] = [Fault(429, TOO_MANY, reset_in=30)]
    assert alerts.watch.poll(NOW).new == 3 and 25 <= waits[0] <= 32
    x.fake.followers.insert(0, user(5000))
    x.fake.faults[FOLLOWERS] = [Fault(503, UNAVAILABLE)] * 3
    with pytest.raises(PlatformError, match="not answering"):
        alerts.watch.poll(NOW)
    assert alerts.watch.poll(NOW).new == 1


def test_an_alert_slack_did_not_take_is_posted_on_the_next_tick(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers.insert(0, REAL_PAGE[0])
    slack_server.fake.fail_next["chat.postMessage"] = [503, 503, 503]  # the first try and both of the client's retries
    assert tick(alerts, "host-a:1", NOW + timedelta(hours=2)) is None  # the poll stopped at Slack
    assert alerts.watch.store.pending() == [REAL_PAGE[0]["id"]]
    tick(alerts, "host-a:1", NOW + timedelta(hours=2, minutes=1))
    assert alerts.watch.store.pending() == [] and len(cards(slack_server)) == 4  # three refused tries, one landed


def test_the_card_shows_the_profile_its_concerns_and_the_three_decisions(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers.insert(0, REAL_PAGE[1])  # a Year 5 pupil's account
    alerts.watch.poll(NOW)
    card = cards(slack_server)[0]
    shown = words(card)
    assert "needs a decision" in card["text"] and "year 5" not in card["text"]  # no bio on a lock screen
    assert "May be a child" in shown and "A new account (made 1 day ago)" in shown
    assert "joined 1 day ago" in shown and "No profile picture" in shown and "3 followers" in shown
    actions = next(b for b in json.loads(shown) if b["type"] == "actions")["elements"]
    assert [a["action_id"] for a in actions] == ["follower-keep", "follower-block", "follower-mute"]
    assert actions[1]["url"] == "https://x.com/lilyxx_2015"


def decide(bot: Bot, action_id: str, follower_id: str, user_id: str) -> None:
    bot.send("block_actions", actions__0__action_id=action_id, actions__0__block_id="follower-decision",
             actions__0__value=follower_id, user__id=user_id)  # fmt: skip


def test_only_approvers_decide_and_every_decision_is_audited_and_shown(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    alerts.watch.poll(NOW)
    x.fake.followers[:0] = REAL_PAGE
    alerts.watch.poll(NOW)
    bot = make_bot(slack_server, store, followers=alerts.decisions)
    child, crypto = REAL_PAGE[1]["id"], REAL_PAGE[2]["id"]
    decide(bot, "follower-block", child, TA)
    assert [e["text"] for e in slack_server.fake.named("chat.postEphemeral")] == [
        "Only the school's approvers can decide about followers."
    ]
    assert slack_server.fake.named("chat.update") == [] and store.followers.decisions() == []
    decide(bot, "follower-block", child, HEAD)
    decide(bot, "follower-mute", crypto, HEAD)
    updates = [words(u) for u in slack_server.fake.named("chat.update")]
    assert "Blocked* by <@U0HEAD0001>" in updates[0] and "choose Block" in updates[0]
    assert "Muted* by <@U0HEAD0001>" in updates[1] and x.fake.muted == [crypto]
    audit = [(d["follower"], d["decision"], d["by"], d["on_platform"]) for d in store.followers.decisions()]
    assert audit == [(child, "block", HEAD, "no"), (crypto, "mute", HEAD, "yes")]


MONDAY_0830 = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)  # GMT in November: 08:30 in London


def test_the_weekly_review_lists_new_undecided_and_unfollows_once(
    alerts: FollowerAlerts, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    alerts.watch.poll(NOW - timedelta(days=3))
    assert alerts.review.send_if_due(NOW) is False  # last Monday's review predates the alerts
    x.fake.followers[:0] = REAL_PAGE
    alerts.watch.poll(NOW)
    store.followers.decide(REAL_PAGE[2]["id"], "keep", HEAD, NOW, on_platform=False)
    del x.fake.followers[10]  # parent_243 unfollowed
    assert alerts.review.send_if_due(MONDAY_0830 - timedelta(minutes=1)) is False
    assert alerts.review.send_if_due(MONDAY_0830) is True
    assert alerts.review.send_if_due(MONDAY_0830 + timedelta(hours=3)) is False
    digests = [m for m in slack_server.fake.named("chat.postMessage") if "weekly follower review" in m["text"]]
    assert len(digests) == 1 and "3 new, 2 undecided" in digests[0]["text"]
    shown = words(digests[0])
    assert "@cryptogains4u> — kept" in shown and "Unfollows (1)*: @parent_243" in shown
    assert "OakfieldPTA" in shown
    assert (
        "Read from X this month: 522 items, at most £0.41 (US$0.52 at £0.79 to the dollar)" in shown
    )  # 250 recorded, 20 polled, 252 reviewed


def test_the_weekly_review_counts_the_weeks_replies_read_raised_and_triaged(
    alerts: FollowerAlerts, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    review = WeeklyReview(alerts.watch, "Mon 08:30", ZoneInfo("Europe/London"), track_unfollows=False,
                          replies=lambda since, now: replies_since(store.incidents, since, now))  # fmt: skip
    alerts.watch.poll(NOW - timedelta(days=3))
    store.incidents.tally({"read": 40, "raised": 1, "triaged": 2}, MONDAY_0830 - timedelta(days=2))
    store.incidents.tally({"read": 7, "raised": 1, "triaged": 0}, MONDAY_0830 - timedelta(days=1))
    store.incidents.tally({"read": 500, "raised": 9, "triaged": 9}, MONDAY_0830 - timedelta(days=9))  # the week before
    assert review.send_if_due(MONDAY_0830) is True
    [digest] = [m for m in slack_server.fake.named("chat.postMessage") if "weekly follower review" in m["text"]]
    assert "Replies to the account this week: 47 read, 2 raised, 2 sent to a person to decide." in words(digest)
