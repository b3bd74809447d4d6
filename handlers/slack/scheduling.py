"""Choosing when a draft goes out, in Slack: "Schedule…" under the report and "Change time" on App Home open one
small form; the rules are the core's (chatbot/approval/rescheduling.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot import messages
from chatbot.approval.events import TimeChosen
from chatbot.approval.records import chosen_time
from chatbot.approval.rescheduling import time_problem
from handlers.slack import ids
from handlers.slack.block_parts import labelled, modal, section
from handlers.slack.deps import SlackDeps
from handlers.slack.translate import pressed

FORM_MEMORY_SECONDS = 24 * 3600  # longer than any Slack retry


def build_schedule_modal(draft_id: str, chosen: datetime | None) -> dict[str, Any]:
    picker: dict[str, Any] = {"type": "datetimepicker", "action_id": ids.ACTION_SCHEDULE_AT}
    if chosen is not None:
        picker["initial_date_time"] = int(chosen.timestamp())
    blocks = [
        section(messages.SCHEDULE_HOW),
        labelled(ids.BLOCK_SCHEDULE_AT, "Publish at", picker, optional=True),
    ]
    return modal(ids.SCHEDULE_MODAL, "When it goes out", "Save", blocks, draft_id)


def picked(body: dict[str, Any]) -> datetime | None:
    """The form's time (Slack sends seconds since 1970, chosen in the person's own time zone); None: cleared."""
    values = body["view"]["state"]["values"].get(ids.BLOCK_SCHEDULE_AT, {})
    seconds = (values.get(ids.ACTION_SCHEDULE_AT) or {}).get("selected_date_time")
    return datetime.fromtimestamp(int(seconds), UTC) if seconds else None


def register(app: App, deps: SlackDeps) -> None:
    service = deps.service

    def open_form(client: WebClient, trigger: str, draft_id: str) -> None:
        stored = service.store.get(draft_id)
        chosen = chosen_time(stored.record) if stored else None
        client.views_open(trigger_id=trigger, view=build_schedule_modal(draft_id, chosen))

    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, _, ts = pressed(body)
        if channel == deps.slack.drafts_channel:
            open_form(client, body["trigger_id"], f"slack:{channel}:{ts}")

    def handle_home(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        open_form(client, body["trigger_id"], str(body["actions"][0]["value"]))

    def handle_time(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        chosen, now = picked(body), datetime.now(UTC)
        if problem := time_problem(chosen, now):  # said on the form itself, which stays open to correct
            ack(response_action="errors", errors={ids.BLOCK_SCHEDULE_AT: problem})
            return
        ack()
        stored, user, form = service.store.get(body["view"]["private_metadata"]), body["user"]["id"], body["view"]["id"]
        # once per form: a double submission or a redelivery changes nothing the second time
        if stored is None or not service.store.every(f"schedule:{form}", FORM_MEMORY_SECONDS):
            return
        event = TimeChosen(stored.ref, user, chosen, f"schedule:{form}", now)
        if refused := service.rescheduling.change(event):
            client.chat_postEphemeral(channel=stored.ref.channel, user=user, text=refused)

    app.action(ids.ACTION_SCHEDULE_ASK)(handle_ask)
    app.action(ids.ACTION_HOME_RESCHEDULE)(handle_home)
    app.view(ids.SCHEDULE_MODAL)(handle_time)
