"""The neighbours' vote: the nearest labelled replies decide, rare kinds are not outvoted, and it travels with the
head (a school's refitted head keeps the school's decisions)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from chatbot.incidents.head import LABELS, Head, fit
from chatbot.incidents.neighbours import NEIGHBOURS, Memory


def unit(rows: list[list[float]]) -> np.ndarray:
    x = np.array(rows, dtype=np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_the_nearest_replies_decide_the_vote() -> None:
    memory = Memory(unit([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]]), np.array([2, 2, 0, 0]))
    votes = memory.vote(unit([[1, 0.05], [0.05, 1]]), len(LABELS))
    assert votes[0].argmax() == 2 and votes[1].argmax() == 0
    assert np.allclose(votes.sum(axis=1), 1.0)


def test_many_ordinary_replies_do_not_outvote_an_equally_near_concern() -> None:
    ordinary, concern = [[1, 0.01 * i] for i in range(NEIGHBOURS - 1)], [[1, 0.0]]
    memory = Memory(unit(ordinary + concern), np.array([0] * (NEIGHBOURS - 1) + [2]))
    votes = memory.vote(unit([[1, 0.0]]), len(LABELS))
    # one concern among nine ordinary replies, all about as near: it has about as much say as all nine together
    # (counted one reply one vote, it would have a tenth)
    assert votes[0, 2] > 0.4


def test_a_head_keeps_its_replies_through_bytes() -> None:
    x = unit([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]] * 3)
    head = fit(x, ["none", "e-safety", "safeguarding", "allegation"] * 3, 8.0)
    again = Head.from_bytes(head.to_bytes())
    assert again.memory is not None and len(again.memory.labels) == 12
    assert np.abs(again.probabilities(x) - head.probabilities(x)).max() < 1e-6


def test_replies_with_a_label_it_does_not_know_are_a_damaged_head() -> None:
    out = io.BytesIO()
    np.savez(out, weights=np.zeros((4, 3), np.float32), bias=np.zeros(4, np.float32), bands=np.array([0.6, 0.3, 0.2]),
             memory_x=np.zeros((2, 3), np.float32), memory_y=np.array([0, 9], np.int8))  # fmt: skip
    with pytest.raises(ValueError, match="label"):
        Head.from_bytes(out.getvalue())
