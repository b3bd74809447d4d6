"""OCR on a classroom photo: names on a badge and a display are read, wall sentences too; a cap drops the least
name-like boxes first."""

from __future__ import annotations

import pytest
from PIL import Image

from chatbot.vision import ocr
from tests.photos import LONG_LINES, classroom


@pytest.fixture(scope="module")
def room() -> Image.Image:
    return classroom(badge="Noah Okafor", star="Amelia Nowak")


def test_the_badge_a_display_naming_a_pupil_and_the_wall_sentences_are_all_read(room: Image.Image) -> None:
    result = ocr.reading(room)
    assert "Noah Okafor" in result.lines, result.lines  # the badge, below ~40 boxes of wall text
    assert "Star of the week: Amelia Nowak" in result.lines, result.lines
    assert set(LONG_LINES) <= set(result.lines), result.lines  # a sentence on a wall can name a child too
    assert result.read == result.found


def test_when_boxes_are_capped_the_badge_is_kept_and_number_cards_dropped(
    room: Image.Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detector lists boxes top down, so a cap taken in that order would drop the badge at the bottom."""
    monkeypatch.setattr(ocr, "MAX_LINES", 12)
    result = ocr.reading(room)
    assert result.read == 12 and "Noah Okafor" in result.lines, result.lines
    assert not [line for line in result.lines if line.isdigit()], result.lines
