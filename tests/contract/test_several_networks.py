"""Publishing to X and Mastodon: the Mastodon publisher against a fake server, and one draft to both networks
through the real bolt App and a real Redis — each exactly once, one failing and retried on its own."""

from __future__ import annotations

import pytest

from chatbot.approval.ports import PublishImage
from chatbot.approval.states import State
from chatbot.errors import AlreadyPublished, PublishError
from chatbot.publishers.bluesky import BlueskyPublisher
from chatbot.publishers.mastodon import MastodonPublisher
from chatbot.publishers.several import SeveralPublishers
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.store import RedisStore
from tests.contract.conftest import HEAD, Bot, make_bot, words
from tests.contract.fake_bluesky_api import HANDLE, PASSWORD, FakeBlueskyServer
from tests.contract.fake_mastodon_api import FakeMastodonServer
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


@pytest.fixture
def bluesky(bluesky_server: FakeBlueskyServer) -> BlueskyPublisher:
    fake = bluesky_server.fake
    fake.records.clear(), fake.blobs.clear(), fake.faults.clear(), fake.calls.clear()
    return BlueskyPublisher(HANDLE, PASSWORD, bluesky_server.url, sleep=lambda _: None)


@pytest.fixture
def mastodon(mastodon_server: FakeMastodonServer) -> MastodonPublisher:
    fake = mastodon_server.fake
    fake.statuses.clear(), fake.media.clear(), fake.by_key.clear(), fake.faults.clear(), fake.calls.clear()
    return MastodonPublisher(mastodon_server.url, "mastodon-token", sleep=lambda _: None)


def test_a_status_goes_out_with_described_photos(
    mastodon: MastodonPublisher, mastodon_server: FakeMastodonServer
) -> None:
    photo = PublishImage(b"\xff\xd8sanitised", "image/jpeg", "Children building volcanoes")
    result = mastodon.publish("d1", "Year 3 made volcanoes!", (photo,))
    status = mastodon_server.fake.statuses[result.post_id or ""]
    assert status["text_sent"] == "Year 3 made volcanoes!" and result.url == status["url"]
    assert [m["description"] for m in status["media_attachments"]] == ["Children building volcanoes"]
    assert mastodon_server.fake.media[status["media_attachments"][0]["id"]]["bytes"] == b"\xff\xd8sanitised"


def test_the_same_draft_twice_is_one_status_thanks_to_the_idempotency_key(
    mastodon: MastodonPublisher, mastodon_server: FakeMastodonServer
) -> None:
    first, again = mastodon.publish("d1", "Hello"), mastodon.publish("d1", "Hello")
    assert first.post_id == again.post_id and len(mastodon_server.fake.statuses) == 1


@pytest.mark.parametrize(("faults", "retryable", "said"), [
    ([429, 429, 429], True, "not answering properly"), ([503, 503, 503], True, "not answering properly"),
    ([422], False, "refused the post"),
])  # fmt: skip
def test_failures_are_retried_then_said_clearly(
    mastodon: MastodonPublisher, mastodon_server: FakeMastodonServer, faults: list[int], retryable: bool, said: str
) -> None:
    mastodon_server.fake.faults["POST /api/v1/statuses"] = list(faults)
    with pytest.raises(PublishError, match=said) as failure:
        mastodon.publish("d1", "Hello")
    assert failure.value.retryable is retryable and mastodon_server.fake.statuses == {}


def test_a_refused_token_says_which_variable_to_fix(mastodon_server: FakeMastodonServer) -> None:
    with pytest.raises(PublishError, match="MASTODON_ACCESS_TOKEN"):
        MastodonPublisher(mastodon_server.url, "wrong-token").publish("d1", "Hello")


def two_network_bot(slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer,
                    mastodon: MastodonPublisher) -> Bot:  # fmt: skip
    x_server.fake.posts.clear(), x_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    return make_bot(slack_server, store, publisher=SeveralPublishers((x, mastodon), store))


