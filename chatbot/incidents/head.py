"""The classifier's head: a multinomial logistic regression over sentence embeddings, blended with the vote of the
nearest labelled replies, fitted and applied with numpy."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from chatbot.incidents.neighbours import Memory

LABELS = ("none", "e-safety", "safeguarding", "allegation")
Matrix = NDArray[np.float64]
# Half the regression, half the neighbours' vote: on cross-validation this reached 0.97 of concerns with a third
# fewer ordinary replies sent to a person (0.15 against 0.23) than the regression alone, with no leak.
VOTE = 0.5


@dataclass(frozen=True)
class Bands:
    """Where the classifier's certainty ends: chosen for recall on cross-validation (scripts/train-classifier)."""

    auto: float = 0.6  # a kind at least this likely is routed by itself
    triage: float = 0.3  # a concern at least this likely goes to a person to decide
    private: float = 0.25  # safeguarding + allegation at least this likely never shows in the channel


@dataclass(frozen=True)
class Head:
    weights: Matrix  # labels × dimensions
    bias: Matrix  # labels
    bands: Bands = Bands()
    memory: Memory | None = None  # the replies it was fitted on, whose nearest ones vote

    def probabilities(self, embeddings: Matrix) -> Matrix:
        """One row per embedding, one column per label (in LABELS' order), each row summing to 1."""
        fitted = _softmax(embeddings @ self.weights.T + self.bias)
        if self.memory is None:
            return fitted
        blended: Matrix = (1 - VOTE) * fitted + VOTE * self.memory.vote(embeddings, len(LABELS))
        return blended

    def save(self, path: Path) -> None:
        path.write_bytes(self.to_bytes())

    def to_bytes(self) -> bytes:
        arrays: dict[str, NDArray[Any]] = {
            "weights": self.weights.astype(np.float32),
            "bias": self.bias.astype(np.float32),
            "bands": np.array([self.bands.auto, self.bands.triage, self.bands.private]),
        }
        if self.memory is not None:
            arrays |= {
                "memory_x": self.memory.embeddings.astype(np.float32),
                "memory_y": self.memory.labels.astype(np.int8),
            }
        out = io.BytesIO()
        np.savez(out, allow_pickle=False, **arrays)
        return out.getvalue()

    @classmethod
    def load(cls, path: Path) -> Head:
        return cls.from_bytes(path.read_bytes())  # read whole first: np.load leaks the file when it is damaged

    @classmethod
    def from_bytes(cls, npz: bytes) -> Head:
        with np.load(io.BytesIO(npz), allow_pickle=False) as data:
            weights, bias = data["weights"].astype(np.float64), data["bias"].astype(np.float64)
            bands = Bands(*(float(b) for b in data["bands"]))
            memory = _memory(data) if "memory_x" in data else None
        if weights.ndim != 2 or weights.shape[0] != len(LABELS) or bias.shape != (len(LABELS),):
            raise ValueError(f"the head has the wrong shape {weights.shape}")
        return cls(weights, bias, bands, memory)


def _memory(data: np.lib.npyio.NpzFile) -> Memory:
    embeddings, labels = data["memory_x"].astype(np.float64), data["memory_y"].astype(np.int64)
    if embeddings.ndim != 2 or labels.shape != (len(embeddings),) or labels.min(initial=0) < 0:
        raise ValueError(f"the head's replies have the wrong shape {embeddings.shape}")
    if labels.max(initial=0) >= len(LABELS):
        raise ValueError("the head's replies have a label it does not know")
    return Memory(embeddings, labels)


def fit(embeddings: Matrix, labels: list[str], strength: float = 1.0, steps: int = 600,
        bands: Bands = Bands()) -> Head:  # fmt: skip
    """Class-balanced, L2-regularised (`strength` as scikit-learn's C), by full-batch Nesterov gradient descent
    from zero: the same data always gives the same head, on any machine, with numpy alone. The replies are kept
    for the neighbours' vote."""
    x = np.asarray(embeddings, dtype=np.float64)
    y = np.zeros((len(labels), len(LABELS)))
    y[np.arange(len(labels)), [LABELS.index(label) for label in labels]] = 1.0
    counts = y.sum(axis=0)
    sample = (y @ np.where(counts > 0, len(labels) / (len(LABELS) * np.maximum(counts, 1)), 0.0))[:, None]
    w, b = np.zeros((len(LABELS), x.shape[1])), np.zeros(len(LABELS))
    vw, vb, rate = np.zeros_like(w), np.zeros_like(b), _rate(x, strength)
    for _ in range(steps):
        lw, lb = w + 0.9 * vw, b + 0.9 * vb  # look ahead
        error = (_softmax(x @ lw.T + lb) - y) * sample
        grad_w, grad_b = strength * error.T @ x + lw, strength * error.sum(axis=0)
        vw, vb = 0.9 * vw - rate * grad_w, 0.9 * vb - rate * grad_b
        w, b = w + vw, b + vb
    kept = Memory(x.astype(np.float32).astype(np.float64), np.array([LABELS.index(label) for label in labels]))
    return Head(w, b, bands, kept)


def _rate(x: Matrix, strength: float) -> float:
    """A step safely under 1/L for this loss (softmax curvature ≤ 1/2, sample weights ≤ their largest)."""
    largest = float(np.linalg.norm(x, ord=2)) ** 2
    return 1.0 / (1.0 + strength * largest * 2.0)


def _softmax(scores: Matrix) -> Matrix:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    result: Matrix = shifted / shifted.sum(axis=1, keepdims=True)
    return result
