"""The benchmark's workflow and scheduler sections, run small: they must keep working as the code moves."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "section", ["text", "workflow", "latency", "scheduler", "followers", "classifier", "teams", "names", "report"]
)
def test_the_section_runs_and_reports_its_goal(section: str) -> None:
    env = {
        **os.environ,
        "BENCH_RUNS": "1",  # the harness's median of three is table.py's, tested on its own
        "BENCH_PHOTO_DRAFTS": "1",
        "BENCH_DRAFTS": "20",
        "BENCH_APPROVALS": "10",
        "BENCH_SCHEDULED": "30",
        "BENCH_FOLLOWERS": "300",
        "BENCH_PHOTOS": "2",
        "BENCH_ORDINARY": "4",
        "BENCH_RESET_IN": "2",
        "BENCH_REPORT_DRAFTS": "60",
    }
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-m", "bench", section], capture_output=True, text=True, env=env,
                            cwd=root, timeout=300, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [line for line in result.stdout.splitlines() if line.startswith(f"| {section}")]
    assert rows and all(" nan" not in row and "nan " not in row for row in rows)
    if section == "latency":
        assert "worker pools" in result.stdout and "not published" not in result.stdout
    if section == "teams":
        assert re.search(r"\| (\d+) of \1 ", result.stdout)  # every approval handed to the publisher
    if section in ("workflow", "teams"):
        assert "four 12 MP photos" in result.stdout and " inf " not in result.stdout  # every photo draft reported
    if section == "text":
        assert "glin-profanity" in result.stdout and "pyahocorasick" in result.stdout
    if section == "scheduler":
        assert "each published once" in result.stdout
    if section == "classifier":
        assert "fresh 6 (written blind after the model was frozen" in result.stdout and "channel leaks" in result.stdout
    if section == "followers":
        assert "| 20 items, 1 page" in result.stdout and "50 alerted" in result.stdout and "100 found" in result.stdout
