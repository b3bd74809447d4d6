"""Changing when a draft goes out, through the real bolt App: "Schedule…" under the report before approval (the
report is re-checked and says the new time), "Change time" on App Home once approved (approvers only, judged again
at the new time), a past time refused on the form itself, and one form changing the time once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from slack_bolt.request import BoltRequest

from chatbot import messages
from chatbot.approval.states import State
from tests.contract.conftest import AUTHOR, CHANNEL, HEAD, TA, Bot, payload, words
from tests.contract.slack_views import day_and_time
from tests.contract.test_chosen_time import SATURDAY_1000, TUESDAY_1515, approve, form

pytestmark = pytest.mark.contract
MONDAY_0800 = datetime(2030, 3, 11, 8, 0, tzinfo=UTC)  # the first posting time after SATURDAY_1000 (GMT in March)
SATURDAY_DRAFT = "1899280800.000100"  # a draft posted on Saturday 9 March 2030, 10:00


def choose(bot: Bot, draft: str, chosen: int | None, user: str = AUTHOR, form_id: str = "V0SCHED001") -> Any:
    """Submit the "when it goes out" form for `draft`; Slack's answer to the submission."""
    values = day_and_time("schedule-", datetime.fromtimestamp(chosen, UTC) if chosen else None)
    body = payload("view_submission", bot.api_url, view__callback_id="countersign-schedule", view__id=form_id,
                   view__private_metadata=draft, view__state__values=values, user__id=user)  # fmt: skip
    response = bot.app.dispatch(BoltRequest(body=body, mode="socket_mode"))
    bot.settle()
    return response


def opened(bot: Bot) -> str:
    return json.dumps(bot.slack.named("views.open")[-1]["view"])


def state(bot: Bot, draft: str) -> State:
    stored = bot.store.get(draft)
    assert stored is not None
    return stored.state


def test_schedule_from_the_report_rechecks_and_approval_keeps_the_time(bot: Bot) -> None:
    bot.send("event_message")
    draft, ts = f"slack:{CHANNEL}:1795428000.000100", "1795428000.000100"
    assert "schedule-ask" in words(bot.slack.named("chat.postMessage")[-1])
    bot.send("block_actions", actions__0__action_id="schedule-ask", actions__0__value=ts, user__id=AUTHOR)
    assert "countersign-schedule" in opened(bot) and "initial_date_time" not in opened(bot)
    choose(bot, draft, TUESDAY_1515)
    assert "Once approved it goes out Tuesday 5 March at 15:15" in words(bot.slack.named("chat.update")[-1])
    assert any(e.get("detail", "").find("2030-03-05") >= 0 for e in bot.store.history(draft))  # audited
    approve(bot, draft)
    assert state(bot, draft) == State.SCHEDULED
    assert bot.store.scheduled() == [(draft, datetime.fromtimestamp(TUESDAY_1515, UTC))]


def test_a_past_time_is_refused_on_the_form_and_changes_nothing(bot: Bot) -> None:
    bot.send("event_message")
    draft = f"slack:{CHANNEL}:1795428000.000100"
    before = bot.store.history(draft)
    an_hour_ago = int((datetime.now(UTC) - timedelta(hours=1)).timestamp())
    response = choose(bot, draft, an_hour_ago)
    answer = json.loads(response.body)
    assert answer["response_action"] == "errors" and "That time has passed" in answer["errors"]["schedule-publish_on"]
    stored = bot.store.get(draft)
    assert stored is not None and stored.record.get("chosen_at") is None and bot.store.history(draft) == before


def test_a_day_without_a_time_is_refused_on_the_form_and_changes_nothing(bot: Bot) -> None:
    bot.send("event_message")
    draft = f"slack:{CHANNEL}:1795428000.000100"
    before = bot.store.history(draft)
    values = day_and_time("schedule-", datetime.fromtimestamp(TUESDAY_1515, UTC))
    values["schedule-publish_time"]["publish_time"]["selected_time"] = None
    body = payload("view_submission", bot.api_url, view__callback_id="countersign-schedule", view__id="V0SCHED9",
                   view__private_metadata=draft, view__state__values=values, user__id=AUTHOR)  # fmt: skip
    answer = json.loads(bot.app.dispatch(BoltRequest(body=body, mode="socket_mode")).body)
    assert answer["errors"] == {"schedule-publish_on": messages.TIME_UNREADABLE}
    assert bot.store.history(draft) == before


