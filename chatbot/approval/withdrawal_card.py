"""The posts a pupil was named in, once their photo consent is withdrawn, as a card for every chat: each post's day
and links, with Take it down where the bot can still take it down (approvers only, recorded as consent withdrawn)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from chatbot import messages
from chatbot.approval.withdrawal import PicturedPost
from chatbot.cards import Button, Buttons, Part, line, small

TAKE_DOWN = "consent-take-down"  # its value is the draft's id
MOST = 24  # posts on one card: a post and its button each take a block, and a Slack message holds 50


def withdrawal_card(name: str, found: list[PicturedPost], zone: ZoneInfo) -> list[Part]:
    """Newest first, as found; or why there is nothing to show."""
    if not found:
        return [line(messages.CONSENT_NO_POSTS.format(name=name.strip()))]
    parts: list[Part] = [line(messages.CONSENT_POSTS_FOUND.format(name=name.strip(), count=len(found)))]
    for post in found[:MOST]:
        parts += _post(post, zone)
    return parts + ([small(f"…and {len(found) - MOST} more.")] if len(found) > MOST else [])


def _post(post: PicturedPost, zone: ZoneInfo) -> list[Part]:
    where = " ".join(post.links) or messages.CONSENT_TAKE_DOWN_BY_HAND
    said = f"Published {post.published_at.astimezone(zone):%-d %B %Y}: {where}"
    if post.ref is None:
        return [line(said + (f" ({messages.CONSENT_TAKE_DOWN_BY_HAND})" if post.links else ""))]
    return [line(said), Buttons(f"post-{post.draft_id}", (Button("Take it down", TAKE_DOWN, post.draft_id, "danger"),))]
