"""A school's refitted head from before the models changed: never used, never a crash, re-learned from the text."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import numpy as np
import pytest

from chatbot.incidents.head import LABELS, Bands, Head, fit
from chatbot.incidents.reader import Reader, school_reader, shipped_reader
from chatbot.incidents.retraining import learn

SECRET = "the coach keeps messaging my son on snapchat late at night"
NOW = datetime(2026, 12, 2, tzinfo=UTC)


def _e5_era_head() -> bytes:
    """A head as the e5-only model fitted it: 384 wide."""
    rows = np.random.default_rng(1).normal(size=(8, 384))
    return fit(rows / np.linalg.norm(rows, axis=1, keepdims=True), ["none", "allegation"] * 4, steps=5,
               bands=Bands()).to_bytes()  # fmt: skip


class KeptDecisions:
    """What learn() needs from the incident store: the decisions are kept as their text, the head as bytes."""

    def __init__(self, head: bytes, examples: list[tuple[str, str]]) -> None:
        self.head, self.kept = head, examples

    def forget_examples(self, before: datetime) -> int:
        return 0

    def examples(self) -> list[tuple[str, str]]:
        return self.kept

    def keep_head(self, npz: bytes) -> None:
        self.head = npz


def test_a_head_fitted_on_the_old_model_is_set_aside_with_a_line_that_shows_no_reply(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        reader = school_reader(_e5_era_head())
    assert reader is shipped_reader()
    assert "384 wide, not 768" in caplog.text and SECRET not in caplog.text


def test_the_next_refit_reads_the_kept_decisions_again_with_both_models() -> None:
    store = KeptDecisions(_e5_era_head(), [(SECRET, "allegation")] * 3)
    shipped = school_reader(store.head)
    reader = Reader(shipped.encoder, shipped.head)  # learn() swaps its head: the process-wide one must stay
    result = learn(store, reader, NOW)  # type: ignore[arg-type]
    assert result.head is not None and [h.weights.shape for h in result.head.models()] == [(4, 384), (4, 384)]
    assert school_reader(store.head).head.width == 768
    assert reader.head is result.head  # this process reads with it from now on


def test_a_head_per_model_is_kept_and_read_back_whole() -> None:
    rows, labels = np.random.default_rng(2).normal(size=(12, 10)), [*LABELS] * 3
    head = fit(rows, labels, steps=5, bands=Bands(0.6, 0.65, 0.1), models=(6, 4))
    again = Head.from_bytes(head.to_bytes())
    assert [h.weights.shape for h in again.models()] == [(4, 6), (4, 4)] and again.bands == head.bands
    assert np.abs(again.probabilities(rows) - head.probabilities(rows)).max() < 1e-5
    alone = [fit(rows[:, :6], labels, steps=5), fit(rows[:, 6:], labels, steps=5)]
    mean = (alone[0].probabilities(rows[:, :6]) + alone[1].probabilities(rows[:, 6:])) / 2
    assert np.abs(head.probabilities(rows) - mean).max() < 1e-12
