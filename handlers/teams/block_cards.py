"""Renders the Block Kit that the alert builders produce as an Adaptive Card, so both chats say the same words."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from handlers.teams.cards import Card, card, execute, text_block
from handlers.teams.markup import teams_text

NOTE_INPUT = "note"  # the resolve note travels with the Resolve button's Action.Execute
NEEDS_NOTE = ("incident-resolve",)


def card_from_blocks(blocks: list[dict[str, Any]], name_of: Callable[[str], str]) -> Card:
    body: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    for block in blocks:
        if block.get("type") == "section":
            body.append(text_block(_words(block["text"]["text"], name_of)))
        elif block.get("type") == "context":
            said = " ".join(str(e.get("text", "")) for e in block.get("elements", []))
            body.append(text_block(_words(said, name_of), isSubtle=True, size="Small"))
        elif block.get("type") == "actions":
            actions += [_action(element) for element in block.get("elements", [])]
    if any(a.get("verb") in NEEDS_NOTE for a in actions):
        body.append({"type": "Input.Text", "id": NOTE_INPUT, "isMultiline": True, "label": "What was done"})
    return card(body, actions)


def _words(mrkdwn: str, name_of: Callable[[str], str]) -> str:
    """Slack markup to Markdown first (so user content, escaped by the builders, is never read as markup)."""
    return html.unescape(teams_text(mrkdwn, name_of))


def _action(element: dict[str, Any]) -> dict[str, Any]:
    title = str((element.get("text") or {}).get("text", ""))
    if element.get("url"):
        return {"type": "Action.OpenUrl", "title": title, "url": element["url"]}
    style = {"primary": "positive", "danger": "destructive"}.get(str(element.get("style")), "default")
    return execute(title, str(element.get("action_id")), {"value": str(element.get("value", ""))}, style)
