"""A pupil's consent withdrawn: `/countersign consent-withdrawn NAME` finds the posts they were named in, and one
is taken down from X from the list; the search is audited without the name."""

from __future__ import annotations

import json

import pytest

from chatbot.approval.states import State
from chatbot.publishers.x import XCredentials, XPublisher
from chatbot.store import RedisStore
from tests.contract.conftest import HEAD, TA, Bot, make_bot
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import DUPLICATE, FakeXServer, Fault
from tests.photos import GROUP_OF_SIX, jpeg, photo

pytestmark = pytest.mark.contract


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore, x_server: FakeXServer) -> Bot:
    x_server.fake.posts.clear(), x_server.fake.faults.clear()
    x = XPublisher(XCredentials("k", "s", "2244994945-t", "ts"), x_server.url, sleep=lambda _: None)
    return make_bot(slack_server, store, publisher=x)


def published_with(bot: Bot, ts: str, event_id: str, *named: str) -> str:
    """A group photo posted in the channel, who is pictured answered, approved and published; its draft id."""
    bot.slack.files["group.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__ts=ts, event_id=event_id, event__text=f"Sports day {event_id}",
             event__files__0__url_private_download=bot.api_url + "files/group.jpg")  # fmt: skip
    bot.say_pictured(ts, "" if named else "nobody-identifiable", *named)
    bot.send("event_reaction_added", event__item__ts=ts, event_id=f"{event_id}R")
    draft_id = f"slack:C0DRAFTS01:{ts}"
    stored = bot.store.get(draft_id)
    assert stored is not None and stored.state == State.PUBLISHED, bot.thread(ts)
    return draft_id


def answers(bot: Bot) -> list[dict[str, object]]:
    return bot.slack.named("webhook")


def test_the_posts_a_pupil_was_named_in_are_listed_and_one_is_taken_down(bot: Bot, x_server: FakeXServer) -> None:
    first = published_with(bot, "1795428100.000200", "Ev0CONSENT1", "Joshua Patel")
    published_with(bot, "1795428200.000300", "Ev0CONSENT2")  # nobody identifiable: not his
    second = published_with(bot, "1795428300.000400", "Ev0CONSENT3", "Joshua Patel", "Summer Jones")
    bot.send("slash_command", text="consent-withdrawn joshua  PATEL", user_id=HEAD)
    [answer] = answers(bot)
    blocks = answer["blocks"] if isinstance(answer["blocks"], list) else json.loads(str(answer["blocks"]))
    buttons = [e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert "named as pictured in 2 published post(s)" in str(answer["text"]) and buttons == [second, first]
    assert all("https://x.com/" in json.dumps(b) for b in blocks[1:] if b["type"] == "section")
    bot.send("block_actions", user__id=HEAD, actions__0__action_id="consent-take-down", actions__0__value=first,
             actions__0__action_ts="1795429000.000009")  # fmt: skip
    assert bot.store.get(first).state == State.UNPUBLISHED  # type: ignore[union-attr]
    assert bot.store.get(second).state == State.PUBLISHED  # type: ignore[union-attr]
    assert len(x_server.fake.posts) == 2  # the other two are still up
    audit = json.dumps(bot.store.governance.history())
    assert "consent_withdrawn" in audit and "2 published posts found" in audit and "Joshua" not in audit


def test_only_approvers_may_look_and_a_pupil_in_no_post_is_said_plainly(bot: Bot) -> None:
    bot.send("slash_command", text="consent-withdrawn Joshua Patel", user_id=TA)
    bot.send("slash_command", text="consent-withdrawn Summer Jones", user_id=HEAD, trigger_id="2")
    said = [str(a["text"]) for a in answers(bot)]
    assert said[0] == "Only approvers can look up a pupil's published photos."
    assert said[1].startswith("No published post names Summer Jones as pictured.")


def test_a_post_x_calls_a_duplicate_is_still_found_for_a_withdrawal(bot: Bot, x_server: FakeXServer) -> None:
    x_server.fake.faults["POST /2/tweets"] = [Fault(403, DUPLICATE)]  # on the account, but X does not say where
    ts = "1795428100.000900"
    bot.slack.files["group.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__ts=ts, event_id="Ev0DUPE01", event__text="Sports day",
             event__files__0__url_private_download=bot.api_url + "files/group.jpg")  # fmt: skip
    bot.say_pictured(ts, "", "Joshua Patel")
    bot.send("event_reaction_added", event__item__ts=ts, event_id="Ev0DUPE01R")
    draft_id = f"slack:C0DRAFTS01:{ts}"
    assert (stored := bot.store.get(draft_id)) is not None and stored.state == State.PUBLISHED
    assert [found for found, _ in bot.store.pictured.posts("Joshua Patel")] == [draft_id]
