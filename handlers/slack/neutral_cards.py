"""The core's cards (chatbot/cards.py) as Block Kit: a line is a section, small print a context block, a group of
buttons an actions block named by its group; a form is a modal whose fields are input blocks, each in the element
Slack has for it (a date picker, a roster search, a file input…)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.draft_form import DAY, TIME, typed_time
from chatbot.approval.rescheduling import time_problem
from chatbot.cards import Ask, Button, Field, Form, Line, Part
from handlers.slack.block_parts import button, context, labelled, modal, option, section

SLACK_MAX_LENGTH = 3000  # the most a plain_text_input may be given; a longer limit is refused by Slack
PHOTO_TYPES = ("jpg", "jpeg", "png", "heic", "webp")


def blocks(parts: list[Part]) -> list[dict[str, Any]]:
    return [_block(part) for part in parts]


def _block(part: Part) -> dict[str, Any]:
    if isinstance(part, Line):
        return context(part.text) if part.subtle else section(part.text)
    if isinstance(part, Field):  # a message has no inputs a button sends: Slack asks in a modal (an Ask)
        raise TypeError(f"a Slack message cannot carry the field {part.name!r}")
    return {"type": "actions", "block_id": part.group, "elements": [_button(b) for b in part.buttons]}


def _button(b: Button | Ask) -> dict[str, Any]:
    """An Ask is a button whose listener opens its form as a modal (Slack needs the press's trigger to open one)."""
    if isinstance(b, Ask):
        return button(b.label, b.ask, b.value, **({"style": b.style} if b.style != "default" else {}))
    extra: dict[str, Any] = {"style": b.style} if b.style != "default" else {}
    if b.url:
        extra["url"] = b.url
    return button(b.label, b.action, b.value, **extra)


def form_modal(form: Form, callback_id: str, prefix: str, metadata: str = "") -> dict[str, Any]:
    """The form as a modal: each field an input block `prefix` + its name, its element named by the field;
    `metadata` (what the form is about) comes back with its submission."""
    fields = [_input(field, prefix) for field in form.fields]
    return modal(callback_id, form.title, form.send, fields + ([context(form.note)] if form.note else []), metadata)


def field_value(values: dict[str, Any], prefix: str, name: str) -> dict[str, Any]:
    """What Slack sent for one of a form's fields (its element's state), or {}."""
    return (values.get(prefix + name) or {}).get(name) or {}


def chosen_time(values: dict[str, Any], prefix: str, zone: ZoneInfo) -> datetime | None:
    """The form's day and time, read in the school's zone; None when both are empty.

    Raises ValueError when only one is given."""
    day = field_value(values, prefix, DAY).get("selected_date") or ""
    return typed_time(day, field_value(values, prefix, TIME).get("selected_time") or "", zone)


def time_errors(values: dict[str, Any], prefix: str, zone: ZoneInfo, now: datetime) -> dict[str, str]:
    """What to say on the form, beside its day, when its time cannot be used (the form stays open to correct)."""
    try:
        problem = time_problem(chosen_time(values, prefix, zone), now)
    except ValueError:
        problem = messages.TIME_UNREADABLE
    return {prefix + DAY: problem} if problem else {}


def _input(field: Field, prefix: str) -> dict[str, Any]:
    element = _ELEMENTS[field.kind](field)
    block = labelled(prefix + field.name, field.label, {"action_id": field.name, **element}, field.optional)
    if field.hint and field.kind in ("text", "long"):
        block["element"]["placeholder"] = {"type": "plain_text", "text": field.hint}
    return block


def _typed(field: Field) -> dict[str, Any]:
    element = {"type": "plain_text_input", "multiline": field.kind == "long",
               "max_length": min(field.limit, SLACK_MAX_LENGTH)}  # fmt: skip
    return element | ({"initial_value": field.value} if field.value else {})


def _choice(field: Field) -> dict[str, Any]:
    options = [option(label, value) for label, value in field.choices]
    chosen = [o for o in options if o["value"] == field.value]
    return {"type": "static_select", "options": options} | ({"initial_option": chosen[0]} if chosen else {})


def _day(field: Field) -> dict[str, Any]:
    return {"type": "datepicker"} | ({"initial_date": field.value} if field.value else {})


def _time(field: Field) -> dict[str, Any]:
    """Read in the school's zone, whoever picks it (Slack would otherwise take the picker's own zone)."""
    element = {"type": "timepicker"} | ({"initial_time": field.value} if field.value else {})
    return element | ({"timezone": field.zone} if field.zone else {})


def _pupils(field: Field) -> dict[str, Any]:
    """A search of the roster as the person types (the options listener answers for the field's name)."""
    return {"type": "multi_external_select", "min_query_length": 2}


def _files(field: Field) -> dict[str, Any]:
    return {"type": "file_input", "max_files": field.limit, "filetypes": list(PHOTO_TYPES)}


def _toggle(field: Field) -> dict[str, Any]:
    return {"type": "checkboxes", "options": [option(label, value) for label, value in field.choices[:1]]}


_ELEMENTS: dict[str, Callable[[Field], dict[str, Any]]] = {
    "text": _typed, "long": _typed, "choice": _choice, "date": _day, "time": _time, "pupils": _pupils,
    "files": _files, "toggle": _toggle,
}  # fmt: skip
