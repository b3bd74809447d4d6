"""A BERT encoder's forward pass in numpy (all-MiniLM-L6-v2's six layers), mean-pooled and L2-normalised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float32]
HEADS = 12
EPSILON = 1e-12  # config.json's layer_norm_eps


@dataclass(frozen=True)
class Layer:
    """One transformer layer's weights, each (out × in) as stored: `x @ w.T` reads them without a copy."""

    qkv: tuple[Floats, Floats]  # query, key and value stacked
    attended: tuple[Floats, Floats]
    attended_norm: tuple[Floats, Floats]
    widened: tuple[Floats, Floats]
    narrowed: tuple[Floats, Floats]
    output_norm: tuple[Floats, Floats]

    def __call__(self, x: Floats, blocked: Floats) -> Floats:
        batch, length, width = x.shape
        qkv = _dense(x, self.qkv).reshape(batch, length, 3, HEADS, width // HEADS).transpose(2, 0, 3, 1, 4)
        scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2) * np.float32(1 / np.sqrt(width // HEADS)) + blocked
        weights = np.exp(scores - scores.max(-1, keepdims=True))
        weights /= weights.sum(-1, keepdims=True)
        context = (weights @ qkv[2]).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = _norm(x + _dense(context, self.attended), self.attended_norm)
        return _norm(x + _dense(_gelu(_dense(x, self.widened)), self.narrowed), self.output_norm)


@dataclass(frozen=True)
class Bert:
    words: Floats
    positions: Floats
    token_type: Floats  # every token is of type 0 (one sentence)
    embedding_norm: tuple[Floats, Floats]
    layers: tuple[Layer, ...]

    def pooled(self, ids: NDArray[np.int64], mask: NDArray[np.int64]) -> Floats:
        """One unit-length row per sequence: the mean of its tokens' last states (padding masked out)."""
        x = _norm(self.words[ids] + self.positions[: ids.shape[1]] + self.token_type, self.embedding_norm)
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for layer in self.layers:
            x = layer(x, blocked)
        kept = mask[:, :, None].astype(np.float32)
        mean = (x * kept).sum(1) / np.maximum(kept.sum(1), 1e-9)
        found: Floats = mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
        return found


def bert_from(tensors: dict[str, NDArray[Any]]) -> Bert:
    """The model from a safetensors file's tensors (Hugging Face's BertModel names)."""
    t = {name.removeprefix("bert."): np.asarray(value, dtype=np.float32) for name, value in tensors.items()}
    e = "embeddings."
    count = 1 + max(int(name.split(".")[2]) for name in t if name.startswith("encoder.layer."))
    return Bert(t[e + "word_embeddings.weight"], t[e + "position_embeddings.weight"],
                t[e + "token_type_embeddings.weight"][0], _pair(t, e + "LayerNorm"),
                tuple(_layer(t, f"encoder.layer.{i}.") for i in range(count)))  # fmt: skip


def _layer(t: dict[str, Floats], prefix: str) -> Layer:
    a = prefix + "attention."
    weights, bias = (np.concatenate([t[f"{a}self.{n}.{part}"] for n in ("query", "key", "value")])
                     for part in ("weight", "bias"))  # fmt: skip
    return Layer((weights, bias), _pair(t, a + "output.dense"), _pair(t, a + "output.LayerNorm"),
                 _pair(t, prefix + "intermediate.dense"), _pair(t, prefix + "output.dense"),
                 _pair(t, prefix + "output.LayerNorm"))  # fmt: skip


def _pair(t: dict[str, Floats], name: str) -> tuple[Floats, Floats]:
    return t[name + ".weight"], t[name + ".bias"]


def _dense(x: Floats, weights: tuple[Floats, Floats]) -> Floats:
    found: Floats = x @ weights[0].T + weights[1]
    return found


def _norm(x: Floats, scale: tuple[Floats, Floats]) -> Floats:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    found: Floats = (x - mean) / np.sqrt(variance + EPSILON) * scale[0] + scale[1]
    return found


def _gelu(x: Floats) -> Floats:
    """BERT's exact GELU, 0.5·x·(1 + erf(x/√2)), with erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7)."""
    z = np.abs(x * np.float32(0.7071067811865476))
    t = 1 / (1 + np.float32(0.3275911) * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1 - poly * np.exp(-z * z))
    found: Floats = 0.5 * x * (1 + erf)
    return found
