"""`/countersign incident`'s form, and the buttons on an incident card (only the people on its route act)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.incidents.by_hand import raise_by_hand
from chatbot.incidents.desk import IncidentDesk
from chatbot.incidents.kinds import CHOICES
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.incident_blocks import build_resolve_modal

_ACTIONS = {ids.ACTION_INCIDENT_ACK: "acknowledge", ids.ACTION_INCIDENT_HIDE: "hide",
            ids.ACTION_INCIDENT_ESCALATE: "escalate", ids.ACTION_INCIDENT_REFER: "refer"}  # fmt: skip
_CHOICES = {action_id: choice for choice, action_id in ids.ACTION_TRIAGE.items()}


def register(app: App, deps: SlackDeps) -> None:
    def handle_incident_button(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        action = (body.get("actions") or [{}])[0]
        incident_id, user, pressed = action.get("value", ""), body["user"]["id"], action.get("action_id", "")
        desk, now = deps.incidents, datetime.now(UTC)
        if desk is not None and pressed in _CHOICES:  # a triage card: what the person says it is
            _tell(client, body, user, desk.decide(incident_id, CHOICES[_CHOICES[pressed]], user, now).message)
        elif desk is not None and pressed in _ACTIONS:
            _tell(client, body, user, desk.act(incident_id, _ACTIONS[pressed], user, now).message)

    def handle_resolve_button(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        incident_id = (body.get("actions") or [{}])[0].get("value", "")
        client.views_open(trigger_id=body["trigger_id"], view=build_resolve_modal(incident_id))

    def handle_resolve(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        note = body["view"]["state"]["values"][ids.BLOCK_NOTE][ids.ACTION_NOTE].get("value") or ""
        desk, user = deps.incidents, body["user"]["id"]
        outcome = desk.act(body["view"]["private_metadata"], "resolve", user, datetime.now(UTC), note) if desk else None
        if outcome is not None and outcome.status == "refused":
            return ack(response_action="errors", errors={ids.BLOCK_NOTE: outcome.message})
        ack()

    def handle_report(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        if deps.incidents is not None:
            report(deps.incidents, body["view"]["state"]["values"], body["user"]["id"])

    for action_id in (*_ACTIONS, *_CHOICES, ids.ACTION_INCIDENT_OPEN):
        app.action(action_id)(handle_incident_button)
    app.action(ids.ACTION_INCIDENT_RESOLVE)(handle_resolve_button)
    app.view(ids.RESOLVE_MODAL)(handle_resolve)
    app.view(ids.INCIDENT_MODAL)(handle_report)


def report(desk: IncidentDesk, values: dict[str, Any], reporter: str) -> None:
    """A concern raised by hand: routed like the poller's, and the reporter gets a receipt."""

    def typed(block: str, action: str) -> str:
        return ((values.get(block) or {}).get(action) or {}).get("value") or ""

    kind = ((values[ids.BLOCK_KIND][ids.ACTION_KIND].get("selected_option")) or {}).get("value", "")
    raise_by_hand(desk, kind, typed(ids.BLOCK_WHAT, ids.ACTION_WHAT), typed(ids.BLOCK_WHO, ids.ACTION_WHO),
                  typed(ids.BLOCK_LINK, ids.ACTION_LINK) or None, reporter, datetime.now(UTC))  # fmt: skip


def _tell(client: WebClient, body: dict[str, Any], user: str, text: str) -> None:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if text and channel:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
