"""Teams: incidents (private ones in 1:1 chats), reminders, the pause switch and a post's photos."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.incidents.model import Evidence
from chatbot.store import RedisStore
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.teams_bot import CHANNEL, DEPUTY, DRAFT, GROUP, HEAD, TA, TeamsBot, card_actions, start_bot
from tests.photos import jpeg, scene
from tests.redis_server import RedisServer

DSL, LEAD = "aad-dsl-0001", "aad-computing-0001"
INCIDENTS = {"enabled": True, "computing_lead": [LEAD], "dsl": [DSL], "headteacher": [HEAD]}


@pytest.fixture
def bot(teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamsBot]:  # fmt: skip
    teams_server.fake.calls.clear()
    teams_server.fake.groups[GROUP] = [DEPUTY]
    running = start_bot(teams_server, redis_server.url, monkeypatch, {"incidents": INCIDENTS})
    yield running
    running.close()


def concern(kind: str, content: str) -> Evidence:
    now = datetime.now(UTC)
    return Evidence(kind, "mention", content, "@someone (Someone)", "https://x.com/someone/status/1", now, now,  # type: ignore[arg-type]
                    ("test",), post_id="1", network="X")  # fmt: skip


def gps(data: bytes) -> bool:
    import io

    from PIL import Image

    return Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825) != {}


def said(calls: list[dict[str, Any]]) -> str:
    return json.dumps([c["body"] for c in calls], ensure_ascii=False)


def test_a_safeguarding_concern_reaches_only_the_dsls_own_chat(bot: TeamsBot) -> None:
    desk = bot.running.incidents.desk  # type: ignore[union-attr]
    outcome = desk.raise_incident(concern("safeguarding", "I don't want to go home, he hurts me"))
    opened = [c for c in bot.fake.calls if c["kind"] == "open"]
    assert [c["body"]["members"][0]["id"] for c in opened] == [f"29:{DSL}"]
    private = bot.fake.posted(f"a:chat-29:{DSL}")
    assert "he hurts me" in said(private) and bot.fake.posted(CHANNEL) == []
    summary = private[0]["body"]["summary"]
    assert "safeguarding" in summary and "hurts" not in summary  # lock screens show the kind, not the words
    assert any(a.get("contentType") == "image/png" for c in private for a in c["body"].get("attachments", []))
    refused = bot.send("card_action", from__aadObjectId=TA, value__action__verb="incident-acknowledge",
                       value__action__data={"value": outcome.incident_id})  # fmt: skip
    assert refused.json()["value"].startswith("Only the people this incident was sent to")  # told privately
    done = bot.send("card_action", from__aadObjectId=DSL, id="f:invoke-dsl", value__action__verb="incident-acknowledge",
                    value__action__data={"value": outcome.incident_id})  # fmt: skip
    assert done.status_code == 200 and desk.store.get(outcome.incident_id).state == "acknowledged"
    assert any("Acknowledged" in json.dumps(u["body"]) for u in bot.fake.updates())


def test_an_e_safety_incident_goes_to_the_channel_naming_the_computing_lead(bot: TeamsBot) -> None:
    bot.running.incidents.desk.raise_incident(concern("e-safety", "This school is a joke, sack the lot"))  # type: ignore[union-attr]
    card, snapshot = bot.fake.posted(CHANNEL)  # the card, then the picture of the post
    assert "sack the lot" in said([card]) and "a colleague" in said([card])  # the lead: a name only once seen
    assert snapshot["body"]["attachments"][0]["contentType"] == "image/png"
    assert [c for c in bot.fake.calls if c["kind"] == "open"] == []


def test_resolving_takes_the_note_typed_into_the_card(bot: TeamsBot) -> None:
    desk = bot.running.incidents.desk  # type: ignore[union-attr]
    outcome = desk.raise_incident(concern("e-safety", "You are all useless"))
    data = {"value": outcome.incident_id, "note": "Reply hidden and reported to X"}
    bot.send("card_action", from__aadObjectId=LEAD, value__action__verb="incident-resolve", value__action__data=data)
    incident = desk.store.get(outcome.incident_id)
    assert incident.state == "resolved" and incident.steps[-1].note == "Reply hidden and reported to X"


def test_pause_is_for_approvers_and_holds_approved_posts(bot: TeamsBot, store: RedisStore) -> None:
    refused = bot.send("personal_message", from__aadObjectId=TA)
    assert "approver" in json.dumps(bot.fake.posted("a:1personalChatWithHead")[-1]["body"]).lower()
    assert refused.status_code == 200 and store.governance.paused() is None
    bot.send("personal_message", id="1795428000901")
    assert store.governance.paused()["reason"] == "a safeguarding incident is being handled"  # type: ignore[index]
    assert "paused" in said(bot.fake.posted(CHANNEL)).lower()
    bot.send("message")
    bot.press("approve", HEAD)
    assert bot.posted == [] and store.get(f"teams:{CHANNEL}:{DRAFT}").state == State.SCHEDULED


def test_a_posts_photo_is_fetched_with_the_bot_token_and_checked(bot: TeamsBot, store: RedisStore) -> None:
    bot.fake.files["playground.jpg"] = jpeg(scene(), gps=True)
    picture = {"contentType": "image/*", "contentUrl": f"{bot.service_url}/files/playground.jpg", "name": "p.jpg"}
    elsewhere = {"contentType": "image/*", "contentUrl": "https://attacker.example/steal.jpg", "name": "q.jpg"}
    bot.send("message", attachments=[picture, elsewhere])
    kept = store.photos(f"teams:{CHANNEL}:{DRAFT}")
    assert gps(bot.fake.files["playground.jpg"]) and not gps(kept[0][0])  # fetched with the bot's token, no location
    assert kept[1][0] == b"" and kept[1][1]["problem"] == messages.IMAGE_NOT_FETCHED  # the token stays in Teams
    assert "image-unreadable" in said(bot.fake.posted())


def test_a_new_follower_is_shown_in_the_channel_and_only_an_approver_decides(
    teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore, x_server: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from tests.contract.test_follower_alerts import REAL_PAGE, user

    x_server.fake.followers[:] = [user(n) for n in range(20, 0, -1)]
    x_server.fake.calls.clear()
    for name, value in {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t",
                        "X_ACCESS_TOKEN_SECRET": "ts", "X_API_URL": x_server.url}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    teams_server.fake.calls.clear()
    bot = start_bot(teams_server, redis_server.url, monkeypatch, {"followers": {"enabled": True}})
    try:
        [alerts] = bot.running.followers
        alerts.watch.poll(datetime.now(UTC))  # the first poll records the existing followers quietly
        x_server.fake.followers.insert(0, REAL_PAGE[0])
        assert alerts.watch.poll(datetime.now(UTC)).new == 1
        card = [c for c in bot.fake.posted(CHANNEL) if c["body"].get("attachments")][-1]
        actions = card_actions(card["body"]["attachments"][0]["content"])
        assert next(a["title"] for a in actions) == "Keep" and actions[1]["type"] == "Action.OpenUrl"
        keep = {"value": actions[0]["data"]["value"]}
        refused = bot.send("card_action", from__aadObjectId=TA, value__action__verb="follower-keep",
                           value__action__data=keep)  # fmt: skip
        assert "approver" in refused.json()["value"].lower() and bot.fake.updates() == []
        bot.send("card_action", from__aadObjectId=HEAD, id="f:keep-head", value__action__verb="follower-keep",
                 value__action__data=keep)  # fmt: skip
        assert "Kept" in json.dumps(bot.fake.updates()[-1]["body"]) and "Hannah Head" in json.dumps(bot.fake.updates())
    finally:
        bot.close()


def test_a_reminder_is_posted_once_and_acknowledged_by_an_approver(
    teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    teams_server.fake.calls.clear()
    reminders = {"term_starts": ["2026-11-02"], "time": "08:30"}
    bot = start_bot(teams_server, redis_server.url, monkeypatch, {"reminders": reminders})
    try:
        desk = bot.running.reminders
        assert desk is not None and desk.remind(datetime(2026, 11, 2, 9, 0, tzinfo=UTC)) >= 1
        assert desk.remind(datetime(2026, 11, 2, 9, 5, tzinfo=UTC)) == 0  # once a day
        card = next(c for c in bot.fake.posted(CHANNEL) if c["body"].get("attachments"))
        action = card_actions(card["body"]["attachments"][0]["content"])[0]
        assert action["verb"] == "acknowledge-reminder"
        refused = bot.send("card_action", from__aadObjectId=TA, value__action__verb=action["verb"],
                           value__action__data=action["data"])  # fmt: skip
        assert "approver" in refused.json()["value"].lower()
        bot.send("card_action", from__aadObjectId=HEAD, id="f:ack-head", value__action__verb=action["verb"],
                 value__action__data=action["data"])  # fmt: skip
        assert "Acknowledged by Hannah Head" in json.dumps(bot.fake.updates()[-1]["body"])
    finally:
        bot.close()


def test_a_triage_card_reaches_only_the_dsl_whose_choice_routes_it(bot: TeamsBot) -> None:
    desk = bot.running.incidents.desk  # type: ignore[union-attr]
    unsure = replace(concern("safeguarding", "not sure what to make of this one"), route="triage", confidence=0.5)
    triage = desk.raise_incident(unsure).incident_id
    private = bot.fake.posted(f"a:chat-29:{DSL}")
    assert "not sure what to make" in said(private) and bot.fake.posted(CHANNEL) == []
    assert "triage-safeguarding" in said(private) and "not sure" not in private[0]["body"]["summary"]
    refused = bot.send("card_action", from__aadObjectId=TA, value__action__verb="triage-safeguarding",
                       value__action__data={"value": triage})  # fmt: skip
    assert refused.status_code == 200 and desk.store.get("I2") is None  # only the people it was sent to decide
    chosen = bot.send("card_action", from__aadObjectId=DSL, id="f:invoke-triage",
                      value__action__verb="triage-safeguarding", value__action__data={"value": triage})  # fmt: skip
    raised = desk.store.get("I2")
    assert chosen.status_code == 200 and raised is not None and raised.evidence.kind == "safeguarding"
    assert raised.evidence.decided_from == triage and raised.evidence.route == "auto"
    assert desk.store.get(triage).did("decided").by == DSL  # type: ignore[union-attr]


def test_a_concern_reported_through_the_chat_form_goes_only_to_its_route(bot: TeamsBot) -> None:
    bot.send("personal_message", text="<p>incident</p>", from__aadObjectId=TA)
    assert '"verb": "incident-report"' in said(bot.fake.posted("a:1personalChatWithHead"))
    data = {"kind": "safeguarding", "what": "A Year 2 child said she is scared to go home", "who": "", "link": ""}
    empty = bot.send("card_action", value__action__verb="incident-report", from__aadObjectId=TA, id="f:report-0",
                     value__action__data={**data, "what": " "})  # fmt: skip
    assert empty.json()["value"] == messages.INCIDENT_NEEDS_WHAT and bot.fake.posted(f"a:chat-29:{DSL}") == []
    answer = bot.send("card_action", value__action__verb="incident-report", from__aadObjectId=TA, id="f:report-1",
                      value__action__data=data)  # fmt: skip
    assert "I1" in answer.json()["value"]
    assert "scared to go home" in said(bot.fake.posted(f"a:chat-29:{DSL}")) and bot.fake.posted(CHANNEL) == []
    incident = bot.running.incidents.desk.store.get("I1")  # type: ignore[union-attr]
    assert incident is not None and (incident.evidence.source, incident.evidence.reporter) == ("staff", TA)
    again = bot.send("card_action", value__action__verb="incident-report", from__aadObjectId=TA, id="f:report-1",
                     value__action__data=data)  # fmt: skip
    assert again.json()["value"] == messages.INCIDENT_TAKEN and bot.running.incidents.desk.store.get("I2") is None  # type: ignore[union-attr]


def test_unpublish_in_the_chat_takes_a_link_and_says_what_it_did(bot: TeamsBot) -> None:
    bot.send("personal_message", text="<p>unpublish</p>", id="1795428000902")
    assert messages.UNPUBLISH_HOW.split(":")[0] in said(bot.fake.posted("a:1personalChatWithHead"))
    bot.send(
        "personal_message", text="<p>unpublish https://x.com/school/status/123 wrong photo</p>", id="1795428000903"
    )
    assert messages.UNKNOWN_POST.split(".")[0] in said(bot.fake.posted("a:1personalChatWithHead"))
