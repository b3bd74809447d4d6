"""Teams: the same approval rules as Slack, through card buttons (Action.Execute invokes) and, if configured, 👍."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.fake_x_api import FakeXServer, Fault
from tests.contract.teams_bot import (
    AUTHOR,
    CHANNEL,
    DEPUTY,
    DRAFT,
    GROUP,
    HEAD,
    TA,
    THREAD,
    TeamsBot,
    card_actions,
    filled,
    start_bot,
    unfolded,
)
from tests.redis_server import RedisServer

DRAFT_ID = f"teams:{CHANNEL}:{DRAFT}"
BLOCKED = "<p>Call Mrs Smith on 07700 900123 about the trip</p>"


@pytest.fixture
def start(teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:  # fmt: skip
    bots: list[TeamsBot] = []
    teams_server.fake.calls.clear()
    teams_server.fake.faults.clear()
    teams_server.fake.groups[GROUP] = [DEPUTY]

    def make(**teams: object) -> TeamsBot:
        bots.append(start_bot(teams_server, redis_server.url, monkeypatch, **teams))
        return bots[-1]

    yield make
    for bot in bots:
        bot.close()


def said(bot: TeamsBot) -> str:
    return json.dumps(bot.thread(), ensure_ascii=False)


def test_an_approver_publishes_with_the_card_button_and_the_author_cannot(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message")
    own = bot.press("approve", AUTHOR)
    assert own.status_code == 200 and bot.posted == [] and "own" in said(bot).lower()
    assert bot.press("approve", TA).status_code == 200 and bot.posted == []
    assert "approver" in said(bot).lower()
    assert bot.press("approve", HEAD).status_code == 200
    assert bot.posted == [(DRAFT_ID, "Year 3 have been building volcanoes in science. What a wonderful mess!")]
    assert store.get(DRAFT_ID).state == State.PUBLISHED


def test_a_blocked_draft_is_never_published_whoever_approves_it(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message", text=BLOCKED)
    for user in (HEAD, DEPUTY):
        bot.press("approve", user)
    assert bot.posted == [] and store.get(DRAFT_ID).state == State.BLOCKED


def test_two_approvers_publish_once_and_a_group_member_counts(start, store: RedisStore) -> None:
    bot = start(approvals_required=2)
    bot.send("message")
    bot.press("approve", HEAD)
    bot.press("approve", HEAD)  # the same person twice is one approval
    assert bot.posted == [] and store.get(DRAFT_ID).state == State.AWAITING_APPROVAL
    bot.press("approve", DEPUTY)  # a member of the approvers' Entra ID group, read from Graph
    bot.press("approve", DEPUTY)
    assert len(bot.posted) == 1 and store.get(DRAFT_ID).state == State.PUBLISHED


def test_reject_stops_the_draft_and_its_reason_reaches_the_thread(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message")
    [form] = unfolded(bot.thread()[-1]["attachments"][0]["content"], "Reject")  # the reason, sent with Reject
    verb, data = filled(form, reason="Please give the  date of the concert.")
    bot.press(verb, HEAD, inputs=data)
    bot.press("approve", DEPUTY)
    assert bot.posted == [] and store.get(DRAFT_ID).state == State.REJECTED
    assert "“Please give the date of the concert.”" in json.dumps(bot.thread(), ensure_ascii=False)


def test_like_approves_only_where_the_school_turned_it_on(start, store: RedisStore) -> None:
    off = start()
    off.send("message")
    off.send("reaction")
    assert off.posted == [] and store.get(DRAFT_ID).state == State.AWAITING_APPROVAL
    off.close()
    on = start(like_approves=True)
    on.send("reaction", reactionsAdded=[{"type": "heart"}])
    assert on.posted == []
    on.send("reaction", from__aadObjectId=AUTHOR, id="f:reaction-own")
    assert on.posted == []
    on.send("reaction", id="f:reaction-head")
    assert len(on.posted) == 1 and store.get(DRAFT_ID).state == State.PUBLISHED


def test_a_restart_loses_nothing(start, store: RedisStore) -> None:
    first = start(approvals_required=2)
    first.send("message")
    first.press("approve", HEAD)
    first.close()
    before = len(first.thread())
    second = start(approvals_required=2)  # a new process: nothing but Redis carries over
    second.press("approve", DEPUTY)
    assert len(second.posted) == 1 and store.get(DRAFT_ID).state == State.PUBLISHED
    assert len(second.thread()) > before  # the new process speaks in the same thread


def test_teams_failing_is_retried_and_an_outage_is_answered_500_for_redelivery(start, store: RedisStore) -> None:
    bot = start()
    bot.fake.faults += [(503, {}), (429, {"Retry-After": "1"})]
    assert bot.send("message").status_code == 200
    assert len(bot.thread()) == 1 and bot.fake.faults == []
    bot.fake.faults += [(503, {})] * 3
    failed = bot.send("message", id="1795428000400", conversation__id=f"{CHANNEL};messageid=1795428000400")
    assert failed.status_code == 500
    again = bot.send("message", id="1795428000400", conversation__id=f"{CHANNEL};messageid=1795428000400")
    assert again.status_code == 200 and store.recall(f"teams:{CHANNEL}:1795428000400", "report_ts")


def test_a_slow_decision_is_answered_at_once_and_finished_afterwards(
    start, store: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    import time

    from handlers.teams import actions

    bot = start()
    bot.send("message")
    monkeypatch.setattr(actions, "ANSWER_WITHIN_SECONDS", 0.0)  # as if publishing took longer than Teams waits
    answer = bot.press("approve", HEAD)
    assert answer.json()["value"] == actions.STILL_WORKING
    deadline = time.monotonic() + 10
    while store.get(DRAFT_ID).state != State.PUBLISHED and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(bot.posted) == 1 and store.get(DRAFT_ID).state == State.PUBLISHED


def test_a_photo_with_faces_waits_for_a_who_is_pictured_button_then_publishes(start, store: RedisStore) -> None:
    from tests.photos import GROUP_OF_SIX, jpeg, photo

    bot = start()
    bot.fake.files["class.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    picture = {"contentType": "image/*", "contentUrl": f"{bot.service_url}/files/class.jpg", "name": "class.jpg"}
    bot.send("message", attachments=[picture])
    assert '"verb": "pictured-given"' in said(bot) and "consent-checked" in said(bot)  # the form's two answers
    bot.press("approve", HEAD)
    assert bot.posted == [] and "cannot be approved" in said(bot)
    nobody = {"pictured_answer": "nobody-identifiable"}
    assert bot.press("pictured-given", TA, inputs=nobody).status_code == 200  # neither author nor approver: refused
    assert store.get(DRAFT_ID).record["pictured_needed"]
    assert bot.press("pictured-given", AUTHOR).json()["value"] == messages.PICTURED_NAMES_EMPTY  # nothing chosen
    bot.press("pictured-given", AUTHOR, inputs=nobody)
    assert not store.get(DRAFT_ID).record["pictured_needed"]
    bot.press("approve", HEAD)
    assert len(bot.posted) == 1 and store.get(DRAFT_ID).state == State.PUBLISHED


def test_the_card_schedules_a_draft_and_refuses_a_past_or_half_given_time(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message")
    [form] = unfolded(bot.thread()[-1]["attachments"][0]["content"], "Schedule…")  # the day and time, with Send
    verb, data = filled(form, publish_on="2020-03-05", publish_time="15:15")
    past = bot.press(verb, AUTHOR, inputs=data)
    assert past.json()["value"] == messages.TIME_PASSED
    half = bot.press("schedule", AUTHOR, inputs={"publish_on": "2030-03-05", "publish_time": ""})
    assert half.json()["value"] == messages.TIME_UNREADABLE and store.get(DRAFT_ID).record["chosen_at"] is None
    stranger = bot.press("schedule", TA, inputs={"publish_on": "2030-03-05", "publish_time": "15:15"})
    assert stranger.json()["value"] == messages.TIME_SAVED and store.get(DRAFT_ID).record["chosen_at"] is None
    assert messages.TIME_NOT_YOURS in said(bot)
    saved = bot.press("schedule", AUTHOR, inputs={"publish_on": "2030-03-05", "publish_time": "15:15"})
    assert saved.json()["value"] == messages.TIME_SAVED
    assert "Once approved it goes out Tuesday 5 March at 15:15" in json.dumps(bot.fake.updates()[-1])
    bot.press("approve", HEAD)
    assert bot.posted == [] and store.get(DRAFT_ID).state == State.SCHEDULED
    assert store.scheduled() == [(DRAFT_ID, datetime(2030, 3, 5, 15, 15, tzinfo=UTC))]  # London is on GMT in March


def test_an_approver_suggests_words_on_the_card_and_the_author_accepts_them(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message")
    assert '"title": "Suggest an edit"' in json.dumps(bot.thread()[-1], ensure_ascii=False)  # the core's card
    words = "Year 3 have been building volcanoes in science. What a wonderful (and tidy) mess!"
    refused = bot.press("suggest", AUTHOR, inputs={"suggested": words})  # the author edits their own post instead
    assert refused.json()["value"] == messages.SUGGESTION_NOT_YOURS
    assert bot.press("suggest", HEAD, inputs={"suggested": words}).json()["value"] == messages.SUGGESTION_SENT
    assert '"verb": "suggestion-accept"' in json.dumps(bot.thread()[-1]) and "(and tidy)" in said(bot)
    assert bot.press("suggestion-accept", TA).json()["value"] == messages.SUGGESTION_AUTHOR_ONLY
    assert bot.press("suggestion-accept", AUTHOR).json()["value"] == messages.SUGGESTION_ACCEPTED
    assert bot.posted == [(DRAFT_ID, words)]  # re-checked, and approved by the approver who wrote the words
    accepted = [e for e in store.governance.history() if e["action"] == "suggestion-accepted"]
    assert [(e["by"], HEAD in e.get("what", e.get("detail", ""))) for e in accepted] == [(AUTHOR, True)]


def test_the_cards_own_buttons_work_as_teams_sends_them(start, store: RedisStore) -> None:
    """The report card is the core's now: each button's verb and data, pressed as they are on the card."""
    bot = start()
    bot.send("message")
    actions = {a["title"]: a for a in card_actions(bot.thread()[-1]["attachments"][0]["content"])}
    reject = actions["Reject"]
    said = bot.send("card_action", value__action__verb=reject["verb"], from__aadObjectId=HEAD, id="f:own-reject",
                    value__action__data={**reject["data"], "reason": "Say which museum."})  # fmt: skip
    assert said.status_code == 200 and store.get(DRAFT_ID).state == State.REJECTED
    assert "Say which museum." in json.dumps(bot.fake.posted(THREAD)[-1])


def test_an_approval_is_answered_while_x_is_slow_and_the_post_goes_out_once(
    start, store: RedisStore, x_server: FakeXServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    x_env = {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t", "X_ACCESS_TOKEN_SECRET": "ts"}
    for name, value in {**x_env, "X_API_URL": x_server.url}.items():
        monkeypatch.setenv(name, value)
    x_server.fake.posts.clear()
    x_server.fake.faults["POST /2/tweets"] = [Fault(201, "", delay=3, taken=True)]  # X takes it, answers late
    bot = start()
    bot.send("message")
    pressed = time.monotonic()
    assert bot.deliver("card_action", value__action__verb="approve", value__action__data={"draft": DRAFT},
                       from__aadObjectId=HEAD, id="f:invoke-slow-x").status_code == 200  # fmt: skip
    assert time.monotonic() - pressed < 1  # Teams has its answer; publishing waits for X on the pool
    bot.settle()
    assert len(x_server.fake.posts) == 1


def test_an_edit_after_publishing_offers_take_down_and_a_correction_as_a_new_draft(start, store: RedisStore) -> None:
    bot = start()
    bot.send("message")
    bot.press("approve", HEAD)
    assert store.get(DRAFT_ID).state == State.PUBLISHED
    bot.send("message_update", text="<p>Year 3 have been building volcanoes in science. What a glorious mess!</p>")
    verbs = [a.get("verb") for a in card_actions(bot.thread()[-1]["attachments"][0]["content"])]
    assert verbs == ["published-take-down", "correction-check"] and len(bot.posted) == 1  # the edit is not public
    assert (
        bot.press("correction-check", TA, inputs={"value": DRAFT_ID}).json()["value"] == messages.CORRECTION_NOT_YOURS
    )
    sent = bot.press("correction-check", AUTHOR, inputs={"value": DRAFT_ID})
    assert sent.json()["value"] == messages.CORRECTION_SENT
    bot.press("correction-check", AUTHOR, inputs={"value": DRAFT_ID})  # pressed twice: one new draft
    corrections = [
        c for c in bot.fake.posted(CHANNEL) if c["conversation"] == CHANNEL and "glorious" in c["body"]["text"]
    ]
    assert len(corrections) == 1  # a new post in the channel, not in the thread
    new_draft = [d for d in store.draft_ids(datetime(2020, 1, 1, tzinfo=UTC)) if d != DRAFT_ID]
    assert len(new_draft) == 1 and store.get(new_draft[0]).state == State.AWAITING_APPROVAL
    bot.press("published-take-down", TA, inputs={"value": DRAFT_ID})
    assert store.get(DRAFT_ID).state == State.PUBLISHED  # only approvers take posts down
    bot.press("published-take-down", HEAD, inputs={"value": DRAFT_ID})
    assert store.get(DRAFT_ID).state == State.UNPUBLISHED
