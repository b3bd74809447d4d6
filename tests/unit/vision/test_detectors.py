"""Faces and text in 12 MP photos: counted and read at the sizes phone photos have."""

from __future__ import annotations

import pytest

from chatbot.vision import PillowInspector
from tests.photos import FRAME_FILLING, GROUP_OF_SIX, ROW_OF_EIGHT_SMALL, SINGLE, jpeg, photo, scene, with_badge


@pytest.fixture(scope="module")
def inspector() -> PillowInspector:
    return PillowInspector()


@pytest.mark.parametrize(
    ("heads", "expected"),
    [([], 0), (SINGLE, 1), (FRAME_FILLING, 1), (GROUP_OF_SIX, 6), (ROW_OF_EIGHT_SMALL, 8)],
    ids=["no-one", "one", "frame-filling", "group-of-six", "eight-small"],
)
def test_counts_every_face_and_no_more(
    inspector: PillowInspector, heads: list[tuple[int, int, int]], expected: int
) -> None:
    assert inspector.inspect("photo.jpg", jpeg(photo(heads))).faces == expected


def test_a_sideways_photo_is_counted_the_right_way_up(inspector: PillowInspector) -> None:
    sideways = photo(SINGLE).rotate(90, expand=True)  # stored on its side, displayed upright via Orientation 6
    assert inspector.inspect("photo.jpg", jpeg(sideways, orientation=6)).faces == 1


def test_reads_a_name_badge_in_a_full_photo(inspector: PillowInspector) -> None:
    result = inspector.inspect("photo.jpg", jpeg(with_badge(photo(SINGLE), "Jessica Smith")))
    assert any("Jessica Smith" in line for line in result.text_lines), result.text_lines


def test_a_photo_without_writing_reads_nothing_name_like(inspector: PillowInspector) -> None:
    result = inspector.inspect("photo.jpg", jpeg(scene()))
    assert not any(any(c.isalpha() for c in line) and len(line) > 3 for line in result.text_lines), result.text_lines
