"""negative-tone: a clearly negative draft warns; ordinary or cheerful news does not."""

from __future__ import annotations

import pytest

from tests.drafting import findings

NEGATIVE = [
    "We are very disappointed and angry about the terrible behaviour at pick-up.",
    "Sadly the trip is cancelled. Awful news, we are all upset.",
    "Parents are reminded that this rude and aggressive parking is dangerous and unacceptable.",
]
NEUTRAL_OR_POSITIVE = [
    "What a wonderful harvest festival, thank you all!",
    "Year 4 have been learning about the Romans.",
    "Reminder: school closes at 1pm on Friday.",
    "The rain did not stop us having fun at sports day!",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_clearly_negative_drafts_warn(text: str) -> None:
    [finding] = findings(text, "negative-tone")
    assert finding.severity == "warn"


@pytest.mark.parametrize("text", NEUTRAL_OR_POSITIVE)
def test_neutral_and_positive_drafts_pass(text: str) -> None:
    assert findings(text, "negative-tone") == []
