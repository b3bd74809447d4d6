"""The fake Slack refuses a view Slack would refuse, and every modal the bot builds is one Slack accepts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from chatbot.approval.draft_form import draft_form
from chatbot.incidents.by_hand import incident_form
from handlers.slack import ids
from handlers.slack.neutral_cards import form_modal
from handlers.slack.rejection import build_reject_modal
from handlers.slack.scheduling import build_schedule_modal
from tests.contract.fake_slack_api import FakeSlackServer
from tests.contract.slack_views import LONDON, view_errors

MODALS = {
    "reject": build_reject_modal("C0DRAFTS01", "1700000000.000100"),
    "schedule": build_schedule_modal("draft-1", datetime(2026, 12, 7, 9, 30, tzinfo=UTC), LONDON),
    "draft": form_modal(
        draft_form(LONDON, "Sports day!", trip_question=True), ids.DRAFT_MODAL, ids.DRAFT, "C0DRAFTS01"
    ),
    "incident": form_modal(incident_form(), "countersign-incident", "incident-"),
}


@pytest.mark.parametrize("name", MODALS)
def test_every_modal_the_bot_builds_is_one_slack_accepts(name: str) -> None:
    assert view_errors(MODALS[name]) == []


def test_the_fake_refuses_what_slack_refuses_and_opens_what_it_accepts(slack_server: FakeSlackServer) -> None:
    client = WebClient(token="xoxb-test-token", base_url=slack_server.url)
    too_long = dict(MODALS["reject"], title={"type": "plain_text", "text": "Reject this draft, with a reason"})
    with pytest.raises(SlackApiError) as refused:
        client.views_open(trigger_id="1.2.3", view=too_long)
    assert refused.value.response["error"] == "invalid_arguments"
    block = dict(MODALS["reject"]["blocks"][0])
    block["element"] = dict(block["element"], max_length=4000)
    with pytest.raises(SlackApiError):
        client.views_open(trigger_id="1.2.3", view=dict(MODALS["reject"], blocks=[block]))
    assert client.views_open(trigger_id="1.2.3", view=MODALS["reject"])["ok"]
    assert MODALS["reject"]["callback_id"] == ids.REJECT_MODAL
