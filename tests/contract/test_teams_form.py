"""Teams: the draft form in the bot's 1:1 chat ("draft", "template NAME"), through the real SDK and a real Redis:
its Submit posts the draft in the drafts channel, with an exception and a chosen time, as Slack's form does."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatbot import messages
from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.fake_teams_api import FakeTeamsServer
from tests.contract.fake_x_api import FakeXServer
from tests.contract.teams_bot import (
    AUTHOR,
    CHANNEL,
    DRAFT,
    HEAD,
    TA,
    TeamsBot,
    card_actions,
    filled,
    start_bot,
    unfolded,
)
from tests.drafting import ROSTER_CSV
from tests.photos import GROUP_OF_SIX, jpeg, photo
from tests.redis_server import RedisServer

CHAT = "a:1personalChatWithHead"
WORDS = "Harvest festival baskets go to the food bank on Friday 8 March."


def channel_posts(teams: TeamsBot) -> list[dict[str, object]]:
    """New posts in the drafts channel itself, not in its threads."""
    return [p for p in teams.fake.posted(CHANNEL) if p["conversation"] == CHANNEL]


def submit(teams: TeamsBot, user: str = TA, form_id: str = "f:form-1", **fields: str) -> str:
    data = {"text": WORDS, "pictured": "", "exception": "none", "reason": "", "publish_on": "",
            "publish_time": "", **fields}  # fmt: skip
    answer = teams.send("card_action", value__action__verb="draft-submit", value__action__data=data,
                        from__aadObjectId=user, id=form_id)  # fmt: skip
    return str(answer.json()["value"])


def test_draft_in_the_chat_answers_with_the_form(teams: TeamsBot) -> None:
    teams.send("personal_message", text="<p>draft</p>")
    [reply] = teams.fake.posted(CHAT)
    form = json.dumps(reply["body"]["attachments"])
    assert '"verb": "draft-submit"' in form and '"id": "pictured"' in form and '"id": "publish_on"' in form
    assert '"id": "exception"' in form


def test_the_form_posts_a_draft_with_its_exception_and_time_and_it_is_scheduled_then(
    teams: TeamsBot, store: RedisStore
) -> None:
    said = submit(teams, exception="event", reason="the harvest evening", publish_on="2030-03-05",
                  publish_time="18:30")  # fmt: skip
    assert said == messages.FORM_POSTED
    [posted] = channel_posts(teams)
    assert WORDS in json.dumps(posted["body"]) and "Draft from" in json.dumps(posted["body"])
    [draft_id] = store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    stored = store.get(draft_id)
    assert stored is not None and stored.author == TA and stored.record["text"] == WORDS
    assert stored.record["exception"] == "event" and stored.record["chosen_at"] == "2030-03-05T18:30:00+00:00"
    assert submit(teams) == messages.FORM_TAKEN and len(channel_posts(teams)) == 1  # the same press twice
    teams.press("approve", HEAD, draft=draft_id.rsplit(":", 1)[1])
    assert store.get(draft_id).state == State.SCHEDULED and teams.posted == []  # type: ignore[union-attr]
    assert store.scheduled() == [(draft_id, datetime(2030, 3, 5, 18, 30, tzinfo=UTC))]


def test_the_author_edits_or_withdraws_a_form_draft_from_its_card_and_nobody_else_can(
    teams: TeamsBot, store: RedisStore
) -> None:
    submit(teams)
    [draft_id] = store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    card = teams.fake.updates()[-1]["body"]["attachments"][0]["content"]  # the post, given its card
    verbs = {a["verb"]: a["data"] for a in card_actions(card)}
    assert set(verbs) == {"form-draft-edit", "form-draft-withdraw"} and verbs["form-draft-edit"]["value"] == draft_id
    this = {"value": draft_id, "text": "Year 4 loved the harvest festival."}
    assert teams.press("form-draft-edit", HEAD, inputs=this).json()["value"] == messages.FORM_DRAFT_NOT_YOURS
    assert teams.press("form-draft-edit", TA, inputs=this).json()["value"] == messages.FORM_POSTED
    stored = store.get(draft_id)
    assert stored is not None and stored.record["text"] == "Year 4 loved the harvest festival."
    assert "harvest festival" in json.dumps(teams.fake.updates()[-1]["body"])  # the post says the new words
    assert teams.press("form-draft-withdraw", TA, inputs={"value": draft_id}).json()["value"] == (
        messages.FORM_DRAFT_WITHDRAWN
    )
    assert store.get(draft_id).state == State.WITHDRAWN  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fields", "answer"),
    [
        ({"text": "   "}, messages.FORM_EMPTY),
        ({"pictured": "Nobody Known"}, messages.pupils_not_on_roster(["Nobody Known"])),
        ({"publish_on": "2020-03-05", "publish_time": "09:00"}, messages.TIME_PASSED),
        ({"publish_on": "2030-03-05"}, messages.TIME_UNREADABLE),
    ],
)
def test_a_form_that_cannot_be_taken_says_why_and_posts_nothing(
    teams: TeamsBot, store: RedisStore, fields: dict[str, str], answer: str
) -> None:
    assert submit(teams, **fields) == answer
    assert channel_posts(teams) == [] and store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC)) == []


def test_template_opens_the_form_with_its_words(teams: TeamsBot, store: RedisStore) -> None:
    store.templates.save("snow", "School is closed today because of snow.", HEAD, datetime.now(UTC))
    teams.send("personal_message", text="<p>template snow</p>")
    assert "School is closed today because of snow." in json.dumps(teams.fake.posted(CHAT)[-1]["body"])


def test_home_in_the_chat_shows_the_week_what_waits_and_the_drafts(teams: TeamsBot, store: RedisStore) -> None:
    submit(teams)  # TA's draft, waiting for approval
    teams.send("personal_message", text="<p>home</p>", from__aadObjectId=HEAD, id="1795428000904")
    home = json.dumps(teams.fake.posted(CHAT)[-1]["body"], ensure_ascii=False)
    assert "This week" in home and "Waiting for your approval" in home and "Harvest festival" in home
    teams.send("personal_message", text="<p>home</p>", from__aadObjectId=TA, id="1795428000905")
    mine = json.dumps(teams.fake.posted(CHAT)[-1]["body"], ensure_ascii=False)
    assert "Waiting for your approval" not in mine and "awaiting approval" in mine  # the author sees their own


@pytest.fixture
def with_roster(
    teams_server: FakeTeamsServer, redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Callable[[], TeamsBot]]:
    """Starts a bot that knows the test roster, once the test has set what it needs (closed after it)."""
    roster, bots = tmp_path / "roster.csv", []
    roster.write_text(ROSTER_CSV)
    teams_server.fake.calls.clear()

    def start() -> TeamsBot:
        bots.append(start_bot(teams_server, redis_server.url, monkeypatch, {"policy": {"roster": str(roster)}}))
        return bots[-1]

    yield start
    for bot in bots:
        bot.close()


def post_class_photo(bot: TeamsBot) -> None:
    """A photo of six faces posted in the drafts channel: who is pictured is asked before approval."""
    bot.fake.files["class.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    picture = {"contentType": "image/*", "contentUrl": f"{bot.service_url}/files/class.jpg", "name": "class.jpg"}
    bot.send("message", attachments=[picture])


def test_pupils_named_on_a_photo_drafts_card_are_checked_for_consent(
    with_roster: Callable[[], TeamsBot], store: RedisStore
) -> None:
    bot = with_roster()
    post_class_photo(bot)
    assert '"verb": "pictured-given"' in json.dumps(bot.thread()[-1])
    unknown = bot.press("pictured-given", AUTHOR, inputs={"pictured": "Nobody Known"})
    assert unknown.json()["value"] == messages.pupils_not_on_roster(["Nobody Known"])
    draft = f"teams:{CHANNEL}:{DRAFT}"
    assert store.get(draft).record["pictured_needed"]  # type: ignore[union-attr]
    # the button and field of a card posted before who is pictured became a form still answer
    taken = bot.press("pictured-named", AUTHOR, inputs={"pictured_names": "josh patel, Amelia Nowak"})
    assert taken.json()["value"] == messages.PICTURED_TAKEN
    assert store.get(draft).state == State.BLOCKED  # Amelia Nowak has no photo consent
    assert "Amelia Nowak has no photo consent" in json.dumps(bot.fake.updates()[-1], ensure_ascii=False)


def test_an_approver_lists_the_posts_a_pupil_was_named_in_and_takes_one_down(
    with_roster: Callable[[], TeamsBot], store: RedisStore, monkeypatch: pytest.MonkeyPatch, x_server: FakeXServer
) -> None:
    x_env = {"X_API_KEY": "k", "X_API_SECRET": "s", "X_ACCESS_TOKEN": "2244994945-t", "X_ACCESS_TOKEN_SECRET": "ts"}
    for name, value in {**x_env, "X_API_URL": x_server.url}.items():  # a real post, so that it can be found again
        monkeypatch.setenv(name, value)
    x_server.fake.posts.clear()
    bot = with_roster()
    post_class_photo(bot)
    bot.press("pictured-given", AUTHOR, inputs={"pictured": "josh patel"})
    bot.press("approve", HEAD)
    draft, deadline = f"teams:{CHANNEL}:{DRAFT}", time.monotonic() + 10
    while not store.pictured.posts("Joshua Patel") and time.monotonic() < deadline:  # published on the pool
        time.sleep(0.05)
    assert store.get(draft).state == State.PUBLISHED  # type: ignore[union-attr]
    bot.send("personal_message", text="<p>consent-withdrawn Joshua Patel</p>", from__aadObjectId=TA, id="17954280091")
    assert "approver" in json.dumps(bot.fake.posted(CHAT)[-1]["body"]).lower()  # approvers only
    bot.send("personal_message", text="<p>consent-withdrawn Josh Patel</p>", from__aadObjectId=HEAD, id="17954280092")
    listed = bot.fake.posted(CHAT)[-1]["body"]["attachments"][0]["content"]  # found by the name staff use
    [take_down] = card_actions(listed)
    assert take_down["verb"] == "consent-take-down" and take_down["data"]["value"] == draft
    bot.press("consent-take-down", HEAD, inputs=take_down["data"])
    assert store.get(draft).state == State.UNPUBLISHED and x_server.fake.posts == {}  # type: ignore[union-attr]


def test_the_photos_are_described_from_the_card_and_the_description_goes_out(
    teams_server: FakeTeamsServer, redis_server: RedisServer, store: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    teams_server.fake.calls.clear()
    bot = start_bot(teams_server, redis_server.url, monkeypatch)
    try:
        bot.fake.files["field.jpg"] = jpeg(photo([]).resize((1600, 1200)))  # no faces: nothing else to answer
        picture = {"contentType": "image/*", "contentUrl": f"{bot.service_url}/files/field.jpg", "name": "field.jpg"}
        bot.send("message", attachments=[picture])
        assert '"verb": "photos-described"' in json.dumps(bot.thread()[-1]) and "no description yet" in json.dumps(
            bot.thread()[-1])  # fmt: skip
        said = bot.press("photos-described", TA, inputs={"alt-1": "The school field before sports day"})
        assert said.json()["value"] == messages.DESCRIBED_TAKEN
        assert "The school field before sports day" not in json.dumps(bot.fake.updates(), ensure_ascii=False)
        said = bot.press("photos-described", AUTHOR, inputs={"alt-1": "The school field before sports day"})
        assert said.json()["value"] == messages.DESCRIBED_TAKEN
        assert "The school field before sports day" in json.dumps(bot.fake.updates()[-1], ensure_ascii=False)
    finally:
        bot.close()


def test_the_forms_lines_are_kept_and_an_unknown_exception_is_none(teams: TeamsBot, store: RedisStore) -> None:
    assert submit(teams, text="Harvest festival.\r\nBaskets to the food bank.", exception="midnight") == (
        messages.FORM_POSTED
    )
    [draft_id] = store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    stored = store.get(draft_id)
    assert stored is not None and stored.record["text"] == "Harvest festival.\nBaskets to the food bank."
    assert stored.record["exception"] is None  # only the form's own choices are exceptions


def test_an_approver_changes_or_cancels_a_scheduled_post_from_the_home_card(teams: TeamsBot, store: RedisStore) -> None:
    submit(teams, exception="event", reason="harvest evening", publish_on="2030-03-05", publish_time="18:30")
    [draft_id] = store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    teams.press("approve", HEAD, draft=draft_id.rsplit(":", 1)[1])
    teams.send("personal_message", text="<p>home</p>", from__aadObjectId=HEAD, id="1795428000906")
    home = json.dumps(teams.fake.posted(CHAT)[-1]["body"], ensure_ascii=False)
    assert '"title": "Change time"' in home and '"verb": "home-cancel"' in home

    def press(verb: str, user: str, **inputs: str) -> str:
        answer = teams.send("card_action", value__action__verb=verb, from__aadObjectId=user,
                            value__action__data={"draft_id": draft_id, **inputs}, id=f"f:{verb}-{user}")  # fmt: skip
        return str(answer.json()["value"])

    assert press("home-reschedule", HEAD, publish_on="2030-03-06", publish_time="18:30") == messages.TIME_SAVED
    assert store.scheduled() == [(draft_id, datetime(2030, 3, 6, 18, 30, tzinfo=UTC))]
    assert press("home-cancel", TA) == messages.CANCEL_APPROVERS_ONLY and store.scheduled() != []
    assert press("home-cancel", HEAD) == messages.CANCELLED
    assert store.get(draft_id).state == State.REJECTED and store.scheduled() == []  # type: ignore[union-attr]


def test_each_change_time_form_on_the_home_card_moves_its_own_post(teams: TeamsBot, store: RedisStore) -> None:
    """Two scheduled posts put two "Change time" forms on one card: Teams draws it only if no input id repeats, and
    the second form's Send moves the second post, not the first."""
    for n, (words, day) in enumerate((("Harvest baskets.", "2030-03-05"), ("Book fair.", "2030-03-07"))):
        submit(teams, form_id=f"f:form-{n}", text=words, exception="event", reason="an evening", publish_on=day,
               publish_time="18:30")  # fmt: skip
    drafts = {store.get(d).record["text"]: d for d in store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))}  # type: ignore[union-attr]
    for draft_id in drafts.values():
        teams.press("approve", HEAD, draft=draft_id.rsplit(":", 1)[1])
    teams.send("personal_message", text="<p>home</p>", from__aadObjectId=HEAD, id="1795428000907")
    home = teams.fake.posted(CHAT)[-1]["body"]["attachments"][0]["content"]
    forms = unfolded(home, "Change time")
    assert len(forms) == 2 and "Book fair" in json.dumps(home)
    verb, data = filled(forms[1], publish_on="2030-03-08", publish_time="09:15")
    answer = teams.send("card_action", value__action__verb=verb, value__action__data=data, from__aadObjectId=HEAD,
                        id="f:change-second")  # fmt: skip
    assert answer.json()["value"] == messages.TIME_SAVED
    moved = dict(store.scheduled())
    assert moved[drafts["Book fair."]] == datetime(2030, 3, 8, 9, 15, tzinfo=UTC)
    assert moved[drafts["Harvest baskets."]] == datetime(2030, 3, 5, 18, 30, tzinfo=UTC)


def test_the_home_card_keeps_itself_up_to_date(teams: TeamsBot, store: RedisStore) -> None:
    teams.send("personal_message", text="<p>home</p>", from__aadObjectId=HEAD, id="1795428000906")
    [home] = [c for c in teams.fake.posted(CHAT) if "Waiting for your approval" in json.dumps(c["body"])]
    assert "Harvest festival" not in json.dumps(home["body"]) and store.governance.homes()[HEAD].startswith(CHAT)
    assert teams.running.homes is not None
    teams.running.homes.update_all()  # nothing the head's home shows has changed: the card is not sent again
    assert [u for u in teams.fake.updates() if u["conversation"] == CHAT] == []
    submit(teams)  # a colleague's draft now waits for the head: the card the head already has shows it
    deadline = time.monotonic() + 10
    while not [u for u in teams.fake.updates() if u["conversation"] == CHAT and "Harvest festival" in json.dumps(u)]:
        assert time.monotonic() < deadline, "the home card was not updated"
        time.sleep(0.05)
