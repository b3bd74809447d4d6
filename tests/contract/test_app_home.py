"""App Home through the real bolt App: each person sees what waits for them, and only what they may see."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chatbot.approval.states import State
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.model import Evidence
from chatbot.incidents.routes import routes
from chatbot.school.incident_settings import IncidentsSection
from chatbot.store import RedisStore
from chatbot.vision.snapshot import PillowSnapshot
from handlers.slack.app import web_client
from handlers.slack.incident_notifier import SlackIncidentNotifier
from tests.contract.conftest import AUTHOR, CHANNEL, HEAD, TA, TOKEN, Bot, make_bot
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.test_chosen_time import approve, form

pytestmark = pytest.mark.contract
DSL = "U0DSL00001"
SATURDAY = "1795863600.000100"  # a draft posted at the weekend waits for Monday's window


def home_of(bot: Bot, user: str) -> str:
    bot.send("event_app_home_opened", event__user=user, event_id=f"Ev0HOME{user}")
    view: Any = [c for c in bot.slack.named("views.publish") if c["user_id"] == user][-1]["view"]
    return json.dumps(json.loads(view) if isinstance(view, str) else view, ensure_ascii=False)


def desk(slack_server: FakeSlackServer, store: RedisStore) -> IncidentDesk:
    config = IncidentsSection(computing_lead=[HEAD], dsl=[DSL], headteacher=[HEAD])
    zone = ZoneInfo("Europe/London")
    notifier = SlackIncidentNotifier(web_client(TOKEN, slack_server.url), zone)
    return IncidentDesk(store.incidents, routes(config, CHANNEL), notifier, PillowSnapshot(zone))


def test_an_approver_sees_what_waits_a_teacher_sees_their_own(slack_server: FakeSlackServer, store: RedisStore) -> None:
    bot = make_bot(slack_server, store)
    bot.send("event_message")  # the author's draft, awaiting approval
    head = home_of(bot, HEAD)
    assert "Waiting for your approval" in head and "Year 3 have been building volcanoes" in head
    author = home_of(bot, AUTHOR)
    assert "Waiting for your approval" not in author and "awaiting approval" in author
    assert "X this month, so far: about £0.00 (US$0.00 at £0.79 to the dollar)" in author


def test_scheduled_posts_show_with_cancel_for_approvers_and_cancel_works(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store)
    bot.send("event_message", event__ts=SATURDAY, event_id="Ev0SAT0001")
    bot.send("event_reaction_added", event__item__ts=SATURDAY, event__event_ts="1795863700.000001")
    assert "home-cancel" in home_of(bot, HEAD) and "Mon 30 Nov 08:00" in home_of(bot, HEAD)
    assert "home-cancel" not in home_of(bot, TA)
    draft = f"slack:C0DRAFTS01:{SATURDAY}"
    bot.send("block_actions", actions__0__action_id="home-cancel", actions__0__value=draft, user__id=TA)
    assert bot.store.get(draft).state == State.SCHEDULED  # type: ignore[union-attr]
    bot.send("block_actions", actions__0__action_id="home-cancel", actions__0__value=draft, user__id=HEAD)
    assert bot.store.get(draft).state == State.REJECTED and bot.store.scheduled() == []  # type: ignore[union-attr]
    assert "Cancelled by <@U0HEAD0001>" in bot.thread(SATURDAY)[-1]


def test_a_safeguarding_incident_shows_only_on_the_dsls_home(slack_server: FakeSlackServer, store: RedisStore) -> None:
    incidents = desk(slack_server, store)
    at = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    incidents.raise_incident(Evidence("safeguarding", "staff", "A pupil said she is hungry", "a Year 4 pupil", None,
                                      at, at, ("Raised by a member of staff.",), reporter=TA))  # fmt: skip
    bot = make_bot(slack_server, store, incidents=incidents)
    assert "I1 (safeguarding)" in home_of(bot, DSL)
    assert "I1" not in home_of(bot, HEAD) and "I1" not in home_of(bot, TA)
    assert "hungry" not in home_of(bot, DSL)  # the Home lists it; the content stays in the DSL's messages


def test_every_waiting_draft_is_listed_not_the_first_ten(slack_server: FakeSlackServer, store: RedisStore) -> None:
    bot = make_bot(slack_server, store)
    for n in range(30):
        bot.send("event_message", event__ts=f"17954280{n:02d}.000100", event_id=f"Ev0MANY{n:04d}",
                 event__text=f"Class {n} shared their poems in assembly.")  # fmt: skip
    head = home_of(bot, HEAD)
    assert all(f"Class {n} shared their poems" in head for n in range(30))


def this_week(bot: Bot, user: str) -> str:
    view = json.loads(home_of(bot, user))
    [week] = [b["text"]["text"] for b in view["blocks"] if b.get("text", {}).get("text", "").startswith("*This week*")]
    return str(week)


def test_the_week_shows_each_day_with_what_goes_out_and_what_would_if_approved(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store)
    zone = ZoneInfo("Europe/London")
    tomorrow = (datetime.now(zone) + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    draft = form(bot, int(tomorrow.timestamp()), "Harvest festival baskets go to the food bank.")
    week = this_week(bot, HEAD)
    assert len(week.splitlines()) == 8 and f"*{datetime.now(zone):%a %-d %b}*" in week  # a heading and 7 days
    day = next(line for line in week.splitlines() if "Harvest festival" in line)
    assert "(if approved)" in day and "10:00" in day and "_nothing planned_" in week
    approve(bot, draft)
    [(_, due)] = store.scheduled()
    day = next(line for line in this_week(bot, HEAD).splitlines() if "Harvest festival" in line)
    assert day.startswith(f"*{due.astimezone(zone):%a %-d %b}*") and "(if approved)" not in day


def test_the_home_counts_the_replies_read_raised_and_triaged_this_week(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    incidents = desk(slack_server, store)
    now = datetime.now(UTC)
    store.incidents.tally({"read": 12, "raised": 1, "triaged": 3}, now)
    store.incidents.tally({"read": 900, "raised": 9, "triaged": 9}, now - timedelta(days=8))  # not this week
    bot = make_bot(slack_server, store, incidents=incidents)
    shown = home_of(bot, TA)
    assert "Replies to the account in the last seven days: 12 read, 1 raised, 3 sent to a person to decide." in shown
    assert "Replies to the account" not in home_of(make_bot(slack_server, store), TA)  # incidents turned off
