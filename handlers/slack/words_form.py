"""A small form holding a draft's words (editing a form's draft, suggesting an edit): built and read in one place."""

from __future__ import annotations

from typing import Any

from handlers.slack import ids
from handlers.slack.block_parts import modal, text_input


def words_modal(callback_id: str, title: str, submit: str, label: str, words: str, channel: str, ts: str
                ) -> dict[str, Any]:  # fmt: skip
    field = text_input(ids.BLOCK_TEXT, label, ids.ACTION_TEXT, multiline=True)
    field["element"]["initial_value"] = words
    return modal(callback_id, title, submit, [field], f"{channel} {ts}")


def words_given(body: dict[str, Any]) -> tuple[str, str, str, str]:
    """(channel, draft ts, who sent it, the words) from the form's submission."""
    view = body["view"]
    channel, ts = str(view["private_metadata"]).split(" ", 1)
    text = view["state"]["values"][ids.BLOCK_TEXT][ids.ACTION_TEXT].get("value") or ""
    return channel, ts, body["user"]["id"], text


def typed(record: dict[str, Any]) -> str:
    """The draft's words as its author typed them."""
    return str(record.get("typed", record.get("text", "")))
