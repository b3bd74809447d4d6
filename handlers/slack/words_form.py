"""The small forms holding a draft's words (editing a form's draft, suggesting an edit), as modals and read back."""

from __future__ import annotations

from typing import Any

from chatbot.approval.draft_form import TEXT
from chatbot.cards import Form
from handlers.slack import ids
from handlers.slack.neutral_cards import field_value, form_modal


def words_modal(callback_id: str, form: Form, channel: str, ts: str) -> dict[str, Any]:
    return form_modal(form, callback_id, ids.DRAFT, f"{channel} {ts}")


def words_given(body: dict[str, Any], name: str = TEXT) -> tuple[str, str, str, str]:
    """(channel, draft ts, who sent it, the words in the field `name`) from the form's submission."""
    view = body["view"]
    channel, ts = str(view["private_metadata"]).split(" ", 1)
    text = field_value(view["state"]["values"], ids.DRAFT, name).get("value") or ""
    return channel, ts, body["user"]["id"], text


def typed(record: dict[str, Any]) -> str:
    """The draft's words as its author typed them."""
    return str(record.get("typed", record.get("text", "")))
