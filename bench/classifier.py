"""Section: the incident classifier on the labelled replies — precision and recall per kind, and its speed."""

from __future__ import annotations

import time

from bench.table import Row
from bench.text_checks import percentile

KINDS = ("e-safety", "safeguarding", "allegation")
ABOUT = {
    "tuned": "the set it was tuned on",
    "held out": "held out, then tuned on once",
    "fresh": "fresh, then informed one change",
    "fresh 2": "written after the last change, never tuned on",
}


def run() -> list[Row]:
    from chatbot.incidents.classifier import classify
    from tests.drafting import context
    from tests.labelled_replies import SETS, labelled, scores

    ctx = context()
    rows, timings = [], []
    for name in SETS:
        pairs = []
        for expected, _, text in labelled(name):
            start = time.perf_counter()
            found = classify(text, ctx)
            timings.append((time.perf_counter() - start) * 1000)
            pairs.append((expected, found.kind if found else "none"))
        for kind in KINDS:
            precision, recall, support = scores(pairs, kind)
            rows.append(Row("classifier", f"{name} ({ABOUT[name]}), {kind}: precision / recall (n={support})",
                            f"{precision:.2f} / {recall:.2f}"))  # fmt: skip
        clean = [got for expected, got in pairs if expected == "none"]
        rows.append(Row("classifier", f"{name}: clean replies raised as incidents",
                        f"{sum(g != 'none' for g in clean)} of {len(clean)}", "0"))  # fmt: skip
    rows.append(Row("classifier", f"time per reply, p50 / p99 ({len(timings)} replies)",
                    f"{percentile(timings, 50):.2f} / {percentile(timings, 99):.2f} ms"))  # fmt: skip
    return rows
