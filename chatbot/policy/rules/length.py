"""`length`: the post fits each network's limit as that network counts it (X: links 23, emoji 2; Mastodon:
links 23; Bluesky: 300 user-perceived characters, links in full)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.network_length import bluesky_length, mastodon_length, overflow
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView
from chatbot.policy.weighted_length import overflow_index, weighted_length

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext


@rule("length")
def check_length(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Too long for a network; the span marks the part that does not fit there."""
    length = weighted_length(text.published, ctx.length_limit)
    if ctx.checks_x and length > ctx.length_limit:
        cut = overflow_index(text.published, ctx.length_limit) or 0
        yield _hit(text, cut, "X", length, ctx.length_limit)
    for network, limit in ctx.other_networks:
        counted = bluesky_length(text.published) if network == "Bluesky" else mastodon_length(text.published)
        if counted > limit:
            yield _hit(text, overflow(text.published, network, limit), network, counted, limit)


def _hit(text: TextView, cut: int, network: str, length: int, limit: int) -> Hit:
    span = text.published_span(cut, len(text.published))
    message = messages.TOO_LONG.format(length=length, limit=limit, network=network)
    return Hit(message, span, messages.too_long_fix(network, length - limit))
