"""The shipped model: the head is what the training script makes, odd input gets a verdict, damage is said."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.triage import EVALUATION, training_set
from chatbot.incidents.classifier import PRIVATE, classify
from chatbot.incidents.encoder import ModelUnavailable, installed, verify
from chatbot.incidents.reader import HEAD, shipped_head, shipped_reader
from chatbot.incidents.retraining import judge, refit_with
from chatbot.incidents.shipped import embed_texts, load_training, refit
from tests.drafting import context
from tests.labelled_replies import labelled


def test_the_shipped_head_is_what_the_training_script_fits_from_the_shipped_replies() -> None:
    shipped, head = load_training(), shipped_head()
    again = refit(shipped.training, head.bands)
    probe = shipped.evaluation.embeddings
    assert np.abs(again.probabilities(probe) - head.probabilities(probe)).max() < 1e-3


def test_the_shipped_embeddings_are_what_the_installed_model_makes() -> None:
    shipped, (texts, labels, _) = load_training(), training_set()
    assert labels == shipped.training.labels  # the file holds the replies in the training set's order
    fresh = embed_texts(texts[:: len(texts) // 8], shipped_reader().encoder)
    kept = shipped.training.embeddings[:: len(texts) // 8]
    # e5's 4-bit engine picks its kernels by the processor (AVX-512 VNNI or AVX2), so its numbers move by up to
    # ~0.002 between machines (cosine 0.9999); another model or version would be far from it. MiniLM's are numpy's.
    assert (fresh[:, :384] * kept[:, :384]).sum(axis=1).min() > 0.9995
    assert np.abs(fresh[:, 384:] - kept[:, 384:]).max() < 1e-4
    for part in (fresh[:, :384], fresh[:, 384:]):  # e5's, then MiniLM's
        assert np.allclose(np.linalg.norm(part, axis=1), 1.0, atol=1e-3)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀🎉👏" * 50, "\x00\x01binary\x00\xff\xfe" * 100, "lovely day " * 10_000, "a" * 100_000],
)
def test_odd_input_gets_a_verdict_not_a_traceback(text: str) -> None:
    found = classify(text, context(), shipped_reader())
    assert found is None or 0.0 <= found.confidence <= 1.0


def test_a_concern_deep_in_a_long_reply_is_still_read() -> None:
    long = "Lovely to see the children enjoying the sunshine. " * 60 + "i want to die, nobody would miss me"
    found = classify(long, context(), shipped_reader())
    assert found is not None and found.kind == "safeguarding"


def test_a_damaged_model_file_is_a_clear_error_naming_the_package(tmp_path: Path) -> None:
    for source in installed().iterdir():
        if source.is_file():
            (tmp_path / source.name).write_bytes(source.read_bytes())
    verify(tmp_path)  # a faithful copy passes
    model = tmp_path / "e5-small-q4.bin"
    model.write_bytes(model.read_bytes()[:-10])
    with pytest.raises(ValueError, match="damaged"):
        verify(tmp_path)


def test_a_missing_or_corrupt_head_is_a_start_up_error_not_silence(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="reinstall"):
        shipped_head(tmp_path / "head.npz")
    broken = tmp_path / "head.npz"
    broken.write_bytes(HEAD.read_bytes()[:100])
    with pytest.raises(ModelUnavailable, match=r"head\.npz"):
        shipped_head(broken)


def test_a_refit_with_the_schools_decisions_is_kept_only_if_it_reaches_as_many_concerns() -> None:
    shipped, reader = load_training(), shipped_reader()
    kind = [("the coach keeps messaging my son on snapchat late at night", "allegation")] * 3
    result = refit_with(kind, shipped, reader.head, reader.encoder)
    assert result.examples == 3 and result.before == judge(reader.head, shipped.evaluation)
    assert result.head is not None and result.after.reach >= result.before.reach
    # a school that marked concerns like the evaluation set's as nothing: the refit would miss more, so it is refused
    concerns = [text for name in EVALUATION for kind, _, text in labelled(name) if kind in PRIVATE]
    wrong = [(text, "none") for text in concerns]
    assert refit_with(wrong, shipped, reader.head, reader.encoder).head is None
