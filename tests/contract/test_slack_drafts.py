"""Drafts through the real bolt App: Slack's message payloads in, Web API calls out, state in a real Redis."""

from __future__ import annotations

import pytest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import CHANNEL, Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import FakeXServer
from tests.photos import SINGLE, jpeg, photo

pytestmark = pytest.mark.contract
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


def state(bot: Bot, draft_id: str = DRAFT) -> State | None:
    stored = bot.store.get(draft_id)
    return stored.state if stored else None


def test_a_message_in_the_drafts_channel_gets_its_report_in_the_thread(bot: Bot) -> None:
    bot.send("event_message")
    [report] = bot.slack.named("chat.postMessage")
    assert report["channel"] == CHANNEL and report["thread_ts"] == "1795428000.000100"
    assert report["text"] == "Countersign: OK"
    assert "No problems found" in words(report) and "white_check_mark" in words(report)
    assert state(bot) == State.AWAITING_APPROVAL


def test_a_redelivered_event_has_one_effect(bot: Bot) -> None:
    bot.send("event_message")
    bot.send("event_message")  # Slack retries with the same event_id
    assert len(bot.slack.named("chat.postMessage")) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"event__thread_ts": "1795427000.000001"},  # a reply in someone's thread: conversation, not a draft
        {"event__channel": "C0STAFFRM1"},  # another channel
        {"event__bot_id": "B0OTHERBOT", "event__subtype": "bot_message"},  # another bot
    ],
    ids=["thread-reply", "other-channel", "bot-message"],
)
def test_other_messages_are_not_drafts(bot: Bot, changes: dict[str, str]) -> None:
    bot.send("event_message", **changes)
    assert bot.slack.named("chat.postMessage") == [] and state(bot) is None


def test_slack_markup_is_read_as_the_words_people_see(bot: Bot) -> None:
    bot.send("event_message", event__text="Well done Amelia &amp; friends! <https://bit.ly/x|bit.ly/x>")
    [report] = bot.slack.named("chat.postMessage")
    assert "pupil-name" in words(report) and "bit.ly" in words(report)
    assert report["text"] == "Countersign: blocked" and state(bot) == State.BLOCKED


def test_photos_are_downloaded_with_the_bot_token_and_checked(bot: Bot) -> None:
    bot.slack.files["img_0042.jpg"] = jpeg(photo(SINGLE).resize((1600, 1200)), gps=True)
    url = bot.api_url + "files/img_0042.jpg"
    bot.send("event_message_file_share", event__files__0__url_private_download=url)
    [report] = bot.slack.named("chat.postMessage")
    assert "single-child-photo" in words(report) and "location data" in words(report)
    assert "alt-text" in words(report)
    assert "say who is pictured" in words(report)  # what is still needed before approval


def test_the_token_is_never_sent_to_another_host(bot: Bot) -> None:
    bot.send("event_message_file_share")  # the payload's own files.slack.com address: not reachable from here
    bot.send("event_message_file_share", event__ts="1795428100.000300", event_id="Ev0FILESHR2",
             event__files__0__url_private_download="http://example.org/files/img.jpg")  # fmt: skip
    reports = bot.slack.named("chat.postMessage")
    assert len(reports) == 2 and all("could not be fetched" in words(r) for r in reports)


def test_an_edit_updates_the_same_report_and_a_deletion_withdraws(bot: Bot) -> None:
    bot.send("event_message")
    [report] = bot.slack.named("chat.postMessage")
    bot.send("event_message_changed")
    [update] = bot.slack.named("chat.update")
    assert update["channel"] == CHANNEL and update["text"] == "Countersign: blocked" and "gr8" in words(update)
    assert state(bot) == State.BLOCKED
    bot.send("event_message_deleted")
    assert state(bot) == State.WITHDRAWN and bot.thread()[-1].startswith("The draft was deleted")
    assert report["thread_ts"] == "1795428000.000100"


def test_an_approved_draft_with_a_photo_goes_to_x_sanitised_with_its_description(
    slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer
) -> None:
    from chatbot.publishers.x import XCredentials, XPublisher
    from tests.photos import GROUP_OF_SIX

    x_server.fake.posts.clear()
    x = XPublisher(XCredentials("k", "s", "t", "ts"), x_server.url)
    bot = make_bot(slack_server, store, publisher=x)
    bot.slack.files["img_0042.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)), gps=True, comment="Amelia")
    url = bot.api_url + "files/img_0042.jpg"
    bot.send("event_message_file_share", event__files__0__url_private_download=url)
    bot.send("event_reaction_added", event__item__ts="1795428100.000200")  # too soon: who is pictured?
    assert x_server.fake.posts == {} and "cannot be approved" in bot.thread("1795428100.000200")[-1]
    bot.say_pictured("1795428100.000200", "nobody-identifiable")
    bot.send("event_reaction_added", event__item__ts="1795428100.000200", event_id="Ev0LATER01")
    [(post_id, sent)] = x_server.fake.posts.items()
    assert sent["text"] == "Sports day fun!"
    [media_id] = sent["media"]["media_ids"]
    uploaded = x_server.fake.media[media_id]["bytes"]
    assert b"Amelia" not in uploaded and b"Exif" not in uploaded[:2000]  # no comment, no EXIF/GPS went out
    assert bot.thread("1795428100.000200")[-1] == f"Approved and published: https://x.com/i/web/status/{post_id}"
    [report] = [m for m in bot.slack.named("chat.postMessage") if m.get("text", "").startswith("Countersign")]
    assert "Posting it on X costs about £0.012 (US$0.015 at £0.79 to the dollar)." in words(report)
    [reaction] = bot.slack.named("reactions.add")
    assert reaction["name"] == "outbox_tray" and reaction["timestamp"] == "1795428100.000200"
    published = next(e for e in store.history("slack:C0DRAFTS01:1795428100.000200") if e["transition"] == "published")
    assert '"cost_usd": 0.015' in published["detail"] and post_id in published["detail"]
