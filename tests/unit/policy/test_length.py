"""length: X's weighted count, checked against X's own twitter-text library as an oracle."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from chatbot.policy import check
from chatbot.policy.weighted_length import overflow_index, weighted_length
from tests.drafting import context, draft, findings

CASES = [
    "https://example.com/a/very/long/path/that/is/longer/than/twenty/three",
    "example.co.uk",
    "two links https://a.org and http://b.org/x",
    "😀",
    "👨\u200d👩\u200d👧",
    "👍🏽",
    "🇬🇧",
    "❤️",
    "漢字テスト",
    "é £ ’ –",
    "x" * 280,
    "x" * 281,
    "漢" * 141,
    "1️⃣ first",
    "🏳️\u200d🌈",
    "👩🏽\u200d🏫 teacher",
    "©2026 Oakfield® ™",
    "Year 6 😀😀 www.bbc.co.uk/news.",
]


@pytest.mark.parametrize("text", CASES)
def test_matches_xs_own_count(text: str) -> None:
    assert weighted_length(text) == parse_tweet(text).weightedLength


_PIECES = [*"abcdefgh XYZ.,!?'-£é0123", "😀", "👍🏽", "🇬🇧", "❤️", "漢", " https://x.org/a ", " Year 6 "]
_SCHOOL_TEXT = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_SCHOOL_TEXT)
def test_matches_xs_count_on_generated_school_text(text: str) -> None:
    assert weighted_length(text) == parse_tweet(text).weightedLength


_JUNK = [*"abXY.,-@#/:_+é0", ".ac", ".it", ".com", "www.", "http://", "..", "e.g.", "😀", "👍🏽", "漢", "\u200d"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_JUNK), min_size=1, max_size=40).map("".join), st.integers(150, 290))
def test_near_the_limit_the_count_is_xs_own_even_for_junk(junk: str, padding: int) -> None:
    text = "x" * padding + " " + junk
    expected = parse_tweet(text).weightedLength
    if abs(expected - 280) <= 30:  # the band where the verdict can turn on a few characters
        assert weighted_length(text) == expected


def test_overflow_index_marks_the_first_character_past_the_limit() -> None:
    assert overflow_index("x" * 280, 280) is None
    assert overflow_index("x" * 281, 280) == 280
    assert overflow_index("😀" * 141, 280) == 140  # each emoji is one code point here and weighs 2


def test_length_blocks_over_280_and_marks_the_excess() -> None:
    text = "A" * 275 + " extra words"
    [finding] = findings(text, "length")
    assert finding.severity == "block"
    assert finding.span == (280, len(text))
    assert findings("A" * 280, "length") == []


def test_each_network_in_publishing_targets_is_checked_as_it_counts() -> None:
    from chatbot.policy.network_length import bluesky_length, mastodon_length

    link = "https://www.example-primary.sch.uk/news/2026/11/the-whole-story-of-our-science-week-in-pictures"
    text = "Science week! " * 17 + link  # 238 characters of words and a 93-character link
    everywhere = replace(context(), other_networks=(("Mastodon", 500), ("Bluesky", 300)))
    said = [f.message for f in check(draft(text), everywhere).findings if f.rule == "length"]
    assert bluesky_length(text) == 238 + len(link) and mastodon_length(text) == 238 + 23
    assert said == [f"The post is {238 + len(link)} characters as Bluesky counts them; the limit is 300."]
    assert [f for f in check(draft(text), context()).findings if f.rule == "length"] == []  # X counts the link 23


def test_a_family_emoji_is_one_character_on_bluesky_and_mastodon_only_is_not_checked_against_x() -> None:
    from chatbot.policy.network_length import bluesky_length

    assert bluesky_length("👨\u200d👩\u200d👧 hi") == 4
    long_for_x = "Our Year 6 choir sang beautifully at the care home this afternoon. " * 5  # 335 characters
    mastodon_only = replace(context(), other_networks=(("Mastodon", 500),), checks_x=False)
    assert [f for f in check(draft(long_for_x), mastodon_only).findings if f.rule == "length"] == []
    assert [f.rule for f in check(draft(long_for_x), context()).findings if f.rule == "length"] == ["length"]


def test_the_networks_checked_come_from_publishing_targets() -> None:
    from chatbot.policy.context import build_context
    from chatbot.school.settings import Settings

    ctx = build_context(Settings(publishing={"targets": ["bluesky", "mastodon"], "mastodon_characters": 1000}))
    assert (ctx.checks_x, ctx.other_networks) == (False, (("Bluesky", 300), ("Mastodon", 1000)))
    assert build_context(Settings()).other_networks == () and build_context(Settings()).checks_x


def test_mastodon_marks_what_does_not_fit_in_one_pass() -> None:
    from chatbot.policy.network_length import overflow

    assert overflow("x" * 600, "Mastodon", 500) == 500
    assert overflow("x" * 500, "Mastodon", 500) == 500  # it fits: nothing is marked
    link = "https://www.example-primary.sch.uk/" + "a" * 60
    assert overflow("x" * 490 + " " + link, "Mastodon", 500) == 491  # the link that does not fit, whole
    assert overflow(link + " " + "y" * 600, "Mastodon", 500) == len(link) + 1 + 500 - 23 - 1


# Side by side: what X links counts 23; what only looks like a link is counted character by character, as X does.
LINKS_AND_LOOKALIKES = [
    ("https://example.com/a/very/long/path/that/is/longer/than/twenty/three", 23),
    ("www.bbc.co.uk/news", 23),
    ("term.it", 23),
    ("http://" * 7000, 49_000),  # no host: 49,000 characters, not one link
    ("http://a " * 40, 360),  # a host needs a top-level domain
    ("https://a.bcd/xyz " * 20, 360),  # …that exists
    ("http://localhost:8000/x " * 20, 480),
    ("http://1.2.3.4/ " * 20, 320),
    ("www. " * 100, 500),
    ("http://http://x.co " * 20, 620),  # the second scheme and its host are the link; the first is text
    ("xhttp://x.co $x.co #x.co " * 10, 250),  # joined to a word, a cashtag or a hashtag: not a link
]


@pytest.mark.parametrize(("text", "count"), LINKS_AND_LOOKALIKES)
def test_a_link_counts_23_and_what_only_looks_like_one_counts_its_characters(text: str, count: int) -> None:
    assert weighted_length(text) == count == parse_tweet(text).weightedLength


def test_mastodon_counts_links_written_with_a_scheme_and_nothing_that_only_looks_like_one() -> None:
    from chatbot.policy.network_length import mastodon_length

    assert mastodon_length("https://example.com/" + "a" * 100) == 23
    assert mastodon_length("Visit https://example.com/news.") == len("Visit ") + 23 + 1
    assert mastodon_length("example.com/news") == len("example.com/news")  # Mastodon wants the scheme
    assert mastodon_length("http://" * 100) == 700


_EMOJI_PIECES = [
    *"a 1#*©®❤漢é’—′ﬁ",
    *("😀", "👍🏽", "👍", "\U0001f3fb", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "🇬", "🇧"),
    *("\u2640", "\U000e0067", "🏴", "👨", "\u261d", "\u270b", "\u2b1b", "\u0301", " x.co ", " http://x.co/a "),
]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_EMOJI_PIECES), max_size=40).map("".join))
def test_the_bulk_count_is_the_unit_by_unit_count(text: str) -> None:
    from chatbot.policy.weighted_length import _estimate, _units

    assert _estimate(text) == sum(weight for _, weight in _units(text))
