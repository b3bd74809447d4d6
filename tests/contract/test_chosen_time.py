"""Publish at a chosen time: the form's time is shown in the report, an approval schedules the post for then (the
next window if the time is outside school hours), and the schedule survives a restart and publishes once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from chatbot.approval.states import State
from chatbot.store import RedisStore
from tests.contract.conftest import Bot, make_bot, words
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.slack_views import day_and_time

pytestmark = pytest.mark.contract
TUESDAY_1515 = 1898954100  # Tuesday 5 March 2030, 15:15 in London: ahead of any clock these tests run on
SATURDAY_1000 = 1899280800  # Saturday 9 March 2030, 10:00: outside school hours


def form(bot: Bot, chosen: int | None, text: str = "Sports day races start on the field.") -> str:
    """`/countersign draft` submitted with a publishing time; the draft's id."""
    values: dict[str, Any] = {
        "draft-text": {"text": {"type": "plain_text_input", "value": text}},
        "draft-pictured": {"pictured": {"type": "multi_external_select", "selected_options": []}},
        "draft-exception": {"exception": {"type": "static_select", "selected_option": {"value": "none"}}},
        "draft-reason": {"reason": {"type": "plain_text_input", "value": None}},
        **day_and_time("draft-", datetime.fromtimestamp(chosen, UTC) if chosen else None),
    }
    bot.send("view_submission", view__state__values=values)
    [draft] = bot.store.draft_ids(datetime(2000, 1, 1, tzinfo=UTC))
    return draft


def approve(bot: Bot, draft: str) -> None:
    bot.send("event_reaction_added", event__item__ts=draft.rsplit(":", 1)[1], event_id="Ev0CHOSEN01")


def test_the_chosen_time_is_reported_kept_through_a_restart_and_published_once(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store)
    draft = form(bot, TUESDAY_1515)
    assert "Once approved it goes out Tuesday 5 March at 15:15" in words(bot.slack.named("chat.postMessage")[-1])
    approve(bot, draft)
    assert (stored := store.get(draft)) is not None and stored.state == State.SCHEDULED
    [(scheduled, due)] = store.scheduled()
    assert scheduled == draft and due == datetime.fromtimestamp(TUESDAY_1515, UTC)
    restarted = make_bot(slack_server, store)  # a new process on the same Redis
    assert restarted.service is not None
    assert restarted.service.publish_due(due - timedelta(minutes=1)) == 0 and restarted.publisher.posted == []
    assert restarted.service.publish_due(due + timedelta(minutes=1)) == 1
    assert restarted.service.publish_due(due + timedelta(minutes=2)) == 0 and len(restarted.publisher.posted) == 1


def test_a_chosen_time_outside_school_hours_waits_for_the_next_window(
    slack_server: FakeSlackServer, store: RedisStore
) -> None:
    bot = make_bot(slack_server, store)
    draft = form(bot, SATURDAY_1000)
    report = words(bot.slack.named("chat.postMessage")[-1])
    assert "posting-window" in report and "Once approved it goes out Monday 11 March at 08:00" in report
    approve(bot, draft)
    [(_, due)] = store.scheduled()
    assert due == datetime(2030, 3, 11, 8, 0, tzinfo=UTC)  # GMT in March


def test_without_a_chosen_time_the_form_draft_goes_out_on_approval(bot: Bot) -> None:
    draft = form(bot, None)
    approve(bot, draft)
    assert (stored := bot.store.get(draft)) is not None
    assert stored.state in (State.PUBLISHED, State.SCHEDULED)  # on approval, or the next window by the clock
