"""Faces in profile, mirrored, seen twice, and none at all: the Haar frontal cascade alone (before) beside
count_faces (after), on photos made from real photographs (tests/face_set.py)."""

from __future__ import annotations

import pytest
from PIL import Image

from chatbot.vision.faces import count_faces, haar_boxes, merged
from tests.face_set import Labelled, Person


def _photo(*people: Person, background: str = "grass.png") -> Image.Image:
    return Labelled("test", "tune", "test", len(people), background, people).photo()


PROFILE = _photo(Person("camera", 1600, 900, 600))
MIRRORED = _photo(Person("camera", 1600, 900, 600, mirror=True))
FRONTAL = _photo(Person("astronaut", 1500, 900, 600))


def test_a_frontal_face_is_counted_before_and_after() -> None:
    assert len(haar_boxes(FRONTAL, profiles=False)) == 1
    assert count_faces(FRONTAL) == 1


def test_a_profile_is_counted_where_the_frontal_cascade_saw_no_one() -> None:
    assert len(haar_boxes(PROFILE, profiles=False)) == 0  # before: a side view was no one
    assert count_faces(PROFILE) == 1
    assert len(merged(haar_boxes(PROFILE))) == 1  # the profile cascade alone finds it too


def test_a_profile_facing_the_other_way_is_counted() -> None:
    assert len(haar_boxes(MIRRORED, profiles=False)) == 0
    assert count_faces(MIRRORED) == 1
    assert len(merged(haar_boxes(MIRRORED))) == 1  # through the mirrored image


def test_one_face_seen_by_both_cascades_is_one_child() -> None:
    boxes = haar_boxes(FRONTAL)  # the frontal and the profile cascade both fire on this face
    assert len(boxes) == 2
    assert len(merged(boxes)) == 1  # so the single-child rule still sees exactly one face


def test_overlapping_boxes_merge_and_separate_ones_do_not() -> None:
    frontal, profile = (100, 100, 80, 80), (110, 105, 70, 70)
    assert merged([frontal, profile]) == [frontal]
    assert len(merged([frontal, (300, 100, 80, 80)])) == 2


ARTWORK_FALSE_FACE = pytest.mark.xfail(strict=True, reason="the 500 px pass for frame-filling faces finds one here")


@pytest.mark.parametrize(
    "background",
    ["gravel.png", pytest.param("artwork:1", marks=ARTWORK_FALSE_FACE), "objects:coffee.png,chelsea.png,coins.png"],
)
def test_a_scene_with_no_one_counts_no_faces(background: str) -> None:
    assert count_faces(_photo(background=background)) == 0


def test_small_faces_in_a_phone_photo_are_counted() -> None:
    row = [Person("astronaut", 600 + i * 900, 1400, 80) for i in range(3)]  # 80 px in a 4000 px photo (60 px: missed)
    photo = _photo(*row)
    assert len(haar_boxes(photo, profiles=False)) == 0  # before: too small for the 1000 px copy
    assert count_faces(photo) == 3


def test_a_face_where_the_search_tiles_overlap_is_one_child() -> None:
    middle = _photo(Person("astronaut", 1800, 1300, 400))  # 200 px across the 2000 px copy's middle: two tiles see it
    assert count_faces(middle) == 1


def test_a_face_cut_by_a_tile_edge_is_still_found() -> None:
    # the 2000 px copy's first tile ends at 1150 px: this face runs from 1100 to 1200 there
    assert count_faces(_photo(Person("astronaut", 2200, 600, 200))) == 1
