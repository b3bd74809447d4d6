"""Photo rules over inspection results, flagged and clean side by side, and once end to end through the inspector."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from chatbot.approval.draft import Draft, ImageAttachment
from chatbot.images import ImageInspection
from chatbot.policy import check
from tests.drafting import SCHOOL_HOURS, context
from tests.photos import GROUP_OF_SIX, SINGLE, jpeg, photo, with_badge

GROUP = ImageInspection("group.jpg", width=4000, height=3000, faces=6, sanitised=b"x", sanitised_type="image/jpeg")


def run(*inspections: ImageInspection, alts: tuple[str | None, ...] = (), profile: str = "default", **draft: Any):
    images = tuple(
        ImageAttachment(name=i.name, alt_text=alts[n] if n < len(alts) else "Children at work", inspection=i)
        for n, i in enumerate(inspections)
    )
    return check(Draft(text=draft.pop("text", "Year 3 at work"), submitted_at=SCHOOL_HOURS, images=images, **draft),
                 context(profile))  # fmt: skip


def rules(result: Any, rule: str) -> list[tuple[str, str]]:
    return [(f.severity.value, f.message) for f in result.findings if f.rule == rule]


def test_a_readable_group_photo_with_a_description_and_who_is_pictured_said_passes() -> None:
    assert run(GROUP, pictured_answer="consent-checked").verdict == "pass"


def test_unreadable_images_block_with_the_reason() -> None:
    broken = ImageInspection("photo.heic", problem="the file is incomplete (it may not have finished uploading)")
    [(severity, message)] = rules(run(GROUP, broken), "image-unreadable")
    assert severity == "block" and "Photo 2 (photo.heic)" in message and "incomplete" in message


def test_removed_metadata_is_recorded_as_info() -> None:
    with_gps = replace(GROUP, removed=("location data", "camera model"))
    result = run(with_gps, pictured_answer="nobody-identifiable")
    assert rules(result, "image-metadata") == [
        ("info", "Photo 1 (group.jpg): removed location data and camera model before publishing.")
    ]
    assert result.verdict == "pass"
    assert rules(run(GROUP), "image-metadata") == []


@pytest.mark.parametrize(("faces", "flagged"), [(0, False), (1, True), (2, False), (6, False)])
def test_exactly_one_face_is_a_single_child_photo(faces: int, flagged: bool) -> None:
    assert bool(rules(run(replace(GROUP, faces=faces)), "single-child-photo")) is flagged


def test_single_child_photo_blocks_only_in_use_of_twitter_2018() -> None:
    one = replace(GROUP, faces=1)
    assert [s for s, _ in rules(run(one, profile="use-of-twitter-2018"), "single-child-photo")] == ["block"]
    for profile in ("default", "dimple-well", "dilton-marsh", "parsloes", "mickle-trafford"):
        assert [s for s, _ in rules(run(one, profile=profile), "single-child-photo")] == ["warn"], profile


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("OAKFIELD PRIMARY", "Amelia Nowak"), "Amelia Nowak"),
        (("JOSH PATEL",), "JOSH PATEL"),
        (("Hello, I'm Noah",), "Noah"),
    ],
)
def test_roster_names_read_from_the_photo_block_in_every_profile(lines: tuple[str, ...], name: str) -> None:
    badge = replace(GROUP, text_lines=lines)
    for profile in ("default", "dimple-well", "parsloes", "use-of-twitter-2018", "mickle-trafford"):
        [(severity, message)] = rules(run(badge, profile=profile), "name-in-image")
        assert severity == "block" and f"“{name}”" in message


@pytest.mark.parametrize("lines", [("OAKFIELD PRIMARY",), ("Summer Fair 2026",), ("We hope you enjoy",), ("EXIT",)])
def test_other_writing_in_photos_passes(lines: tuple[str, ...]) -> None:
    assert rules(run(replace(GROUP, text_lines=lines)), "name-in-image") == []


def test_a_name_in_the_alt_text_is_a_name_beside_the_photo() -> None:
    [(severity, message)] = rules(run(GROUP, alts=("Amelia building a volcano",)), "name-in-image")
    assert severity == "block" and "description of Photo 1" in message
    assert rules(run(GROUP, alts=("A pupil building a volcano",)), "name-in-image") == []


def test_missing_alt_text_warns_per_photo() -> None:
    result = run(GROUP, replace(GROUP, name="two.jpg"), alts=("Children at work", "  "))
    assert rules(result, "alt-text") == [
        ("warn", "Photo 2 (two.jpg) has no description (alt text) for people who use screen readers.")
    ]


def test_pupil_name_in_the_text_blocks_in_dimple_well_only_with_a_photo() -> None:
    text = "Lovely reading from Amelia today."
    with_photo = run(GROUP, text=text, profile="dimple-well")
    assert [s for s, _ in rules(with_photo, "pupil-name")] == ["block"]


@pytest.fixture(scope="module")
def real_photos() -> dict[str, bytes]:
    return {
        "badge": jpeg(with_badge(photo(SINGLE), "Amelia Nowak"), gps=True, camera=True),
        "group": jpeg(photo(GROUP_OF_SIX)),
    }


def test_end_to_end_through_the_real_inspector(real_photos: dict[str, bytes]) -> None:
    images = (
        ImageAttachment("badge.jpg", data=real_photos["badge"], alt_text="Sports day"),
        ImageAttachment("group.jpg", data=real_photos["group"]),
    )
    result = check(Draft("Sports day was great fun!", SCHOOL_HOURS, images=images), context())
    found = {(f.rule, f.severity.value) for f in result.findings}
    assert found == {
        ("name-in-image", "block"),
        ("single-child-photo", "warn"),
        ("alt-text", "warn"),
        ("image-metadata", "info"),
        ("photo-consent", "warn"),  # faces, and nobody has said who is pictured
    }


def test_one_face_in_a_post_about_a_member_of_staff_asks_for_a_check_not_a_block() -> None:
    one = replace(GROUP, faces=1)
    staff = rules(run(one, profile="use-of-twitter-2018", text="Welcome to Mr Fox, our new Year 4 teacher!"),
                  "single-child-photo")  # fmt: skip
    assert [s for s, _ in staff] == ["warn"] and "check it is Mr Fox" in staff[0][1]
    child = rules(run(one, profile="use-of-twitter-2018", text="Mr Fox's class: Noah Okafor read beautifully."),
                  "single-child-photo")  # fmt: skip
    assert [s for s, _ in child] == ["block"]  # a pupil named too: the one face may be hers
