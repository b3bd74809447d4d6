"""The labelled names corpus (tests/data/names/): what the name finder and its neighbouring rules get right."""

from __future__ import annotations

import pytest

from bench.names_corpus import PROFILES, evaluate

# Measured when the corpus was last tuned on (ordinary posts blocked is at its goal, ≤ 2%; required blocks
# missed is not yet at its goal of ≤ 3%): a change that makes either worse fails here.
MISSED_AT_MOST = {"parsloes": 0.15}  # parsloes lets a forename alone through without a photo, so fewer must block


@pytest.mark.parametrize("profile", PROFILES)
def test_ordinary_posts_are_not_blocked(profile: str) -> None:
    outcome = evaluate(profile)
    assert outcome.blocked_share <= 0.02, outcome.ordinary_blocked


@pytest.mark.parametrize("profile", PROFILES)
def test_required_blocks_are_not_missed(profile: str) -> None:
    outcome = evaluate(profile)
    assert outcome.required >= 60 and outcome.missed_share <= MISSED_AT_MOST.get(profile, 0.07), outcome.missed
