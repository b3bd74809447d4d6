"""The classifier's shipped data: the head, and the embedded labelled replies it was fitted on and judged by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from chatbot.incidents.encoder import Encoder
from chatbot.incidents.head import Bands, Head, Matrix, fit
from chatbot.incidents.joint import COLUMNS, JointEncoder
from chatbot.incidents.kinds import Kind
from chatbot.incidents.learning import STRENGTH
from chatbot.incidents.reader import HEAD
from chatbot.policy.text import TextView

TRAINING = HEAD.parent / "training.npz"
BATCH = 32


@dataclass(frozen=True)
class Labelled:
    embeddings: Matrix
    labels: list[str]
    cues: list[Kind | None]


@dataclass(frozen=True)
class Shipped:
    training: Labelled
    evaluation: Labelled  # replies never fitted on: a refit must not reach fewer of their concerns


def embed_texts(texts: Sequence[str], encoder: Encoder | None = None) -> Matrix:
    """As the classifier reads a reply: its normalised text (invisible characters gone), by both models."""
    model = encoder or JointEncoder()
    clean = [TextView(text).norm for text in texts]
    found = np.vstack([model.embed(clean[i : i + BATCH]) for i in range(0, len(clean), BATCH)])
    return found.astype(np.float32).astype(np.float64)  # as stored: a refit from the file gives the same head


def refit(training: Labelled, bands: Bands) -> Head:
    return fit(training.embeddings, training.labels, STRENGTH, bands=bands, models=COLUMNS)


def save_training(shipped: Shipped, bands: Bands, folder: Path = HEAD.parent) -> Head:
    head = refit(shipped.training, bands)
    head.save(folder / HEAD.name)
    arrays = {**_arrays("training", shipped.training), **_arrays("evaluation", shipped.evaluation)}
    with (folder / TRAINING.name).open("wb") as out:
        np.savez_compressed(out, allow_pickle=False, **arrays)
    return head


def load_training(path: Path = TRAINING) -> Shipped:
    with np.load(path) as data:
        return Shipped(*(_labelled(data, part) for part in ("training", "evaluation")))


def _arrays(part: str, labelled: Labelled) -> dict[str, NDArray[Any]]:
    return {f"{part}_x": labelled.embeddings.astype(np.float32), f"{part}_labels": np.array(labelled.labels),
            f"{part}_cues": np.array([cue or "" for cue in labelled.cues])}  # fmt: skip


def _labelled(data: np.lib.npyio.NpzFile, part: str) -> Labelled:
    cues: list[Kind | None] = [str(cue) or None for cue in data[f"{part}_cues"]]  # type: ignore[misc]
    return Labelled(data[f"{part}_x"].astype(np.float64), [str(x) for x in data[f"{part}_labels"]], cues)
