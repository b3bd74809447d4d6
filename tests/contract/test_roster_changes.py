"""The roster file changed on disk takes effect without a restart: a withdrawn consent blocks the next draft."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatbot.approval.states import State
from chatbot.school.roster_file import SETTLE_SECONDS, RosterFile
from chatbot.store import RedisStore
from handlers.pollers.roster import refresh_roster
from tests.contract.conftest import HEAD, Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.drafting import ROSTER_CSV, context
from tests.photos import GROUP_OF_SIX, jpeg, photo

pytestmark = pytest.mark.contract
CHANNEL = "C0DRAFTS01"


def exported(path: Path, text: str) -> None:
    """The office saves a new MIS export over the old one (finished a little while ago)."""
    path.write_text(text)
    then = time.time() - SETTLE_SECONDS - 1
    os.utime(path, (then, then))


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    exported(path, ROSTER_CSV)
    return path


@pytest.fixture
def bot(slack_server: FakeSlackServer, store: RedisStore, roster: Path) -> Bot:
    return make_bot(slack_server, store, ctx=replace(context(), rosters=RosterFile(roster)))


def group_photo(bot: Bot, ts: str, event_id: str) -> str:
    """A photo of six children posted in the channel, then "Joshua Patel" named as pictured; the draft's state."""
    bot.slack.files["group.jpg"] = jpeg(photo(GROUP_OF_SIX).resize((1600, 1200)))
    bot.send("event_message_file_share", event__ts=ts, event_id=event_id,
             event__files__0__url_private_download=bot.api_url + "files/group.jpg")  # fmt: skip
    bot.say_pictured(ts, "", "Joshua Patel")
    stored = bot.store.get(f"slack:{CHANNEL}:{ts}")
    assert stored is not None
    return str(stored.state)


def test_a_consent_withdrawn_in_the_roster_file_blocks_the_next_draft_without_a_restart(bot: Bot, roster: Path) -> None:
    assert group_photo(bot, "1795428100.000200", "Ev0ROSTER01") == State.AWAITING_APPROVAL
    exported(roster, ROSTER_CSV.replace("Joshua,Patel,Josh,3,yes,2027-07-31", "Joshua,Patel,Josh,3,no,"))
    assert refresh_roster(bot.deps.service.ctx if bot.deps else context())  # the roster watch's minute comes round
    assert group_photo(bot, "1795428200.000300", "Ev0ROSTER02") == State.BLOCKED
    assert "has no photo consent" in words(bot.slack.named("chat.update")[-1])


def test_a_broken_export_keeps_the_last_good_roster(bot: Bot, roster: Path) -> None:
    exported(roster, "Forename,Surname,Photo consent\nJoshua,Patel,maybe\n")
    assert not refresh_roster(bot.deps.service.ctx if bot.deps else context())
    assert group_photo(bot, "1795428100.000200", "Ev0ROSTER03") == State.AWAITING_APPROVAL


def test_a_consent_withdrawn_while_a_draft_waits_stops_its_approval(bot: Bot, roster: Path) -> None:
    ts = "1795428100.000200"
    assert group_photo(bot, ts, "Ev0ROSTER04") == State.AWAITING_APPROVAL
    exported(roster, ROSTER_CSV.replace("Joshua,Patel,Josh,3,yes,2027-07-31", "Joshua,Patel,Josh,3,no,"))
    assert refresh_roster(bot.deps.service.ctx if bot.deps else context())
    bot.send("event_reaction_added", event__item__ts=ts, event_id="Ev0ROSTER04R")  # the head approves
    stored = bot.store.get(f"slack:{CHANNEL}:{ts}")
    assert stored is not None and stored.state == State.BLOCKED and not stored.approvers
    assert "has no photo consent" in words(bot.slack.named("chat.update")[-1])
    assert any("this draft now blocks" in m["text"] for m in bot.slack.named("chat.postMessage"))


def test_a_draft_whose_roster_did_not_change_is_approved_as_before(bot: Bot) -> None:
    ts = "1795428100.000200"
    assert group_photo(bot, ts, "Ev0ROSTER05") == State.AWAITING_APPROVAL
    bot.send("event_reaction_added", event__item__ts=ts, event_id="Ev0ROSTER05R")
    stored = bot.store.get(f"slack:{CHANNEL}:{ts}")
    assert stored is not None and stored.state == State.PUBLISHED


def test_a_consent_withdrawn_before_a_scheduled_post_goes_out_keeps_it_back(bot: Bot, roster: Path) -> None:
    bot.send("slash_command", text="pause the trip's coach is late", user_id=HEAD)
    ts = "1795428100.000200"
    group_photo(bot, ts, "Ev0ROSTER06")
    bot.send("event_reaction_added", event__item__ts=ts, event_id="Ev0ROSTER06R")
    draft_id = f"slack:{CHANNEL}:{ts}"
    assert (stored := bot.store.get(draft_id)) is not None and stored.state == State.SCHEDULED
    exported(roster, ROSTER_CSV.replace("Joshua,Patel,Josh,3,yes,2027-07-31", "Joshua,Patel,Josh,3,no,"))
    assert refresh_roster(bot.deps.service.ctx if bot.deps else context())
    bot.send("slash_command", text="resume", user_id=HEAD, trigger_id="2")
    assert bot.service is not None and bot.service.publish_due(datetime.fromtimestamp(1795428400, UTC)) == 0
    assert (stored := bot.store.get(draft_id)) is not None and stored.state == State.BLOCKED
    assert bot.publisher.posted == [] and "this draft now blocks" in bot.thread(ts)[-1]


def test_the_roster_is_indexed_as_the_bot_starts_not_on_its_first_draft() -> None:
    import threading

    from handlers.pollers.roster import start_roster_watch

    ctx = replace(context(), rosters=RosterFile(roster=context().roster))  # a fresh context: nothing indexed yet
    assert "_names" not in ctx.__dict__
    stop = threading.Event()
    start_roster_watch(ctx, stop)
    stop.set()
    assert "_names" in ctx.__dict__  # built before the watch returned, before any draft came
