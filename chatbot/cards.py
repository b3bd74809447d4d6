"""Cards described once, for every chat: lines of text (the project's markup) and groups of buttons naming their
actions; each chat's edge renders them in its own card format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

Style = Literal["default", "primary", "danger"]


@dataclass(frozen=True, slots=True)
class Line:
    """Text in the project's markup: *bold*, _italic_, <url|label>, <@person>, :emoji:; `subtle` for small print."""

    text: str
    subtle: bool = False


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: str  # what the edge's listeners answer to when it is pressed
    value: str
    style: Style = "default"
    url: str | None = None  # opens a page (and is still recorded as pressed where the chat allows)


@dataclass(frozen=True, slots=True)
class Buttons:
    group: str  # the buttons' group, for a chat that names groups of buttons
    buttons: tuple[Button | Ask, ...]
    note: bool = False  # the card also asks for a note typed beside the buttons (what was done)


@dataclass(frozen=True, slots=True)
class Field:
    """Something a person types or picks on the card, sent with whichever of its buttons they press."""

    name: str
    label: str
    # "pupils": roster pupils (a search where the chat has one, else full names typed with commas); "files": photos,
    # where the chat can carry them; "toggle": one box to tick, whose value is `choices[0]`'s
    kind: Literal["text", "long", "date", "time", "choice", "pupils", "files", "toggle"] = "text"
    value: str = ""  # what the field holds when the card is shown
    limit: int = 500  # characters
    choices: tuple[tuple[str, str], ...] = ()  # a choice's (label, value) pairs
    optional: bool = True  # a required field is asked for before the form can be sent, where the chat can
    hint: str = ""  # an example shown in the empty field
    zone: str = ""  # a time field's time zone (the school's): a chat that can pick one is told it
    part_of: str = ""  # the field it describes (a photo's description): left out where that field is


@dataclass(frozen=True, slots=True)
class Form:
    """A form a person fills in and sends (Slack's modal, Teams' card, the practice page's form): each edge names
    the action its Send answers to."""

    title: str
    fields: tuple[Field, ...]
    send: str  # the label of the button that sends it
    note: str = ""  # small print under the fields


@dataclass(frozen=True, slots=True)
class Ask:
    """A button that asks for a form before anything is done: a chat with forms of its own opens one when `ask` is
    pressed (Slack's modal); a chat without unfolds `form` under the button (Teams' card, the practice page), and
    sending it takes `action` for `value` with the form's fields."""

    label: str
    ask: str
    form: Form
    action: str
    value: str
    style: Style = "default"

    @property
    def key(self) -> str:
        """A name for this Ask's form, the same on every render and unlike any other Ask's on its card (which never
        repeats an action for one value): an edge that puts several forms on one card tells them apart by it."""
        return hashlib.sha256(f"{self.action}|{self.value}".encode()).hexdigest()[:16]


Part = Line | Buttons | Field
# The :emoji: names the core's sentences use, as characters, for a chat that does not draw Slack's names
EMOJI = {"scroll": "📜", "key": "🔑", "double_vertical_bar": "⏸️", "busts_in_silhouette": "👥", "arrow_forward": "▶️",
         "white_check_mark": "✅", "warning": "⚠️", "no_entry": "⛔", "x": "❌", "wastebasket": "🗑️",
         "outbox_tray": "📤", "information_source": "ℹ️", "large_orange_circle": "🟠", "large_yellow_circle": "🟡",
         "red_circle": "🔴", "grey_question": "❔", "mag": "🔍", "bell": "🔔", "camera": "📷",
         "bust_in_silhouette": "👤"}  # fmt: skip


def line(text: str) -> Line:
    return Line(text)


def small(text: str) -> Line:
    return Line(text, subtle=True)


def escape(text: str) -> str:
    """Text written by strangers must not mention @channel or forge links, in any chat."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
