"""Section: text-only checks in-process (p50/p99 per draft) and the start-up of `chatbot check`, beside a peer."""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.corpus import drafts, write_roster
from bench.table import Row

DRAFTS = 1000
STARTUP_RUNS = 7
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _time_each(function: object, texts: list[str]) -> list[float]:
    timings = []
    for text in texts:
        start = time.perf_counter()
        function(text)  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _ours(roster: Path) -> tuple[object, dict[str, int]]:
    from chatbot.approval.draft import Draft
    from chatbot.policy import check
    from chatbot.policy.context import build_context
    from chatbot.school.config_loader import load_settings

    ctx = build_context(load_settings(), roster=roster)
    verdicts: dict[str, int] = {"pass": 0, "warn": 0, "block": 0}

    def run(text: str) -> None:
        verdicts[check(Draft(text=text, submitted_at=MONDAY), ctx).verdict] += 1

    return run, verdicts


def _peer() -> object:
    from better_profanity import profanity

    profanity.load_censor_words()
    return profanity.contains_profanity


def _startup(roster: Path) -> list[float]:
    command = [
        sys.executable,
        "-m",
        "handlers.console.cli",
        "check",
        "Lovely day",
        "--roster",
        str(roster),
        "--json",
    ]  # the console script
    times = []
    for _ in range(STARTUP_RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - start)
    return times


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        roster = write_roster(Path(folder))
        texts = drafts(DRAFTS, random.Random(11))
        ours, verdicts = _ours(roster)
        ours(texts[0])  # warm, as a running bot is: the name index, the dictionary, the tone lexicon…
        first_near_limit = _time_each(ours, ["x" * 270 + " example.co.uk"])[0]  # …and twitter-text, loaded once
        verdicts.update({"pass": 0, "warn": 0, "block": 0})
        mine = _time_each(ours, texts)
        peer = _time_each(_peer(), texts)
        startup = _startup(roster)
    mix = f"{verdicts['pass']} pass / {verdicts['warn']} warn / {verdicts['block']} block"
    p50, p99 = percentile(mine, 50), percentile(mine, 99)
    peer50, peer99 = percentile(peer, 50), percentile(peer, 99)
    startup_median = f"{statistics.median(startup):.2f} s"
    return [
        Row(
            "text",
            f"check p50 ({DRAFTS:,} drafts, 2,000 pupils)",
            f"{p50:.2f} ms",
            "",
            f"{peer50:.2f} ms",
            p50 / peer50,
        ),
        Row("text", "check p99", f"{p99:.2f} ms", "≤ 5 ms", f"{peer99:.2f} ms", p99 / peer99),
        Row("text", "check max", f"{max(mine):.2f} ms", "", f"{max(peer):.2f} ms", max(mine) / max(peer)),
        Row("text", "verdicts", mix, "", "", None),
        Row("text", "first post near the limit in a process (loads twitter-text)", f"{first_near_limit:.0f} ms"),
        Row("text", f"`chatbot check` start-up, median of {STARTUP_RUNS}", startup_median, "≤ 1 s"),
        Row("text", "`chatbot check` start-up, worst", f"{max(startup):.2f} s", "≤ 1 s"),
    ]
