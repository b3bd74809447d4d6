"""`link`: links go to trusted sites, written in full so parents can see where they lead."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chatbot import messages
from chatbot.approval.draft import Draft
from chatbot.policy.finding import Hit
from chatbot.policy.rule import rule
from chatbot.policy.text import TextView
from chatbot.policy.urls import find_urls

if TYPE_CHECKING:
    from chatbot.policy.context import PolicyContext

SHORTENERS = frozenset(
    "bit.ly tinyurl.com t.co goo.gl ow.ly buff.ly is.gd rebrand.ly cutt.ly shorturl.at tiny.cc rb.gy "
    "lnkd.in t.ly s.id v.gd qr.ae tr.im bl.ink short.io".split()
)


@rule("link")
def check_links(draft: Draft, text: TextView, ctx: PolicyContext) -> Iterable[Hit]:
    """Shortened links always; other sites when app.yaml lists the trusted ones (policy.allowed_domains)."""
    for url in find_urls(text.norm):
        host = url.host
        span = text.span(url.start, url.end)
        if host in SHORTENERS:
            yield Hit(messages.SHORTENER.format(host=host), span, messages.SHORTENER_SUGGESTION)
        elif ctx.allowed_domains and not _allowed(host, ctx.allowed_domains):
            yield Hit(messages.UNLISTED_DOMAIN.format(host=host), span, messages.UNLISTED_SUGGESTION)


def _allowed(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)
