"""The labelled replies the classifier is fitted on and judged by, and how its figures are printed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from chatbot.incidents.classifier import cue_kind
from chatbot.incidents.head import Bands, Matrix
from chatbot.incidents.kinds import Kind
from chatbot.incidents.learning import Figures, measure, verdicts
from tests.drafting import context
from tests.labelled_replies import labelled

ROOT = Path(__file__).resolve().parent.parent
TRAINING = tuple(ROOT / "training" / "replies" / f"{name}.jsonl" for name in ("shared", "extra", "extra2", "extra3"))
# fresh 3, 4 and 5 were each the honest figure until the classifier changed after them; now they are trained on
# (fresh 5 was the honest figure for the e5-only model; MiniLM joined e5 after it, so it no longer is)
TUNED = ("tuned", "fresh 3", "fresh 4", "fresh 5")
EVALUATION = ("held out", "fresh", "fresh 2")  # never fitted on


def training_set() -> tuple[list[str], list[str], list[Kind | None]]:
    rows = [json.loads(line) for path in TRAINING for line in path.read_text(encoding="utf-8").splitlines() if line]
    pairs = [(row["text"], row["label"]) for row in rows]
    pairs += [(text, kind) for name in TUNED for kind, _, text in labelled(name)]
    return _with_cues(pairs)


def evaluation_set(names: tuple[str, ...] = EVALUATION) -> tuple[list[str], list[str], list[Kind | None]]:
    return _with_cues([(text, kind) for name in names for kind, _, text in labelled(name)])


def _with_cues(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str], list[Kind | None]]:
    ctx = context()
    return [t for t, _ in pairs], [label for _, label in pairs], [cue_kind(t, ctx) for t, _ in pairs]


def report_lines(repeats: list[Matrix], cues: list[Kind | None], labels: list[str], bands: Bands) -> list[str]:
    runs = [measure(labels, verdicts(chances, cues, bands)) for chances in repeats]
    lines = [f"bands: auto {bands.auto}, triage {bands.triage}, private {bands.private}; {len(labels)} replies, "
             f"{len(repeats)} repeats of 5-fold cross-validation (min / mean / max)"]  # fmt: skip
    lines += [describe(name, [getattr(f, name) for f in runs]) for name in ("reach", "benign_flagged", "triaged")]
    lines.append(f"leaks: {sum(f.leaks for f in runs)}")
    for kind in ("e-safety", "safeguarding", "allegation"):
        lines.append(describe(f"{kind} precision", [f.precision[kind] for f in runs]))
        lines.append(describe(f"{kind} recall", [f.recall[kind] for f in runs]))
    return lines


def describe(name: str, values: list[float]) -> str:
    return f"{name}: {spread(values)}"


def spread(values: list[float]) -> str:
    """Min / mean / max over the cross-validation's repeats."""
    return f"{min(values):.3f} / {float(np.mean(values)):.3f} / {max(values):.3f}"


def one_line(figures: Figures) -> str:
    kinds = ", ".join(f"{k} P/R {figures.precision[k]:.2f}/{figures.recall[k]:.2f}" for k in figures.recall)
    return (f"n={figures.n}: reach {figures.reach:.3f}, leaks {figures.leaks}, benign flagged "
            f"{figures.benign_flagged:.3f}, triaged {figures.triaged:.3f}; {kinds}")  # fmt: skip
