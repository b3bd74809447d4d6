"""Section: the text check on realistic posts under every profile, its parts beside peers, and start-up."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench import peers
from bench.corpus import school_posts, write_roster
from bench.table import Goal, Row, measured
from bench.timing import percentile, time_each

STARTUP_RUNS = 7
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))
NEAR_LIMIT = "x" * 270 + " example.co.uk"  # near X's limit, so counted by twitter-text, loaded on first use
PROFILES = sorted(p.stem for p in (Path(__file__).parent.parent / "chatbot/policy/profiles").glob("*.yaml"))


def _checker(roster: Path, profile: str, verdicts: dict[str, int]) -> Callable[[str], object]:
    from chatbot.approval.draft import Draft
    from chatbot.policy import check
    from chatbot.policy.context import build_context
    from chatbot.school.settings import Settings

    ctx = build_context(Settings(), profile, roster)
    check(Draft(text="Warm-up: the name index, the dictionary, the tone lexicon.", submitted_at=MONDAY), ctx)
    check(Draft(text=NEAR_LIMIT, submitted_at=MONDAY), ctx)  # …and twitter-text, loaded once (`_first_near_limit`)

    def run(text: str) -> None:
        verdicts[check(Draft(text=text, submitted_at=MONDAY), ctx).verdict] += 1

    return run


def _first_near_limit() -> float:
    """A fresh process's first post near the limit: the one-off cost of loading twitter-text, in ms."""
    probe = "import time; from chatbot.policy.weighted_length import weighted_length as w; s = time.perf_counter(); "
    probe += f"w({NEAR_LIMIT!r}); print((time.perf_counter() - s) * 1000)"
    return float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)


def _startup(roster: Path) -> list[float]:
    command = [sys.executable, "-m", "handlers.console.cli", "check", "Lovely day", "--roster", str(roster), "--json"]
    times = []
    for _ in range(STARTUP_RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - start)
    return times


def _checks(roster: Path, posts: list[str]) -> list[Row]:
    verdicts = {"pass": 0, "warn": 0, "block": 0}
    per_profile = {profile: time_each(_checker(roster, profile, verdicts), posts) for profile in PROFILES}
    every = [t for timings in per_profile.values() for t in timings]
    worst = max(PROFILES, key=lambda p: percentile(per_profile[p], 99))
    scope = f"{len(posts)} realistic posts × {len(PROFILES)} profiles, 2,000 pupils"
    mix = f"{verdicts['pass']} pass / {verdicts['warn']} warn / {verdicts['block']} block"
    return [
        measured("text", f"check p50 ({scope})", percentile(every, 50), " ms", 2),
        measured("text", "check p99", percentile(every, 99), " ms", 2, goal=Goal(5, " ms")),
        measured("text", "check p99, slowest profile", percentile(per_profile[worst], 99), " ms", 2, value=worst),
        measured("text", "check max", max(every), " ms", 2),
        Row("text", "verdicts, all profiles", mix),
    ]


def _startup_rows(roster: Path) -> list[Row]:
    startup = _startup(roster)
    return [
        measured(
            "text",
            f"`chatbot check` start-up, median of {STARTUP_RUNS}",
            statistics.median(startup),
            " s",
            2,
            goal=Goal(0.5, " s"),
        ),
        measured("text", "`chatbot check` start-up, worst", max(startup), " s", 2),
        measured("text", "first post near the limit in a process (loads twitter-text)", _first_near_limit(), " ms", 0),
    ]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        roster = write_roster(Path(folder))
        posts = school_posts()
        return _checks(roster, posts) + peers.rows(roster, posts) + _startup_rows(roster)
