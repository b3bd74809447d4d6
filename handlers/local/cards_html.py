"""The core's cards (chatbot/cards.py) as HTML forms: lines of text, fields, and buttons that send the card's
fields with them; a button that opens a page is a link, and one that asks for a form unfolds it."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from chatbot.cards import Ask, Button, Buttons, Field, Form, Line, Part
from chatbot.incidents.card import NOTE as INCIDENT_NOTE
from handlers.local.markup import to_html

_OPENING_TAG = re.compile(r"<(?:input|select|textarea)\b")  # an Ask's inputs, to say which form they belong to
NOTE = INCIDENT_NOTE.name  # a card that asks what was done (an incident's) sends it under this name


def card_html(parts: Sequence[Part], name_of: Callable[[str], str], who: str) -> str:
    """One form per card: every field on it travels with whichever button is pressed. An Ask's fields and Send
    belong to a form of their own after the card (forms cannot nest), so they travel only with each other."""
    body = "".join(_part(part, name_of) for part in parts)
    if not any(isinstance(part, Buttons) for part in parts):
        return f'<div class="card">{body}</div>'
    asks = [b for part in parts if isinstance(part, Buttons) for b in part.buttons if isinstance(b, Ask)]
    return f'<form class="card" method="post" action="/press">{_as(who)}{body}</form>' + "".join(
        f'<form id="{_form_id(ask)}" method="post" action="/press">{_as(who)}</form>' for ask in asks
    )


def _as(who: str) -> str:
    return f'<input type="hidden" name="as" value="{_attr(who)}">'


def _part(part: Part, name_of: Callable[[str], str]) -> str:
    if isinstance(part, Line):
        return f'<p class="{"small" if part.subtle else "line"}">{to_html(part.text, name_of)}</p>'
    if isinstance(part, Field):
        return _field(part)
    note = _field(INCIDENT_NOTE) if part.note else ""
    return note + '<div class="buttons">' + "".join(_button(b) for b in part.buttons) + "</div>"


def form_html(form: Form, action: str, hidden: str) -> str:
    """The form as a page's form posting to `action`; `hidden` carries who is filling it in."""
    note = f'<p class="small">{html.escape(form.note)}</p>' if form.note else ""
    fields = "".join(_field(field) for field in form.fields)
    files = ' enctype="multipart/form-data"' if any(field.kind == "files" for field in form.fields) else ""
    send = f'<button type="submit" class="primary">{html.escape(form.send)}</button>'
    return (f'<form class="panel" method="post" action="{_attr(action)}"{files}><h2>{html.escape(form.title)}</h2>'
            f"{hidden}{fields}{note}{send}</form>")  # fmt: skip


def _field(field: Field) -> str:
    if field.kind == "toggle":
        label, value = field.choices[0]
        return (f'<label class="check"><input type="checkbox" name="{_attr(field.name)}" value="{_attr(value)}"> '
                f"{html.escape(label)}</label>")  # fmt: skip
    label = f'<span class="label">{html.escape(field.label)}</span>'
    return f'<label class="field">{label}{_ELEMENTS.get(field.kind, _typed)(field)}</label>'


def _extras(field: Field) -> str:
    return ("" if field.optional else " required") + (f' placeholder="{_attr(field.hint)}"' if field.hint else "")


def _choice(field: Field) -> str:
    options = "".join(f'<option value="{_attr(v)}"{" selected" if v == field.value else ""}>{html.escape(t)}</option>'
                      for t, v in field.choices)  # fmt: skip
    choose = "" if field.value else '<option value="">Choose…</option>'
    return f'<select name="{_attr(field.name)}"{_extras(field)}>{choose}{options}</select>'


def _long(field: Field) -> str:
    return (f'<textarea name="{_attr(field.name)}" maxlength="{field.limit}" rows="3"{_extras(field)}>'
            f"{html.escape(field.value)}</textarea>")  # fmt: skip


def _files(field: Field) -> str:
    return f'<input type="file" name="{_attr(field.name)}" multiple accept="{PHOTO_TYPES}">'


def _typed(field: Field) -> str:
    """A line of text, a day or a time (the browser's own pickers); pupils are typed as full names."""
    kind = field.kind if field.kind in ("date", "time") else "text"
    return (f'<input type="{kind}" name="{_attr(field.name)}" maxlength="{field.limit}" '
            f'value="{_attr(field.value)}"{_extras(field)}>')  # fmt: skip


_ELEMENTS: dict[str, Callable[[Field], str]] = {"choice": _choice, "long": _long, "files": _files}
PHOTO_TYPES = "image/jpeg,image/png,image/heic,image/webp"


def _button(button: Button | Ask) -> str:
    if isinstance(button, Ask):
        return _ask(button)
    if button.url:
        return f'<a class="button" href="{_attr(button.url)}" target="_blank" rel="noopener">{_words(button)}</a>'
    value = _attr(f"{button.action}|{button.value}")
    return f'<button type="submit" class="{button.style}" name="press" value="{value}">{_words(button)}</button>'


def _ask(ask: Ask) -> str:
    """The Ask's form unfolds under its label; its inputs name the form after the card that they are sent with."""
    owner = f' form="{_form_id(ask)}"'
    fields = _OPENING_TAG.sub(lambda tag: tag[0] + owner, "".join(_field(field) for field in ask.form.fields))
    value = _attr(f"{ask.action}|{ask.value}")
    send = f'<button type="submit" class="{ask.style}" name="press" value="{value}"{owner}>'
    return (f'<details class="ask"><summary>{html.escape(ask.label)}</summary>{fields}{send}'
            f"{html.escape(ask.form.send)}</button></details>")  # fmt: skip


def _form_id(ask: Ask) -> str:
    return "ask-" + ask.key


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _words(button: Button) -> str:
    return html.escape(button.label)
