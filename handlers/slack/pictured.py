"""Who is pictured, in Slack: the small form the report's button opens, and the answer sent to the core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.draft import PicturedAnswer
from chatbot.approval.draft_form import PICTURED, PICTURED_ANSWER, PICTURED_ANSWERS, pictured_form
from chatbot.approval.events import MessageRef, PicturedGiven
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import field_value, form_modal

ANSWERS: dict[str, PicturedAnswer] = {value: value for _, value in PICTURED_ANSWERS}


def build_pictured_modal(channel: str, draft_ts: str) -> dict[str, Any]:
    """Name the pupils (the search marks those without photo consent), or choose one of the two answers."""
    return form_modal(pictured_form(), ids.PICTURED_MODAL, ids.DRAFT, f"{channel} {draft_ts}")


def given(body: dict[str, Any]) -> PicturedGiven | None:
    """The form's answer as a neutral event; None when it names nobody and chooses no answer."""
    view, values = body["view"], body["view"]["state"]["values"]
    channel, draft_ts = str(view["private_metadata"]).split(" ", 1)
    named = field_value(values, ids.DRAFT, PICTURED).get("selected_options") or []
    answer = ANSWERS.get(
        str((field_value(values, ids.DRAFT, PICTURED_ANSWER).get("selected_option") or {}).get("value"))
    )
    if not named and answer is None:
        return None
    pupils = tuple(str(option["value"]) for option in named)
    ref, at = MessageRef("slack", channel, draft_ts), datetime.now(UTC)
    event_id = f"pictured:{view['id']}:{view.get('hash', '')}"
    return PicturedGiven(ref, body["user"]["id"], pupils, None if pupils else answer, event_id, at)


def register(app: App, deps: SlackDeps) -> None:
    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel = body.get("channel", {}).get("id") or deps.slack.drafts_channel or ""
        draft_ts = body["actions"][0]["value"]
        client.views_open(trigger_id=body["trigger_id"], view=build_pictured_modal(channel, draft_ts))

    def handle_answer(ack: Ack, body: dict[str, Any]) -> None:
        event = given(body)
        if event is None:
            ack(response_action="errors", errors={ids.BLOCK_PICTURED: messages.PICTURED_NEEDS_AN_ANSWER})
            return
        ack()
        deps.service.pictured_given(event)

    app.action(ids.ACTION_PICTURED_ASK)(handle_ask)
    app.view(ids.PICTURED_MODAL)(handle_answer)
