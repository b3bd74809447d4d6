"""Who is pictured, in Slack: the small form the report's button opens, and the answer sent to the core."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.draft import PicturedAnswer
from chatbot.approval.events import MessageRef, PicturedGiven
from handlers.slack import ids
from handlers.slack.block_parts import labelled, modal
from handlers.slack.deps import SlackDeps

ANSWERS: dict[PicturedAnswer, str] = {
    "nobody-identifiable": "No pupil can be identified (backs, hands, work)",
    "consent-checked": "Everyone pictured has photo consent: I checked the list",
}


def build_pictured_modal(channel: str, draft_ts: str) -> dict[str, Any]:
    """Name the pupils (the search marks those without photo consent), or choose one of the two answers."""
    options = [{"text": {"type": "plain_text", "text": text}, "value": value} for value, text in ANSWERS.items()]
    pupils = {"type": "multi_external_select", "action_id": ids.ACTION_PICTURED, "min_query_length": 2}
    answer = {"type": "radio_buttons", "action_id": ids.ACTION_PICTURED_ANSWER, "options": options}
    blocks = [
        labelled(ids.BLOCK_PICTURED, "Pupils in the photos", pupils, optional=True),
        labelled(ids.BLOCK_PICTURED_ANSWER, "Or, if you name nobody", answer, optional=True),
    ]
    return modal(ids.PICTURED_MODAL, "Who is pictured?", "Save", blocks, f"{channel} {draft_ts}")


def given(body: dict[str, Any]) -> PicturedGiven | None:
    """The form's answer as a neutral event; None when it names nobody and chooses no answer."""
    view, values = body["view"], body["view"]["state"]["values"]
    channel, draft_ts = str(view["private_metadata"]).split(" ", 1)
    named = (values.get(ids.BLOCK_PICTURED, {}).get(ids.ACTION_PICTURED) or {}).get("selected_options") or []
    chosen = (values.get(ids.BLOCK_PICTURED_ANSWER, {}).get(ids.ACTION_PICTURED_ANSWER) or {}).get("selected_option")
    answer = (chosen or {}).get("value")
    if not named and answer not in ANSWERS:
        return None
    pupils = tuple(str(option["value"]) for option in named)
    ref, at = MessageRef("slack", channel, draft_ts), datetime.now(UTC)
    event_id = f"pictured:{view['id']}:{view.get('hash', '')}"
    return PicturedGiven(
        ref, body["user"]["id"], pupils, None if pupils else cast(PicturedAnswer, answer), event_id, at
    )


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
