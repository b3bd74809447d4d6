"""A post edited in the channel after it was published, as a card for every chat: the edit is not public; Take it
down (approvers), or check the corrected words as a new draft (its author or an approver)."""

from __future__ import annotations

from chatbot.cards import Button, Buttons, Part, line

TAKE_DOWN, CORRECTION = "published-take-down", "correction-check"  # each button's value is the draft's id


def edited_card(text: str, draft_id: str) -> list[Part]:
    buttons = (Button("Take it down", TAKE_DOWN, draft_id, "danger"),
               Button("Check the corrected words as a new draft", CORRECTION, draft_id))  # fmt: skip
    return [line(text), Buttons("published", buttons)]
