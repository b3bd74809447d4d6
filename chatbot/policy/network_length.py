"""How Mastodon and Bluesky count a post's length (X's own count is twitter-text's, in weighted_length.py)."""

from __future__ import annotations

import unicodedata

from chatbot.policy.urls import Url, find_urls

_JOINERS = {"\u200d", "\ufe0f", "\ufe0e"}
MASTODON_LINK = 23  # Mastodon counts every link as 23 characters, whatever its length


def mastodon_length(text: str) -> int:
    return len(text) - sum(link.end - link.start - MASTODON_LINK for link in _links(text))


def _links(text: str) -> list[Url]:
    """What Mastodon counts as a link: an address X would link that is written with http:// or https://."""
    return [url for url in find_urls(text) if url.with_scheme]


def graphemes(text: str) -> list[int]:
    """Where each user-perceived character starts (Bluesky's limit is 300 of these; links count in full)."""
    starts: list[int] = []
    joined = False
    for index, char in enumerate(text):
        if joined or unicodedata.combining(char) or char in _JOINERS or 0x1F3FB <= ord(char) <= 0x1F3FF:
            joined = char == "\u200d"  # a zero-width joiner glues the next character on (family emoji)
            continue
        starts.append(index)
    return starts


def bluesky_length(text: str) -> int:
    return len(graphemes(text))


def overflow(text: str, network: str, limit: int) -> int:
    """The index in `text` where the part beyond the network's limit starts."""
    if network == "Bluesky":
        starts = graphemes(text)
        return starts[limit] if len(starts) > limit else len(text)
    return _mastodon_overflow(text, limit)


def _mastodon_overflow(text: str, limit: int) -> int:
    """Counted once from the start (characters 1, a link 23): a link that does not fit is cut whole."""
    total, position = 0, 0
    for link in _links(text):
        if total + link.start - position > limit:
            break
        total += link.start - position
        if total + MASTODON_LINK > limit:
            return link.start
        total, position = total + MASTODON_LINK, link.end
    return min(len(text), position + limit - total)
