"""What Slack refuses in a view (views.open, views.publish): the limits its API documents, so the fake refuses
them too ("invalid_arguments") instead of opening a modal Slack would never show."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

TITLE, BUTTON, BLOCKS, LABEL, PLACEHOLDER, INPUT_LENGTH, METADATA, ID = 24, 24, 100, 2000, 150, 3000, 3000, 255
OPTION_TEXT, OPTION_VALUE, FILES = 75, 150, 10
LONDON = ZoneInfo("Europe/London")
# The elements an input block may hold (Block Kit's reference); any other type is refused
INPUT_ELEMENTS = frozenset(
    "plain_text_input static_select multi_static_select external_select multi_external_select users_select "
    "multi_users_select conversations_select channels_select datepicker timepicker datetimepicker checkboxes "
    "radio_buttons file_input email_text_input url_text_input number_input rich_text_input".split()
)


def view_errors(raw: Any) -> list[str]:
    """Each broken limit, in Slack's words; none for a view Slack would accept."""
    view = json.loads(raw) if isinstance(raw, str) else raw or {}
    errors = [f"[ERROR] must be less than {limit} characters [json-pointer:/view/{key}/text]"
              for key, limit in (("title", TITLE), ("submit", BUTTON), ("close", BUTTON))
              if len(str((view.get(key) or {}).get("text", ""))) > limit]  # fmt: skip
    blocks = view.get("blocks") or []
    if len(blocks) > BLOCKS:
        errors.append(f"[ERROR] no more than {BLOCKS} items allowed [json-pointer:/view/blocks]")
    if len(str(view.get("private_metadata", ""))) > METADATA:
        errors.append(f"[ERROR] must be less than {METADATA} characters [json-pointer:/view/private_metadata]")
    for n, block in enumerate(blocks):
        errors += [f"{e} [json-pointer:/view/blocks/{n}]" for e in _block_errors(block)]
    return errors


def _block_errors(block: dict[str, Any]) -> list[str]:
    element = block.get("element") or {}
    found = []
    if len(str(block.get("block_id", ""))) > ID or len(str(element.get("action_id", ""))) > ID:
        found.append(f"[ERROR] an id must be less than {ID} characters")
    if len(str((block.get("label") or {}).get("text", ""))) > LABEL:
        found.append(f"[ERROR] a label must be less than {LABEL} characters")
    if len(str((element.get("placeholder") or {}).get("text", ""))) > PLACEHOLDER:
        found.append(f"[ERROR] a placeholder must be less than {PLACEHOLDER} characters")
    if element.get("type") == "plain_text_input" and int(element.get("max_length", 0)) > INPUT_LENGTH:
        found.append(f"[ERROR] max_length must be at most {INPUT_LENGTH}")
    return found + (_element_errors(element) if block.get("type") == "input" else [])


def _element_errors(element: dict[str, Any]) -> list[str]:
    """What Slack checks of an input's element: its type, a picker's initial value and zone, options, files."""
    kind, found = element.get("type"), []
    if kind not in INPUT_ELEMENTS:
        found.append(f"[ERROR] unknown element type {kind!r}")
    if "initial_date" in element and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(element["initial_date"])):
        found.append("[ERROR] initial_date must be YYYY-MM-DD")
    if "initial_time" in element and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(element["initial_time"])):
        found.append("[ERROR] initial_time must be HH:mm")
    if "timezone" in element and (kind != "timepicker" or element["timezone"] not in available_timezones()):
        found.append("[ERROR] timezone must be an IANA zone, on a timepicker")
    options = list(element.get("options") or []) + [o for o in [element.get("initial_option")] if o]
    if any(len(o["text"]["text"]) > OPTION_TEXT or len(o["value"]) > OPTION_VALUE for o in options):
        found.append(f"[ERROR] an option's text must be at most {OPTION_TEXT} characters, its value {OPTION_VALUE}")
    if kind == "file_input" and not 1 <= int(element.get("max_files", FILES)) <= FILES:
        found.append(f"[ERROR] max_files must be 1 to {FILES}")
    return found


def day_and_time(prefix: str, at: datetime | None, zone: ZoneInfo = LONDON) -> dict[str, Any]:
    """A form's day and time fields as Slack sends them back: a date picker's day and a time picker's time (in the
    zone the picker was given), or nulls when nothing was picked."""
    local = at.astimezone(zone) if at is not None else None
    day = {"type": "datepicker", "selected_date": f"{local:%Y-%m-%d}" if local else None}
    time = {"type": "timepicker", "selected_time": f"{local:%H:%M}" if local else None}
    return {f"{prefix}publish_on": {"publish_on": day}, f"{prefix}publish_time": {"publish_time": time}}
