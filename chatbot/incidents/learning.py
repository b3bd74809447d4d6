"""How the classifier learns and is judged: cross-validation, the choice of bands, and the figures that matter."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from chatbot.incidents.classifier import PRIVATE, Classification, decide
from chatbot.incidents.head import LABELS, Bands, Matrix, fit
from chatbot.incidents.joint import COLUMNS
from chatbot.incidents.kinds import KINDS, Kind

STRENGTH = 8.0  # scikit-learn's C: the best of 0.5-8 on cross-validation (weaker fits missed more concerns)
MOST_BENIGN_FLAGGED = 0.10  # the goal: at most one ordinary reply in ten reaches a person


@dataclass(frozen=True)
class Figures:
    reach: float  # safeguarding and allegation cases that reach a person privately (auto or triage)
    leaks: int  # safeguarding or allegation cases shown in the channel as e-safety
    benign_flagged: float  # ordinary replies raised or triaged
    triaged: float  # of all replies, the share sent to a person to decide
    recall: dict[str, float]  # exact kind, per kind (auto and triage's best guess)
    precision: dict[str, float]
    n: int


def measure(expected: Sequence[str], got: Sequence[Classification | None]) -> Figures:
    pairs = list(zip(expected, got, strict=True))
    serious = [c for e, c in pairs if e in PRIVATE]
    benign = [c for e, c in pairs if e == "none"]
    reached = sum(1 for c in serious if c is not None and (c.route == "triage" or c.kind in PRIVATE))
    leaks = sum(1 for c in serious if c is not None and c.route == "auto" and c.kind == "e-safety")
    recall: dict[str, float] = {}
    precision: dict[str, float] = {}
    for kind in KINDS:
        said = [e for e, c in pairs if c is not None and c.kind == kind]
        actual = [c for e, c in pairs if e == kind]
        recall[kind] = sum(1 for c in actual if c is not None and c.kind == kind) / max(len(actual), 1)
        precision[kind] = sum(1 for e in said if e == kind) / max(len(said), 1)
    return Figures(reached / max(len(serious), 1), leaks, sum(c is not None for c in benign) / max(len(benign), 1),
                   sum(1 for _, c in pairs if c is not None and c.route == "triage") / max(len(pairs), 1),
                   recall, precision, len(pairs))  # fmt: skip


def out_of_fold(x: Matrix, labels: Sequence[str], folds: int = 5, repeats: int = 3, seed: int = 7) -> list[Matrix]:
    """Each repeat's probabilities for every reply from a head that never saw it (stratified folds)."""
    rng, y = np.random.default_rng(seed), np.array([LABELS.index(label) for label in labels])
    found = []
    for _ in range(repeats):
        fold = np.empty(len(y), dtype=int)
        for label in range(len(LABELS)):
            members = rng.permutation(np.flatnonzero(y == label))
            fold[members] = np.arange(len(members)) % folds
        chances = np.zeros((len(y), len(LABELS)))
        for k in range(folds):
            head = fit(x[fold != k], [labels[int(i)] for i in np.flatnonzero(fold != k)], STRENGTH, models=COLUMNS)
            chances[fold == k] = head.probabilities(x[fold == k])
        found.append(chances)
    return found


def verdicts(chances: Matrix, cues: Sequence[Kind | None], bands: Bands) -> list[Classification | None]:
    rows = (dict(zip(LABELS, map(float, row), strict=True)) for row in chances)
    return [decide(cue, row, (), bands) for row, cue in zip(rows, cues, strict=True)]


REACH_GOAL = 0.97  # safeguarding and allegation cases reaching a person
MOST_EVER_FLAGGED = 0.25  # false alarms past this would bury the DSL: never chosen, whatever the reach


def choose_bands(repeats: list[Matrix], cues: Sequence[Kind | None], expected: Sequence[str]) -> Bands:
    """Recall first, and never a leak. The best reach within the false-alarm goal when that also meets the reach
    goal; else the fewest false alarms that meet the reach goal (a false alarm costs the DSL a minute, a missed
    disclosure is the worst failure); else the best reach. Each setting is judged on its worst repeat."""
    judged = []  # (reach, -benign flagged, -triaged, bands) of each leak-free setting
    grid = itertools.product(np.arange(0.5, 0.91, 0.05), np.arange(0.1, 0.81, 0.05), np.arange(0.1, 0.51, 0.1))
    for auto, triage, private in grid:
        bands = Bands(round(float(auto), 3), round(float(triage), 3), round(float(private), 3))
        runs = [measure(expected, verdicts(chances, cues, bands)) for chances in repeats]
        flagged = max(f.benign_flagged for f in runs)
        if not any(f.leaks for f in runs) and flagged <= MOST_EVER_FLAGGED:
            judged.append((min(f.reach for f in runs), -flagged, -max(f.triaged for f in runs), bands))
    both = [j for j in judged if j[0] >= REACH_GOAL and -j[1] <= MOST_BENIGN_FLAGGED]
    reaching = [j for j in judged if j[0] >= REACH_GOAL]
    if both:
        return max(both, key=lambda j: (j[0], j[2]))[3]
    if reaching:
        return max(reaching, key=lambda j: (j[1], j[2]))[3]
    return max(judged, key=lambda j: (j[0], j[1]))[3] if judged else Bands()