def test_one_draft_reaches_both_networks_once_each_and_a_failure_is_retried_only_where_it_failed(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer, mastodon: MastodonPublisher,
    mastodon_server: FakeMastodonServer,
) -> None:  # fmt: skip
    bot = two_network_bot(slack_server, store, x_server, mastodon)
    mastodon_server.fake.faults["POST /api/v1/statuses"] = [503, 503, 503]
    bot.send("event_message")
    bot.send("event_reaction_added")
    failed = bot.slack.named("chat.postMessage")[-1]
    assert store.get(DRAFT).state == State.FAILED  # type: ignore[union-attr]
    assert "Posted on X; not posted on Mastodon" in failed["text"] and '"draft-retry"' in words(failed)
    assert len(x_server.fake.posts) == 1 and mastodon_server.fake.statuses == {}
    bot.send("block_actions", actions__0__action_id="draft-retry", actions__0__action_ts="1795429000.000001")
    assert store.get(DRAFT).state == State.PUBLISHED  # type: ignore[union-attr]
    assert len(x_server.fake.posts) == 1 and len(mastodon_server.fake.statuses) == 1  # X was not posted again
    said = bot.slack.named("chat.postMessage")[-1]["text"]
    assert said.startswith("Approved and published: X: https://x.com/i/web/status/")
    assert "Mastodon: https://mastodon.example/@school/" in said


def test_taking_it_down_removes_it_from_both_networks(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer, mastodon: MastodonPublisher,
    mastodon_server: FakeMastodonServer,
) -> None:  # fmt: skip
    bot = two_network_bot(slack_server, store, x_server, mastodon)
    bot.send("event_message")
    bot.send("event_reaction_added")
    [status_id] = mastodon_server.fake.statuses
    bot.send("slash_command", text=f"unpublish https://mastodon.example/@school/{status_id}", user_id=HEAD)
    assert x_server.fake.posts == {} and mastodon_server.fake.statuses == {}
    assert [a["text"] for a in bot.slack.named("webhook")] == ["Taken down from X and Mastodon by an approver."]
    assert store.get(DRAFT).state == State.UNPUBLISHED  # type: ignore[union-attr]


def test_a_bluesky_post_carries_its_described_photos_and_a_retry_makes_no_second_post(
    bluesky: BlueskyPublisher, bluesky_server: FakeBlueskyServer
) -> None:
    photo = PublishImage(b"\xff\xd8sanitised", "image/jpeg", "Children building volcanoes")
    result = bluesky.publish("slack:C0DRAFTS01:1795428000.000100", "Year 3 made volcanoes!", (photo,))
    record = bluesky_server.fake.records[result.post_id or ""]
    assert (
        record["text"] == "Year 3 made volcanoes!"
        and result.url == f"https://bsky.app/profile/{HANDLE}/post/{result.post_id}"
    )
    [image] = record["embed"]["images"]
    assert image["alt"] == "Children building volcanoes"
    assert bluesky_server.fake.blobs[image["image"]["ref"]["$link"]] == b"\xff\xd8sanitised"
    with pytest.raises(AlreadyPublished):
        bluesky.publish("slack:C0DRAFTS01:1795428000.000100", "Year 3 made volcanoes!")
    assert len(bluesky_server.fake.records) == 1


@pytest.mark.parametrize(("faults", "said"), [([429, 429, 429], "not answering"), ([500, 500, 500], "not answering")])
def test_bluesky_rate_limits_and_outages_are_retried_then_said(
    bluesky: BlueskyPublisher, bluesky_server: FakeBlueskyServer, faults: list[int], said: str
) -> None:
    bluesky_server.fake.faults["com.atproto.repo.createRecord"] = list(faults)
    with pytest.raises(PublishError, match=said) as failure:
        bluesky.publish("d:1795428000.1", "Hello")
    assert failure.value.retryable and bluesky_server.fake.records == {}


def test_a_wrong_bluesky_app_password_says_what_to_fix(bluesky_server: FakeBlueskyServer) -> None:
    with pytest.raises(PublishError, match="BLUESKY_APP_PASSWORD"):
        BlueskyPublisher(HANDLE, "wrong", bluesky_server.url, sleep=lambda _: None).publish("d:1.1", "Hello")


