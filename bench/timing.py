"""What every section times with: percentiles, milliseconds per call, and how long reports took to reach a fake."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable

# How often a section asks a fake whether reports came. Not a resolution: the fake notes when each came. Asking
# often costs CPU the bot under test would otherwise have (a connection each time).
POLL = 0.1
Send = Callable[[int, list[str]], tuple[float, float]]  # (draft number, photo names) → (delivered, answered)
Timings = dict[str, tuple[list[float], list[float]]]  # kind → (answer seconds, report seconds)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def time_each(function: Callable[[str], object], texts: list[str]) -> list[float]:
    """Milliseconds per text."""
    timings = []
    for text in texts:
        start = time.perf_counter()
        function(text)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def reports_at(fake_url: str, delivered: dict[str, float], timeout: float = 120) -> list[float]:
    """Seconds from delivery to each thread's first reply at the fake (its `/_replied`: thread → perf_counter, the
    system's monotonic clock, shared with the fake's process), waiting until every thread has one."""
    deadline = time.perf_counter() + timeout
    while True:
        with urllib.request.urlopen(fake_url.rstrip("/") + "/_replied", timeout=10) as answer:
            replied: dict[str, float] = json.load(answer)
        if all(thread in replied for thread in delivered) or time.perf_counter() > deadline:
            return [replied.get(thread, float("inf")) - at for thread, at in delivered.items()]
        time.sleep(POLL)


def one_at_a_time(kinds: dict[str, list[str]], each: int, first: int, send: Send, thread: Callable[[int], str],
                  fake_url: str) -> Timings:  # fmt: skip
    """Each kind's drafts sent one at a time, as a teacher sends them, each waited for until its report came."""
    timed: Timings = {}
    n = first
    for kind, names in kinds.items():
        answers, reports = [], []
        for _ in range(each):
            delivered, answered = send(n, names)
            reports += reports_at(fake_url, {thread(n): delivered})
            answers.append(answered - delivered)
            n += 1
        timed[kind] = (answers, reports)
    return timed
