"""Trip mode (Dimple Well): a post from a trip in progress is held, not approved, until the trip lead says the
group has left; then it is approved as usual. Profiles that allow live trip news do not hold it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import AUTHOR, HEAD, TA, Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.teams_bot import card_actions
from tests.drafting import context
from tests.redis_server import RedisServer

pytestmark = pytest.mark.contract
LIVE = "Year 2 are at the zoo right now, watching the penguins!"
DRAFT = "slack:C0DRAFTS01:1795428000.000100"


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore) -> Bot:
    return make_bot(slack_server, store, ctx=context("dimple-well"))


def state(bot: Bot) -> State:
    stored = bot.store.get(DRAFT)
    assert stored is not None
    return stored.state


def group_left(bot: Bot, user: str) -> None:
    bot.send("block_actions", actions__0__action_id="trip-left", actions__0__value="1795428000.000100", user__id=user)


def test_a_post_from_a_trip_in_progress_waits_for_the_trip_lead(bot: Bot) -> None:
    bot.send("event_message", event__text=LIVE)
    report = words(bot.slack.named("chat.postMessage")[-1])
    assert "live-location" in report and '"trip-left"' in report and state(bot) == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event__user=HEAD, event_id="Ev0TRIPA01")
    assert state(bot) == State.AWAITING_APPROVAL and bot.thread()[-1] == messages.TRIP_HELD
    group_left(bot, TA)  # not the trip lead, nor an approver
    assert [e["text"] for e in bot.slack.named("chat.postEphemeral")] == [messages.TRIP_LEAD_ONLY]
    group_left(bot, AUTHOR)
    assert bot.thread()[-1] == messages.trip_left(AUTHOR)
    bot.send("event_reaction_added", event__user=HEAD, event_id="Ev0TRIPA02", event__event_ts="1795428600.000001")
    assert state(bot) == State.PUBLISHED
    assert ("trip-left", AUTHOR) in [(e["action"], e["by"]) for e in bot.store.governance.history()]


def test_a_profile_that_allows_live_trip_news_does_not_hold_it(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    live_news = make_bot(slack_server, store, ctx=context("use-of-twitter-2018"))
    live_news.send("event_message", event__text=LIVE)
    live_news.send("event_reaction_added", event__user=HEAD)
    stored = live_news.store.get(DRAFT)
    assert stored is not None and stored.state == State.PUBLISHED


def trip_form(bot: Bot, from_trip: bool) -> str:
    """`/countersign draft` with words that do not say where the class is, and the trip box ticked or not."""
    ticked = [{"value": "yes"}] if from_trip else []
    values = {
        "draft-text": {"text": {"type": "plain_text_input", "value": "Year 2 loved the penguins and the sea lions."}},
        "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": "none"}}},
        "draft-reason": {"reason": {"type": "plain_text_input", "value": None}},
        "draft-trip": {"trip": {"type": "checkboxes", "selected_options": ticked}},
    }
    bot.send("view_submission", view__state__values=values, view__id=f"V0TRIP{int(from_trip)}")
    [draft] = bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    return draft


@pytest.mark.parametrize("from_trip", [True, False])
def test_the_author_can_say_a_form_draft_is_from_a_trip_and_it_is_held(bot: Bot, from_trip: bool) -> None:
    bot.send("slash_command", text="draft", trigger_id="T0TRIP0001")
    assert '"draft-trip"' in json.dumps(bot.slack.named("views.open")[-1]["view"])  # asked where trips are held
    draft = trip_form(bot, from_trip)
    report = words(bot.slack.named("chat.postMessage")[-1])
    assert ('"trip-left"' in report) is from_trip and "live-location" not in report
    bot.send("event_reaction_added", event__item__ts=draft.rsplit(":", 1)[1], event__user=HEAD)
    stored = bot.store.get(draft)
    assert stored is not None and stored.state == (State.AWAITING_APPROVAL if from_trip else State.PUBLISHED)


def test_the_trip_box_is_not_asked_where_live_trip_news_is_allowed(slack_server: FakeSlackServer,
                                                                   store: RedisStore) -> None:  # fmt: skip
    live_news = make_bot(slack_server, store, ctx=context("use-of-twitter-2018"))
    live_news.send("slash_command", text="draft", trigger_id="T0TRIP0002")
    assert '"draft-trip"' not in json.dumps(live_news.slack.named("views.open")[-1]["view"])


def test_in_teams_the_cards_own_button_says_the_group_has_left(
    teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.contract import teams_bot

    teams_server.fake.calls.clear()
    bot = teams_bot.start_bot(teams_server, redis_server.url, monkeypatch, {"policy": {"profile": "dimple-well"}})
    try:
        bot.send("message", text=f"<p>{LIVE}</p>")
        actions = {a["title"]: a for a in card_actions(bot.thread()[-1]["attachments"][0]["content"])}
        left = actions["The group has left"]
        draft_id = f"teams:{teams_bot.CHANNEL}:{teams_bot.DRAFT}"
        assert (
            bot.press("approve", teams_bot.HEAD).status_code == 200
            and store.get(draft_id).state == State.AWAITING_APPROVAL
        )
        pressed = bot.send("card_action", value__action__verb=left["verb"], value__action__data=left["data"],
                           from__aadObjectId=teams_bot.AUTHOR, id="f:trip-left")  # fmt: skip
        assert pressed.json()["value"] == "Done."
        bot.press("draft-approve", teams_bot.HEAD)  # the new verb: another press, after the group left
        assert store.get(draft_id).state == State.PUBLISHED
    finally:
        bot.close()
