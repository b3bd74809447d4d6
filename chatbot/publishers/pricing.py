"""What a post costs on X's pay-per-use API, so the author and approver know before it goes out."""

from __future__ import annotations

from chatbot.policy.urls import find_urls

# X's prices since February 2026: a post costs $0.015, or $0.20 when it carries a link.
PRICE_PER_POST = 0.015
PRICE_WITH_LINK = 0.20


def x_post_cost(text: str) -> float:
    return PRICE_WITH_LINK if find_urls(text) else PRICE_PER_POST
