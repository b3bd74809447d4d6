"""Runs every benchmark section (timed ones three times) and prints one table (Markdown, ready for the README)."""

from __future__ import annotations

import os
import platform
import sys
import time

from bench import (
    classifier,
    dates,
    faces,
    followers,
    images,
    latency,
    names,
    report,
    scale,
    scheduler,
    teams,
    text_checks,
    workflow,
)
from bench.table import Row, combine, render

RUNS = int(os.environ.get("BENCH_RUNS", "3"))  # each timed figure is the median of this many runs
SECTIONS = {
    "text": text_checks.run,
    "names": names.run,
    "scale": scale.run,
    "images": images.run,
    "faces": faces.run,
    "dates": dates.run,
    "workflow": workflow.run,
    "latency": latency.run,
    "scheduler": scheduler.run,
    "followers": followers.run,
    "classifier": classifier.run,
    "teams": teams.run,
    "report": report.run,
}
# Accuracy on fixed sets gives the same figure every run, and `scale` takes the median of three itself: once.
ONCE = frozenset({"names", "faces", "dates", "scale"})


def machine() -> str:
    models = (line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name"))
    cpu = next(models, "unknown CPU")
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
    )


def _cpuinfo() -> list[str]:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            return handle.read().splitlines()
    except OSError:
        return []


def main(argv: list[str]) -> int:
    chosen = argv or list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        print(f"bench: unknown section {unknown[0]!r} (sections: {', '.join(SECTIONS)})", file=sys.stderr)
        return 2
    before, started = os.getloadavg(), time.monotonic()
    rows: list[Row] = []
    for name in chosen:
        rows.extend(combine([SECTIONS[name]() for _ in range(1 if name in ONCE else RUNS)]))
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"Measured on: {machine()}; load average {before[0]:.2f} at the start, {os.getloadavg()[0]:.2f} at the end;")
    print(f"{minutes} min {seconds} s in all. Timed figures: the median of {RUNS} runs (min–max).\n")
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
