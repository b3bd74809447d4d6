"""The core's cards (chatbot/cards.py) as Block Kit: a line is a section, small print a context block, a group of
buttons an actions block named by its group; a form is a modal whose fields are input blocks."""

from __future__ import annotations

from typing import Any

from chatbot.cards import Button, Field, Form, Line, Part
from handlers.slack.block_parts import button, context, labelled, modal, section, text_input

SLACK_MAX_LENGTH = 3000  # the most a plain_text_input may be given; a longer limit is refused by Slack


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


def form_modal(form: Form, callback_id: str, prefix: str, metadata: str = "") -> dict[str, Any]:
    """The form as a modal: each field an input block `prefix` + its name, its element named by the field;
    `metadata` (what the form is about) comes back with its submission."""
    fields = [_input(field, prefix) for field in form.fields]
    return modal(callback_id, form.title, form.send, fields + ([context(form.note)] if form.note else []), metadata)


def _input(field: Field, prefix: str) -> dict[str, Any]:
    if field.kind != "choice":
        block = text_input(prefix + field.name, field.label, field.name, multiline=field.kind == "long",
                           optional=field.optional)  # fmt: skip
        block["element"]["max_length"] = min(field.limit, SLACK_MAX_LENGTH)
        if field.hint:
            block["element"]["placeholder"] = {"type": "plain_text", "text": field.hint}
        return block
    options = [{"text": {"type": "plain_text", "text": label}, "value": value} for label, value in field.choices]
    select = {"type": "static_select", "action_id": field.name, "options": options}
    return labelled(prefix + field.name, field.label, select, field.optional)
