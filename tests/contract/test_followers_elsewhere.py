"""Follower alerts on Mastodon and Bluesky: the same first quiet run, one card per new follower, decisions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chatbot.followers.decisions import FollowerDecisions
from chatbot.followers.digest import WeeklyReview
from chatbot.followers.flags import FlagRules
from chatbot.followers.watch import FollowerWatch
from chatbot.publishers.bluesky import BlueskyFollowers, BlueskyPublisher
from chatbot.publishers.mastodon import MastodonFollowers, MastodonPublisher
from chatbot.school.settings import ApproversSection
from chatbot.store import RedisStore
from handlers.pollers.followers import FollowerAlerts
from handlers.slack.app import web_client
from handlers.slack.approvers import SlackApprovers
from handlers.slack.follower_notifier import SlackFollowerNotifier
from tests.contract.conftest import CHANNEL, HEAD, TOKEN, make_bot, words
from tests.contract.fake_bluesky_api import HANDLE, PASSWORD, FakeBlueskyServer
from tests.contract.fake_mastodon_api import FakeMastodonServer
from tests.contract.fake_slack_api import FakeSlackServer

pytestmark = pytest.mark.contract
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def fan(n: int, note: str = "<p>Mum of two, PTA volunteer</p>", name: str = "") -> dict[str, Any]:
    """A Mastodon account, as GET /api/v1/accounts/:id/followers lists it."""
    return {"id": str(110000 + n), "username": f"parent{n}", "acct": f"parent{n}@mastodon.social",
            "display_name": name or f"Parent {n}", "note": note, "created_at": "2023-02-01T00:00:00.000Z",
            "avatar": f"https://files.mastodon.social/{n}.png", "followers_count": 10, "following_count": 40,
            "statuses_count": 3, "locked": False, "url": f"https://mastodon.social/@parent{n}"}  # fmt: skip


def profile(n: int, description: str = "Dad, governor, cake fan") -> dict[str, Any]:
    """A Bluesky profile, as app.bsky.graph.getFollowers lists it."""
    return {"did": f"did:plc:fan{n:021d}", "handle": f"fan{n}.bsky.social", "displayName": f"Fan {n}",
            "description": description, "avatar": f"https://cdn.bsky.app/img/avatar/{n}.jpg",
            "createdAt": "2024-03-01T00:00:00.000Z", "indexedAt": "2024-03-01T00:00:00.000Z", "labels": []}  # fmt: skip


def alerts_for(source: Any, slack_server: FakeSlackServer, store: RedisStore) -> FollowerAlerts:
    client = web_client(TOKEN, slack_server.url)
    followers = store.followers_of(source.name)
    notifier = SlackFollowerNotifier(client, CHANNEL, clock=lambda: NOW)
    watch = FollowerWatch(followers, source, notifier, FlagRules())
    decisions = FollowerDecisions(followers, source, notifier, SlackApprovers(client, ApproversSection(users=[HEAD])))
    return FollowerAlerts(watch, WeeklyReview(watch, None, ZoneInfo("Europe/London"), False), decisions, 3600)


def test_mastodon_followers_first_recorded_then_each_new_one_alerted_once_and_decided(
    slack_server: FakeSlackServer, store: RedisStore, mastodon_server: FakeMastodonServer
) -> None:
    mastodon_server.fake.followers[:] = [fan(n) for n in range(60, 0, -1)]
    source = MastodonFollowers(MastodonPublisher(mastodon_server.url, "mastodon-token", sleep=lambda _: None))
    alerts = alerts_for(source, slack_server, store)
    bot = make_bot(slack_server, store, followers=alerts.decisions)
    assert alerts.watch.poll(NOW).recorded == 60
    mastodon_server.fake.followers.insert(0, fan(99, "<p>year 5 🦄 i love my school</p>", "lily ✨"))
    assert alerts.watch.poll(NOW).new == 1 and alerts.watch.poll(NOW).new == 0
    [card] = [m for m in bot.slack.named("chat.postMessage") if "followed the school" in m["text"]]
    assert "on Mastodon" in card["text"] and "May be a child" in words(card)
    bot.send("block_actions", actions__0__action_id="follower-mute", actions__0__value="Mastodon|110099",
             user__id=HEAD)  # fmt: skip
    assert mastodon_server.fake.muted == ["110099"]
    assert [(d["follower"], d["decision"]) for d in store.followers_of("Mastodon").decisions()] == [("110099", "mute")]
    assert store.followers.decisions() == []  # X's record is its own


def test_bluesky_followers_are_watched_the_same_way(
    slack_server: FakeSlackServer, store: RedisStore, bluesky_server: FakeBlueskyServer
) -> None:
    slack_server.fake.calls.clear()
    bluesky_server.fake.followers[:] = [profile(n) for n in range(30, 0, -1)]
    source = BlueskyFollowers(BlueskyPublisher(HANDLE, PASSWORD, bluesky_server.url, sleep=lambda _: None))
    alerts = alerts_for(source, slack_server, store)
    assert alerts.watch.poll(NOW).recorded == 30
    bluesky_server.fake.followers.insert(0, profile(77, "NSFW 18+ content"))
    assert alerts.watch.poll(NOW).new == 1
    [card] = [m for m in slack_server.fake.named("chat.postMessage") if "followed the school" in m["text"]]
    assert "on Bluesky" in card["text"] and "Adult content" in words(card)
    assert "https://bsky.app/profile/fan77.bsky.social" in words(card)
