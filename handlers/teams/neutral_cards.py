"""The core's cards (chatbot/cards.py) as Adaptive Cards: a line is a text block, small print a subtle one, a
button an Action.Execute (or an Action.OpenUrl when it opens a page), and a note field where the card asks one; a
form is a card of inputs whose one button sends them."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from chatbot.cards import Ask, Button, Field, Form, Line, Part
from chatbot.incidents.card import NOTE
from handlers.teams.cards import Card, card, execute, text_block
from handlers.teams.markup import teams_text
from handlers.teams.translate import ASK, OWNED

NOTE_INPUT = NOTE.name  # an incident's note travels with whichever of its buttons is pressed
FILES_ELSEWHERE = "Photos cannot travel on a card: post them in the drafts channel with the words instead."


def card_from_parts(parts: list[Part], name_of: Callable[[str], str]) -> Card:
    """Lines, fields and buttons in order, each group of buttons under what it is about (an Action.Execute sends
    all the card's inputs wherever it is)."""
    return card([block for part in parts for block in _blocks(part, name_of)])


def _blocks(part: Part, name_of: Callable[[str], str]) -> list[dict[str, Any]]:
    if isinstance(part, Line):
        return [_line(part, name_of)]
    if isinstance(part, Field):
        return [_input(part)]
    note = [_input(NOTE)] if part.note else []
    return [*note, {"type": "ActionSet", "actions": [_action(button) for button in part.buttons]}]


def form_card(form: Form, verb: str) -> Card:
    """The form as a card: its title, its inputs, its small print, and Send as an Action.Execute named `verb`. A
    card cannot carry files: a photos field says where photos go instead, and its descriptions are left out."""
    carried = [field for field in form.fields if not any(f.name == field.part_of for f in form.fields)]
    body = [text_block(f"**{form.title}**"), *(_input(field) for field in carried)]
    if form.note:
        body.append(text_block(form.note, isSubtle=True, size="Small"))
    return card(body, [execute(form.send, verb, {})])


def _input(field: Field) -> dict[str, Any]:
    if field.kind == "files":
        return text_block(FILES_ELSEWHERE, isSubtle=True, size="Small")
    if field.kind == "toggle":
        label, value = field.choices[0]
        return {"type": "Input.Toggle", "id": field.name, "title": label, "valueOn": value, "valueOff": ""}
    kind = {"text": "Input.Text", "long": "Input.Text", "date": "Input.Date", "time": "Input.Time",
            "choice": "Input.ChoiceSet", "pupils": "Input.Text"}[field.kind]  # fmt: skip
    shown: dict[str, Any] = {"type": kind, "id": field.name, "label": field.label}
    if kind == "Input.Text":
        shown |= {"isMultiline": field.kind == "long", "maxLength": field.limit}
    if field.hint:
        shown["placeholder"] = field.hint
    if field.choices and field.kind == "choice":
        shown["choices"] = [{"title": label, "value": value} for label, value in field.choices]
    shown |= {} if field.optional else {"isRequired": True}
    # no longer than the field holds: a pasted essay's 60,000 characters in "Suggest an edit" made the report card
    # over Teams' 100 KB for a message, which it refuses (413), so nobody saw the report
    return shown | ({"value": field.value[: field.limit]} if field.value else {})


def _line(part: Line, name_of: Callable[[str], str]) -> dict[str, Any]:
    """The project's markup to Teams' Markdown first (so user content, escaped by the core, is never markup); a line
    break is a paragraph's, which every Teams client draws (a single one some join)."""
    words = html.unescape(teams_text(part.text, name_of)).replace("\n", "\n\n")
    return text_block(words, isSubtle=True, size="Small") if part.subtle else text_block(words)


def _action(button: Button | Ask) -> dict[str, Any]:
    if isinstance(button, Ask):
        return _unfolded(button)
    if button.url:
        return {"type": "Action.OpenUrl", "title": button.label, "url": button.url}
    return execute(button.label, button.action, {"value": button.value}, _STYLES.get(button.style, "default"))


def _unfolded(ask: Ask) -> dict[str, Any]:
    """An Ask as Action.ShowCard: its form opens under the button, and its Send takes the action for the value. An
    input's id must be unique on the whole card (two "Change time" forms would repeat one), so each is named after
    its Ask; Send says which Ask it is, and translate.action_data gives the fields their own names back."""
    data = {"value": ask.value, ASK: ask.key}
    send = execute(ask.form.send, ask.action, data, _STYLES.get(ask.style, "default"))
    inputs = [_input(field) | _owned(field, ask) for field in ask.form.fields]
    return {"type": "Action.ShowCard", "title": ask.label, "card": card(inputs, [send])}


def _owned(field: Field, ask: Ask) -> dict[str, str]:
    return {} if field.kind == "files" else {"id": f"{ask.key}{OWNED}{field.name}"}


_STYLES = {"primary": "positive", "danger": "destructive"}
