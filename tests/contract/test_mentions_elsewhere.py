"""What is said to the school on Mastodon and Bluesky raises incidents like X's: same classifier, same routes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.mentions import MentionWatch
from chatbot.incidents.reader import shipped_reader
from chatbot.incidents.routes import routes
from chatbot.publishers.bluesky import BlueskyMentions, BlueskyPublisher
from chatbot.publishers.mastodon import MastodonMentions, MastodonPublisher
from chatbot.school.incident_settings import IncidentsSection
from chatbot.store import RedisStore
from chatbot.vision.snapshot import PillowSnapshot
from handlers.slack.app import web_client
from handlers.slack.incident_notifier import SlackIncidentNotifier
from tests.contract.conftest import CHANNEL, TOKEN, words
from tests.contract.fake_bluesky_api import HANDLE, PASSWORD, FakeBlueskyServer
from tests.contract.fake_mastodon_api import FakeMastodonServer
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import context

pytestmark = pytest.mark.contract
DSL, LEAD = "U0DSL00001", "U0COMPUTE1"
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def toot(n: int, text: str) -> dict[str, Any]:
    """A Mastodon mention notification, as GET /api/v1/notifications answers."""
    status = {
        "id": str(113500000000000000 + n),
        "created_at": "2026-11-20T14:52:07.000Z",
        "visibility": "public",
        "content": f'<p><span class="h-card"><a href="https://mastodon.example/@school">@<span>school'
        f"</span></a></span> {text}</p>",
        "url": f"https://mastodon.social/@dad77/{n}",
    }
    account = {"id": "1099", "username": "dad77", "acct": "dad77@mastodon.social", "display_name": "Dave"}
    return {"id": str(900 + n), "type": "mention", "created_at": "2026-11-20T14:52:07.000Z", "account": account,
            "status": status}  # fmt: skip


def skeet(n: int, text: str) -> dict[str, Any]:
    """A Bluesky reply notification, as app.bsky.notification.listNotifications answers."""
    uri = f"at://did:plc:dadaaaaaaaaaaaaaaaaaaaaa/app.bsky.feed.post/3lbq{n:09d}"
    author = {
        "did": "did:plc:dadaaaaaaaaaaaaaaaaaaaaa",
        "handle": "dave.bsky.social",
        "displayName": "Dave",
        "labels": [],
        "viewer": {"muted": False},
        "createdAt": "2024-01-01T00:00:00.000Z",
    }
    record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-11-20T14:52:07.000Z"}
    return {"uri": uri, "cid": f"bafyreib{n:010d}", "author": author, "reason": "reply", "record": record,
            "isRead": False, "indexedAt": "2026-11-20T14:52:08.000Z", "labels": []}  # fmt: skip


def desk(slack_server: FakeSlackServer, store: RedisStore, *sources: Any) -> IncidentDesk:
    zone = ZoneInfo("Europe/London")
    notifier = SlackIncidentNotifier(web_client(TOKEN, slack_server.url), zone)
    config = IncidentsSection(computing_lead=[LEAD], dsl=[DSL], headteacher=["U0HEAD0001"])
    return IncidentDesk(store.incidents, routes(config, CHANNEL), notifier, PillowSnapshot(zone), *sources)


def test_a_safeguarding_mention_on_mastodon_goes_only_to_the_dsl_and_is_raised_once(
    slack_server: FakeSlackServer, store: RedisStore, mastodon_server: FakeMastodonServer
) -> None:
    slack_server.fake.calls.clear()
    mastodon_server.fake.notifications[:] = [toot(2, "i cut myself again last night"), toot(1, "Lovely assembly!")]
    source = MastodonMentions(MastodonPublisher(mastodon_server.url, "mastodon-token", sleep=lambda _: None))
    watch = MentionWatch(desk(slack_server, store, source), source, context(), store.followers, shipped_reader())
    assert watch.poll(NOW).raised == 1 and watch.poll(NOW).read == 0  # since the cursor: nothing new
    posts = slack_server.fake.named("chat.postMessage")
    assert {m["channel"] for m in posts} == {"D0DSL00001"} and all(m["channel"] != CHANNEL for m in posts)
    incident = store.incidents.get("I1")
    assert incident is not None and incident.evidence.network == "Mastodon"
    assert incident.evidence.content == "@school i cut myself again last night"
    assert incident.evidence.author == "@dad77@mastodon.social (Dave)"
    card = words(posts[0])
    assert "Open on Mastodon" in card and "incident-hide" not in card  # Mastodon cannot hide a reply


def test_an_abusive_reply_on_bluesky_reaches_the_channel_and_paging_stops_at_the_cursor(
    slack_server: FakeSlackServer, store: RedisStore, bluesky_server: FakeBlueskyServer
) -> None:
    slack_server.fake.calls.clear()
    bluesky_server.fake.notifications[:] = [skeet(2, "Watch your back, I know where you live")]
    source = BlueskyMentions(BlueskyPublisher(HANDLE, PASSWORD, bluesky_server.url, sleep=lambda _: None))
    watch = MentionWatch(desk(slack_server, store, source), source, context(), store.followers, shipped_reader())
    assert watch.poll(NOW).raised == 1
    bluesky_server.fake.notifications[:0] = [skeet(3, "Great photos!")]  # one new, then the one already seen
    report = watch.poll(NOW)
    assert (report.read, report.raised) == (1, 0)
    [card] = [m for m in slack_server.fake.named("chat.postMessage") if m["channel"] == CHANNEL]
    assert "Watch your back" in words(card) and "@dave.bsky.social (Dave)" in words(card)
    assert "https://bsky.app/profile/dave.bsky.social/post/3lbq000000002" in words(card)


def test_a_network_that_fails_is_tried_again_next_time_and_loses_nothing(
    slack_server: FakeSlackServer, store: RedisStore, bluesky_server: FakeBlueskyServer
) -> None:
    bluesky_server.fake.notifications[:] = [skeet(5, "you lot are morons")]
    bluesky_server.fake.faults["app.bsky.notification.listNotifications"] = [500, 500, 500]
    source = BlueskyMentions(BlueskyPublisher(HANDLE, PASSWORD, bluesky_server.url, sleep=lambda _: None))
    watch = MentionWatch(desk(slack_server, store, source), source, context(), store.followers, shipped_reader())
    with pytest.raises(Exception, match="not answering"):
        watch.poll(NOW)
    assert store.incidents.cursor("Bluesky") is None
    assert watch.poll(NOW).raised == 1
