"""Section: names read in context — ordinary posts blocked and required blocks missed per profile, and the cost."""

from __future__ import annotations

import time
from pathlib import Path

from bench.names_corpus import CORPUS, PROFILES, context, draft, evaluate, posts
from bench.table import Row
from bench.timing import percentile

SETS = (
    ("labelled (tuned on)", ""),
    ("fresh 1 (written after the December engine; tuned on since)", "fresh_"),
    ("fresh 2 (written after e244c2b; tuned on since)", "fresh2_"),
    ("fresh 3 (written after 5901f70; tuned on since)", "fresh3_"),
    ("fresh 4 (written after c42a01f; tuned on since)", "fresh4_"),
    ("fresh 5 (written after a231f2c; tuned on since)", "fresh5_"),
    ("fresh 6 (written after d3676b8; tuned on since)", "fresh6_"),
    ("fresh 7 (written after 6e949ee; tuned on since)", "fresh7_"),
    ("fresh 8 (written after 9aff7fe; tuned on since)", "fresh8_"),
    ("fresh 9 (written after 6aff451; tuned on since)", "fresh9_"),
    ("fresh 10 (written after 86609d5; tuned on since)", "fresh10_"),
    ("fresh 11 (written after 2457695; tuned on since)", "fresh11_"),
    ("fresh 12, crowded (written after 2457695; tuned on since)", "fresh12_"),
    ("fresh 13 (written after 049cb06; tuned on since)", "fresh13_"),
    ("fresh 14, crowded (written after 049cb06; tuned on since)", "fresh14_"),
    ("fresh 15 (written after 4607908; tuned on since)", "fresh15_"),
    ("fresh 16, crowded (written after 4607908; read since)", "fresh16_"),
    ("fresh 17 (written after 969a7a1; tuned on since)", "fresh17_"),
    ("fresh 18, crowded (written after 969a7a1; tuned on since)", "fresh18_"),
    ("fresh 19 (written after 76ba9ca; tuned on since)", "fresh19_"),
    ("fresh 20, crowded (written after 76ba9ca; tuned on since)", "fresh20_"),
    ("fresh 21 (written after d3b9a67; tuned on since)", "fresh21_"),
    ("fresh 22, crowded (written after d3b9a67; tuned on since)", "fresh22_"),
    ("fresh 23 (written after fe802d3; tuned on since)", "fresh23_"),
    ("fresh 24, crowded (written after fe802d3; tuned on since)", "fresh24_"),
    ("fresh 25 (written after 0e6408f; tuned on since)", "fresh25_"),
    ("fresh 26, crowded (written after 0e6408f; tuned on since)", "fresh26_"),
    ("fresh 27 (written after 3ac9f0e, the final engine; the honest figure)", "fresh27_"),
    ("fresh 28, crowded (written after 3ac9f0e, the final engine; the honest figure)", "fresh28_"),
)


def _accuracy(label: str, prefix: str) -> list[Row]:
    if not (CORPUS / f"{prefix}ordinary.jsonl").exists():
        return []
    rows = []
    for profile in PROFILES:
        outcome = evaluate(profile, prefix=prefix)
        blocked = f"{len(outcome.ordinary_blocked)}/{outcome.ordinary} ({outcome.blocked_share:.1%})"
        missed = f"{len(outcome.missed)}/{outcome.required} ({outcome.missed_share:.1%})"
        rows.append(Row("names", f"{label}, {profile}: ordinary posts blocked", blocked, "≤ 2%"))
        rows.append(Row("names", f"{label}, {profile}: required blocks missed", missed, "≤ 3%"))
    return rows


def _latency() -> list[Row]:
    """Each post of both sets checked one at a time with the 600-pupil corpus roster, warm, as the bot runs."""
    from chatbot.policy import check

    ctx = context("default")
    texts = [p for name in ("ordinary.jsonl", "must_block.jsonl") for p in posts(name)]
    check(draft(texts[0]), ctx)
    timings = []
    for post in texts:
        start = time.perf_counter()
        check(draft(post), ctx)
        timings.append((time.perf_counter() - start) * 1000)
    data = sum(f.stat().st_size for f in (Path(__file__).parents[1] / "chatbot" / "policy" / "data").glob("*.txt"))
    return [
        Row("names", f"check p50 ({len(texts)} corpus posts, 600 pupils)", f"{percentile(timings, 50):.2f} ms"),
        Row("names", "check p99", f"{percentile(timings, 99):.2f} ms", "≤ 15 ms"),
        Row("names", "word lists and gazetteer shipped (no model loaded)", f"{data / 1024:.0f} KB", "≤ 200 MB"),
    ]


def run() -> list[Row]:
    cost = _latency()  # first, so the memory it adds is not hidden by the accuracy runs' warm caches
    return [row for label, prefix in SETS for row in _accuracy(label, prefix)] + cost


if __name__ == "__main__":
    print(Path(__file__).name, [r.value for r in run()])
