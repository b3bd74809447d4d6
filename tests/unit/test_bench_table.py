"""The benchmark's table: each measurement the median of its runs with min and max, its goal judged on the median."""

from __future__ import annotations

import pytest

from bench.table import Goal, Row, combine, measured, render


def runs(*numbers: float, goal: Goal | None = None) -> list[list[Row]]:
    return [[measured("text", "check p99", n, " ms", 2, goal=goal or "")] for n in numbers]


def test_three_runs_show_their_median_with_the_fastest_and_slowest() -> None:
    [row] = combine(runs(4.9, 3.1, 6.2))
    assert row.shown() == "4.90 ms (3.10–6.20)"


def test_a_goal_is_judged_on_the_median_and_a_miss_says_why() -> None:
    goal = Goal(5, " ms", why_missed="the dictionary's suggestions")
    [met] = combine(runs(4.9, 3.1, 6.2, goal=goal))
    [missed] = combine(runs(5.1, 3.1, 6.2, goal=goal))
    assert met.judged() == "≤ 5 ms: met"
    assert missed.judged() == "≤ 5 ms: **missed** (the dictionary's suggestions)"
    assert Goal(200, " /s", at_least=True).met(249) and not Goal(200, " /s", at_least=True).met(150)


def test_a_ratio_to_a_peer_is_the_median_of_each_runs_ratio() -> None:
    rows = [[measured("peers", "names, p50", ours, " ms", 3, peer="floor", peer_number=theirs, ratio=ours / theirs)]
            for ours, theirs in ((0.14, 0.002), (0.15, 0.003), (0.12, 0.002))]  # fmt: skip
    [row] = combine(rows)
    assert row.ratio == pytest.approx(60) and " 60× " in render([row])
    assert "0.002 ms (floor)" in render([row])


def test_rows_without_a_number_keep_the_last_runs_words_and_the_first_runs_order() -> None:
    first = [Row("text", "verdicts", "1 pass"), measured("text", "p50", 1, " ms")]
    last = [measured("text", "p50", 3, " ms"), Row("text", "verdicts", "2 pass")]
    combined = combine([first, last])
    assert [r.measure for r in combined] == ["verdicts", "p50"]
    assert combined[0].shown() == "2 pass" and combined[1].shown() == "2.0 ms (1.0–3.0)"


def test_one_run_shows_no_spread() -> None:
    [row] = combine(runs(4.0))
    assert row.shown() == "4.00 ms"
