"""Adaptive Card helpers, and the verbs of report cards posted before the report was the core's card."""

from __future__ import annotations

from typing import Any

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
Card = dict[str, Any]


def card(body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None) -> Card:
    content: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.5", "body": body}
    if actions:
        content["actions"] = actions
    return content


def attachment(content: Card) -> dict[str, Any]:
    return {"contentType": CARD_TYPE, "content": content}


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def execute(title: str, verb: str, data: dict[str, str], style: str = "default") -> dict[str, Any]:
    """Action.Execute: Teams answers it with an invoke the bot receives, naming who pressed it."""
    return {"type": "Action.Execute", "title": title, "verb": verb, "data": data, "style": style}


# The verbs of report cards posted before they were the core's (chatbot/approval/report_card.py), still answered
SUGGEST_VERB, SCHEDULE_VERB = "suggest", "schedule"
