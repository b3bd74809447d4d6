"""The Block Kit pieces every builder uses: sections, context lines, buttons, inputs and escaped text."""

from __future__ import annotations

from typing import Any

TEXT_LIMIT = 2900  # Slack's section text limit is 3,000 characters


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:TEXT_LIMIT]}}


def context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:TEXT_LIMIT]}]}


def escape(text: str) -> str:
    """Text written by strangers must not mention @channel or forge links."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def button(text: str, action_id: str, value: str, **extra: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": action_id, "value": value,
            "text": {"type": "plain_text", "text": text}, **extra}  # fmt: skip


def text_input(block_id: str, label: str, action_id: str, *, multiline: bool = False,
               optional: bool = False) -> dict[str, Any]:  # fmt: skip
    element = {"type": "plain_text_input", "action_id": action_id, "multiline": multiline}
    return labelled(block_id, label, element, optional)


def labelled(block_id: str, label: str, element: dict[str, Any], optional: bool = False) -> dict[str, Any]:
    return {"type": "input", "block_id": block_id, "label": {"type": "plain_text", "text": label},
            "element": element, "optional": optional}  # fmt: skip


def modal(
    callback_id: str, title: str, submit: str, blocks: list[dict[str, Any]], metadata: str = ""
) -> dict[str, Any]:
    return {"type": "modal", "callback_id": callback_id, "private_metadata": metadata,
            "title": {"type": "plain_text", "text": title[:24]}, "submit": {"type": "plain_text", "text": submit},
            "blocks": blocks}  # fmt: skip


def option(label: str, value: str) -> dict[str, Any]:
    """A choice in a select, checkboxes or radio buttons: Slack takes at most 75 characters of label, 150 of value."""
    return {"text": {"type": "plain_text", "text": label[:75]}, "value": value[:150]}
