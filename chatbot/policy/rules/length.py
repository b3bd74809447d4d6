"""`length`: the post fits X's limit as X counts it (links 23, emoji and most non-Latin characters 2)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView
from chatbot.policy.weighted_length import overflow_index, weighted_length

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("length")
def check_length(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Too long for the platform; the span marks the part that does not fit."""
    length = weighted_length(text.published, ctx.length_limit)
    if length <= ctx.length_limit:
        return
    cut = overflow_index(text.published, ctx.length_limit) or 0
    span = text.published_span(cut, len(text.published))
    yield Hit(
        messages.TOO_LONG.format(length=length, limit=ctx.length_limit),
        span,
        messages.TOO_LONG_SUGGESTION.format(excess=length - ctx.length_limit),
    )
