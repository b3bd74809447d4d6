"""collective-voice: only where a profile asks for "We have been…" (Mickle Trafford), first person singular warns."""

from __future__ import annotations

import pytest

from tests.drafting import findings, spans


@pytest.mark.parametrize(
    ("text", "word"),
    [("I am so proud of the class", "I"), ("Thanks for my card", "my"), ("I've loved this term", "I've")],
)
def test_first_person_singular_warns_in_mickle_trafford(text: str, word: str) -> None:
    assert word in spans(text, "collective-voice", profile="mickle-trafford")
    assert {f.severity for f in findings(text, "collective-voice", profile="mickle-trafford")} == {"warn"}


@pytest.mark.parametrize(
    "text", ["We have been learning about volcanoes", "Year 4 have been busy", 'Year 2 sang "I can sing a rainbow"']
)
def test_collective_voice_passes(text: str) -> None:
    assert findings(text, "collective-voice", profile="mickle-trafford") == []


def test_off_in_other_profiles() -> None:
    assert findings("I am so proud of the class", "collective-voice", profile="default") == []
