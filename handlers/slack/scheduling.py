"""Choosing when a draft goes out, in Slack: "Schedule…" under the report and "Change time" on App Home open the
core's schedule form (a day and a time in the school's zone); the rules are the core's (approval/rescheduling.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.approval.draft_form import schedule_form
from chatbot.approval.events import TimeChosen
from chatbot.approval.records import chosen_time as saved_time
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import chosen_time, form_modal, time_errors
from handlers.slack.translate import pressed

FORM_MEMORY_SECONDS = 24 * 3600  # longer than any Slack retry


def build_schedule_modal(draft_id: str, chosen: datetime | None, zone: ZoneInfo) -> dict[str, Any]:
    return form_modal(schedule_form(zone, chosen), ids.SCHEDULE_MODAL, ids.SCHEDULE, draft_id)


def register(app: App, deps: SlackDeps) -> None:
    service = deps.service

    def open_form(client: WebClient, trigger: str, draft_id: str) -> None:
        stored = service.store.get(draft_id)
        chosen = saved_time(stored.record) if stored else None
        client.views_open(trigger_id=trigger, view=build_schedule_modal(draft_id, chosen, deps.zone))

    def handle_ask(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel, _, ts = pressed(body)
        if channel == deps.slack.drafts_channel:
            open_form(client, body["trigger_id"], f"slack:{channel}:{ts}")

    def handle_home(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        open_form(client, body["trigger_id"], str(body["actions"][0]["value"]))

    def handle_time(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        values, now = body["view"]["state"]["values"], datetime.now(UTC)
        if errors := time_errors(values, ids.SCHEDULE, deps.zone, now):  # said on the form, which stays open
            ack(response_action="errors", errors=errors)
            return
        ack()
        chosen = chosen_time(values, ids.SCHEDULE, deps.zone)
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
