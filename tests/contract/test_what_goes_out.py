"""What goes out: the report lists the photos in order with their descriptions, names every file that will not
go out and why, and a description given from the report reaches X."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from chatbot.approval.states import State
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, TA, Bot, make_bot, payload, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer
from tests.photos import jpeg, scene

pytestmark = pytest.mark.contract
DRAFT, TS = "slack:C0DRAFTS01:1795428100.000200", "1795428100.000200"
FILE = payload("event_message_file_share")["event"]["files"][0]


def offered(
    bot: Bot, name: str, mimetype: str = "image/jpeg", data: bytes | None = None, size: int = 0
) -> dict[str, Any]:
    """A file as Slack describes it in a message; its bytes are served by the fake file host when given."""
    if data is not None:
        bot.slack.files[name] = data
    file = copy.deepcopy(FILE)
    file.update(name=name, title=name, mimetype=mimetype, size=size or len(data or b"") or 1000,
                url_private_download=f"{bot.api_url}files/{name}")  # fmt: skip
    return file


def post(bot: Bot, files: list[dict[str, Any]]) -> dict[str, Any]:
    bot.send("event_message_file_share", event__files=files)
    [report] = bot.slack.named("chat.postMessage")
    return report


@pytest.fixture(scope="module")
def field() -> bytes:
    return jpeg(scene((1200, 900)))


def test_a_fifth_photo_a_video_and_a_document_are_named_as_not_published(bot: Bot, field: bytes) -> None:
    photos = [offered(bot, f"img_{n}.jpg", data=field) for n in range(1, 6)]
    report = words(post(bot, [*photos, offered(bot, "race.mov", "video/quicktime", size=48_000_000),
                              offered(bot, "letter.pdf", "application/pdf", size=90_000)]))  # fmt: skip
    assert "photo 4 (img_4.jpg)" in report and "photo 5" not in report
    assert "Not published: img_5.jpg: a post carries at most four photos" in report
    assert "race.mov: Countersign does not publish video" in report and "letter.pdf: it is not a photo" in report
    downloaded = [call["name"] for call in bot.slack.named("GET /files")]
    assert downloaded == [f"img_{n}.jpg" for n in range(1, 5)]  # neither the fifth photo nor the video


def test_twenty_photos_a_fake_video_and_a_2_gb_file_each_get_a_line_and_the_draft_is_kept(
    bot: Bot, field: bytes
) -> None:
    photos = [offered(bot, f"p{n:02}.jpg", data=field) for n in range(1, 21)]
    fake_video = offered(bot, "clip.mp4", "video/mp4", data=b"this is not a video")
    huge = offered(bot, "scan.tiff", "image/tiff", size=2 * 1024**3)
    report = words(post(bot, [*photos, fake_video, huge]))
    assert all(f"p{n:02}.jpg: a post carries at most four photos" in report for n in range(5, 21))
    assert "clip.mp4: Countersign does not publish video" in report
    assert "scan.tiff: it is larger than the 30 MB a photo can be" in report
    stored = bot.store.get(DRAFT)
    assert stored is not None and stored.state == State.AWAITING_APPROVAL and len(bot.store.photos(DRAFT)) == 4
    assert len(stored.record["left_out"]) == 18  # kept with the draft: an edit's re-check names them again


def test_every_report_says_where_it_goes_and_that_a_photo_has_no_description(bot: Bot, field: bytes) -> None:
    report = words(post(bot, [offered(bot, "img_1.jpg", data=field)]))
    assert "What goes out on X: the text above, then photo 1 (img_1.jpg): no description yet." in report
    assert "describe-ask" in report  # a photo posted in the channel can be described from the report
    assert "The original photos stay in this channel" in report  # the bot cannot remove them, and says so


def describe(bot: Bot, *descriptions: str, user: str = AUTHOR) -> None:
    values = {f"draft-alt-{n}": {f"alt-{n}": {"type": "plain_text_input", "value": text}}
              for n, text in enumerate(descriptions, 1)}  # fmt: skip
    bot.send("view_submission", view__callback_id="countersign-describe", user__id=user,
             view__private_metadata=f"C0DRAFTS01 {TS}", view__state__values=values)  # fmt: skip


@pytest.fixture
def x_bot(slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer) -> Bot:
    x_server.fake.posts.clear(), x_server.fake.faults.clear(), x_server.fake.media.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    return make_bot(slack_server, store, publisher=x)


def test_a_description_given_from_the_report_reaches_x(x_bot: Bot, x_server: FakeXServer, field: bytes) -> None:
    post(x_bot, [offered(x_bot, "img_1.jpg", data=field), offered(x_bot, "img_2.jpg", data=field)])
    x_bot.send("block_actions", user__id=AUTHOR, actions__0__action_id="describe-ask", actions__0__value=TS)
    [opened] = x_bot.slack.named("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert [b["label"]["text"] for b in view["blocks"]] == ["Photo 1 (img_1.jpg)", "Photo 2 (img_2.jpg)"]
    describe(x_bot, "Year 3 racing on the field", "")
    updated = words(x_bot.slack.named("chat.update")[-1])
    assert "photo 1 (img_1.jpg): “Year 3 racing on the field”; photo 2 (img_2.jpg): no description yet" in updated
    x_bot.send("event_reaction_added", event__item__ts=TS)
    [sent] = x_server.fake.posts.values()
    alts = [x_server.fake.media[m]["alt"] for m in sent["media"]["media_ids"]]
    assert alts == ["Year 3 racing on the field", None]
    described = [e for e in x_bot.store.history(DRAFT) if "described" in json.dumps(e)]
    assert described and "racing" not in json.dumps(described)  # audited, without the words


def test_someone_who_is_neither_author_nor_approver_cannot_describe(bot: Bot, field: bytes) -> None:
    post(bot, [offered(bot, "img_1.jpg", data=field)])
    describe(bot, "A description", user=TA)
    assert bot.thread(TS)[-1] == "Only the author or an approver can describe the photos."
    assert bot.store.photos(DRAFT)[0][1]["alt_text"] is None


def test_the_forms_photos_appear_in_the_thread_as_they_would_be_published(bot: Bot) -> None:
    from tests.photos import jpeg_markers

    bot.slack.uploads.clear()  # other tests' uploads (incident snapshots)
    bot.slack.files["IMG_amelia.jpg"] = jpeg(scene((1600, 1200)), gps=True, camera=True)
    files = [{"id": "F0FORM0001", "name": "IMG_amelia.jpg", "mimetype": "image/jpeg", "size": 90_000,
              "url_private_download": f"{bot.api_url}files/IMG_amelia.jpg"}]  # fmt: skip
    values = {"draft-photos": {"photos": {"type": "file_input", "files": files}},
              "draft-alt-1": {"alt-1": {"type": "plain_text_input", "value": "The field before sports day"}},
              "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}}}  # fmt: skip
    bot.send("view_submission", **{f"view__state__values__{k}": v for k, v in values.items()})
    [completed] = bot.slack.named("files.completeUploadExternal")
    [posted] = bot.slack.named("chat.postMessage")[:1]
    shown = json.loads(completed["files"]) if isinstance(completed["files"], str) else completed["files"]
    assert completed["channel_id"] == posted["channel"] and "Draft from" in posted["text"]
    assert [f["title"] for f in shown] == ["photo-1.jpg"]  # never the original's name, which may name a pupil
    [uploaded] = [data for data in bot.slack.uploads.values() if data]
    draft_id = f"slack:{completed['channel_id']}:{completed['thread_ts']}"  # in the draft's own thread
    assert uploaded == bot.store.photos(draft_id)[0][0]  # exactly the sanitised bytes that would be published
    assert 0xE1 not in jpeg_markers(uploaded)  # no EXIF (GPS, camera) in what the channel sees
