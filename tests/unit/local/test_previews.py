"""Each network's count of a practice post, as that network counts it."""

from __future__ import annotations

from handlers.local.previews import counted


def test_links_and_emoji_count_as_each_network_counts_them() -> None:
    text = "Our newsletter is out 🎉 https://example-primary.sch.uk/news/2026/december/newsletter-issue-4"
    lengths = {c.network: c.length for c in counted(text)}
    assert lengths["X"] == len("Our newsletter is out ") + 2 + 1 + 23
    assert lengths["Mastodon"] == len("Our newsletter is out ") + 1 + 1 + 23
    assert lengths["Bluesky"] == len(text)  # the link in full, the emoji one character


def test_a_long_post_fits_mastodon_but_not_x_or_bluesky() -> None:
    fits = {c.network: c.fits for c in counted("a" * 400)}
    assert fits == {"X": False, "Mastodon": True, "Bluesky": False}