def test_someone_neither_author_nor_approver_cannot_choose_the_time(bot: Bot) -> None:
    bot.send("event_message")
    draft = f"slack:{CHANNEL}:1795428000.000100"
    choose(bot, draft, TUESDAY_1515, user=TA)
    stored = bot.store.get(draft)
    assert stored is not None and stored.record.get("chosen_at") is None
    assert "Only the draft's author or an approver" in bot.thread()[-1]


def test_an_approver_moves_a_scheduled_post_from_app_home_and_it_goes_out_once_at_the_new_time(bot: Bot) -> None:
    draft = form(bot, TUESDAY_1515)
    approve(bot, draft)
    bot.send("block_actions", actions__0__action_id="home-reschedule", actions__0__value=draft, user__id=HEAD)
    shown = opened(bot)  # the form starts at the time it has, in the school's zone
    assert '"initial_date": "2030-03-05"' in shown and '"initial_time": "15:15"' in shown
    assert '"timezone": "Europe/London"' in shown
    choose(bot, draft, SATURDAY_1000, user=HEAD)
    assert state(bot, draft) == State.SCHEDULED and bot.store.scheduled() == [(draft, MONDAY_0800)]
    ts = draft.rsplit(":", 1)[1]
    assert "changed the time. It goes out Monday 11 March at 08:00" in bot.thread(ts)[-1]
    assert bot.store.history(draft)[-1]["transition"] == "rescheduled"
    assert bot.service is not None
    assert bot.service.publish_due(datetime.fromtimestamp(TUESDAY_1515, UTC) + timedelta(minutes=1)) == 0
    assert bot.service.publish_due(MONDAY_0800 + timedelta(minutes=1)) == 1 and len(bot.publisher.posted) == 1


def test_once_approved_only_an_approver_may_move_it(bot: Bot) -> None:
    draft = form(bot, TUESDAY_1515)
    approve(bot, draft)
    choose(bot, draft, SATURDAY_1000, user=AUTHOR)
    assert bot.store.scheduled() == [(draft, datetime.fromtimestamp(TUESDAY_1515, UTC))]
    said = bot.slack.named("chat.postEphemeral")[-1]
    assert said["user"] == AUTHOR and "only an approver can change when it goes out" in said["text"]


def test_a_move_that_would_make_its_words_untrue_is_refused(bot: Bot) -> None:
    bot.send("event_message", event__ts=SATURDAY_DRAFT, event_id="Ev0SATFAIR1",
             event__text="Come and see our art exhibition on Monday, in the school hall.")  # fmt: skip
    draft = f"slack:{CHANNEL}:{SATURDAY_DRAFT}"
    bot.send("event_reaction_added", event__item__ts=SATURDAY_DRAFT, event__event_ts="1899281100.000001")
    assert state(bot, draft) == State.SCHEDULED and bot.store.scheduled() == [(draft, MONDAY_0800)]
    choose(bot, draft, TUESDAY_1515 + 7 * 86400, user=HEAD)  # Tuesday 12 March: "on Monday" is then next week
    assert bot.store.scheduled() == [(draft, MONDAY_0800)]
    said = bot.slack.named("chat.postEphemeral")[-1]["text"]
    assert "The time was not changed" in said and "Monday" in said


def test_the_same_form_sent_twice_changes_the_time_once(bot: Bot) -> None:
    draft = form(bot, TUESDAY_1515)
    approve(bot, draft)
    choose(bot, draft, SATURDAY_1000, user=HEAD)
    choose(bot, draft, SATURDAY_1000, user=HEAD)
    assert [e["transition"] for e in bot.store.history(draft)].count("rescheduled") == 1
