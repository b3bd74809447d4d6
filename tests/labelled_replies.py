"""The labelled replies in tests/data/, read for the classifier's tests and the benchmark.

Which sets are fitted on and which judge it: bench/triage.py (TUNED, EVALUATION). fresh 5 was the honest figure
for the e5-only model and is trained on since MiniLM joined it; fresh 6, written blind after that, is the honest
figure now (reported by the benchmark, never fitted on nor asserted by a test)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
SETS = {"tuned": "replies.tsv", "held out": "replies_holdout.tsv", "fresh": "replies_fresh.tsv",
        "fresh 2": "replies_fresh2.tsv", "fresh 3": "replies_fresh3.tsv", "fresh 4": "replies_fresh4.tsv",
        "fresh 5": "replies_fresh5.tsv", "fresh 6": "replies_fresh6.tsv"}  # fmt: skip


def labelled(name: str) -> list[tuple[str, str, str]]:
    """(expected kind or "none", category, text) for each reply in one set."""
    lines = (DATA / SETS[name]).read_text(encoding="utf-8").splitlines()
    return [(kind, category, text) for kind, category, text in
            (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))]  # fmt: skip


def scores(pairs: list[tuple[str, str]], kind: str) -> tuple[float, float, int]:
    """Precision, recall and support of one kind over (expected, got) pairs."""
    chosen = sum(1 for _, got in pairs if got == kind)
    actual = sum(1 for expected, _ in pairs if expected == kind)
    right = sum(1 for expected, got in pairs if expected == got == kind)
    return (right / chosen if chosen else 1.0), (right / actual if actual else 1.0), actual
