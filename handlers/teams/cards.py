"""Adaptive Card helpers, and the inputs and verbs of the Teams edge's own forms (the report card is the core's)."""

from __future__ import annotations

from typing import Any

from chatbot.approval.draft_form import DAY, TIME

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


SUGGEST_VERB, ACCEPT_VERB, SUGGESTED = "suggest", "suggestion-accept", "suggested"
SCHEDULE_VERB = "schedule"
SCHEDULE_INPUTS = [  # the core's day and time fields (chatbot/approval/draft_form.py), read the same way
    {"type": "Input.Date", "id": DAY, "label": "Publish on (optional: else on approval, in school hours)"},
    {"type": "Input.Time", "id": TIME, "label": "at"},
]
