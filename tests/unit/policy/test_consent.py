"""photo-consent: every pupil said to be pictured has consent on the roster on the day of posting."""

from __future__ import annotations

from datetime import datetime

import pytest

from chatbot.approval.draft import Draft, ImageAttachment, PicturedAnswer
from chatbot.images import ImageInspection
from chatbot.policy import check
from tests.drafting import LONDON, SCHOOL_HOURS, context


def consent_findings(*pictured: str, at: datetime = SCHOOL_HOURS, profile: str = "default") -> list[tuple[str, str]]:
    result = check(Draft("Sports day", at, pictured=pictured), context(profile))
    return [(f.severity.value, f.message) for f in result.findings if f.rule == "photo-consent"]


@pytest.mark.parametrize("name", ["Joshua Patel", "Josh Patel", "josh  patel", "Summer Jones", "Mary-Jane Whitfield"])
def test_pupils_with_consent_pass(name: str) -> None:
    assert consent_findings(name) == []


def test_no_consent_blocks() -> None:
    assert consent_findings("Amelia Nowak") == [("block", "Amelia Nowak has no photo consent on the roster.")]


def test_expired_consent_blocks_from_the_day_after_expiry() -> None:
    assert consent_findings("Noah Okafor", at=datetime(2026, 7, 31, 12, 0, tzinfo=LONDON)) == []
    [(severity, message)] = consent_findings("Noah Okafor", at=datetime(2026, 8, 1, 9, 0, tzinfo=LONDON))
    assert severity == "block" and "expired on 31 July 2026" in message


def test_a_name_not_on_the_roster_is_consent_unknown() -> None:
    [(severity, message)] = consent_findings("Zara Quinn")
    assert severity == "block" and "not on the roster" in message


def test_each_pictured_pupil_is_checked() -> None:
    assert [m for _, m in consent_findings("Josh Patel", "Amelia Nowak", "Zara Quinn")] == [
        "Amelia Nowak has no photo consent on the roster.",
        "“Zara Quinn” is not on the roster, so their photo consent is unknown.",
    ]


@pytest.mark.parametrize(
    "profile", ["default", "dimple-well", "dilton-marsh", "parsloes", "use-of-twitter-2018", "mickle-trafford"]
)
def test_blocks_in_every_profile(profile: str) -> None:
    assert [s for s, _ in consent_findings("Amelia Nowak", profile=profile)] == ["block"]


def photo_with_faces(faces: int) -> ImageAttachment:
    inspection = ImageInspection("class.jpg", width=4000, height=3000, faces=faces, sanitised=b"x")
    return ImageAttachment("class.jpg", alt_text="Children at work", inspection=inspection)


def answer_findings(faces: int, pictured: tuple[str, ...] = (), answer: PicturedAnswer | None = None) -> list[str]:
    draft = Draft("Sports day", SCHOOL_HOURS, (photo_with_faces(faces),), pictured, pictured_answer=answer)
    return [f"{f.severity.value}: {f.message}" for f in check(draft, context()).findings if f.rule == "photo-consent"]


def test_faces_with_nobody_saying_who_is_pictured_warn() -> None:
    assert answer_findings(6) == ["warn: Faces were found in the photos, and who is pictured has not been said."]
    assert Draft("x", SCHOOL_HOURS, (photo_with_faces(6),)).pictured_unanswered


@pytest.mark.parametrize(
    ("faces", "pictured", "answer"),
    [
        (0, (), None),  # no faces: nothing to ask (work, a building)
        (6, (), "nobody-identifiable"),
        (6, (), "consent-checked"),
        (6, ("Josh Patel",), None),  # named, with consent
    ],
)
def test_no_faces_or_any_answer_settles_the_question(
    faces: int, pictured: tuple[str, ...], answer: PicturedAnswer | None
) -> None:
    assert answer_findings(faces, pictured, answer) == []


def test_a_named_pupil_without_consent_still_blocks_whatever_else_is_said() -> None:
    assert answer_findings(6, ("Amelia Nowak",)) == ["block: Amelia Nowak has no photo consent on the roster."]
