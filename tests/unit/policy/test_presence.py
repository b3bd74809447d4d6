"""empty and hidden-characters: a post says something, in characters people can see."""

from __future__ import annotations

import pytest

from tests.drafting import findings, report


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u200b\u200b", "\u202e"])
def test_empty_or_invisible_drafts_block(text: str) -> None:
    [finding] = findings(text, "empty")
    assert finding.severity == "block"


def test_an_image_with_no_text_is_not_empty() -> None:
    assert findings("", "empty", images=1) == []


def test_hidden_characters_warn_and_are_removed_from_what_is_published() -> None:
    text = "Great\u200b day\u202e at school"
    [finding] = findings(text, "hidden-characters")
    assert finding.severity == "warn"
    assert finding.span == (5, 11)
    assert report(text).text == "Great day at school"


def test_joiners_inside_emoji_are_kept() -> None:
    family = "Family fun day 👨\u200d👩\u200d👧"
    assert findings(family, "hidden-characters") == []
    assert report(family).text == family


def test_clean_text_has_no_presence_findings() -> None:
    assert findings("Lovely day", "empty") == [] and findings("Lovely day", "hidden-characters") == []
