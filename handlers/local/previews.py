"""How a practice post would look on each network, counted as each network counts it (X: links 23, emoji 2;
Mastodon: links 23; Bluesky: what a reader sees as one character, links in full)."""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass

from chatbot.policy.network_length import bluesky_length, mastodon_length
from chatbot.policy.weighted_length import weighted_length
from handlers.local.network import PracticePost

NETWORKS = (("X", 280), ("Mastodon", 500), ("Bluesky", 300))


@dataclass(frozen=True)
class Counted:
    network: str
    length: int
    limit: int

    @property
    def fits(self) -> bool:
        return self.length <= self.limit


def counted(text: str) -> list[Counted]:
    lengths = {"X": weighted_length(text), "Mastodon": mastodon_length(text), "Bluesky": bluesky_length(text)}
    return [Counted(network, lengths[network], limit) for network, limit in NETWORKS]


def post_html(post: PracticePost, school: str, targets: tuple[str, ...]) -> str:
    """One panel per network, each saying whether the school's settings post there."""
    return "".join(_panel(post, school, each, each.network.lower() in targets) for each in counted(post.text))


def _panel(post: PracticePost, school: str, each: Counted, target: bool) -> str:
    photos = "".join(
        f'<img alt="{html.escape(photo.alt_text or "", quote=True)}" src="data:{photo.media_type};base64,'
        f'{base64.b64encode(photo.data).decode()}">'
        for photo in post.photos
    )
    fits = "fits" if each.fits else "too long"
    where = "the school posts here" if target else "not in the school's publishing.targets"
    state = '<p class="gone">Taken down.</p>' if post.taken_down else ""
    return (
        f'<article class="network {each.network.lower()}"><h2>{each.network}</h2>'
        f'<p class="small">{html.escape(school)} · {where}</p>{state}'
        f'<p class="post">{html.escape(post.text).replace(chr(10), "<br>")}</p><div class="photos">{photos}</div>'
        f'<p class="small count">{each.length}/{each.limit} as {each.network} counts it: {fits}</p></article>'
    )