def test_three_networks_each_get_the_post_exactly_once_with_one_failing_and_retried_on_its_own(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer, mastodon: MastodonPublisher,
    mastodon_server: FakeMastodonServer, bluesky: BlueskyPublisher, bluesky_server: FakeBlueskyServer,
) -> None:  # fmt: skip
    x_server.fake.posts.clear(), x_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    bot = make_bot(slack_server, store, publisher=SeveralPublishers((x, mastodon, bluesky), store))
    bluesky_server.fake.faults["com.atproto.repo.createRecord"] = [500, 500, 500]
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert "Posted on X and Mastodon; not posted on Bluesky" in bot.slack.named("chat.postMessage")[-1]["text"]
    bot.send("block_actions", actions__0__action_id="draft-retry", actions__0__action_ts="1795429000.000001")
    bot.send("block_actions", actions__0__action_id="draft-retry", actions__0__action_ts="1795429000.000002")
    assert store.get(DRAFT).state == State.PUBLISHED  # type: ignore[union-attr]
    counts = len(x_server.fake.posts), len(mastodon_server.fake.statuses), len(bluesky_server.fake.records)
    assert counts == (1, 1, 1)
    said = bot.slack.named("chat.postMessage")[-1]["text"]
    assert (
        "X: https://x.com/" in said
        and "Mastodon: https://mastodon.example/" in said
        and "Bluesky: https://bsky.app/" in said
    )


def test_a_link_is_clickable_on_bluesky_and_gets_a_card(
    bluesky: BlueskyPublisher, bluesky_server: FakeBlueskyServer
) -> None:
    text = "Our café menu 👉 https://www.example-primary.sch.uk/menu. Enjoy!"
    result = bluesky.publish("d:1795428000.2", text)
    record = bluesky_server.fake.records[result.post_id or ""]
    [facet] = record["facets"]
    start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
    assert text.encode()[start:end] == b"https://www.example-primary.sch.uk/menu"  # bytes, past "é" and the emoji
    assert facet["features"] == [
        {"$type": "app.bsky.richtext.facet#link", "uri": "https://www.example-primary.sch.uk/menu"}
    ]
    assert record["embed"]["external"]["title"] == "example-primary.sch.uk"


def test_a_takedown_removes_the_post_from_all_three_networks(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer, mastodon: MastodonPublisher,
    mastodon_server: FakeMastodonServer, bluesky: BlueskyPublisher, bluesky_server: FakeBlueskyServer,
) -> None:  # fmt: skip
    x_server.fake.posts.clear(), x_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    bot = make_bot(slack_server, store, publisher=SeveralPublishers((x, mastodon, bluesky), store))
    bot.send("event_message")
    bot.send("event_reaction_added")
    assert (len(x_server.fake.posts), len(mastodon_server.fake.statuses), len(bluesky_server.fake.records)) == (1, 1, 1)
    bot.send("event_reaction_added", event__reaction="wastebasket", event_id="Ev0BIN00009")
    assert (x_server.fake.posts, mastodon_server.fake.statuses, bluesky_server.fake.records) == ({}, {}, {})
    assert store.get(DRAFT).state == State.UNPUBLISHED  # type: ignore[union-attr]


def test_drafts_whose_ids_carry_no_time_still_get_record_keys_of_their_own() -> None:
    from chatbot.publishers.bluesky import record_key

    ids = [f"teams:19:abc@thread.tacv2;messageid={n}" for n in range(5000)] + ["slack:C1:1795428000.000100"]
    keys = {record_key(i, BlueskyPublisher._draft_time(i)) for i in ids}
    assert len(keys) == len(ids) and all(len(k) == 13 for k in keys)
    assert record_key(ids[0], BlueskyPublisher._draft_time(ids[0])) in keys  # stable: a retry gets the same key


def test_after_a_crash_a_network_that_cannot_be_checked_fails_alone(
    store: RedisStore, x_server: FakeXServer, mastodon: MastodonPublisher, mastodon_server: FakeMastodonServer
) -> None:
    from tests.contract.fake_x_api import UNAVAILABLE, Fault

    x_server.fake.posts.clear(), x_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, attempts=2, sleep=lambda _: None)
    store.publications.claim("crashed", "X")  # the process died while posting to X
    x_server.fake.faults["GET /2/users/2244994945/tweets"] = [Fault(503, UNAVAILABLE)] * 2
    with pytest.raises(PublishError, match="Posted on Mastodon; not posted on X") as failure:
        SeveralPublishers((x, mastodon), store).publish("crashed", "Hello")
    assert failure.value.partial and len(mastodon_server.fake.statuses) == 1 and x_server.fake.posts == {}
    assert set(store.publications.entries("crashed")) == {"Mastodon"}  # X is free to be tried again
