"""A draft sent from the form, as the bot posts it in the channel, for every chat: its words, with Edit (which asks
for the new words) and Withdraw for its author, since nobody can edit or delete a message the bot posted."""

from __future__ import annotations

from chatbot import messages
from chatbot.approval.draft_form import MAX_TEXT, TEXT
from chatbot.cards import Ask, Button, Buttons, Field, Form, Part, line

EDIT, WITHDRAW = "form-draft-edit", "form-draft-withdraw"


def edit_form(words: str) -> Form:
    return Form("Edit the draft", (Field(TEXT, "The post", "long", words, MAX_TEXT, optional=False),), "Check it")


def form_draft_card(user: str, text: str, draft: str) -> list[Part]:
    """`draft` names the draft in the buttons' values (a chat whose buttons know their message may give any)."""
    buttons = (Ask("Edit", EDIT, edit_form(text), EDIT, draft), Button("Withdraw", WITHDRAW, draft))
    return [line(messages.FORM_DRAFT_FROM.format(user=user, text=text)), Buttons("form-draft", buttons)]


def withdrawn_card() -> list[Part]:
    return [line(messages.FORM_DRAFT_WITHDRAWN)]
