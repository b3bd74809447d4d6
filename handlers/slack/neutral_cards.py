"""The core's cards (chatbot/cards.py) as Block Kit: a line is a section, small print a context block, a group of
buttons an actions block named by its group."""

from __future__ import annotations

from typing import Any

from chatbot.cards import Button, Line, Part
from handlers.slack.block_parts import button, context, section


def blocks(parts: list[Part]) -> list[dict[str, Any]]:
    return [_block(part) for part in parts]


def _block(part: Part) -> dict[str, Any]:
    if isinstance(part, Line):
        return context(part.text) if part.subtle else section(part.text)
    return {"type": "actions", "block_id": part.group, "elements": [_button(b) for b in part.buttons]}


def _button(b: Button) -> dict[str, Any]:
    extra: dict[str, Any] = {"style": b.style} if b.style != "default" else {}
    if b.url:
        extra["url"] = b.url
    return button(b.label, b.action, b.value, **extra)
