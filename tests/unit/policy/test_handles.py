"""reply and mention: the account never replies; other @names only when they are partners."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans


@pytest.mark.parametrize("text", ["@angryparent we disagree", "  @someone thanks!", "@LocalLibrary: great visit"])
def test_a_draft_starting_with_a_handle_is_a_reply_and_blocks(text: str) -> None:
    [finding] = findings(text, "reply")
    assert finding.severity == "block"


@pytest.mark.parametrize(
    "text", ["Thanks to @LocalLibrary for a great visit", "Email office@school.sch.uk", ".@LocalLibrary was great"]
)
def test_handles_later_in_the_post_or_emails_are_not_replies(text: str) -> None:
    assert findings(text, "reply") == []


def test_mentions_warn_unless_allowed() -> None:
    text = "Excited about @dextnott and @LocalLibrary visiting us"
    assert spans(text, "mention") == ["@dextnott", "@LocalLibrary"]
    assert spans(text, "mention", allowed_mentions=["@locallibrary"]) == ["@dextnott"]
    assert {f.severity for f in findings(text, "mention")} == {"warn"}


def test_mention_profiles_differ() -> None:
    text = "Excited about @dextnott speaking to us"
    assert [f.severity for f in findings(text, "mention", profile="use-of-twitter-2018")] == ["block"]
    assert findings(text, "mention", profile="parsloes") == []
    assert findings(text, "mention", profile="dimple-well") == []
    assert [f.severity for f in findings(text, "mention", profile="mickle-trafford")] == ["warn"]


def test_email_addresses_are_not_mentions() -> None:
    assert findings("Contact office@school.sch.uk", "mention") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("A brilliant assembly from @katie_draws_dragons today", "@katie_draws_dragons"),  # Mastodon: up to 30
        (".@GatewayTheatre thank you for the pantomime!", "@GatewayTheatre"),
        ("Great to have @frometownband.bsky.social at the fair", "@frometownband.bsky.social"),  # Bluesky: a domain
        ("Thanks to @frome-fc.bsky.social for hosting", "@frome-fc.bsky.social"),  # a domain's label may hold "-"
        ("Photos by @jo@mastodon.social, thank you!", "@jo@mastodon.social"),  # Mastodon: the server too
    ],
)
def test_long_handles_and_dot_first_mentions_are_mentions(text: str, handle: str) -> None:
    assert spans(text, "mention") == [handle]


@pytest.mark.parametrize("text", ["Write to office@school.sch.uk", "Email katie.draws@school.sch.uk"])
def test_addresses_with_a_handle_like_name_are_not_mentions(text: str) -> None:
    assert findings(text, "mention") == []
