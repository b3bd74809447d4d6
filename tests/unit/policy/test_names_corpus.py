"""The labelled names corpus (tests/data/names/): what the name finder and its neighbouring rules get right."""

from __future__ import annotations

import pytest

from bench.names_corpus import PROFILES, evaluate

# Measured when the corpus (and the first fresh set) were last tuned on: 0 ordinary posts blocked and at most
# 1 required block missed in any profile, both inside the goals (≤ 2%, ≤ 3%): a change that makes either worse
# than the goal fails here.
MISSED_AT_MOST = 0.03


@pytest.mark.parametrize("profile", PROFILES)
def test_ordinary_posts_are_not_blocked(profile: str) -> None:
    outcome = evaluate(profile)
    assert outcome.blocked_share <= 0.02, outcome.ordinary_blocked


@pytest.mark.parametrize("profile", PROFILES)
def test_required_blocks_are_not_missed(profile: str) -> None:
    outcome = evaluate(profile)
    assert outcome.required >= 60 and outcome.missed_share <= MISSED_AT_MOST, outcome.missed
