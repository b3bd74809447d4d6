"""`empty` and `hidden-characters`: a draft must say something, in characters a reader can see."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("empty")
def check_empty(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """A draft with no visible text and no image has nothing to publish."""
    if not text.published.strip() and not draft.has_images:
        yield Hit(messages.EMPTY)


@rule("hidden-characters")
def check_hidden_characters(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Zero-width and direction-changing characters can hide a name or a word from the check."""
    if text.hidden:
        first, last = text.hidden[0], text.hidden[-1]
        yield Hit(
            messages.HIDDEN_CHARACTERS.format(count=len(text.hidden)),
            span=(first, last + 1),
            suggestion=messages.HIDDEN_SUGGESTION,
        )
