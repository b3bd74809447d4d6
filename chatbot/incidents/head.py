"""The classifier's head: a multinomial logistic regression over sentence embeddings, blended with the vote of the
nearest labelled replies, fitted and applied with numpy; one per model, their chances averaged."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
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
    beside: Head | None = None  # the next model's head, reading the columns after this one's: all are averaged

    @property
    def width(self) -> int:
        """The embedding columns it reads (every model's)."""
        return int(self.weights.shape[1]) + (self.beside.width if self.beside else 0)

    def probabilities(self, embeddings: Matrix) -> Matrix:
        """One row per embedding, one column per label (in LABELS' order), each row summing to 1."""
        if embeddings.shape[1] != self.width:
            raise ValueError(f"the head reads {self.width} columns, not {embeddings.shape[1]}")
        found, start = [], 0
        for head in self.models():
            found.append(head._own(embeddings[:, start : start + head.weights.shape[1]]))
            start += head.weights.shape[1]
        mean: Matrix = np.mean(found, axis=0)
        return mean

    def _own(self, embeddings: Matrix) -> Matrix:
        fitted = _softmax(embeddings @ self.weights.T + self.bias)
        if self.memory is None:
            return fitted
        blended: Matrix = (1 - VOTE) * fitted + VOTE * self.memory.vote(embeddings, len(LABELS))
        return blended

    def save(self, path: Path) -> None:
        path.write_bytes(self.to_bytes())

    def to_bytes(self) -> bytes:
        arrays = {"bands": np.array([self.bands.auto, self.bands.triage, self.bands.private])}
        for model, head in enumerate(self.models()):
            arrays |= {_named(model, name): array for name, array in head._arrays().items()}
        out = io.BytesIO()
        np.savez(out, allow_pickle=False, **arrays)
        return out.getvalue()

    def models(self) -> list[Head]:
        """This model's head, then those beside it."""
        return [self, *(self.beside.models() if self.beside else [])]

    def _arrays(self) -> dict[str, NDArray[Any]]:
        arrays: dict[str, NDArray[Any]] = {"weights": self.weights.astype(np.float32)}
        arrays["bias"] = self.bias.astype(np.float32)
        if self.memory is not None:
            arrays |= {"memory_x": self.memory.embeddings.astype(np.float32),
                       "memory_y": self.memory.labels.astype(np.int8)}  # fmt: skip
        return arrays

    @classmethod
    def load(cls, path: Path) -> Head:
        return cls.from_bytes(path.read_bytes())  # read whole first: np.load leaks the file when it is damaged

    @classmethod
    def from_bytes(cls, npz: bytes) -> Head:
        with np.load(io.BytesIO(npz), allow_pickle=False) as data:
            bands = Bands(*(float(b) for b in data["bands"]))
            heads = [_head(data, m, bands) for m in range(_MOST_MODELS) if _named(m, "weights") in data]
        head = None
        for part in reversed(heads):
            head = replace(part, beside=head)
        if head is None:
            raise ValueError("the head has no weights")
        return head


_MOST_MODELS = 4  # more in a file is not read


def _named(model: int, name: str) -> str:
    """The first model's arrays keep their names from before there were two (a refitted head kept in Redis)."""
    return name if model == 0 else f"beside{model}_{name}"


def _head(data: np.lib.npyio.NpzFile, model: int, bands: Bands) -> Head:
    weights, bias = data[_named(model, "weights")].astype(np.float64), data[_named(model, "bias")].astype(np.float64)
    if weights.ndim != 2 or weights.shape[0] != len(LABELS) or bias.shape != (len(LABELS),):
        raise ValueError(f"the head has the wrong shape {weights.shape}")
    memory = _memory(data, model) if _named(model, "memory_x") in data else None
    return Head(weights, bias, bands, memory)


def _memory(data: np.lib.npyio.NpzFile, model: int) -> Memory:
    embeddings = data[_named(model, "memory_x")].astype(np.float64)
    labels = data[_named(model, "memory_y")].astype(np.int64)
    if embeddings.ndim != 2 or labels.shape != (len(embeddings),) or labels.min(initial=0) < 0:
        raise ValueError(f"the head's replies have the wrong shape {embeddings.shape}")
    if labels.max(initial=0) >= len(LABELS):
        raise ValueError("the head's replies have a label it does not know")
    return Memory(embeddings, labels)


def fit(embeddings: Matrix, labels: list[str], strength: float = 1.0, steps: int = 600, bands: Bands = Bands(),
        models: tuple[int, ...] = ()) -> Head:  # fmt: skip
    """`models`: the columns each model's embedding takes in a row, when there are several: a head for each."""
    if len(models) > 1:
        first = fit(embeddings[:, : models[0]], labels, strength, steps, bands)
        return replace(first, beside=fit(embeddings[:, models[0] :], labels, strength, steps, bands, models[1:]))
    return _fit(embeddings, labels, strength, steps, bands)


def _fit(embeddings: Matrix, labels: list[str], strength: float, steps: int, bands: Bands) -> Head:
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
