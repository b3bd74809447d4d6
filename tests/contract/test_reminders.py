"""Reminders through the real bolt App: posted once a day while overdue, acknowledged by an approver, audited."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chatbot.governance.consent_refresh import settled_by
from chatbot.governance.reminder_desk import ReminderDesk
from chatbot.governance.reminders import ReminderPlan
from chatbot.school.roster_file import RosterFile
from chatbot.school.settings import ApproversSection
from chatbot.store import RedisStore
from handlers.slack.app import web_client
from handlers.slack.approvers import SlackApprovers
from handlers.slack.reminders import SlackReminderNotifier
from tests.contract.conftest import CHANNEL, HEAD, TA, TOKEN, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer

pytestmark = pytest.mark.contract
TERM = datetime(2027, 1, 5, 8, 30, tzinfo=UTC)  # GMT in January: 08:30 in London
REFRESH = datetime(2026, 9, 1, 7, 30, tzinfo=UTC)  # 08:30 in London (summer time)


def desk(slack_server: FakeSlackServer, store: RedisStore) -> ReminderDesk:
    client = web_client(TOKEN, slack_server.url)
    plan = ReminderPlan((date(2027, 1, 5),), None, None, time(8, 30))
    approvers = SlackApprovers(client, ApproversSection(users=[HEAD]))
    return ReminderDesk(store.governance, plan, ZoneInfo("Europe/London"), SlackReminderNotifier(client, CHANNEL),
                        approvers)  # fmt: skip


def test_a_reminder_is_posted_once_a_day_while_overdue_until_an_approver_acknowledges_it(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    reminders = desk(slack_server, store)
    bot = make_bot(slack_server, store, reminders=reminders)  # also clears the fake's record
    assert reminders.remind(TERM - timedelta(minutes=1)) == 0
    assert reminders.remind(TERM) == 1 and reminders.remind(TERM + timedelta(hours=6)) == 0  # once a day
    assert reminders.remind(TERM + timedelta(days=1)) == 1
    posted = [m for m in bot.slack.named("chat.postMessage") if m["channel"] == CHANNEL]
    assert len(posted) == 2 and "change the school's X account password" in posted[0]["text"]
    assert "Overdue by 1 day." in words(posted[1])
    bot.send("block_actions", actions__0__action_id="reminder-acknowledge", actions__0__value="password:2027-01-05",
             user__id=TA)  # fmt: skip
    assert [e["text"] for e in bot.slack.named("chat.postEphemeral")] == [
        "Only the school's approvers can acknowledge reminders."
    ]
    bot.send("block_actions", actions__0__action_id="reminder-acknowledge", actions__0__value="password:2027-01-05",
             user__id=HEAD)  # fmt: skip
    assert "Acknowledged by <@U0HEAD0001>" in words(bot.slack.named("chat.update")[-1])
    assert reminders.remind(TERM + timedelta(days=2)) == 0 and reminders.open(TERM + timedelta(days=2)) == []
    audit = [(e["action"], e["by"]) for e in store.governance.history()]
    assert audit == [("reminded", "countersign"), ("reminded", "countersign"), ("reminder-acknowledged", HEAD)]


def test_the_consent_refresh_reminder_closes_itself_when_a_new_roster_arrives(
    slack_server: FakeSlackServer, store: RedisStore, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Forename,Surname,Photo consent\nAmelia,Nowak,yes\n", encoding="utf-8")
    os.utime(roster, (REFRESH.timestamp() - 86_400 * 60,) * 2)  # exported in July, before this year's round
    rosters = RosterFile(roster)
    client = web_client(TOKEN, slack_server.url)
    approvers = SlackApprovers(client, ApproversSection(users=[HEAD]))
    plan = ReminderPlan(consent_refresh=date(2026, 9, 1))
    reminders = ReminderDesk(store.governance, plan, ZoneInfo("Europe/London"), SlackReminderNotifier(client, CHANNEL),
                             approvers, settled_by(rosters))  # fmt: skip
    bot = make_bot(slack_server, store, reminders=reminders)
    assert reminders.remind(REFRESH) == 1
    assert "fresh roster export" in bot.slack.named("chat.postMessage")[-1]["text"]
    os.utime(roster, (REFRESH.timestamp() + 3600,) * 2)  # the office's new export, the same morning
    assert rosters.refresh() is not None
    assert reminders.remind(REFRESH + timedelta(hours=2)) == 0 and reminders.open(REFRESH + timedelta(hours=2)) == []
    assert "the new roster file has arrived" in words(bot.slack.named("chat.update")[-1])
    audit = [(e["action"], e["by"]) for e in store.governance.history()]
    assert audit == [("reminded", "countersign"), ("reminder-acknowledged", "countersign")]
