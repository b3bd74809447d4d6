"""Every network gets a photo it accepts: a 12 MP photo goes to X as it is and to Bluesky under its 1 MB limit,
through the real bolt App, against fakes that refuse what the real services refuse."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from chatbot.approval.ports import PublishImage
from chatbot.approval.states import State
from chatbot.errors import PublishError
from chatbot.publishers.bluesky import BlueskyPublisher
from chatbot.publishers.mastodon import MastodonPublisher
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.store import RedisStore
from handlers.wiring.publishing import combined
from tests.contract.conftest import make_bot, words
from tests.contract.fake_bluesky_api import HANDLE, MAX_BLOB, PASSWORD, FakeBlueskyServer
from tests.contract.fake_mastodon_api import FakeMastodonServer
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer
from tests.drafting import context
from tests.photos import jpeg, scene

pytestmark = pytest.mark.contract
DRAFT, TS = "slack:C0DRAFTS01:1795428100.000200", "1795428100.000200"


@pytest.fixture(scope="module")
def phone_photo() -> bytes:
    """A 12 MP photo of a textured field: 2–4 MB, as a phone's are."""
    data = jpeg(scene(), camera=True)
    assert len(data) > 2 * MAX_BLOB
    return data


@pytest.fixture
def bluesky(bluesky_server: FakeBlueskyServer) -> BlueskyPublisher:
    fake = bluesky_server.fake
    fake.records.clear(), fake.blobs.clear(), fake.faults.clear(), fake.calls.clear()
    return BlueskyPublisher(HANDLE, PASSWORD, bluesky_server.url, sleep=lambda _: None)


def test_bluesky_refuses_a_photo_over_1_mb_as_the_real_service_does(bluesky: BlueskyPublisher) -> None:
    with pytest.raises(PublishError):
        bluesky.publish("d1", "Sports day", (PublishImage(b"\xff\xd8" + bytes(MAX_BLOB), "image/jpeg"),))


def test_a_12_mp_photo_reaches_all_three_networks_each_within_its_limit(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer, bluesky: BlueskyPublisher,
    bluesky_server: FakeBlueskyServer, mastodon_server: FakeMastodonServer, phone_photo: bytes,
) -> None:  # fmt: skip
    x_server.fake.posts.clear(), x_server.fake.faults.clear(), x_server.fake.media.clear()
    mastodon_server.fake.statuses.clear(), mastodon_server.fake.media.clear(), mastodon_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    mastodon = MastodonPublisher(mastodon_server.url, "mastodon-token", sleep=lambda _: None)
    everywhere = replace(context(), other_networks=(("Mastodon", 500), ("Bluesky", 300)))
    bot = make_bot(slack_server, store, publisher=combined((x, mastodon, bluesky), store), ctx=everywhere)
    bot.slack.files["field.jpg"] = phone_photo
    bot.send("event_message_file_share", event__files__0__url_private_download=bot.api_url + "files/field.jpg")
    report = words(bot.slack.named("chat.postMessage")[0])
    assert "What goes out on X, Mastodon and Bluesky" in report
    assert "Bluesky takes smaller photos: it gets a reduced copy of photo 1." in report and "X takes" not in report
    bot.send("event_reaction_added", event__item__ts=TS)
    stored = store.get(DRAFT)
    assert stored is not None and stored.state == State.PUBLISHED, bot.thread(TS)
    [blob] = bluesky_server.fake.blobs.values()
    [x_media] = x_server.fake.media.values()
    with Image.open(io.BytesIO(blob)) as sent:
        assert len(blob) <= MAX_BLOB and max(sent.size) <= 2000 and sent.format == "JPEG"
    kept = store.photos(DRAFT)[0][0] if store.photos(DRAFT) else b""
    assert kept == b"" or kept in x_media["bytes"]  # X takes the sanitised photo as it is: no second loss
    assert len(mastodon_server.fake.statuses) == 1
