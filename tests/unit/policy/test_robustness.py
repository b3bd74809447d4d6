"""Any text at all gets a verdict: no exception, every span inside the text, in bounded time."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot.policy import check
from tests.drafting import context, draft

TRICKY = st.sampled_from(
    [
        *("\u200b", "\u200d", "\u202e", "\ufe0f", "😀", "👨\u200d👩\u200d👧", "İ", "ﬁ", "ǅ", "\u0301"),
        *("@", "#", "*", "$", "1", "Josh", "Amelia", "sh1t", "http://", "www.", ".co.uk"),
        *(" ", "\n", "'", "’", "Mr ", "Well done "),
    ]
)
ANY_TEXT = st.lists(st.one_of(st.text(max_size=20), TRICKY), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from(["default", "parsloes", "mickle-trafford", "dimple-well"]))
def test_any_text_gets_a_verdict_with_spans_inside_it(text: str, profile: str) -> None:
    result = check(draft(text), context(profile))
    assert result.verdict in {"pass", "warn", "block"}
    for finding in result.findings:
        if finding.span is not None:
            start, end = finding.span
            assert 0 <= start <= end <= len(text)


def test_fifty_thousand_characters_of_mixed_text_are_checked_and_blocked() -> None:
    """How the time grows is test_linear_time's to say (by ratio, not a wall-clock limit); here, that it ends."""
    rng = random.Random(3)
    pieces = ["Year 4 ", "gr8 ", "Amelia ", "😀", "\u200b", "漢", "https://x.org/a ", "shit ", "colour ", "recieve "]
    text = "".join(rng.choice(pieces) for _ in range(12_000))[:50_000]
    result = check(draft(text), context())
    assert result.verdict == "block"  # too long, and more
    assert {"length", "offensive-language", "pupil-name", "hidden-characters"} <= {f.rule for f in result.findings}
