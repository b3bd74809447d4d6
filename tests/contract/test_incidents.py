"""Incidents end to end: mentions from the fake X API, cards and DMs through the fake Slack API, real Redis."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.errors import SlackApiError

from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.mentions import MentionWatch
from chatbot.incidents.reader import Reader, shipped_reader
from chatbot.incidents.routes import routes
from chatbot.school.incident_settings import IncidentsSection
from chatbot.store import RedisStore
from chatbot.vision.snapshot import PillowSnapshot
from chatbot.x.account import XAccount, XMentions
from chatbot.x.transport import XCredentials, XTransport
from handlers.pollers.incidents import Incidents, tick
from handlers.slack.app import web_client
from handlers.slack.incident_notifier import SlackIncidentNotifier
from tests.contract.conftest import CHANNEL, TOKEN, Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.fake_x_api import TOO_MANY, FakeXServer, Fault
from tests.drafting import context

pytestmark = [pytest.mark.contract, pytest.mark.usefixtures("quiet_slack")]
LEAD, DSL, DEPUTY, HEAD, TA = "U0COMPUTE1", "U0DSL00001", "U0DSLDEP01", "U0HEAD0001", "U0TA000001"
CONFIG = IncidentsSection(computing_lead=[LEAD], dsl=[DSL, DEPUTY], headteacher=[HEAD], escalate_after_minutes=120)
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
SAFEGUARDING = "my step dad hits me when mum is at work please help"
ALLEGATION = "Mr Harris grabbed my son by the arm and dragged him out of the classroom"
ABUSE = "I know where you live Mr Davies. Watch your back"


def mention(n: int, text: str, author: str = "1500000000000000001") -> dict[str, Any]:
    post_id = str(1890000000000000000 + n)
    return {"edit_history_tweet_ids": [post_id], "id": post_id, "text": f"@ExamplePrimary {text}",
            "author_id": author, "created_at": "2026-11-20T14:52:07.000Z", "conversation_id": post_id}  # fmt: skip


def build(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore, config: IncidentsSection = CONFIG,
          reader: Reader | None = None) -> Incidents:  # fmt: skip
    """What a fresh process builds: a restart is calling this again on the same Redis."""
    transport = XTransport(XCredentials("k", "s", "2244994945-t", "ts"), x.url, max_wait=120, attempts=2,
                           sleep=lambda _: None)  # fmt: skip
    source = XMentions(XAccount(transport), transport)
    zone = ZoneInfo("Europe/London")
    notifier = SlackIncidentNotifier(web_client(TOKEN, slack_server.url), zone)
    desk = IncidentDesk(store.incidents, routes(config, CHANNEL), notifier, PillowSnapshot(zone), source)
    watch = MentionWatch(desk, source, context(), store.followers, reader or shipped_reader())
    return Incidents(desk, (watch,), 900)


@pytest.fixture
def incidents(x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore) -> Incidents:
    return build(x, slack_server, store)


def posts(slack_server: FakeSlackServer) -> list[dict[str, Any]]:
    return slack_server.fake.named("chat.postMessage")


def where(slack_server: FakeSlackServer, text: str) -> set[str]:
    """Every conversation a message containing `text` was posted to (or a card updated in)."""
    calls = posts(slack_server) + slack_server.fake.named("chat.update")
    return {m["channel"] for m in calls if text.lower() in (words(m) + m.get("text", "")).lower()}


def dm(user: str) -> str:
    return "D" + user.lstrip("U")[:9]  # the fake's direct-message channel for a user, as conversations.open says


def test_a_safeguarding_concern_goes_only_to_the_dsl_and_deputy_with_its_snapshot(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, SAFEGUARDING)]
    assert incidents.mentions[0].poll(NOW).raised == 1
    assert where(slack_server, "step dad hits me") == {dm(DSL), dm(DEPUTY)}
    assert all(m["channel"] != CHANNEL for m in posts(slack_server))  # the channel sees nothing at all
    assert all("step dad" not in m["text"] for m in posts(slack_server))  # nor does a lock screen
    uploads = list(slack_server.fake.uploads.values())
    assert len(uploads) == 2 and all(u.startswith(b"\x89PNG") for u in uploads)
    completes = slack_server.fake.named("files.completeUploadExternal")
    assert {c["channel_id"] for c in completes} == {dm(DSL), dm(DEPUTY)}


def test_an_allegation_reaches_only_the_headteacher(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    x.fake.mentions[:] = [mention(1, ALLEGATION)]
    incidents.mentions[0].poll(NOW)
    assert {m["channel"] for m in posts(slack_server)} == {dm(HEAD)}
    assert [c["users"] for c in slack_server.fake.named("conversations.open")] == [HEAD]


def test_an_e_safety_incident_goes_to_the_channel_naming_the_computing_lead(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ABUSE)]
    incidents.mentions[0].poll(NOW)
    [card] = posts(slack_server)
    assert card["channel"] == CHANNEL and f"<@{LEAD}> please look" in words(card)
    assert "Watch your back" in words(card) and "@angrydad77 (Dave)" in words(card)
    assert "14:52 UTC (14:52 local)" in words(card) and "https://x.com/i/web/status/1890000000000000001" in words(card)
    incident = store.incidents.get("I1")
    assert incident is not None and incident.evidence.content == f"@ExamplePrimary {ABUSE}"


def test_a_mention_already_seen_is_never_raised_twice(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(2, ABUSE), mention(1, "Lovely assembly!")]
    assert incidents.mentions[0].poll(NOW).raised == 1
    assert incidents.mentions[0].poll(NOW).read == 0  # since the cursor: nothing new
    store.incidents.set_cursor("1")  # as if the cursor were lost: everything is read again
    assert build(x, slack_server, store).mentions[0].poll(NOW).raised == 0
    assert len(posts(slack_server)) == 1 and store.incidents.ids(NOW - timedelta(days=1)) == ["I1"]


def test_unacknowledged_e_safety_escalates_to_the_dsl_at_its_deadline_also_after_a_restart(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ABUSE)]
    incidents.mentions[0].poll(NOW)
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=119)) == 0
    restarted = build(x, slack_server, store)
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=121)) is None  # host-a still holds the lock
    store.incidents._redis.delete("cs:lock:incidents")  # host-a died; its lock would expire in 3 minutes
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=121)) == 1
    assert {dm(DSL), dm(DEPUTY)} <= where(slack_server, "Watch your back")
    assert "Escalated by Countersign" in words(slack_server.fake.named("chat.update")[-1])
    assert tick(restarted, "host-b:2", NOW + timedelta(minutes=200)) == 0  # once


def press(bot: Bot, action_id: str, incident_id: str, user: str, channel: str = CHANNEL) -> None:
    bot.send("block_actions", actions__0__action_id=action_id, actions__0__block_id="incident-actions",
             actions__0__value=incident_id, user__id=user, channel__id=channel)  # fmt: skip


def test_only_the_people_on_the_route_act_and_acknowledging_stops_the_escalation(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ABUSE)]
    incidents.mentions[0].poll(NOW)
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "incident-acknowledge", "I1", TA)
    assert [e["text"] for e in slack_server.fake.named("chat.postEphemeral")] == [
        "Only the people this incident was sent to can act on it."
    ]
    press(bot, "incident-acknowledge", "I1", LEAD)
    incident = store.incidents.get("I1")
    assert incident is not None and incident.state == "acknowledged"
    assert [(s.action, s.by) for s in incident.steps] == [("raised", "countersign"), ("acknowledge", LEAD)]
    assert tick(incidents, "host-a:1", NOW + timedelta(hours=5)) == 0


def test_hide_reply_hides_it_on_x_and_says_so_when_x_will_not(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(2, "you lot are pathetic, absolute morons"), mention(1, ABUSE)]
    x.fake.hide_refused.add(mention(2, "")["id"])
    incidents.mentions[0].poll(NOW)
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "incident-hide", "I1", LEAD)
    press(bot, "incident-hide", "I2", DSL)
    assert x.fake.hidden == [mention(1, "")["id"]]
    [refusal] = [e["text"] for e in slack_server.fake.named("chat.postEphemeral")]
    assert refusal.startswith("Nothing was recorded: X refused") and "conversation you don't own" in refusal
    hidden = store.incidents.get("I1")
    assert hidden is not None and hidden.did("hide") is not None


def test_a_member_of_staff_reports_by_hand_and_gets_a_receipt(
    incidents: Incidents, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    values = {"incident-kind": {"kind": {"type": "static_select", "selected_option": {"value": "safeguarding"}}},
              "incident-what": {"what": {"type": "plain_text_input", "value": "A pupil told me she is hungry"}},
              "incident-link": {"link": {"type": "plain_text_input", "value": None}},
              "incident-who": {"who": {"type": "plain_text_input", "value": "a Year 4 pupil"}}}  # fmt: skip
    bot.send("view_submission", view__callback_id="countersign-incident", view__state__values=values,
             user__id=TA)  # fmt: skip
    assert where(slack_server, "she is hungry") == {dm(DSL), dm(DEPUTY)}
    [receipt] = [m for m in posts(slack_server) if m["channel"] == dm(TA)]
    assert "incident I1" in receipt["text"] and "the DSL, privately" in receipt["text"]
    incident = store.incidents.get("I1")
    assert incident is not None and incident.evidence.reporter == TA and incident.evidence.source == "staff"


def test_x_rate_limits_and_errors_lose_no_mention(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer
) -> None:
    key = "GET /2/users/2244994945/mentions"
    x.fake.mentions[:] = [mention(1, ABUSE)]
    x.fake.faults[key] = [Fault(503, {"title": "Service Unavailable"})] * 2
    assert tick(incidents, "host-a:1", NOW) is None  # X failed: the poll is skipped, nothing recorded
    x.fake.faults[key] = [Fault(429, TOO_MANY, reset_in=5)]
    incidents.desk.store._redis.delete("cs:{inc}:every:mentions")  # the next interval
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=15)) == 0
    assert len(posts(slack_server)) == 1


def test_an_incident_slack_did_not_take_is_delivered_on_the_next_tick(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, SAFEGUARDING)]
    slack_server.fake.fail_next["chat.postMessage"] = [503, 503, 503]
    tick(incidents, "host-a:1", NOW)
    assert store.incidents.undelivered() == ["I1"]
    tick(incidents, "host-a:1", NOW + timedelta(minutes=1))
    assert store.incidents.undelivered() == [] and where(slack_server, "step dad") >= {dm(DSL), dm(DEPUTY)}
    assert json.loads(json.dumps(store.incidents.refs("I1")))  # where the cards are, to update them


def test_resolving_asks_for_a_note_and_an_allegation_records_the_lado_referral(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ALLEGATION)]
    incidents.mentions[0].poll(NOW)
    bot = make_bot(slack_server, store, incidents=incidents.desk)
    press(bot, "incident-refer", "I1", HEAD, channel=dm(HEAD))
    press(bot, "incident-resolve", "I1", HEAD, channel=dm(HEAD))
    [opened] = slack_server.fake.named("views.open")
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert view["callback_id"] == "countersign-resolve" and view["private_metadata"] == "I1"
    values = {"incident-note": {"note": {"type": "plain_text_input", "value": "LADO advised; HR process opened"}}}
    bot.send("view_submission", view__callback_id="countersign-resolve", view__private_metadata="I1",
             view__state__values=values, user__id=DSL)  # fmt: skip
    still = store.incidents.get("I1")
    assert still is not None and still.state == "open"  # the DSL is not on an allegation's route
    bot.send("view_submission", view__callback_id="countersign-resolve", view__private_metadata="I1",
             view__state__values=values, user__id=HEAD)  # fmt: skip
    done = store.incidents.get("I1")
    assert done is not None and done.state == "resolved"
    assert [(s.action, s.note) for s in done.steps][1:] == [
        ("refer", ""),
        ("resolve", "LADO advised; HR process opened"),
    ]
    last = words(slack_server.fake.named("chat.update")[-1])
    assert "Referred to the LADO by <@U0HEAD0001>" in last and "incident-acknowledge" not in last


def test_an_escalation_slack_did_not_take_is_sent_again_on_the_next_tick(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ABUSE)]
    incidents.mentions[0].poll(NOW)
    slack_server.fake.fail_next["conversations.open"] = [503, 503, 503]
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=121)) is None  # the DSL could not be reached
    assert store.incidents.due(NOW + timedelta(minutes=121)) == ["I1"]  # so the deadline stands
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=122)) == 0  # already escalated: sent, not counted
    assert {dm(DSL), dm(DEPUTY)} <= where(slack_server, "Watch your back") and store.incidents.due(
        NOW + timedelta(days=1)
    ) == []


def test_an_escalation_pressed_by_hand_that_slack_did_not_take_is_sent_on_the_next_tick(
    incidents: Incidents, x: FakeXServer, slack_server: FakeSlackServer, store: RedisStore
) -> None:
    x.fake.mentions[:] = [mention(1, ABUSE)]
    incidents.mentions[0].poll(NOW)
    slack_server.fake.fail_next["conversations.open"] = [503, 503, 503]
    with pytest.raises(SlackApiError):
        incidents.desk.act("I1", "escalate", LEAD, NOW + timedelta(minutes=10))
    assert tick(incidents, "host-a:1", NOW + timedelta(minutes=11)) == 0  # escalated already; sent now
    assert {dm(DSL), dm(DEPUTY)} <= where(slack_server, "Watch your back")
    assert store.incidents.due(NOW + timedelta(days=1)) == []
