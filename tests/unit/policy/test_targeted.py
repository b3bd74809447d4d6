"""targeted-content: praise aimed at one child is blocked, whether or not the child is on the roster."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans

FLAGGED = [
    ("Well done Josh, a better lesson today", "Well done Josh"),
    ("Congratulations to Amelia on her certificate!", "Congratulations to Amelia"),
    ("Happy birthday Noah!", "Happy birthday Noah"),
    ("Happy 7th birthday Zainab!", "Happy 7th birthday Zainab"),  # not on the roster
    ("A huge well done to Oliver for his swimming badge.", "A huge well done to Oliver"),
    ("Good luck Freddie in the tournament!", "Good luck Freddie"),
    ("Star of the week goes to Isla!", "Star of the week goes to Isla"),
    ("Kacper, well done on your reading!", "Kacper, well done"),
    ("Thank you Amelia for helping tidy up.", "Thank you Amelia"),
]
CLEAN = [
    "Don't forget Year 3, PE kits tomorrow.",
    "Well done Year 6 on your SATs practice!",
    "Congratulations to our netball team!",
    "Well done everyone who took part.",
    "Good luck England!",
    "Happy birthday to all our September babies!",
    "Thank you Sainsbury's for the donation of fruit.",
    "Well done Robins class for a fantastic assembly.",
    "Thank you Mrs Patel for organising the trip.",
    "Well done Example Primary!",
]


@pytest.mark.parametrize(("text", "piece"), FLAGGED)
def test_flags_content_aimed_at_one_child(text: str, piece: str) -> None:
    assert spans(text, "targeted-content") == [piece]


@pytest.mark.parametrize("text", CLEAN)
def test_class_and_group_messages_pass(text: str) -> None:
    assert findings(text, "targeted-content") == []


def test_off_in_dimple_well_on_in_parsloes() -> None:
    text = "Well done Oliver, a better lesson today"
    assert findings(text, "targeted-content", profile="dimple-well") == []
    assert [f.severity for f in findings(text, "targeted-content", profile="parsloes")] == ["block"]
