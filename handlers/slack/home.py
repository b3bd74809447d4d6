"""App Home: each person's own view (the core's home card), published when they open it and after a Cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App
from slack_sdk import WebClient

from chatbot.governance.home import Home, home_for
from chatbot.governance.home_card import home_card
from chatbot.school.money import POUNDS, Money
from handlers.slack import ids
from handlers.slack.deps import SlackDeps
from handlers.slack.neutral_cards import blocks


def build_home(home: Home, zone: ZoneInfo, money: Money = POUNDS) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks(home_card(home, zone, money))[:100]}  # a home view holds 100 blocks


def register(app: App, deps: SlackDeps, zone: ZoneInfo) -> None:
    def publish_home(client: WebClient, user: str) -> None:
        home = home_for(user, datetime.now(UTC), deps.service, deps.incidents, deps.reminders)
        client.views_publish(user_id=user, view=build_home(home, zone, deps.money))

    def handle_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            publish_home(client, event["user"])

    def handle_cancel(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user, draft_id = body["user"]["id"], (body.get("actions") or [{}])[0].get("value", "")
        deps.service.rescheduling.cancel(draft_id, user, datetime.now(UTC))  # refused, it is still listed below
        publish_home(client, user)

    app.event("app_home_opened")(handle_home_opened)
    app.action(ids.ACTION_HOME_CANCEL)(handle_cancel)
